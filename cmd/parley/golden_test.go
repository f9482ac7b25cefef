package main

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley/parley/internal/svgtext"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from the current output")

// examples is the directory of the example pages, as the golden outputs
// record their paths.
const examples = "../../testdata/articles"

// runInProcess runs the command line args in this process and returns its
// standard output; it fails the test on any exit status but 0 or any
// message on standard error.
func runInProcess(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), args, streams{in: strings.NewReader(""), out: &stdout, err: &stderr}); code != exitOK || stderr.Len() > 0 {
		t.Fatalf("parley %s: exit status %d, stderr:\n%s", strings.Join(args, " "), code, stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestGolden compares the graph of the example pages, in each format, with
// the files in testdata. The extractor's output changes as it improves:
// regenerate them with "go test ./cmd/parley -update" and review the diff.
func TestGolden(t *testing.T) {
	for _, format := range []string{"dot", "json", "graphml"} {
		t.Run(format, func(t *testing.T) {
			out := runInProcess(t, "extract", "--format", format, examples)
			switch format {
			case "json":
				decodeGraph(t, out)
			case "graphml":
				var doc struct {
					XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
				}
				if err := xml.Unmarshal(out, &doc); err != nil {
					t.Errorf("GraphML does not parse: %v", err)
				}
			}
			golden(t, "examples."+format, out)
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/parley -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (if the change is intended, run go test ./cmd/parley -update and review the diff) at %s",
			path, firstDiff(got, want))
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return "no line"
}

// TestGoldenJSON checks what the golden graph must hold whatever the
// extractor's quality: both example pages, split into their stories, and
// edges between nodes of the graph.
func TestGoldenJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "examples.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := decodeGraph(t, data)
	if doc.Graph.Generator != "parley "+version {
		t.Errorf("generator %q", doc.Graph.Generator)
	}
	if len(doc.Graph.Articles) != 8 || len(doc.articlePaths()) != 2 {
		t.Errorf("articles %v from %v, want 8 from the 2 pages", doc.articleIDs(), doc.articlePaths())
	}
	ids := map[string]bool{}
	for _, n := range doc.Nodes {
		ids[n.ID] = true
	}
	for _, e := range doc.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s -%s-> %s joins unknown nodes", e.Source, e.Relation, e.Target)
		}
	}
	if len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
		t.Errorf("%d nodes and %d edges, want some of each", len(doc.Nodes), len(doc.Edges))
	}
}

// TestGoldenDOTRenders draws the golden DOT with Graphviz's dot, which must
// accept it without warnings and draw every node's label.
func TestGoldenDOTRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("PARLEY_REQUIRE_GRAPHVIZ") == "1" {
			t.Fatalf("dot not found and PARLEY_REQUIRE_GRAPHVIZ=1: %v", err)
		}
		t.Skipf("dot not found: %v", err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", "examples.dot"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "examples.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := decodeGraph(t, data)

	cmd := exec.CommandContext(t.Context(), dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v\n%s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Errorf("dot warned:\n%s", stderr.Bytes())
	}
	texts := svgTexts(t, svg)
	for _, n := range doc.Nodes {
		if !texts[n.Label] {
			t.Errorf("label %q of %s not drawn", n.Label, n.ID)
		}
	}
}

// svgTexts returns the set of strings in an SVG's text elements.
func svgTexts(t *testing.T, svg []byte) map[string]bool {
	t.Helper()
	texts, err := svgtext.Texts(svg)
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestDeterminism runs extract on the example pages twice with one worker
// and twice with four: the outputs must be byte-identical.
func TestDeterminism(t *testing.T) {
	want := runInProcess(t, "extract", "--format", "json", "-j", "1", examples)
	decodeGraph(t, want)
	for _, jobs := range []string{"1", "4", "4"} {
		got := runInProcess(t, "extract", "--format", "json", "-j", jobs, examples)
		if !bytes.Equal(got, want) {
			t.Fatalf("-j %s: output differs from that of -j 1 at %s", jobs, firstDiff(got, want))
		}
	}
}

// TestFilters checks that --relations, --types and --connected narrow the
// graph of the example pages and that the result still follows the schema.
func TestFilters(t *testing.T) {
	full := decodeGraph(t, runInProcess(t, "extract", "--format", "json", examples))
	people := decodeGraph(t, runInProcess(t, "extract", "--format", "json", "--relations", "met", "--types", "person", "--connected", examples))
	if len(people.Nodes) == 0 || len(people.Nodes) >= len(full.Nodes) {
		t.Errorf("%d nodes after filtering, want some but fewer than %d", len(people.Nodes), len(full.Nodes))
	}
	linked := map[string]bool{}
	for _, e := range people.Edges {
		if e.Relation != "met" {
			t.Errorf("edge %s -%s-> %s kept by --relations met", e.Source, e.Relation, e.Target)
		}
		linked[e.Source], linked[e.Target] = true, true
	}
	for _, n := range people.Nodes {
		if n.Type != "PERSON" {
			t.Errorf("node %s of type %s kept by --types person", n.ID, n.Type)
		}
		if !linked[n.ID] {
			t.Errorf("node %s without edges kept by --connected", n.ID)
		}
	}
}
