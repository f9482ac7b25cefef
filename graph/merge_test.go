package graph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parley/parley/extract"
)

func ent(t extract.Type, label string, mentions int, aliases ...string) extract.Entity {
	return extract.Entity{Label: label, Type: t, Mentions: mentions, Aliases: aliases}
}

func withAttr(e extract.Entity, kv ...string) extract.Entity {
	e.Attributes = map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Attributes[kv[i]] = kv[i+1]
	}
	return e
}

func withKey(e extract.Entity, key string) extract.Entity {
	e.Key = key
	return e
}

// result builds an article result whose text is unique to its ID.
func result(id string, ents []extract.Entity, rels ...extract.Relation) *extract.Result {
	return &extract.Result{
		Article:   extract.Article{ID: id, Path: id + ".txt", Text: "text of " + id},
		Entities:  ents,
		Relations: rels,
	}
}

func ev(article string, start, end int, sentence string) extract.Evidence {
	return extract.Evidence{Article: article, Sentence: sentence, Start: start, End: end}
}

func labels(nodes []Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, n.Label)
	}
	slices.Sort(out)
	return out
}

func TestMergeRules(t *testing.T) {
	P, O, G := extract.Person, extract.Org, extract.GPE
	tests := []struct {
		name  string
		a, b  extract.Entity
		merge bool
	}{
		{"same key", withKey(ent(G, "Norway", 1), "NO"), withKey(ent(G, "Kingdom of Norway", 1), "NO"), true},
		{"same iso attribute", withAttr(ent(G, "Norway", 1), "iso", "NO"), withKey(ent(G, "Kingdom of Norway", 1), "no"), true},
		{"same key, other type", withKey(ent(G, "Norway", 1), "NO"), withKey(ent(O, "Norway Group", 1), "NO"), false},
		{"different keys, same label", withKey(ent(G, "Georgia", 1), "GE"), withKey(ent(G, "Georgia", 1), "US-GA"), false},
		{"case and leading the", ent(O, "The Hague Group", 1), ent(O, "hague group", 1), true},
		{"accents", ent(G, "São Tomé", 1), ent(G, "Sao Tome", 1), true},
		{"dots", ent(O, "U.N.", 1), ent(O, "UN", 1), true},
		{"hyphen", ent(P, "Park Ji-hoon", 1), ent(P, "Park Ji Hoon", 1), true},
		{"same name, other type", ent(P, "Jordan", 1), ent(G, "Jordan", 1), false},
		{"multi-word alias", ent(O, "International Atomic Agency", 1), ent(O, "IAA", 1, "International Atomic Agency"), true},
		{"multi-word alias, reversed", ent(O, "IAA", 1, "International Atomic Agency"), ent(O, "International Atomic Agency", 1), true},
		{"shared single-word alias", ent(P, "Lee Min Ho", 3, "Lee"), ent(P, "Jack Lee", 2, "Lee"), false},
		{"longer form of a name", ent(P, "Tomas Rivera", 2), ent(P, "Tomas Rivera Acosta", 1), true},
		{"longer form at the front", ent(P, "Omar bin Khalid Al Saadi", 2), ent(P, "Sayyid Omar bin Khalid Al Saadi", 1), true},
		{"one name word and a particle", ent(P, "bin Khalid", 1), ent(P, "Omar bin Khalid", 1), false},
		{"Arabic article written apart, joined or hyphenated", ent(P, "Omar Alsaadi", 1), ent(P, "Omar bin Khalid Al Saadi", 2), true},
		{"Arabic article hyphenated", ent(P, "Mohammed Karim al-Saadi", 1), ent(P, "Mohammed Karim Al Saadi", 1), true},
		{"organisation and its acronym", ent(O, "Tide Council of Nations", 2), ent(O, "TCN", 1), true},
		{"acronym of another organisation", ent(O, "Tide Council of Nations", 2), ent(O, "TCM", 1), false},
		// A one-word person joins the one full name it shortens.
		{"single-word label is other's alias", ent(P, "Lee", 1), ent(P, "Lee Min Ho", 3, "Lee"), true},
		{"transliterated first name", ent(P, "Dmitry Sokolov", 1), ent(P, "Dmitri Sokolov", 1), true},
		{"transliterated long last name", ent(P, "Volodymyr Kovalenko", 1), ent(P, "Volodymyr Kovalenkko", 1), true},
		{"short last names must be equal", ent(P, "Anna Berg", 1), ent(P, "Anna Bergh", 1), false},
		{"first names two edits apart", ent(P, "Oleksandr Tkachenko", 1), ent(P, "Olexandr Tkachenko", 1), true},
		{"short first names two edits apart", ent(P, "Ann Moreau", 1), ent(P, "Ali Moreau", 1), false},
		{"first letters differ", ent(P, "Lee Min Ho", 1), ent(P, "Jack Lee", 1), false},
		{"last names two edits apart", ent(P, "Pavel Kuznetsov", 1), ent(P, "Pavel Kusnetsova", 1), false},
		{"variants of another type", ent(O, "Sergey Petrov", 1), ent(O, "Sergei Petrov", 1), false},
		{"middle names differ", ent(P, "George H. Miller", 1), ent(P, "George T. Miller", 1), false},
		{"one middle name", ent(P, "George Miller", 1), ent(P, "George T. Miller", 1), true},
		{"same name, countries conflict",
			withAttr(ent(P, "Mikhail Orlov", 1), "country", "Russia"),
			withAttr(ent(P, "Mikhail Orlov", 1), "country", "Ukraine"), false},
		{"same name, one country",
			withAttr(ent(P, "Mikhail Orlov", 1), "country", "Russia"),
			ent(P, "Mikhail Orlov", 1), true},
		{"variants, countries conflict",
			withAttr(ent(P, "Dmitry Sokolov", 1), "country", "Russia"),
			withAttr(ent(P, "Dmitri Sokolov", 1), "country", "Ukraine"), false},
		{"variants, same country spelt differently",
			withAttr(ent(P, "Dmitry Sokolov", 1), "country", "Russia"),
			withAttr(ent(P, "Dmitri Sokolov", 1), "country", "russia"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range [][2]extract.Entity{{tt.a, tt.b}, {tt.b, tt.a}} {
				g := New()
				g.Add(result("one", []extract.Entity{order[0]}))
				g.Add(result("two", []extract.Entity{order[1]}))
				want := 2
				if tt.merge {
					want = 1
				}
				if got := len(g.Nodes()); got != want {
					t.Errorf("%q then %q: %d nodes %v, want %d", order[0].Label, order[1].Label, got, labels(g.Nodes()), want)
				}
			}
		})
	}
}

