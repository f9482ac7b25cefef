package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/parley/parley/extract"
)

// relationsFailing runs the cases that are known to fail instead of the
// passing ones, so that whoever fixes the relation finder can see which of
// them now pass and move them to relations.json.
var relationsFailing = flag.Bool("relations-failing", false, "run testdata/sentences/relations_failing.json, the relation cases known to fail")

// relationExtractor is shared by every case: building it loads the models.
var relationExtractor = sync.OnceValues(extract.New)

// relationCase is one hand-written text with the meetings and visits a
// careful analyst reads in it. Met and Visited must be found, with their
// status; NotMet and NotVisited must not be; and every other met or visited
// relation the extractor outputs fails the case too.
type relationCase struct {
	Name       string        `json:"name"`
	Text       string        `json:"text"`
	Met        []wantMeeting `json:"met"`
	Visited    []wantVisit   `json:"visited"`
	NotMet     [][2]string   `json:"not_met"`
	NotVisited [][2]string   `json:"not_visited"`
}

// wantMeeting is an expected met edge between two named people.
type wantMeeting struct {
	Between [2]string      `json:"between"`
	Status  extract.Status `json:"status"`
}

// wantVisit is an expected visited edge; Place lists the names of the
// destination that count (a city and the country it is in, say).
type wantVisit struct {
	Visitor string         `json:"visitor"`
	Place   []string       `json:"place"`
	Status  extract.Status `json:"status"`
}

func loadRelationCases(t *testing.T, path string) []relationCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cases []relationCase
	if err := dec.Decode(&cases); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	seen := map[string]bool{}
	for i, c := range cases {
		if c.Name == "" || c.Text == "" {
			t.Fatalf("%s: case %d has no name or no text", path, i)
		}
		if seen[c.Name] {
			t.Fatalf("%s: case name %q used twice", path, c.Name)
		}
		seen[c.Name] = true
		for _, m := range c.Met {
			if !validStatus(m.Status) || m.Between[0] == "" || m.Between[1] == "" {
				t.Fatalf("%s: case %s: bad met entry %+v", path, c.Name, m)
			}
		}
		for _, v := range c.Visited {
			if !validStatus(v.Status) || v.Visitor == "" || len(v.Place) == 0 {
				t.Fatalf("%s: case %s: bad visited entry %+v", path, c.Name, v)
			}
		}
	}
	return cases
}

func validStatus(s extract.Status) bool {
	return s == extract.Occurred || s == extract.Planned
}

func TestRelationSentences(t *testing.T) {
	path := "testdata/sentences/relations.json"
	if *relationsFailing {
		path = "testdata/sentences/relations_failing.json"
	}
	cases := loadRelationCases(t, path)
	x, err := relationExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			r, err := x.Extract(context.Background(), extract.Article{ID: c.Name, Text: c.Text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if problems := checkRelations(c, r); len(problems) > 0 {
				t.Errorf("text: %s\nexpected:\n%s\ngot:\n%s\nproblems:\n  %s",
					c.Text, describeExpected(c), describeResult(r), strings.Join(problems, "\n  "))
			}
		})
	}
}

