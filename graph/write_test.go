package graph

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/internal/svgtext"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture returns the results behind the golden files: three articles, one
// of them sent twice, with names that are hard to merge and hard to quote.
func fixture() []*extract.Result {
	P, O, G := extract.Person, extract.Org, extract.GPE
	long := "The delegations, which had travelled separately by rail and by road across three borders, " +
		"spent most of a cold afternoon in a conference hall discussing grain corridors, prisoner lists, " +
		"fishing quotas, visa rules and the reopening of two consulates before agreeing on a joint statement."
	one := &extract.Result{
		Article: extract.Article{ID: "north/0", Path: "north.txt", Title: `Envoys meet in "Bergen"`, Source: "Nordic Wire", Text: "first article text"},
		Entities: []extract.Entity{
			{Label: `Mikhail "Misha" Orlov`, Type: P, Mentions: 3, Aliases: []string{"Orlov"},
				Attributes: map[string]string{"title": "Foreign Minister", "country": "Russia"}},
			{Label: "Park Ji-hoon", Type: P, Mentions: 2, Aliases: []string{"Park"}},
			{Label: "Norway", Type: G, Key: "NO", Mentions: 2, Aliases: []string{"Norwegian"}, Attributes: map[string]string{"iso": "NO"}},
			{Label: `Back\slash Partners`, Type: O, Mentions: 1},
			{Label: "서울", Type: G, Mentions: 1},
			{Label: "Иван Петров", Type: P, Mentions: 4, Aliases: []string{"Ivan Petrov", "Петров"}},
			{Label: "Dmitri Sokolov", Type: P, Mentions: 1, Attributes: map[string]string{"country": "Russia"}},
		},
		Relations: []extract.Relation{
			{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1, Place: "Bergen",
				Evidence: []extract.Evidence{{Sentence: `Orlov met Park, saying "we agree" on the C:\ports plan.`, Start: 20, End: 75}}},
			{Kind: extract.Visited, Status: extract.Occurred, From: 0, To: 2,
				Evidence: []extract.Evidence{{Sentence: long, Start: 80, End: 80 + len(long)}}},
			{Kind: extract.Visited, Status: extract.Planned, From: 1, To: 4, When: "next month",
				Evidence: []extract.Evidence{{Sentence: "Park will fly\nto 서울 next month.", Start: 400, End: 430}}},
			{Kind: extract.Met, Status: extract.Planned, From: 0, To: 5,
				Evidence: []extract.Evidence{{Sentence: "Orlov is to meet Петров.", Start: 500, End: 525}}},
		},
	}
	two := &extract.Result{
		Article: extract.Article{ID: "south/0", Path: "south.txt", Title: "Talks go on", Source: "Southern Post", Text: "second article text"},
		Entities: []extract.Entity{
			{Label: "Park Ji Hoon", Type: P, Mentions: 1, Aliases: []string{"Park"}},
			{Label: "Mikhail Orlov", Type: P, Mentions: 2, Attributes: map[string]string{"title": "Minister"}},
			{Label: "Kingdom of Norway", Type: G, Key: "NO", Mentions: 1},
			{Label: "Jack Park", Type: P, Mentions: 1, Aliases: []string{"Park"}},
			{Label: "Northern\nCouncil", Type: O, Mentions: 1},
			{Label: "Ivan Petrov", Type: P, Mentions: 1},
			{Label: "Dmitri Sokolov", Type: P, Mentions: 2, Attributes: map[string]string{"country": "Ukraine"}},
		},
		Relations: []extract.Relation{
			{Kind: extract.Met, Status: extract.Planned, From: 0, To: 1, When: "on Friday",
				Evidence: []extract.Evidence{{Sentence: "Park and Orlov will meet again on Friday.", Start: 10, End: 52}}},
			{Kind: extract.Met, Status: extract.Occurred, From: 1, To: 3,
				Evidence: []extract.Evidence{{Sentence: "Orlov also met Jack Park.", Start: 60, End: 85}}},
			{Kind: extract.Met, Status: extract.Occurred, From: 5, To: 6,
				Evidence: []extract.Evidence{{Sentence: "Petrov spoke to Sokolov by phone.", Start: 90, End: 123}}},
		},
	}
	again := *one
	again.Article.ID = "north/1"
	return []*extract.Result{one, two, &again}
}

func fixtureGraph(t *testing.T) *Graph {
	t.Helper()
	g := New()
	g.Generator = "parley test"
	for i, r := range fixture() {
		if added, want := g.Add(r), i < 2; added != want {
			t.Fatalf("Add(%s) = %v, want %v", r.Article.ID, added, want)
		}
	}
	return g
}