func TestMergedNode(t *testing.T) {
	P := extract.Person
	g := New()
	g.Add(result("one", []extract.Entity{
		withAttr(ent(P, "Sokolov", 4, "Dmitry Sokolov"), "title", "Minister", "country", "Russia"),
	}))
	g.Add(result("two", []extract.Entity{
		withAttr(ent(P, "Dmitri Sokolov", 2, "Sokolov", "Mr. Sokolov"), "title", "Envoy", "age", "60"),
	}))
	g.Add(result("three", []extract.Entity{
		ent(P, "Dmitry Sokolov", 3, "DMITRY SOKOLOV"),
	}))
	nodes := g.Nodes()
	if len(nodes) != 1 {
		t.Fatalf("got %d nodes %v, want 1", len(nodes), labels(nodes))
	}
	n := nodes[0]
	want := Node{
		ID:       "person/dmitry-sokolov",
		Label:    "Dmitry Sokolov", // two words beat one; 3 mentions beat 2
		Type:     P,
		Aliases:  []string{"DMITRY SOKOLOV", "Dmitri Sokolov", "Mr. Sokolov", "Sokolov"},
		Mentions: 9,
		Attributes: map[string]string{
			"title":   "Minister",
			"country": "Russia",
			"age":     "60",
		},
	}
	if fmt.Sprint(n) != fmt.Sprint(want) {
		t.Errorf("got  %+v\nwant %+v", n, want)
	}
}