// checkRelations compares what the extractor found with what the case
// expects and returns one line per disagreement.
func checkRelations(c relationCase, r *extract.Result) []string {
	var problems []string
	// explained marks the output relations that an expectation accounts
	// for; the others are unexpected.
	explained := make([]bool, len(r.Relations))

	for _, m := range c.Met {
		a, b := entitiesNamed(r, m.Between[0]), entitiesNamed(r, m.Between[1])
		switch {
		case len(a) == 0:
			problems = append(problems, fmt.Sprintf("no entity named %q", m.Between[0]))
			continue
		case len(b) == 0:
			problems = append(problems, fmt.Sprintf("no entity named %q", m.Between[1]))
			continue
		}
		found := false
		for i, rel := range r.Relations {
			if rel.Kind != extract.Met || !linksPair(rel, a, b) {
				continue
			}
			explained[i] = true
			if rel.Status == m.Status {
				found = true
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("missing: %s met %s (%s)", m.Between[0], m.Between[1], m.Status))
		}
	}

	for _, v := range c.Visited {
		who := entitiesNamed(r, v.Visitor)
		if len(who) == 0 {
			problems = append(problems, fmt.Sprintf("no entity named %q", v.Visitor))
			continue
		}
		var where []int
		for _, p := range v.Place {
			where = append(where, entitiesNamed(r, p)...)
		}
		if len(where) == 0 {
			problems = append(problems, fmt.Sprintf("no entity named any of %q", v.Place))
			continue
		}
		found := false
		for i, rel := range r.Relations {
			if rel.Kind != extract.Visited || !slices.Contains(who, rel.From) || !slices.Contains(where, rel.To) {
				continue
			}
			explained[i] = true
			if rel.Status == v.Status {
				found = true
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("missing: %s visited %s (%s)", v.Visitor, strings.Join(v.Place, "/"), v.Status))
		}
	}

	for _, pair := range c.NotMet {
		a, b := entitiesNamed(r, pair[0]), entitiesNamed(r, pair[1])
		for _, rel := range r.Relations {
			if rel.Kind == extract.Met && linksPair(rel, a, b) {
				problems = append(problems, fmt.Sprintf("forbidden: %s met %s (%s)", pair[0], pair[1], rel.Status))
			}
		}
	}
	for _, pair := range c.NotVisited {
		who, where := entitiesNamed(r, pair[0]), entitiesNamed(r, pair[1])
		for _, rel := range r.Relations {
			if rel.Kind == extract.Visited && slices.Contains(who, rel.From) && slices.Contains(where, rel.To) {
				problems = append(problems, fmt.Sprintf("forbidden: %s visited %s (%s)", pair[0], pair[1], rel.Status))
			}
		}
	}

	for i, rel := range r.Relations {
		if !explained[i] {
			problems = append(problems, "unexpected: "+describeRelation(r, rel))
		}
	}
	return problems
}

// linksPair reports whether a met relation joins an entity of a to one of b.
func linksPair(rel extract.Relation, a, b []int) bool {
	return slices.Contains(a, rel.From) && slices.Contains(b, rel.To) ||
		slices.Contains(b, rel.From) && slices.Contains(a, rel.To)
}

// entitiesNamed returns the indices of the entities whose label or one of
// whose aliases is name, compared without case, accents or dots.
func entitiesNamed(r *extract.Result, name string) []int {
	want := foldName(name)
	var idx []int
	for i, e := range r.Entities {
		if foldName(e.Label) == want || slices.ContainsFunc(e.Aliases, func(a string) bool { return foldName(a) == want }) {
			idx = append(idx, i)
		}
	}
	return idx
}

// foldName drops case, accents and dots so that "Erdogan" matches
// "Erdoğan" and "Marcos Jr" matches "Marcos Jr.".
func foldName(s string) string {
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(strip, s)
	if err != nil {
		folded = s
	}
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(folded, ".", "")), " "))
}

func describeExpected(c relationCase) string {
	var b strings.Builder
	for _, m := range c.Met {
		fmt.Fprintf(&b, "  %s met %s (%s)\n", m.Between[0], m.Between[1], m.Status)
	}
	for _, v := range c.Visited {
		fmt.Fprintf(&b, "  %s visited %s (%s)\n", v.Visitor, strings.Join(v.Place, "/"), v.Status)
	}
	for _, p := range c.NotMet {
		fmt.Fprintf(&b, "  not: %s met %s\n", p[0], p[1])
	}
	for _, p := range c.NotVisited {
		fmt.Fprintf(&b, "  not: %s visited %s\n", p[0], p[1])
	}
	if b.Len() == 0 {
		b.WriteString("  no relation\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func describeResult(r *extract.Result) string {
	var b strings.Builder
	b.WriteString("  entities:")
	for _, e := range r.Entities {
		fmt.Fprintf(&b, " %s[%s", e.Label, e.Type)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " %s", strings.Join(e.Aliases, "|"))
		}
		b.WriteString("]")
	}
	for _, rel := range r.Relations {
		b.WriteString("\n  " + describeRelation(r, rel))
	}
	if len(r.Relations) == 0 {
		b.WriteString("\n  no relation")
	}
	return b.String()
}

func describeRelation(r *extract.Result, rel extract.Relation) string {
	return fmt.Sprintf("%s %s %s (%s)", r.Entities[rel.From].Label, rel.Kind, r.Entities[rel.To].Label, rel.Status)
}
