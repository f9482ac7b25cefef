package main

import (
	"encoding/json"
	"testing"

	"github.com/parley/parley/graph"
)

// graphDoc is the part of the node-link JSON output that the tests read.
type graphDoc struct {
	Graph struct {
		Generator string
		Articles  []struct{ ID, Path, Title, Source string }
	}
	Nodes []struct {
		ID, Label, Type string
		Aliases         []string
	}
	Edges []struct{ Source, Target, Relation, Status string }
}

// articleIDs returns the IDs of the articles the graph was built from.
func (d *graphDoc) articleIDs() []string {
	var ids []string
	for _, a := range d.Graph.Articles {
		ids = append(ids, a.ID)
	}
	return ids
}

// articlePaths returns the set of inputs the graph's articles came from.
func (d *graphDoc) articlePaths() map[string]bool {
	paths := map[string]bool{}
	for _, a := range d.Graph.Articles {
		paths[a.Path] = true
	}
	return paths
}

// decodeGraph checks that data is a graph document valid under graph.Schema
// and decodes it.
func decodeGraph(t *testing.T, data []byte) *graphDoc {
	t.Helper()
	if err := graph.Validate(data); err != nil {
		t.Fatalf("output does not match graph.Schema: %v\n%s", err, data)
	}
	var d graphDoc
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("decode graph: %v", err)
	}
	return &d
}