func TestLabelTieBreaks(t *testing.T) {
	O := extract.Org
	tests := []struct {
		name string
		ents [][]extract.Entity
		want string
	}{
		{"more words", [][]extract.Entity{{ent(O, "Acme", 9)}, {ent(O, "ACME", 1, "Acme Group Holdings")}, {ent(O, "Acme Group Holdings", 1)}}, "Acme Group Holdings"},
		{"more mentions", [][]extract.Entity{{ent(O, "Acme Group", 1)}, {ent(O, "ACME GROUP", 2)}, {ent(O, "Acme Group", 2)}}, "Acme Group"},
		{"first seen", [][]extract.Entity{{ent(O, "ACME GROUP", 2)}, {ent(O, "Acme Group", 2)}}, "ACME GROUP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for i, es := range tt.ents {
				g.Add(result(fmt.Sprint(i), es))
			}
			if got := labels(g.Nodes()); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("labels %q, want [%q]", got, tt.want)
			}
		})
	}
}

func TestMergeIsTransitive(t *testing.T) {
	P := extract.Person
	met := func(sentence string) extract.Relation {
		return extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1,
			Evidence: []extract.Evidence{ev("", 0, len(sentence), sentence)}}
	}
	g := New()
	g.Add(result("one", []extract.Entity{ent(P, "Jonathan Reyes", 2), ent(P, "Mikhail Orlov", 1)}, met("Reyes met Orlov.")))
	g.Add(result("two", []extract.Entity{ent(P, "Jon Reyes", 1), ent(P, "Mikhail Orlov", 1)}, met("Orlov saw Reyes.")))
	if got := len(g.Nodes()); got != 3 {
		t.Fatalf("before the bridge: %d nodes %v, want 3", got, labels(g.Nodes()))
	}
	if got := len(g.Edges()); got != 2 {
		t.Fatalf("before the bridge: %d edges, want 2", got)
	}
	// An article naming Reyes both ways joins the two clusters and their edges.
	g.Add(result("three", []extract.Entity{ent(P, "J. Reyes", 1, "Jonathan Reyes", "Jon Reyes")}))
	if got, want := labels(g.Nodes()), []string{"Jonathan Reyes", "Mikhail Orlov"}; !slices.Equal(got, want) {
		t.Fatalf("after the bridge: nodes %q, want %q", got, want)
	}
	edges := g.Edges()
	if len(edges) != 1 {
		t.Fatalf("after the bridge: %d edges, want 1", len(edges))
	}
	e := edges[0]
	if e.Source != "person/jonathan-reyes" || e.Target != "person/mikhail-orlov" || e.Weight != 2 {
		t.Errorf("edge %s -> %s weight %d, want person/jonathan-reyes -> person/mikhail-orlov weight 2", e.Source, e.Target, e.Weight)
	}
	if got := []string{e.Evidence[0].Article, e.Evidence[1].Article}; !slices.Equal(got, []string{"one", "two"}) {
		t.Errorf("evidence articles %q, want [one two]", got)
	}
}

