package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/parley/parley/extract"
)

// entityCase is one hand-written text and the entities a careful reader
// finds in it. The cases live in testdata/sentences/entities.json; cases
// the extractor does not yet pass are kept apart in
// entities_failing.json, which runs only with -entities-failing.
type entityCase struct {
	Name string `json:"name"`
	Text string `json:"text"`
	// Entities must each be found as exactly one entity of the given type.
	Entities []wantEntity `json:"entities"`
	// Absent names must be neither the label nor an alias of any entity.
	Absent []string `json:"absent"`
	// Attributes maps an expected entity's name to attributes it must
	// carry ("title", "country", "organization").
	Attributes map[string]map[string]string `json:"attributes"`
	// Exhaustive means that no entity beyond Entities may be found.
	Exhaustive bool `json:"exhaustive"`
}

// wantEntity is an entity a case expects. Name, or one of Variants (other
// full names: a second transliteration, "Belgorod region" beside
// "Belgorod"), must be the entity's label or an alias. Aliases are shorter
// or derived forms the text uses for it ("Lavrov", "Russian", "U.S."):
// they do not identify the entity on their own, but an entity they name
// must be this one, so that a failure to join them shows up as a second
// entity.
type wantEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Variants []string `json:"variants,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
}

// forms returns every form of w that may name its entity.
func (w wantEntity) forms() []string {
	return append(append([]string{w.Name}, w.Variants...), w.Aliases...)
}

// entitiesFailing runs the cases known to fail instead of the passing
// ones, so that whoever fixes the extractor can see which of them now pass
// and move them to entities.json.
var entitiesFailing = flag.Bool("entities-failing", false, "run testdata/sentences/entities_failing.json, the entity cases known to fail")

// entitiesExtractor is shared by all cases: building it loads the models.
var entitiesExtractor = sync.OnceValues(extract.New)

// TestEntitySentences runs every case of the entity bench through the
// extractor.
func TestEntitySentences(t *testing.T) {
	file := "entities.json"
	if *entitiesFailing {
		file = "entities_failing.json"
	}
	cases, err := loadEntityCases(filepath.Join("testdata", "sentences", file))
	if err != nil {
		t.Fatal(err)
	}
	x, err := entitiesExtractor()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			r, err := x.Extract(context.Background(), extract.Article{ID: c.Name, Text: c.Text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if problems := checkEntities(c, r.Entities); len(problems) > 0 {
				t.Errorf("text: %s\n%s\nwant:\n%s\ngot:\n%s", c.Text,
					strings.Join(problems, "\n"), describeEntityCase(c), describeEntities(r.Entities))
			}
		})
	}
}

func loadEntityCases(path string) ([]entityCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cases []entityCase
	if err := dec.Decode(&cases); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if c.Name == "" || c.Text == "" {
			return nil, fmt.Errorf("%s: a case without a name or text: %+v", path, c)
		}
		if seen[c.Name] {
			return nil, fmt.Errorf("%s: two cases named %q", path, c.Name)
		}
		seen[c.Name] = true
		for _, w := range c.Entities {
			if typ, ok := extract.ParseType(w.Type); !ok || string(typ) != w.Type || w.Name == "" {
				return nil, fmt.Errorf("%s: case %s: bad expected entity %+v", path, c.Name, w)
			}
		}
		for name := range c.Attributes {
			if findWantEntity(c, name) < 0 {
				return nil, fmt.Errorf("%s: case %s: attributes for %q, which is not an expected entity", path, c.Name, name)
			}
		}
	}
	return cases, nil
}

// findWantEntity returns the index of the expected entity called name, or -1.
func findWantEntity(c entityCase, name string) int {
	for i, w := range c.Entities {
		if w.Name == name {
			return i
		}
	}
	return -1
}

// checkEntities returns what is wrong with got as the entities of c, one
// line per problem.
func checkEntities(c entityCase, got []extract.Entity) []string {
	var problems []string
	claimed := make([]bool, len(got))
	found := make([]int, len(c.Entities))
	for i, w := range c.Entities {
		found[i] = -1
		hits := entitiesNamedBy(got, w.forms())
		for _, e := range hits {
			claimed[e] = true
		}
		switch {
		case len(hits) == 0:
			problems = append(problems, fmt.Sprintf("%s %s: not found", w.Type, w.Name))
			continue
		case len(hits) > 1:
			problems = append(problems, fmt.Sprintf("%s %s: split into %d entities %s", w.Type, w.Name, len(hits), entityLabels(got, hits)))
			continue
		}
		e := got[hits[0]]
		if !slices.ContainsFunc(append([]string{w.Name}, w.Variants...), func(n string) bool { return namesEntity(e, n) }) {
			problems = append(problems, fmt.Sprintf("%s %s: found only by a short form, as %s", w.Type, w.Name, entityLabels(got, hits)))
			continue
		}
		if string(e.Type) != w.Type {
			problems = append(problems, fmt.Sprintf("%s %s: found as %s", w.Type, w.Name, e.Type))
		}
		found[i] = hits[0]
	}
	for _, name := range c.Absent {
		if hits := entitiesNamedBy(got, []string{name}); len(hits) > 0 {
			problems = append(problems, fmt.Sprintf("%q must not name an entity, got %s", name, entityLabels(got, hits)))
		}
	}
	for name, attrs := range c.Attributes {
		e := found[findWantEntity(c, name)]
		if e < 0 {
			continue
		}
		for k, v := range attrs {
			if g := got[e].Attributes[k]; !sameEntityValue(c, g, v) {
				problems = append(problems, fmt.Sprintf("%s: attribute %s = %q, want %q", name, k, g, v))
			}
		}
	}
	if c.Exhaustive {
		for i, e := range got {
			if !claimed[i] {
				problems = append(problems, fmt.Sprintf("unexpected entity %s %q", e.Type, e.Label))
			}
		}
	}
	return problems
}

// sameEntityValue reports whether an attribute value got is want. When want
// names an expected entity, as a "country" attribute does, any of that
// entity's forms will do: "Britain" is as good as "United Kingdom".
func sameEntityValue(c entityCase, got, want string) bool {
	if foldEntityName(got) == foldEntityName(want) {
		return true
	}
	i := findWantEntity(c, want)
	return i >= 0 && slices.ContainsFunc(c.Entities[i].forms(), func(f string) bool { return foldEntityName(f) == foldEntityName(got) })
}

// entitiesNamedBy returns the indices of the entities that one of forms
// names, by label or alias.
func entitiesNamedBy(got []extract.Entity, forms []string) []int {
	var idx []int
	for i, e := range got {
		for _, f := range forms {
			if namesEntity(e, f) {
				idx = append(idx, i)
				break
			}
		}
	}
	return idx
}

// namesEntity reports whether name is e's label or one of its aliases.
func namesEntity(e extract.Entity, name string) bool {
	want := foldEntityName(name)
	if foldEntityName(e.Label) == want {
		return true
	}
	for _, a := range e.Aliases {
		if foldEntityName(a) == want {
			return true
		}
	}
	return false
}

// foldEntityName makes names compare without regard to case, accents or
// dots, so that "U.S." is "US" and "Erdoğan" is "Erdogan".
func foldEntityName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if r != '.' && !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

func entityLabels(got []extract.Entity, idx []int) string {
	var s []string
	for _, i := range idx {
		s = append(s, fmt.Sprintf("%s %q", got[i].Type, got[i].Label))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func describeEntityCase(c entityCase) string {
	var b strings.Builder
	for _, w := range c.Entities {
		fmt.Fprintf(&b, "  %s %q", w.Type, w.Name)
		if len(w.Variants) > 0 {
			fmt.Fprintf(&b, " or %q", w.Variants)
		}
		if len(w.Aliases) > 0 {
			fmt.Fprintf(&b, " aliases %q", w.Aliases)
		}
		if a := c.Attributes[w.Name]; len(a) > 0 {
			fmt.Fprintf(&b, " %v", a)
		}
		b.WriteByte('\n')
	}
	if len(c.Absent) > 0 {
		fmt.Fprintf(&b, "  absent %q\n", c.Absent)
	}
	if c.Exhaustive {
		b.WriteString("  and nothing else\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func describeEntities(got []extract.Entity) string {
	if len(got) == 0 {
		return "  no entities"
	}
	var b strings.Builder
	for _, e := range got {
		fmt.Fprintf(&b, "  %s %q", e.Type, e.Label)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " aliases %q", e.Aliases)
		}
		attrs := map[string]string{}
		for k, v := range e.Attributes {
			if k != "iso" {
				attrs[k] = v
			}
		}
		if len(attrs) > 0 {
			fmt.Fprintf(&b, " %v", attrs)
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// TestEntityCheck makes sure that the bench's checker fails for each kind
// of mistake it is meant to catch.
func TestEntityCheck(t *testing.T) {
	c := entityCase{
		Entities: []wantEntity{
			{Name: "Ana Ruiz", Type: "PERSON", Aliases: []string{"Ruiz"}},
			{Name: "Chile", Type: "GPE", Aliases: []string{"Chilean"}},
		},
		Absent:     []string{"Foreign Minister Ana Ruiz"},
		Attributes: map[string]map[string]string{"Ana Ruiz": {"country": "Chile"}},
		Exhaustive: true,
	}
	ruiz := extract.Entity{Label: "Ana Ruiz", Type: extract.Person, Aliases: []string{"Ruiz"}, Attributes: map[string]string{"country": "Chilean"}}
	chile := extract.Entity{Label: "Chile", Type: extract.GPE, Aliases: []string{"Chilean"}}
	tests := []struct {
		name string
		got  []extract.Entity
		want int // number of problems
	}{
		{"right", []extract.Entity{ruiz, chile}, 0},
		{"accents, case and dots do not matter", []extract.Entity{{Label: "ANA RUÍZ.", Type: extract.Person, Attributes: map[string]string{"country": "chile"}}, chile}, 0},
		{"missing", []extract.Entity{ruiz}, 1},
		{"split", []extract.Entity{ruiz, chile, {Label: "Chilean", Type: extract.GPE}}, 1},
		{"only a short form", []extract.Entity{{Label: "Ruiz", Type: extract.Person}, chile}, 1},
		{"wrong type", []extract.Entity{{Label: "Ana Ruiz", Type: extract.Org, Attributes: map[string]string{"country": "Chile"}}, chile}, 1},
		{"absent name present", []extract.Entity{{Label: "Ana Ruiz", Type: extract.Person, Aliases: []string{"Foreign Minister Ana Ruiz"}, Attributes: map[string]string{"country": "Chile"}}, chile}, 1},
		{"wrong attribute", []extract.Entity{{Label: "Ana Ruiz", Type: extract.Person, Attributes: map[string]string{"country": "Peru"}}, chile}, 1},
		{"unexpected entity", []extract.Entity{ruiz, chile, {Label: "Monday", Type: extract.Person}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if problems := checkEntities(c, tt.got); len(problems) != tt.want {
				t.Errorf("got %d problems, want %d:\n%s", len(problems), tt.want, strings.Join(problems, "\n"))
			}
		})
	}
}