type writer func(io.Writer, *Graph) error

func render(t *testing.T, write writer, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
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
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	g := fixtureGraph(t)
	for _, tt := range []struct {
		file  string
		write writer
	}{
		{"fixture.json", WriteJSON},
		{"fixture.dot", WriteDOT},
		{"fixture.graphml", WriteGraphML},
		{"fixture-people.json", func(w io.Writer, g *Graph) error {
			return WriteJSON(w, g.Filter(Filter{Types: []extract.Type{extract.Person}, Connected: true}))
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			out := render(t, tt.write, g)
			golden(t, tt.file, out)
			if strings.HasSuffix(tt.file, ".json") {
				validate(t, out)
			}
		})
	}
}

func validate(t *testing.T, data []byte) {
	t.Helper()
	if err := Validate(data); err != nil {
		t.Errorf("output does not match the schema: %v", err)
	}
}

func TestSchemaRejects(t *testing.T) {
	good := render(t, WriteJSON, fixtureGraph(t))
	validate(t, good)
	tests := []struct {
		name   string
		mutate func(doc map[string]any)
	}{
		{"missing aliases", func(d map[string]any) { delete(node(d, 0), "aliases") }},
		{"null aliases", func(d map[string]any) { node(d, 0)["aliases"] = nil }},
		{"unknown type", func(d map[string]any) { node(d, 0)["type"] = "THING" }},
		{"extra node key", func(d map[string]any) { node(d, 0)["colour"] = "red" }},
		{"bad id", func(d map[string]any) { node(d, 0)["id"] = "Person Orlov" }},
		{"unknown relation", func(d map[string]any) { edge(d, 0)["relation"] = "hugged" }},
		{"unknown status", func(d map[string]any) { edge(d, 0)["status"] = "rumoured" }},
		{"missing evidence", func(d map[string]any) { delete(edge(d, 0), "evidence") }},
		{"fractional weight", func(d map[string]any) { edge(d, 0)["weight"] = 1.5 }},
		{"empty place", func(d map[string]any) { edge(d, 0)["place"] = "" }},
		{"undirected", func(d map[string]any) { d["directed"] = false }},
		{"no articles", func(d map[string]any) { delete(d["graph"].(map[string]any), "articles") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(good, &doc); err != nil {
				t.Fatal(err)
			}
			tt.mutate(doc)
			bad, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if Validate(bad) == nil {
				t.Error("schema accepted the document")
			}
		})
	}
}

func node(doc map[string]any, i int) map[string]any {
	return doc["nodes"].([]any)[i].(map[string]any)
}

func edge(doc map[string]any, i int) map[string]any {
	return doc["edges"].([]any)[i].(map[string]any)
}

func TestEmptyGraph(t *testing.T) {
	out := render(t, WriteJSON, New())
	validate(t, out)
	var doc struct {
		Nodes, Edges []any
		Graph        struct{ Articles []any }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Nodes == nil || doc.Edges == nil || doc.Graph.Articles == nil {
		t.Errorf("empty graph wrote null lists:\n%s", out)
	}
	for _, w := range []writer{WriteDOT, WriteGraphML} {
		render(t, w, New())
	}
}

func TestDeterminism(t *testing.T) {
	want := map[string][]byte{}
	writers := map[string]writer{"json": WriteJSON, "dot": WriteDOT, "graphml": WriteGraphML}
	g := fixtureGraph(t)
	for name, w := range writers {
		want[name] = render(t, w, g)
	}
	// Results prepared concurrently, collected by index, added in order.
	for range 5 {
		rs := fixture()
		collected := make([]*extract.Result, len(rs))
		var wg sync.WaitGroup
		for i := range rs {
			wg.Go(func() { collected[i] = rs[i] })
		}
		wg.Wait()
		h := New()
		h.Generator = "parley test"
		for _, r := range collected {
			h.Add(r)
		}
		for name, w := range writers {
			if got := render(t, w, h); !bytes.Equal(got, want[name]) {
				t.Fatalf("%s output changed between runs", name)
			}
		}
	}
}

func TestConcurrentReads(t *testing.T) {
	g := fixtureGraph(t)
	want := render(t, WriteJSON, g)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, g); err != nil || !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("concurrent WriteJSON differs (err %v)", err)
			}
			g.Nodes()
			g.Edges()
		})
	}
	wg.Wait()
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	g := fixtureGraph(t)
	for name, w := range map[string]writer{"json": WriteJSON, "dot": WriteDOT, "graphml": WriteGraphML} {
		if err := w(errWriter{}, g); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error %v, want one wrapping the writer's", name, err)
		}
	}
}