func TestConflictingCountriesStayApart(t *testing.T) {
	P := extract.Person
	g := New()
	g.Add(result("one", []extract.Entity{withAttr(ent(P, "Mikhail Orlov", 1), "country", "Russia")}))
	g.Add(result("two", []extract.Entity{withAttr(ent(P, "Mikhail Orlov", 1), "country", "Ukraine")}))
	// Matches both; joins the first and cannot then join the second.
	g.Add(result("three", []extract.Entity{ent(P, "Mikhail Orlov", 5)}))
	nodes := g.Nodes()
	if len(nodes) != 2 {
		t.Fatalf("%d nodes, want 2", len(nodes))
	}
	got := map[string]int{}
	for _, n := range nodes {
		got[n.ID+" "+n.Attributes["country"]] = n.Mentions
	}
	want := map[string]int{"person/mikhail-orlov Russia": 6, "person/mikhail-orlov-2 Ukraine": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestEdgeMerge(t *testing.T) {
	P, G := extract.Person, extract.GPE
	g := New()
	g.Add(result("one",
		[]extract.Entity{ent(P, "Mikhail Orlov", 1), ent(P, "Park Ji-hoon", 1), ent(G, "Oslo", 1)},
		extract.Relation{Kind: extract.Met, Status: extract.Planned, From: 0, To: 1, When: "next week",
			Evidence: []extract.Evidence{ev("one", 40, 60, "later")}},
		extract.Relation{Kind: extract.Met, Status: extract.Planned, From: 0, To: 1,
			Evidence: []extract.Evidence{ev("one", 40, 60, "later"), ev("one", 0, 30, "earlier")}},
		extract.Relation{Kind: extract.Visited, Status: extract.Occurred, From: 0, To: 2},
	))
	g.Add(result("two",
		[]extract.Entity{ent(P, "Park Ji Hoon", 1), ent(P, "Mikhail Orlov", 1), ent(G, "Oslo", 1)},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1, Place: "Oslo", When: "on Monday",
			Evidence: []extract.Evidence{ev("", 5, 15, "second article")}},
		extract.Relation{Kind: extract.Visited, Status: extract.Planned, From: 1, To: 2, Place: " "},
	))
	// Both people turn out to be one in a third article: a self-loop, dropped.
	g.Add(result("three",
		[]extract.Entity{ent(P, "Mikhail Orlov", 1), ent(P, "M. Orlov", 1, "Mikhail Orlov")},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1},
	))

	want := []Edge{
		{
			Source: "person/mikhail-orlov", Target: "gpe/oslo", Relation: extract.Visited, Status: extract.Occurred,
			Evidence: []extract.Evidence{}, Attributes: map[string]string{},
		},
		{
			Source: "person/mikhail-orlov", Target: "person/park-ji-hoon", Relation: extract.Met, Status: extract.Occurred,
			Weight: 3,
			Evidence: []extract.Evidence{
				ev("one", 0, 30, "earlier"), ev("one", 40, 60, "later"), ev("two", 5, 15, "second article"),
			},
			Attributes: map[string]string{"place": "Oslo", "when": "next week"},
		},
	}
	if got := g.Edges(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("edges\n got  %+v\n want %+v", got, want)
	}
	validate(t, render(t, WriteJSON, g))
}

func TestDuplicateArticleCountsOnce(t *testing.T) {
	g := New()
	r := result("one", []extract.Entity{ent(extract.Person, "Mikhail Orlov", 2)})
	if !g.Add(r) {
		t.Fatal("first Add returned false")
	}
	again := *r
	again.Article.ID = "copy"
	if g.Add(&again) {
		t.Error("Add of an article with the same text returned true")
	}
	if n := g.Nodes()[0].Mentions; n != 2 {
		t.Errorf("mentions %d, want 2", n)
	}
	if got := len(g.Articles()); got != 1 {
		t.Errorf("%d articles, want 1", got)
	}
}

func TestBadInputIsIgnored(t *testing.T) {
	g := New()
	if g.Add(nil) {
		t.Error("Add(nil) returned true")
	}
	g.Add(result("one",
		[]extract.Entity{
			ent(extract.Person, "Mikhail Orlov", 1),
			ent(extract.Person, "  ", 1),
			ent("THING", "Widget", 1),
			ent("person", "Park Ji Hoon", 1),
		},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 2},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: -1, To: 3},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 4},
		extract.Relation{Kind: "hugged", Status: extract.Occurred, From: 0, To: 3},
		extract.Relation{Kind: extract.Met, Status: "rumoured", From: 0, To: 3},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 3, To: 0},
	))
	if got, want := labels(g.Nodes()), []string{"Mikhail Orlov", "Park Ji Hoon"}; !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
	if got := g.Edges(); len(got) != 1 || got[0].Source != "person/mikhail-orlov" {
		t.Errorf("edges %+v, want one from person/mikhail-orlov", got)
	}
	validate(t, render(t, WriteJSON, g))
}

