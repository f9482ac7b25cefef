// Package eval scores a who-met-whom graph against hand-made gold
// annotations.
//
// It reads the gold files described in testdata/gold/README.md, and a graph
// in the node-link JSON form the graph package writes, which it decodes with
// its own structs as an outside scorer would. Nodes are matched to gold
// entities by normalised name (case, accents, dots, a trailing "'s" and a
// leading "the" do not count), with GPE and LOC treated as one type; each
// gold entity takes the first node that matches it, and later ones are
// duplicates. "met" and "visited" edges are then scored through the
// entities their ends matched. Totals are micro-averaged: counts are summed
// over documents before ratios are taken.
package eval
