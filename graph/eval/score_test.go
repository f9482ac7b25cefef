package eval

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// matchGold is a small gold annotation for the matching tables.
func matchGold() *Gold {
	return &Gold{
		Document: "match.txt",
		Entities: []GoldEntity{
			{Name: "Amara Okafor", Type: "PERSON", Aliases: []string{"Okafor"}},
			{Name: "Okafor Holdings", Type: "ORG", Aliases: []string{"Okafor"}},
			{Name: "Nils Okafor", Type: "PERSON", Aliases: []string{"Okafor"}},
			{Name: "Borealia", Type: "GPE", Aliases: []string{"Borealian", "B.R."}},
			{Name: "Ostmark Highlands", Type: "LOC", Aliases: []string{"Ostmark"}},
			{Name: "Tide Council", Type: "ORG", Aliases: []string{"TC"}},
			{Name: "Renée Duval", Type: "PERSON", Aliases: []string{"Duval"}},
			{Name: "Northwire", Type: "ORG", Optional: true},
		},
	}
}

func TestMatch(t *testing.T) {
	g := matchGold()
	r, err := g.check()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		node graphNode
		want string // gold name, "" for no match
	}{
		{"exact label", graphNode{Label: "Amara Okafor", Type: "PERSON"}, "Amara Okafor"},
		{"case", graphNode{Label: "amara OKAFOR", Type: "PERSON"}, "Amara Okafor"},
		{"accent on node side", graphNode{Label: "Renee Duval", Type: "PERSON"}, "Renée Duval"},
		{"label matches a gold alias", graphNode{Label: "Borealian", Type: "GPE"}, "Borealia"},
		{"dots", graphNode{Label: "BR", Type: "GPE"}, "Borealia"},
		{"leading the", graphNode{Label: "The Tide Council", Type: "ORG"}, "Tide Council"},
		{"trailing possessive", graphNode{Label: "Borealia's", Type: "GPE"}, "Borealia"},
		{"curly possessive", graphNode{Label: "Borealia\u2019s", Type: "GPE"}, "Borealia"},
		{"GPE node for LOC gold", graphNode{Label: "Ostmark Highlands", Type: "GPE"}, "Ostmark Highlands"},
		{"LOC node for GPE gold", graphNode{Label: "Borealia", Type: "LOC"}, "Borealia"},
		{"type must agree", graphNode{Label: "Borealia", Type: "ORG"}, ""},
		{"person is not a place", graphNode{Label: "Ostmark", Type: "PERSON"}, ""},
		{"unscored type", graphNode{Label: "Amara Okafor", Type: "NORP"}, ""},
		{"lower-case type is not scored", graphNode{Label: "Amara Okafor", Type: "person"}, ""},
		{"alias only", graphNode{Label: "Ms A. Okafor", Type: "PERSON", Aliases: []string{"Amara Okafor"}}, "Amara Okafor"},
		{"alias only, gold alias", graphNode{Label: "Chair", Type: "ORG", Aliases: []string{"tc"}}, "Tide Council"},
		{"label beats earlier alias", graphNode{Label: "Nils Okafor", Type: "PERSON", Aliases: []string{"Amara Okafor"}}, "Nils Okafor"},
		{"ambiguous label: first in gold order", graphNode{Label: "Okafor", Type: "PERSON"}, "Amara Okafor"},
		{"ambiguous label: type decides", graphNode{Label: "Okafor", Type: "ORG"}, "Okafor Holdings"},
		{"aliases: first in gold order", graphNode{Label: "N.", Type: "PERSON", Aliases: []string{"Duval", "Nils Okafor", "Amara Okafor"}}, "Amara Okafor"},
		{"optional entity matches", graphNode{Label: "NorthWire", Type: "ORG"}, "Northwire"},
		{"no match", graphNode{Label: "Read More", Type: "PERSON", Aliases: []string{"More"}}, ""},
		{"empty label", graphNode{Label: "", Type: "PERSON"}, ""},
		{"part of a name", graphNode{Label: "Amara", Type: "PERSON"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if i := r.match(tt.node); i >= 0 {
				got = g.Entities[i].Name
			}
			if got != tt.want {
				t.Errorf("match(%+v) = %q, want %q", tt.node, got, tt.want)
			}
		})
	}
}