func TestNodeIDs(t *testing.T) {
	P := extract.Person
	g := New()
	g.Add(result("one", []extract.Entity{
		withAttr(ent(P, "Mikhail Orlov", 1), "country", "Russia"),
		withAttr(ent(P, "Mikhail Orlov", 1), "country", "Ukraine"),
		ent(P, "Mikhail Orlov 2", 1),
		ent(extract.GPE, "Mikhail Orlov", 1),
		withAttr(ent(P, "Mikhail Orlov", 1), "country", "Belarus"),
	}))
	var got []string
	for _, n := range g.Nodes() {
		got = append(got, n.ID+" "+n.Attributes["country"])
	}
	want := []string{
		"gpe/mikhail-orlov ",
		"person/mikhail-orlov Russia",
		"person/mikhail-orlov-2 ",
		"person/mikhail-orlov-3 Ukraine",
		"person/mikhail-orlov-4 Belarus",
	}
	if !slices.Equal(got, want) {
		t.Errorf("IDs\n got  %q\n want %q", got, want)
	}
	validate(t, render(t, WriteJSON, g))
}

func TestFilter(t *testing.T) {
	P, G, O := extract.Person, extract.GPE, extract.Org
	g := New()
	g.Add(result("one",
		[]extract.Entity{ent(P, "Mikhail Orlov", 1), ent(P, "Park Ji Hoon", 1), ent(G, "Oslo", 1), ent(O, "Acme Group", 1), ent(P, "Anna Berg", 1)},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1},
		extract.Relation{Kind: extract.Visited, Status: extract.Occurred, From: 0, To: 2},
	))
	ids := func(g *Graph) (nodes, edges []string) {
		for _, n := range g.Nodes() {
			nodes = append(nodes, n.ID)
		}
		for _, e := range g.Edges() {
			edges = append(edges, e.Source+" "+string(e.Relation)+" "+e.Target)
		}
		return nodes, edges
	}
	tests := []struct {
		name         string
		graph        *Graph
		nodes, edges []string
	}{
		{"none", g.Filter(Filter{}),
			[]string{"gpe/oslo", "org/acme-group", "person/anna-berg", "person/mikhail-orlov", "person/park-ji-hoon"},
			[]string{"person/mikhail-orlov visited gpe/oslo", "person/mikhail-orlov met person/park-ji-hoon"}},
		{"people", g.Filter(Filter{Types: []extract.Type{P}}),
			[]string{"person/anna-berg", "person/mikhail-orlov", "person/park-ji-hoon"},
			[]string{"person/mikhail-orlov met person/park-ji-hoon"}},
		{"visits", g.Filter(Filter{Relations: []extract.RelationKind{extract.Visited}}),
			[]string{"gpe/oslo", "org/acme-group", "person/anna-berg", "person/mikhail-orlov", "person/park-ji-hoon"},
			[]string{"person/mikhail-orlov visited gpe/oslo"}},
		{"visits, connected", g.Filter(Filter{Relations: []extract.RelationKind{extract.Visited}, Connected: true}),
			[]string{"gpe/oslo", "person/mikhail-orlov"},
			[]string{"person/mikhail-orlov visited gpe/oslo"}},
		{"connected", g.Filter(Filter{Connected: true}),
			[]string{"gpe/oslo", "person/mikhail-orlov", "person/park-ji-hoon"},
			[]string{"person/mikhail-orlov visited gpe/oslo", "person/mikhail-orlov met person/park-ji-hoon"}},
		{"composed: people, then places", g.Filter(Filter{Types: []extract.Type{P}}).Filter(Filter{Types: []extract.Type{G}}),
			nil, nil},
		{"composed: people, then connected", g.Filter(Filter{Types: []extract.Type{P}}).Filter(Filter{Connected: true}),
			[]string{"person/mikhail-orlov", "person/park-ji-hoon"},
			[]string{"person/mikhail-orlov met person/park-ji-hoon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, edges := ids(tt.graph)
			if !slices.Equal(nodes, tt.nodes) {
				t.Errorf("nodes\n got  %q\n want %q", nodes, tt.nodes)
			}
			if !slices.Equal(edges, tt.edges) {
				t.Errorf("edges\n got  %q\n want %q", edges, tt.edges)
			}
			validate(t, render(t, WriteJSON, tt.graph))
		})
	}
}

