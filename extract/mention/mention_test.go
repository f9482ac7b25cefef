package mention

import (
	"context"
	"testing"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/nlp"
)

func find(t *testing.T, text string) []model.Mention {
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
	return New(gaz).Find(doc)
}

// TestMentionAttributes checks what the finder records beside a name: the
// title, the affiliation and the form of each mention.
func TestMentionAttributes(t *testing.T) {
	tests := []struct {
		text, mention string
		typ           model.Type
		form          model.Form
		title, aff    string
	}{
		{"Kenyan Foreign Minister Amina Odhiambo arrived.", "Amina Odhiambo", model.Person, model.Name, "Foreign Minister", "Kenya"},
		{"Chile's Prime Minister Tomás Varela spoke.", "Tomás Varela", model.Person, model.Name, "Prime Minister", "Chile"},
		{"The talks were led by government spokesperson Lena Moritz in Graz.", "Lena Moritz", model.Person, model.Name, "government spokesperson", ""},
		{"NATO Secretary-General Jan Berg said so.", "Jan Berg", model.Person, model.Name, "Secretary-General", "NATO"},
		{"Later, the Kenyan foreign minister said the talks went well.", "the Kenyan foreign minister", model.Person, model.Description, "foreign minister", "Kenya"},
		{"He met his counterpart in Lima.", "He", model.Person, model.Pronoun, "", ""},
		{"Officials from the Ministry of Fisheries attended.", "Ministry of Fisheries", model.Org, model.Name, "", ""},
		{"Ghanaian troops crossed the border.", "Ghanaian", model.GPE, model.Demonym, "", ""},
		{"The U.S. Treasury said so.", "U.S.", model.GPE, model.Acronym, "", ""},
		{"Fighters of the M23 group took the town.", "M23", model.Org, model.Acronym, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			for _, m := range find(t, tt.text) {
				if m.Text != tt.mention {
					continue
				}
				if m.Type != tt.typ || m.Form != tt.form || m.Title != tt.title || m.Affiliation != tt.aff {
					t.Errorf("%q: got type %s form %d title %q affiliation %q, want %s %d %q %q",
						tt.text, m.Type, m.Form, m.Title, m.Affiliation, tt.typ, tt.form, tt.title, tt.aff)
				}
				return
			}
			t.Errorf("%q: no mention %q in %v", tt.text, tt.mention, find(t, tt.text))
		})
	}
}

// TestNoMention checks words that must not become mentions.
func TestNoMention(t *testing.T) {
	for _, text := range []string{
		"Relations improved on Monday.",
		"The delivery of F-35 jets was delayed.",
		"Fireworks lit up the Grand Palace at midnight.",
		"The Paris Agreement entered into force.",
		"Share prices fell 3% in early trading.",
	} {
		for _, m := range find(t, text) {
			if m.Form == model.Pronoun {
				continue
			}
			if m.Text != "Paris" {
				t.Errorf("%q: unexpected mention %q (%s)", text, m.Text, m.Type)
			}
		}
	}
}