// graphJSON builds a node-link document from nodes and edges.
func graphJSON(t *testing.T, nodes []graphNode, edges []graphEdge) []byte {
	t.Helper()
	if edges == nil {
		edges = []graphEdge{}
	}
	data, err := json.Marshal(graphDoc{Nodes: nodes, Edges: edges})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestScoreNodes(t *testing.T) {
	person := func(id, label string, aliases ...string) graphNode {
		return graphNode{ID: id, Label: label, Type: "PERSON", Aliases: aliases}
	}
	tests := []struct {
		name     string
		nodes    []graphNode
		want     Counts
		optional int
		unscored int
		fps      []string // "label" or "label=duplicate"
	}{
		{
			name: "empty graph misses every non-optional entity",
			want: Counts{FN: 7},
		},
		{
			name:  "one of each",
			nodes: []graphNode{person("a", "Amara Okafor"), {ID: "b", Label: "Borealia", Type: "GPE"}},
			want:  Counts{TP: 2, FN: 5},
		},
		{
			name:  "second node for the same entity is a duplicate",
			nodes: []graphNode{{ID: "b", Label: "Borealia", Type: "GPE"}, {ID: "c", Label: "Borealian", Type: "GPE"}},
			want:  Counts{TP: 1, FP: 1, FN: 6},
			fps:   []string{"Borealian=Borealia"},
		},
		{
			name:  "first node in document order takes the entity",
			nodes: []graphNode{{ID: "c", Label: "Borealian", Type: "GPE"}, {ID: "b", Label: "Borealia", Type: "GPE"}},
			want:  Counts{TP: 1, FP: 1, FN: 6},
			fps:   []string{"Borealia=Borealia"},
		},
		{
			name:  "alias-only duplicate",
			nodes: []graphNode{person("a", "Amara Okafor"), person("x", "Dr Okafor", "Amara Okafor")},
			want:  Counts{TP: 1, FP: 1, FN: 6},
			fps:   []string{"Dr Okafor=Amara Okafor"},
		},
		{
			name:     "optional entity and its duplicates are ignored",
			nodes:    []graphNode{{ID: "n", Label: "Northwire", Type: "ORG"}, {ID: "m", Label: "NORTHWIRE", Type: "ORG"}},
			want:     Counts{FN: 7},
			optional: 2,
		},
		{
			name:  "unmatched nodes",
			nodes: []graphNode{person("r", "Read More"), {ID: "p", Label: "Patriot", Type: "GPE"}},
			want:  Counts{FP: 2, FN: 7},
			fps:   []string{"Read More", "Patriot"},
		},
		{
			name:     "other types are not scored",
			nodes:    []graphNode{{ID: "d", Label: "Monday", Type: "DATE"}, {ID: "a", Label: "Amara Okafor", Type: "NORP"}},
			want:     Counts{FN: 7},
			unscored: 2,
		},
		{
			name:  "wrong type is unmatched, not a duplicate",
			nodes: []graphNode{{ID: "o", Label: "Amara Okafor", Type: "GPE"}},
			want:  Counts{FP: 1, FN: 7},
			fps:   []string{"Amara Okafor"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Score(matchGold(), graphJSON(t, tt.nodes, nil))
			if err != nil {
				t.Fatal(err)
			}
			if s.Entities != tt.want || s.Optional != tt.optional || s.Unscored != tt.unscored {
				t.Errorf("entities %+v, optional %d, unscored %d; want %+v, %d, %d",
					s.Entities, s.Optional, s.Unscored, tt.want, tt.optional, tt.unscored)
			}
			var fps []string
			for _, fp := range s.FalsePositives {
				if fp.DuplicateOf != "" {
					fps = append(fps, fp.Label+"="+fp.DuplicateOf)
				} else {
					fps = append(fps, fp.Label)
				}
			}
			if strings.Join(fps, "|") != strings.Join(tt.fps, "|") {
				t.Errorf("false positives %q, want %q", fps, tt.fps)
			}
			if len(s.Missed) != s.Entities.FN {
				t.Errorf("%d missed entities listed, FN is %d", len(s.Missed), s.Entities.FN)
			}
		})
	}
}

// scoreTestdata scores each hand-made graph in testdata/graph against its
// gold in testdata/gold.
func scoreTestdata(t *testing.T) []*DocScore {
	t.Helper()
	golds, err := ReadGoldDir(filepath.Join("testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*DocScore
	for _, g := range golds {
		name := strings.TrimSuffix(g.Document, ".txt") + ".json"
		data, err := os.ReadFile(filepath.Join("testdata", "graph", name))
		if err != nil {
			t.Fatal(err)
		}
		s, err := Score(g, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, s)
	}
	return docs
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreTestdata checks figures worked out by hand from
// testdata/gold/*.json and testdata/graph/*.json.
func TestScoreTestdata(t *testing.T) {
	docs := scoreTestdata(t)
	if len(docs) != 2 {
		t.Fatalf("scored %d documents, want 2", len(docs))
	}
	alpha, beta := docs[0], docs[1]

	// alpha: n0 Okafor, n1 Lindqvist (possessive), n2 Duval (accent),
	// n14 Marchetti are TPs; n9 is unmatched, n10 an alias-only duplicate
	// of Okafor. n6 (leading "The") and n11 (alias only) are ORG TPs.
	// Borealia (n3) and Ostmark (n5, GPE for LOC) are place TPs; n4 is a
	// duplicate of Borealia, n13 a person's name typed GPE; Port Selen is
	// missed. n7, n8 and n15 are optional; n12 is a DATE.
	wantAlpha := Summary{
		Entities: Counts{TP: 8, FP: 4, FN: 1},
		Person:   Counts{TP: 4, FP: 2},
		Org:      Counts{TP: 2},
		Place:    Counts{TP: 2, FP: 2, FN: 1},
		Optional: 3,
		Unscored: 1,
		// 6 met edges: n0-n1 and n10-n1 find Okafor-Lindqvist (status
		// right on the first), n2-n0 finds Okafor-Duval with the wrong
		// status, n2-n14 is a trap, n9-n0 and n3-n0 have an end that is
		// no gold person. Lindqvist-Marchetti is missed.
		Meetings: RelationCounts{Edges: 6, Correct: 3, Gold: 3, Found: 2, StatusRight: 1, Traps: 1},
		// 4 visited edges: n0->n4 finds Okafor's visit through a duplicate
		// place node; the others miss. Duval's visit is missed.
		Visits: RelationCounts{Edges: 4, Correct: 1, Gold: 2, Found: 1, StatusRight: 1},
	}
	if alpha.Summary != wantAlpha {
		t.Errorf("alpha:\n got %+v\nwant %+v", alpha.Summary, wantAlpha)
	}
	// beta: Sela Haru, Vasko and U.F.P. (dots) are TPs, Kestrel is
	// unmatched and Kestrel Bay missed; the meeting is found with its
	// status, the visit goes to the unmatched node.
	wantBeta := Summary{
		Entities: Counts{TP: 3, FP: 1, FN: 1},
		Person:   Counts{TP: 2},
		Org:      Counts{TP: 1},
		Place:    Counts{FP: 1, FN: 1},
		Meetings: RelationCounts{Edges: 1, Correct: 1, Gold: 1, Found: 1, StatusRight: 1},
		Visits:   RelationCounts{Edges: 1, Gold: 1},
	}
	if beta.Summary != wantBeta {
		t.Errorf("beta:\n got %+v\nwant %+v", beta.Summary, wantBeta)
	}

	tot := Total(docs).Total
	ratios := []struct {
		name      string
		got, want float64
	}{
		{"alpha entity precision", alpha.Entities.Precision(), 8.0 / 12},
		{"alpha entity recall", alpha.Entities.Recall(), 8.0 / 9},
		{"alpha meeting precision", alpha.Meetings.Precision(), 3.0 / 6},
		{"alpha meeting recall", alpha.Meetings.Recall(), 2.0 / 3},
		{"alpha meeting F1", alpha.Meetings.F1(), 2 * (0.5 * 2 / 3) / (0.5 + 2.0/3)},
		{"alpha meeting status", alpha.Meetings.StatusAccuracy(), 1.0 / 2},
		{"alpha visit precision", alpha.Visits.Precision(), 1.0 / 4},
		{"alpha visit recall", alpha.Visits.Recall(), 1.0 / 2},
		{"beta visit precision", beta.Visits.Precision(), 0},
		{"beta visit status (0/0)", beta.Visits.StatusAccuracy(), 0},
		// Micro-averages: counts are summed first.
		{"total entity precision", tot.Entities.Precision(), 11.0 / 16},
		{"total entity recall", tot.Entities.Recall(), 11.0 / 13},
		{"total entity F1", tot.Entities.F1(), 22.0 / 29},
		{"total place precision", tot.Place.Precision(), 2.0 / 5},
		{"total place recall", tot.Place.Recall(), 2.0 / 4},
		{"total meeting precision", tot.Meetings.Precision(), 4.0 / 7},
		{"total meeting recall", tot.Meetings.Recall(), 3.0 / 4},
		{"total meeting status", tot.Meetings.StatusAccuracy(), 2.0 / 3},
		{"total visit precision", tot.Visits.Precision(), 1.0 / 5},
		{"total visit recall", tot.Visits.Recall(), 1.0 / 3},
		{"total visit status", tot.Visits.StatusAccuracy(), 1},
	}
	for _, r := range ratios {
		if !near(r.got, r.want) {
			t.Errorf("%s = %v, want %v", r.name, r.got, r.want)
		}
	}
	if tot.Meetings.Traps != 1 || tot.Optional != 3 || tot.Unscored != 1 {
		t.Errorf("total traps %d, optional %d, unscored %d; want 1, 3, 1", tot.Meetings.Traps, tot.Optional, tot.Unscored)
	}
}

func TestScoreMistakes(t *testing.T) {
	alpha := scoreTestdata(t)[0]
	var traps, reasons []string
	for _, e := range alpha.WrongMeetings {
		reasons = append(reasons, e.Reason)
		if e.Trap {
			traps = append(traps, e.Source+"--"+e.Target)
		}
	}
	if got, want := strings.Join(traps, "|"), "Renee Duval--Ivo Marchetti"; got != want {
		t.Errorf("trap hits %q, want %q", got, want)
	}
	wantReasons := `listed in not_meetings|"Read More" matches no gold person|"Borealia" matches no gold person`
	if got := strings.Join(reasons, "|"); got != wantReasons {
		t.Errorf("wrong meeting reasons %q, want %q", got, wantReasons)
	}
	if len(alpha.MissedMeetings) != 1 || alpha.MissedMeetings[0].Between != [2]string{"Tomas Lindqvist", "Ivo Marchetti"} {
		t.Errorf("missed meetings %+v", alpha.MissedMeetings)
	}
	wantStatus := WrongStatus{From: "Amara Okafor", To: "Renée Duval", Gold: "planned", Got: "occurred"}
	if len(alpha.MeetingStatus) != 1 || alpha.MeetingStatus[0] != wantStatus {
		t.Errorf("meeting status errors %+v, want [%+v]", alpha.MeetingStatus, wantStatus)
	}
	if len(alpha.MissedVisits) != 1 || alpha.MissedVisits[0].Visitor != "Renée Duval" {
		t.Errorf("missed visits %+v", alpha.MissedVisits)
	}
	reasons = nil
	for _, e := range alpha.WrongVisits {
		reasons = append(reasons, e.Reason)
	}
	wantReasons = `not a gold visit|not a gold visit|"Northwire" matches no gold place`
	if got := strings.Join(reasons, "|"); got != wantReasons {
		t.Errorf("wrong visit reasons %q, want %q", got, wantReasons)
	}
}

func TestScoreVisitStatus(t *testing.T) {
	g := &Gold{
		Document: "v.txt",
		Entities: []GoldEntity{
			{Name: "Amara Okafor", Type: "PERSON"},
			{Name: "Port Selen", Type: "GPE"},
			{Name: "Borealia", Type: "GPE"},
		},
		Visits: []GoldVisit{{Visitor: "Amara Okafor", Place: []string{"Port Selen", "Borealia"}, Status: "planned"}},
	}
	nodes := []graphNode{
		{ID: "a", Label: "Amara Okafor", Type: "PERSON"},
		{ID: "p", Label: "Port Selen", Type: "GPE"},
		{ID: "b", Label: "Borealia", Type: "GPE"},
	}
	edges := []graphEdge{
		// The first matching edge decides the status; the second is still
		// a correct edge.
		{Source: "a", Target: "b", Relation: "visited", Status: "occurred"},
		{Source: "a", Target: "p", Relation: "visited", Status: "planned"},
		// A visit backwards, from the place to the person, is wrong.
		{Source: "p", Target: "a", Relation: "visited", Status: "planned"},
	}
	s, err := Score(g, graphJSON(t, nodes, edges))
	if err != nil {
		t.Fatal(err)
	}
	want := RelationCounts{Edges: 3, Correct: 2, Gold: 1, Found: 1}
	if s.Visits != want {
		t.Errorf("visits %+v, want %+v", s.Visits, want)
	}
	wantStatus := WrongStatus{From: "Amara Okafor", To: "Borealia", Gold: "planned", Got: "occurred"}
	if len(s.VisitStatus) != 1 || s.VisitStatus[0] != wantStatus {
		t.Errorf("visit status errors %+v, want [%+v]", s.VisitStatus, wantStatus)
	}
}

func TestScoreSelfMeeting(t *testing.T) {
	g := &Gold{
		Document: "m.txt",
		Entities: []GoldEntity{{Name: "Amara Okafor", Type: "PERSON"}, {Name: "Sela Haru", Type: "PERSON"}},
		Meetings: []GoldMeeting{{Between: [2]string{"Amara Okafor", "Sela Haru"}, Status: "occurred"}},
	}
	nodes := []graphNode{
		{ID: "a", Label: "Amara Okafor", Type: "PERSON"},
		{ID: "b", Label: "Okafor", Type: "PERSON", Aliases: []string{"Amara Okafor"}},
	}
	edges := []graphEdge{{Source: "a", Target: "b", Relation: "met", Status: "occurred"}}
	s, err := Score(g, graphJSON(t, nodes, edges))
	if err != nil {
		t.Fatal(err)
	}
	want := RelationCounts{Edges: 1, Gold: 1}
	if s.Meetings != want {
		t.Errorf("meetings %+v, want %+v", s.Meetings, want)
	}
	if len(s.WrongMeetings) != 1 || s.WrongMeetings[0].Reason != `both ends are "Amara Okafor"` {
		t.Errorf("wrong meetings %+v", s.WrongMeetings)
	}
}

func TestScoreGraphErrors(t *testing.T) {
	tests := []struct {
		name, graph, want string
	}{
		{"not JSON", `{"nodes": [}`, "score match.txt: graph: malformed JSON at line 1, column 12 (after byte 12): invalid character '}' looking for beginning of value"},
		{"truncated", "{\"nodes\": [],\n\"edges\": [", "score match.txt: graph: malformed JSON at line 2, column 10 (after byte 24): unexpected end of JSON input"},
		{"not an object", `[]`, "score match.txt: graph: malformed JSON"},
		{"edges called links", `{"nodes": [], "links": []}`, `score match.txt: graph: no "edges" field`},
		{"no nodes", `{"edges": []}`, `score match.txt: graph: no "nodes" field`},
		{"numeric id", `{"nodes": [{"id": 1}], "edges": []}`, "score match.txt: graph: json: cannot unmarshal number"},
		{"duplicate id", `{"nodes": [{"id": "a"}, {"id": "a"}], "edges": []}`, `score match.txt: graph: nodes[1].id: "a" is not unique`},
		{"dangling edge", `{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b", "relation": "met"}]}`, `score match.txt: graph: edges[0].target: no node has id "b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(matchGold(), []byte(tt.graph))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Score error %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestScoreNullLists(t *testing.T) {
	s, err := Score(matchGold(), []byte(`{"nodes": null, "edges": null}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.Entities != (Counts{FN: 7}) {
		t.Errorf("entities %+v, want all 7 missed", s.Entities)
	}
}

func TestScoreChecksGold(t *testing.T) {
	g := matchGold()
	g.Meetings = []GoldMeeting{{Between: [2]string{"Amara Okafor", "Nobody"}, Status: "occurred"}}
	_, err := Score(g, []byte(`{"nodes": [], "edges": []}`))
	want := `gold match.txt: meetings[0].between[1]: "Nobody" is not the name of any entity in entities`
	if err == nil || err.Error() != want {
		t.Errorf("Score error %v, want %q", err, want)
	}
}
