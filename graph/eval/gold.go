package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Gold is the hand-made annotation of one article: the entities a careful
// analyst finds in it and who met whom and went where.
type Gold struct {
	// File is the path the annotation was read from; empty when the Gold
	// was built in memory.
	File string
	// Document is the article file the annotation describes.
	Document string
	// Notes is free text for annotators; scoring ignores it.
	Notes string
	// Entities are the people, organisations and places of the article.
	Entities []GoldEntity
	// Meetings are the pairs of people who met or will meet.
	Meetings []GoldMeeting
	// Visits are the trips of people to places.
	Visits []GoldVisit
	// NotMeetings are pairs of people, named as in Entities, that a naive
	// co-occurrence extractor would wrongly connect.
	NotMeetings [][2]string
}

// GoldEntity is one annotated entity.
type GoldEntity struct {
	// Name is the fullest form of the name.
	Name string
	// Type is PERSON, ORG, GPE or LOC.
	Type string
	// Aliases are other forms of the name, demonyms and abbreviations.
	Aliases []string
	// Optional marks incidental entities whose finding is neither rewarded
	// nor punished.
	Optional bool
	// Notes is free text for annotators.
	Notes string
}

// GoldMeeting is an unordered pair of people, named as in Gold.Entities, who
// met or will meet.
type GoldMeeting struct {
	Between [2]string
	// Status is "occurred" or "planned".
	Status string
	// Notes is free text for annotators.
	Notes string
}

// GoldVisit is a person's trip; a graph edge to any of the places counts.
type GoldVisit struct {
	// Visitor names a person in Gold.Entities.
	Visitor string
	// Place names places in Gold.Entities, any of which counts.
	Place []string
	// Status is "occurred" or "planned".
	Status string
	// Notes is free text for annotators.
	Notes string
}

// GoldError reports a problem in a gold annotation. Its message is one line
// naming the file and the field at fault.
type GoldError struct {
	// File is the gold file's path, or its document when it has none.
	File string
	// Field locates the problem, as in "entities[3].type"; empty for
	// problems of the whole file, such as malformed JSON.
	Field string
	// Msg says what is wrong.
	Msg string
}

// Error returns the one-line message: "gold FILE: FIELD: MSG".
func (e *GoldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("gold %s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("gold %s: %s: %s", e.File, e.Field, e.Msg)
}

// Entity types as the gold and the graph write them.
const (
	typePerson = "PERSON"
	typeOrg    = "ORG"
	typeGPE    = "GPE"
	typeLoc    = "LOC"
)

// Relation statuses as the gold and the graph write them.
const (
	statusOccurred = "occurred"
	statusPlanned  = "planned"
)

// ReadGold reads and checks the gold annotation in the file at path.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	return ParseGold(path, data)
}

// ParseGold parses and checks a gold annotation; name is the file it came
// from, used in error messages. It rejects anything the format does not
// define: unknown fields, wrong JSON types, unknown entity types or statuses,
// empty names, and meetings, visits or not_meetings that name no entity of
// the right type.
func ParseGold(name string, data []byte) (*Gold, error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, &GoldError{File: name, Msg: syntaxMessage(data, err)}
	}
	d := decoder{file: name}
	g := d.gold(v)
	if d.err != nil {
		return nil, d.err
	}
	g.File = name
	if _, err := g.check(); err != nil {
		return nil, err
	}
	return g, nil
}

// ReadGoldDir reads every *.json file in dir, in name order; other files,
// such as a README, are ignored. It fails when there is none, or when two
// files annotate the same document.
func ReadGoldDir(dir string) ([]*Gold, error) {
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return nil, fmt.Errorf("read gold dir: %w", err)
	}
	var paths []string
	for _, e := range entries {
		if !e.IsDir() && filepath.Ext(e.Name()) == ".json" {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("read gold dir %s: no *.json files", dir)
	}
	golds := make([]*Gold, 0, len(paths))
	seen := make(map[string]string)
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			return nil, err
		}
		if prev, ok := seen[g.Document]; ok {
			return nil, &GoldError{File: p, Field: "document", Msg: fmt.Sprintf("%q is also annotated by %s", g.Document, prev)}
		}
		seen[g.Document] = p
		golds = append(golds, g)
	}
	return golds, nil
}

// class is the type a node and a gold entity must share to match: GPE and
// LOC are one class because annotators and extractors disagree on where a
// region stops being governed.
type class int

const (
	classNone class = iota
	classPerson
	classOrg
	classPlace
	numClasses
)

// classOf maps an entity type to its class, classNone for unscored types.
func classOf(t string) class {
	switch t {
	case typePerson:
		return classPerson
	case typeOrg:
		return classOrg
	case typeGPE, typeLoc:
		return classPlace
	}
	return classNone
}

// String returns the class's name in reports.
func (c class) String() string {
	switch c {
	case classPerson:
		return "PERSON"
	case classOrg:
		return "ORG"
	case classPlace:
		return "GPE/LOC"
	}
	return "none"
}

// resolved is a checked Gold with its names turned into indices into
// Gold.Entities.
type resolved struct {
	meetings    [][2]int
	visitors    []int
	places      [][]int
	notMeetings map[[2]int]bool
	// keys maps a class and a normalised name or alias to the entities
	// that carry it, in gold order.
	keys [numClasses]map[string][]int
}