func TestFilterKeepsIDsAndCopies(t *testing.T) {
	P := extract.Person
	g := New()
	g.Add(result("one",
		[]extract.Entity{
			withAttr(ent(P, "Mikhail Orlov", 1), "country", "Russia"),
			withAttr(ent(P, "Mikhail Orlov", 1), "country", "Ukraine"),
			ent(P, "Anna Berg", 1),
		},
		extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: 1, To: 2},
	))
	g.Add(result("two", []extract.Entity{ent(extract.GPE, "Oslo", 1)}))

	// The first Orlov has no edge; the second keeps the ID it has in g.
	connected := g.Filter(Filter{Connected: true})
	var ids []string
	for _, n := range connected.Nodes() {
		ids = append(ids, n.ID)
	}
	if want := []string{"person/anna-berg", "person/mikhail-orlov-2"}; !slices.Equal(ids, want) {
		t.Errorf("connected IDs %q, want %q", ids, want)
	}

	// Adding to the original must not reach a copy, nor the other way.
	people := g.Filter(Filter{Types: []extract.Type{P}})
	g.Add(result("three", []extract.Entity{ent(P, "Jack Lee", 1)}))
	people.Add(result("four", []extract.Entity{ent(P, "Lee Min Ho", 1), ent(extract.GPE, "Bergen", 1)}))
	if got, want := labels(people.Nodes()), []string{"Anna Berg", "Lee Min Ho", "Mikhail Orlov", "Mikhail Orlov"}; !slices.Equal(got, want) {
		t.Errorf("copy after adds: %q, want %q", got, want)
	}
	if got, want := labels(g.Nodes()), []string{"Anna Berg", "Jack Lee", "Mikhail Orlov", "Mikhail Orlov", "Oslo"}; !slices.Equal(got, want) {
		t.Errorf("original after adds: %q, want %q", got, want)
	}
	if got := len(connected.Articles()); got != 2 {
		t.Errorf("copy has %d articles, want 2", got)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The United Nations", "united nations"},
		{"the  Hague\tGroup ", "hague group"},
		{"Theodore Miller", "theodore miller"},
		{"U.S.", "us"},
		{"São Tomé", "sao tome"},
		{"Łukasz Nowak", "lukasz nowak"},
		{"Park Ji-hoon", "park ji hoon"},
		{"O’Brien", "obrien"},
		{"Йошкар-Ола", "йошкар ола"},
		{"ÉLYSÉE", "elysee"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mikhail Orlov", "mikhail-orlov"},
		{"São Tomé and Príncipe", "sao-tome-and-principe"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"İstanbul", "istanbul"},
		{"Иван Петров", "иван-петров"},
		{"Йошкар-Ола", "йошкар-ола"},
		{"김민수", "김민수"},
		{"مصر", "مصر"},
		{`The "Quoted" Institute`, "the-quoted-institute"},
		{`Back\slash  --  Partners`, "back-slash-partners"},
		{"U.S.", "u-s"},
		{" -- ", "unnamed"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShortNamesJoinOnlyOneFullName(t *testing.T) {
	P, O := extract.Person, extract.Org
	tests := []struct {
		name  string
		ents  []extract.Entity
		nodes []string
	}{
		{"surname", []extract.Entity{ent(P, "Okafor", 2), ent(P, "Amara Okafor", 3)}, []string{"Amara Okafor"}},
		{"family name first", []extract.Entity{ent(P, "Zhao", 1), ent(P, "Zhao Lei", 2)}, []string{"Zhao Lei"}},
		{"two candidates", []extract.Entity{ent(P, "Lee", 1), ent(P, "Lee Min Ho", 3), ent(P, "Jack Lee", 2)},
			[]string{"Jack Lee", "Lee", "Lee Min Ho"}},
		{"not a person", []extract.Entity{ent(O, "Apex", 1), ent(O, "Apex Holdings", 2)}, []string{"Apex", "Apex Holdings"}},
		{"no full name", []extract.Entity{ent(P, "Okafor", 2), ent(P, "Tunde Bello", 3)}, []string{"Okafor", "Tunde Bello"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for i, e := range tt.ents {
				g.Add(result(fmt.Sprintf("a%d", i), []extract.Entity{e}))
			}
			if got := labels(g.Nodes()); !slices.Equal(got, tt.nodes) {
				t.Errorf("nodes %v, want %v", got, tt.nodes)
			}
		})
	}
}
