package graph

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/extract"
)

const dotFont = "Helvetica,Arial,sans-serif"

// nodeStyle is how nodes of one type are drawn.
type nodeStyle struct {
	shape, style, fill, border string
}

func styleOf(t extract.Type) nodeStyle {
	switch t {
	case extract.Person:
		return nodeStyle{"ellipse", "filled", "#dbe9f6", "#3b6ea5"}
	case extract.Org:
		return nodeStyle{"box", "filled,rounded", "#fbe5c8", "#b9770e"}
	case extract.GPE:
		return nodeStyle{"hexagon", "filled", "#d5efd5", "#2e7d32"}
	default:
		return nodeStyle{"octagon", "filled", "#ececec", "#616161"}
	}
}

// tooltipRunes bounds an edge tooltip; evidence sentences can be long.
const tooltipRunes = 200

// WriteDOT writes g as a Graphviz digraph for dot, neato or sfdp. Node IDs
// are the graph's node IDs; "met" edges are drawn without arrows, "visited"
// edges point to the place, and planned relations are dashed.
func WriteDOT(w io.Writer, g *Graph) error {
	if g.err != nil {
		return fmt.Errorf("write DOT: %w", g.err)
	}
	nodes, edges := g.build()
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph parley {\n")
	fmt.Fprintf(bw, "\tgraph [comment=%s, fontname=%s, overlap=false, splines=true, outputorder=edgesfirst, pad=0.3, nodesep=0.35];\n",
		dotString(g.Generator), dotString(dotFont))
	fmt.Fprintf(bw, "\tnode [fontname=%s, fontsize=11, penwidth=1.2];\n", dotString(dotFont))
	fmt.Fprintf(bw, "\tedge [fontname=%s, fontsize=9, arrowsize=0.7];\n", dotString(dotFont))
	for _, n := range nodes {
		s := styleOf(n.Type)
		fmt.Fprintf(bw, "\t%s [label=%s, shape=%s, style=%s, fillcolor=%s, color=%s, tooltip=%s];\n",
			dotString(n.ID), dotString(n.Label), s.shape, dotString(s.style), dotString(s.fill), dotString(s.border),
			dotString(nodeTooltip(n)))
	}
	for _, e := range edges {
		var attrs []string
		if e.Relation == extract.Met {
			attrs = append(attrs, "dir=none", `color="#3b6ea5"`)
		} else {
			attrs = append(attrs, `color="#2e7d32"`)
		}
		style := "solid"
		if e.Status == extract.Planned {
			style = "dashed"
		}
		attrs = append(attrs,
			"style="+style,
			"penwidth="+penwidth(e.Weight),
			"weight="+strconv.Itoa(max(e.Weight, 1)),
			"tooltip="+dotString(edgeTooltip(e)))
		fmt.Fprintf(bw, "\t%s -> %s [%s];\n", dotString(e.Source), dotString(e.Target), strings.Join(attrs, ", "))
	}
	fmt.Fprintf(bw, "}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	return nil
}

// penwidth grows with the logarithm of the weight, from 1 to at most 6, so
// that a heavily reported meeting stands out without swamping the picture.
func penwidth(weight int) string {
	p := 1 + 1.25*math.Log2(float64(max(weight, 1)))
	return strconv.FormatFloat(min(p, 6), 'f', 2, 64)
}

// nodeTooltip names the node, lists its aliases and states its attributes,
// which tell apart namesakes that the picture draws alike.
func nodeTooltip(n Node) string {
	s := fmt.Sprintf("%s (%s)", n.Label, n.Type)
	if len(n.Aliases) > 0 {
		s += "\nalso: " + strings.Join(n.Aliases, "; ")
	}
	for _, k := range slices.Sorted(maps.Keys(n.Attributes)) {
		s += "\n" + k + ": " + n.Attributes[k]
	}
	return s
}

func edgeTooltip(e Edge) string {
	if len(e.Evidence) == 0 {
		return fmt.Sprintf("%s (%s)", e.Relation, e.Status)
	}
	return truncate(e.Evidence[0].Sentence, tooltipRunes)
}

// truncate shortens s to at most n runes, cutting at a space when one is
// near the end and marking the cut with an ellipsis.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := lastSpace(r); i > n*3/4 {
		r = r[:i]
	}
	return strings.TrimRightFunc(string(r), unicode.IsPunct) + "…"
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}

// dotString quotes s as a DOT string. Backslashes are doubled because
// Graphviz reads escape sequences such as \N and \l in labels and tooltips;
// line breaks become \n; other control characters would corrupt the file.
func dotString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
