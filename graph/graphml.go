package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// graphmlKey declares one GraphML attribute.
type graphmlKey struct {
	id, domain, typ string
}

// graphmlKeys are the attributes WriteGraphML declares; the key IDs double
// as attribute names, which Gephi, networkx and Neo4j APOC read.
var graphmlKeys = []graphmlKey{
	{"generator", "graph", "string"},
	{"label", "node", "string"},
	{"type", "node", "string"},
	{"aliases", "node", "string"},
	{"mentions", "node", "int"},
	{"relation", "edge", "string"},
	{"status", "edge", "string"},
	{"weight", "edge", "int"},
	{"evidence", "edge", "string"},
	{"place", "edge", "string"},
	{"when", "edge", "string"},
}

// WriteGraphML writes g as GraphML for Gephi, networkx's read_graphml or
// Neo4j APOC. Aliases are joined with "; " and an edge's evidence is its
// first sentence. Because GraphML IDs are XML name tokens, which cannot hold
// a slash, a node ID "person/sergey-lavrov" is written "person:sergey-lavrov".
func WriteGraphML(w io.Writer, g *Graph) error {
	if g.err != nil {
		return fmt.Errorf("write GraphML: %w", g.err)
	}
	nodes, edges := g.build()
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlKeys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.domain, k.id, k.typ)
	}
	bw.WriteString(`  <graph id="parley" edgedefault="directed">` + "\n")
	writeData(bw, "    ", "generator", g.Generator)
	for _, n := range nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlText(graphmlID(n.ID)))
		writeData(bw, "      ", "label", n.Label)
		writeData(bw, "      ", "type", string(n.Type))
		writeData(bw, "      ", "aliases", strings.Join(n.Aliases, "; "))
		writeData(bw, "      ", "mentions", strconv.Itoa(n.Mentions))
		bw.WriteString("    </node>\n")
	}
	for i, e := range edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(graphmlID(e.Source)), xmlText(graphmlID(e.Target)))
		writeData(bw, "      ", "relation", string(e.Relation))
		writeData(bw, "      ", "status", string(e.Status))
		writeData(bw, "      ", "weight", strconv.Itoa(e.Weight))
		if len(e.Evidence) > 0 {
			writeData(bw, "      ", "evidence", e.Evidence[0].Sentence)
		}
		writeData(bw, "      ", "place", e.Attributes["place"])
		writeData(bw, "      ", "when", e.Attributes["when"])
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write GraphML: %w", err)
	}
	return nil
}

// writeData writes a data element, or nothing for an empty value so that
// readers see the attribute as missing rather than as an empty string.
func writeData(w *bufio.Writer, indent, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(w, "%s<data key=%q>%s</data>\n", indent, key, xmlText(value))
}

func graphmlID(id string) string {
	return strings.ReplaceAll(id, "/", ":")
}

// xmlText escapes s for XML character data and attribute values; characters
// XML cannot carry become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	// EscapeText only fails when the writer does, and a Builder does not.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
