package graph

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"

	"github.com/parley/parley/extract"
)

// Schema is the JSON Schema (draft 2020-12) of the output of WriteJSON.
//
//go:embed graph.schema.json
var Schema []byte

type jsonGraph struct {
	Directed   bool       `json:"directed"`
	Multigraph bool       `json:"multigraph"`
	Graph      jsonHeader `json:"graph"`
	Nodes      []jsonNode `json:"nodes"`
	Edges      []jsonEdge `json:"edges"`
}

type jsonHeader struct {
	Generator string        `json:"generator"`
	Articles  []jsonArticle `json:"articles"`
}

type jsonArticle struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Title  string `json:"title"`
	Source string `json:"source"`
}

type jsonNode struct {
	ID         string            `json:"id"`
	Label      string            `json:"label"`
	Type       extract.Type      `json:"type"`
	Aliases    []string          `json:"aliases"`
	Mentions   int               `json:"mentions"`
	Attributes map[string]string `json:"attributes"`
}

type jsonEdge struct {
	Source   string               `json:"source"`
	Target   string               `json:"target"`
	Relation extract.RelationKind `json:"relation"`
	Status   extract.Status       `json:"status"`
	Weight   int                  `json:"weight"`
	Place    string               `json:"place,omitempty"`
	When     string               `json:"when,omitempty"`
	Evidence []extract.Evidence   `json:"evidence"`
}

// WriteJSON writes g in the node-link format that networkx's
// node_link_graph (with edges="edges") and d3 read; Schema describes it.
// Output is indented and identical for identical graphs.
func WriteJSON(w io.Writer, g *Graph) error {
	if g.err != nil {
		return fmt.Errorf("write JSON: %w", g.err)
	}
	nodes, edges := g.build()
	doc := jsonGraph{
		Directed: true,
		Graph:    jsonHeader{Generator: g.Generator, Articles: []jsonArticle{}},
		Nodes:    make([]jsonNode, 0, len(nodes)),
		Edges:    make([]jsonEdge, 0, len(edges)),
	}
	for _, a := range g.articles {
		doc.Graph.Articles = append(doc.Graph.Articles, jsonArticle(a))
	}
	for _, n := range nodes {
		doc.Nodes = append(doc.Nodes, jsonNode(n))
	}
	for _, e := range edges {
		doc.Edges = append(doc.Edges, jsonEdge{
			Source:   e.Source,
			Target:   e.Target,
			Relation: e.Relation,
			Status:   e.Status,
			Weight:   e.Weight,
			Place:    e.Attributes["place"],
			When:     e.Attributes["when"],
			Evidence: e.Evidence,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
