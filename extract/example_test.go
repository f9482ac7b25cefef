package extract_test

import (
	"context"
	"fmt"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/graph"
)

// A knowledge-graph tool extracts each article it receives and merges the
// results into one graph, whose nodes and edges it then stores or writes
// (graph.WriteJSON, graph.WriteDOT, graph.WriteGraphML).
func Example() {
	x, err := extract.New() // loads the models once; share it
	if err != nil {
		fmt.Println(err)
		return
	}
	g := graph.New()

	// Text holds the headline, a blank line and the body's paragraphs.
	r, err := x.Extract(context.Background(), extract.Article{
		ID:    "wire-1",
		Title: "Ministers agree to reopen consulates",
		Text: `Ministers agree to reopen consulates

Foreign Minister Anna Lindqvist of Sweden met Chilean Foreign Minister Tomas Echeverria in Stockholm on Tuesday.

The two ministers agreed to reopen their consulates, Lindqvist said after the talks.`,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	g.Add(r)

	label := map[string]string{}
	for _, n := range g.Nodes() {
		label[n.ID] = n.Label
		fmt.Printf("%s %s", n.Type, n.Label)
		if title := n.Attributes["title"]; title != "" {
			fmt.Printf(", %s", title)
		}
		fmt.Println()
	}
	for _, e := range g.Edges() {
		fmt.Printf("%s %s %s (%s", label[e.Source], e.Relation, label[e.Target], e.Status)
		for _, k := range []string{"place", "when"} {
			if v := e.Attributes[k]; v != "" {
				fmt.Printf(", %s: %s", k, v)
			}
		}
		fmt.Printf(", weight %d)\n", e.Weight)
	}
	// Output:
	// GPE Chile
	// GPE Stockholm
	// GPE Sweden
	// PERSON Anna Lindqvist, Foreign Minister
	// PERSON Tomas Echeverria, Foreign Minister
	// Anna Lindqvist met Tomas Echeverria (occurred, place: Stockholm, when: Tuesday, weight 1)
	// Tomas Echeverria visited Stockholm (occurred, when: Tuesday, weight 1)
}

func ExampleExtractor_Extract() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Envoys meet in Geneva\n\nPrime Minister Lena Brandt met President Omar Haddad in Geneva on Friday. " +
		"Brandt will visit Cairo in May, her office said."
	r, err := x.Extract(context.Background(), extract.Article{ID: "wire-2", Text: text})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Entities {
		fmt.Printf("%s %q aliases %q attributes %v\n", e.Type, e.Label, e.Aliases, e.Attributes)
	}
	for _, rel := range r.Relations {
		from, to := r.Entities[rel.From], r.Entities[rel.To]
		ev := rel.Evidence[0]
		// Evidence offsets are byte offsets into the article's Text.
		fmt.Printf("%s %s %s (%s), text[%d:%d] = %q\n", from.Label, rel.Kind, to.Label, rel.Status, ev.Start, ev.End, text[ev.Start:ev.End])
	}
	// Output:
	// PERSON "Lena Brandt" aliases ["Brandt"] attributes map[title:Prime Minister]
	// PERSON "Omar Haddad" aliases [] attributes map[title:President]
	// GPE "Geneva" aliases [] attributes map[]
	// GPE "Cairo" aliases [] attributes map[]
	// Lena Brandt met Omar Haddad (occurred), text[23:96] = "Prime Minister Lena Brandt met President Omar Haddad in Geneva on Friday."
	// Lena Brandt visited Cairo (planned), text[97:145] = "Brandt will visit Cairo in May, her office said."
}