// unordered returns a pair of entity indices in a canonical order.
func unordered(a, b int) [2]int {
	if a > b {
		a, b = b, a
	}
	return [2]int{a, b}
}

// check validates what the JSON shape cannot: that entity names are unique
// and that meetings, visits and not_meetings name entities of the right
// type. It also builds the indices scoring needs.
func (g *Gold) check() (*resolved, error) {
	file := g.File
	if file == "" {
		file = g.Document
	}
	fail := func(field, format string, args ...any) error {
		return &GoldError{File: file, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	r := &resolved{notMeetings: make(map[[2]int]bool)}
	for c := range r.keys {
		r.keys[c] = make(map[string][]int)
	}
	byName := make(map[string]int, len(g.Entities))
	for i, e := range g.Entities {
		f := fmt.Sprintf("entities[%d]", i)
		c := classOf(e.Type)
		if c == classNone {
			return nil, fail(f+".type", "%q is not one of %s, %s, %s, %s", e.Type, typePerson, typeOrg, typeGPE, typeLoc)
		}
		if normalize(e.Name) == "" {
			return nil, fail(f+".name", "empty name")
		}
		if j, ok := byName[e.Name]; ok {
			return nil, fail(f+".name", "%q already names entities[%d]", e.Name, j)
		}
		byName[e.Name] = i
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normalize(n)
			if ids := r.keys[c][k]; k != "" && (len(ids) == 0 || ids[len(ids)-1] != i) {
				r.keys[c][k] = append(ids, i)
			}
		}
	}
	// ref resolves a name to an entity of one of the wanted types.
	ref := func(field, name string, want ...string) (int, error) {
		i, ok := byName[name]
		if !ok {
			hint := ""
			if k := normalize(name); k != "" {
				for c := range r.keys {
					if ids := r.keys[c][k]; len(ids) > 0 {
						hint = fmt.Sprintf(" (did you mean %q?)", g.Entities[ids[0]].Name)
						break
					}
				}
			}
			return 0, fail(field, "%q is not the name of any entity in entities%s", name, hint)
		}
		if !slices.Contains(want, g.Entities[i].Type) {
			return 0, fail(field, "%q is %s, want %s", name, g.Entities[i].Type, strings.Join(want, " or "))
		}
		return i, nil
	}
	// pair resolves a pair of distinct entities of the wanted types.
	pair := func(field string, p [2]string, want ...string) ([2]int, error) {
		var ids [2]int
		for k, name := range p {
			i, err := ref(fmt.Sprintf("%s[%d]", field, k), name, want...)
			if err != nil {
				return ids, err
			}
			ids[k] = i
		}
		if ids[0] == ids[1] {
			return ids, fail(field, "%q is paired with itself", p[0])
		}
		return unordered(ids[0], ids[1]), nil
	}
	validStatus := func(field, s string) error {
		if s != statusOccurred && s != statusPlanned {
			return fail(field, "%q is not one of %s, %s", s, statusOccurred, statusPlanned)
		}
		return nil
	}
	seenMeeting := make(map[[2]int]int)
	for i, m := range g.Meetings {
		f := fmt.Sprintf("meetings[%d]", i)
		p, err := pair(f+".between", m.Between, typePerson)
		if err != nil {
			return nil, err
		}
		if err := validStatus(f+".status", m.Status); err != nil {
			return nil, err
		}
		// The graph holds one edge per pair, so a second gold meeting for
		// the same pair could never be scored right.
		if j, ok := seenMeeting[p]; ok {
			return nil, fail(f+".between", "same pair as meetings[%d]", j)
		}
		seenMeeting[p] = i
		r.meetings = append(r.meetings, p)
	}
	// not_meetings may repeat a pair: it only marks edges as traps. A trap
	// may pair a person with a country ("held talks with Japan"), which a
	// naive extractor also links.
	for i, nm := range g.NotMeetings {
		f := fmt.Sprintf("not_meetings[%d]", i)
		p, err := pair(f, nm, typePerson, typeOrg, typeGPE, typeLoc)
		if err != nil {
			return nil, err
		}
		if j, ok := seenMeeting[p]; ok {
			return nil, fail(f, "pair is also meetings[%d]", j)
		}
		r.notMeetings[p] = true
	}
	seenVisit := make(map[[2]int]int)
	for i, v := range g.Visits {
		f := fmt.Sprintf("visits[%d]", i)
		who, err := ref(f+".visitor", v.Visitor, typePerson)
		if err != nil {
			return nil, err
		}
		if len(v.Place) == 0 {
			return nil, fail(f+".place", "want at least one place")
		}
		places := make([]int, 0, len(v.Place))
		for k, name := range v.Place {
			pf := fmt.Sprintf("%s.place[%d]", f, k)
			p, err := ref(pf, name, typeGPE, typeLoc)
			if err != nil {
				return nil, err
			}
			// As with meetings, one edge cannot satisfy two gold visits.
			switch j, ok := seenVisit[[2]int{who, p}]; {
			case ok && j == i:
				return nil, fail(pf, "%q is listed twice", name)
			case ok:
				return nil, fail(pf, "visit of %q to %q is also in visits[%d]", v.Visitor, name, j)
			}
			seenVisit[[2]int{who, p}] = i
			places = append(places, p)
		}
		if err := validStatus(f+".status", v.Status); err != nil {
			return nil, err
		}
		r.visitors = append(r.visitors, who)
		r.places = append(r.places, places)
	}
	return r, nil
}
