package relate

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/mention"
	"github.com/parley/parley/extract/nlp"
	"github.com/parley/parley/extract/resolve"
)

// relations runs the stages before this one on text and returns the
// relations found, as "kind status from|to" lines, sorted.
func relations(t *testing.T, text string) []string {
	t.Helper()
	an, err := nlp.New(true)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := an.Analyze(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	ms, ents := resolve.New(gaz).Resolve(doc, mention.New(gaz).Find(doc))
	var out []string
	for _, r := range New(gaz).Find("t", doc, ms, ents) {
		a, b := ents[r.From].Label, ents[r.To].Label
		if r.Kind == "met" && a > b {
			a, b = b, a
		}
		out = append(out, fmt.Sprintf("%s %s %s|%s", r.Kind, r.Status, a, b))
		if len(r.Evidence) == 0 {
			t.Errorf("%s: no evidence", out[len(out)-1])
		}
	}
	sort.Strings(out)
	return out
}

// TestStatus checks how the words around a trigger set a meeting's status
// or cancel it.
func TestStatus(t *testing.T) {
	const who = "Kenyan Foreign Minister Amina Odhiambo and Chilean Foreign Minister Tomás Varela"
	tests := []struct {
		text string
		want string // "" for no meeting
	}{
		{"Kenyan Foreign Minister Amina Odhiambo met Chilean Foreign Minister Tomás Varela on Monday.", "met occurred Amina Odhiambo|Tomás Varela"},
		{"Kenyan Foreign Minister Amina Odhiambo will meet Chilean Foreign Minister Tomás Varela next week.", "met planned Amina Odhiambo|Tomás Varela"},
		{who + " are due to hold talks in Lima.", "met planned Amina Odhiambo|Tomás Varela"},
		{who + " held talks in Lima.", "met occurred Amina Odhiambo|Tomás Varela"},
		{"Kenyan Foreign Minister Amina Odhiambo did not meet Chilean Foreign Minister Tomás Varela.", ""},
		{"Kenyan Foreign Minister Amina Odhiambo declined to meet Chilean Foreign Minister Tomás Varela.", ""},
		{"Kenyan Foreign Minister Amina Odhiambo said she would meet Chilean Foreign Minister Tomás Varela if he came.", ""},
		{"A planned meeting between " + who + " was cancelled.", ""},
		{"A meeting between " + who + " is scheduled for Friday.", "met planned Amina Odhiambo|Tomás Varela"},
	}
	for _, tt := range tests {
		var met []string
		for _, r := range relations(t, tt.text) {
			if strings.HasPrefix(r, "met ") {
				met = append(met, r)
			}
		}
		got := strings.Join(met, "; ")
		if got != tt.want {
			t.Errorf("%q:\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestVisits checks visits stated and visits implied by a meeting abroad.
func TestVisits(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Kenyan Foreign Minister Amina Odhiambo arrived in Lima on Sunday.", "visited occurred Amina Odhiambo|Lima"},
		{"Kenyan Foreign Minister Amina Odhiambo was travelling to Lima on Monday.", "visited planned Amina Odhiambo|Lima"},
		{"Kenyan Foreign Minister Amina Odhiambo met Peruvian President Rosa Quispe in Lima.", "visited occurred Amina Odhiambo|Lima"},
	}
	for _, tt := range tests {
		found := false
		for _, r := range relations(t, tt.text) {
			if r == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %q in %q", tt.text, tt.want, relations(t, tt.text))
		}
	}
}