// graphml mirrors the GraphML elements WriteGraphML uses.
type graphml struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Data        []graphmlData `xml:"data"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string        `xml:"id,attr"`
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// nmtoken matches XML name tokens, the type of GraphML IDs.
var nmtoken = regexp.MustCompile(`^[\pL\pN\pM._:-]+$`)

func TestGraphMLParses(t *testing.T) {
	g := fixtureGraph(t)
	var doc graphml
	if err := xml.Unmarshal(render(t, WriteGraphML, g), &doc); err != nil {
		t.Fatalf("parse GraphML: %v", err)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q, want directed", doc.Graph.EdgeDefault)
	}
	domain := map[string]string{}
	for _, k := range doc.Keys {
		domain[k.ID] = k.For
		if k.Name == "" || k.Type == "" {
			t.Errorf("key %q lacks attr.name or attr.type", k.ID)
		}
	}
	values := func(where string, data []graphmlData) map[string]string {
		m := map[string]string{}
		for _, d := range data {
			if domain[d.Key] != where {
				t.Errorf("%s data uses key %q declared for %q", where, d.Key, domain[d.Key])
			}
			m[d.Key] = d.Value
		}
		return m
	}
	if got := values("graph", doc.Graph.Data)["generator"]; got != "parley test" {
		t.Errorf("generator %q", got)
	}

	nodes := g.Nodes()
	if len(doc.Graph.Nodes) != len(nodes) {
		t.Fatalf("%d nodes, want %d", len(doc.Graph.Nodes), len(nodes))
	}
	ids := map[string]bool{}
	for i, n := range doc.Graph.Nodes {
		if !nmtoken.MatchString(n.ID) || ids[n.ID] {
			t.Errorf("node ID %q is not a unique name token", n.ID)
		}
		ids[n.ID] = true
		v := values("node", n.Data)
		want := nodes[i]
		if v["label"] != want.Label || v["type"] != string(want.Type) ||
			v["aliases"] != strings.Join(want.Aliases, "; ") || v["mentions"] != strconv.Itoa(want.Mentions) {
			t.Errorf("node %s reads back as %q, want %+v", n.ID, v, want)
		}
	}
	edges := g.Edges()
	if len(doc.Graph.Edges) != len(edges) {
		t.Fatalf("%d edges, want %d", len(doc.Graph.Edges), len(edges))
	}
	for i, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s joins unknown nodes %q, %q", e.ID, e.Source, e.Target)
		}
		v := values("edge", e.Data)
		want := edges[i]
		if v["relation"] != string(want.Relation) || v["status"] != string(want.Status) ||
			v["weight"] != strconv.Itoa(want.Weight) || v["evidence"] != want.Evidence[0].Sentence ||
			v["place"] != want.Attributes["place"] || v["when"] != want.Attributes["when"] {
			t.Errorf("edge %s reads back as %q, want %+v", e.ID, v, want)
		}
	}
}

// TestGraphviz renders the DOT output with the real layout programs and
// checks the labels survive quoting.
func TestGraphviz(t *testing.T) {
	g := fixtureGraph(t)
	dot := render(t, WriteDOT, g)
	for _, prog := range []string{"dot", "neato", "sfdp"} {
		t.Run(prog, func(t *testing.T) {
			path, err := exec.LookPath(prog)
			if err != nil {
				if os.Getenv("PARLEY_REQUIRE_GRAPHVIZ") == "1" {
					t.Fatalf("%s not found and PARLEY_REQUIRE_GRAPHVIZ=1: %v", prog, err)
				}
				t.Skipf("%s not found: %v", prog, err)
			}
			cmd := exec.Command(path, "-Tsvg")
			cmd.Stdin = bytes.NewReader(dot)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			svg, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v\n%s", prog, err, stderr.Bytes())
			}
			if stderr.Len() > 0 {
				t.Errorf("%s warned:\n%s", prog, stderr.Bytes())
			}
			texts := svgTexts(t, svg)
			for _, n := range g.Nodes() {
				for _, line := range strings.Split(n.Label, "\n") {
					if !texts[line] {
						t.Errorf("%s: label line %q not drawn; texts: %v", prog, line, texts)
					}
				}
			}
		})
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
