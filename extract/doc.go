// Package extract turns news articles into the people, places and
// organisations they name and the meetings and visits between them.
//
// The pipeline runs in one direction, each stage with its own type:
// an Article is cleaned and tagged, names in it become Mentions, mentions
// that refer to the same referent become one Entity, and sentences that say
// two entities met (or that a person visited a place) become Relations. The
// Result of one article is merged with others by package graph.
package extract
