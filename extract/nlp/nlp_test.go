package nlp

import (
	"context"
	"errors"
	"testing"
)

func analyze(t *testing.T, text string) *Doc {
	t.Helper()
	a, err := New(true)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := a.Analyze(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a line break ends a headline", "Ministers meet in Lima\nThe talks began on Monday.",
			[]string{"Ministers meet in Lima", "The talks began on Monday."}},
		{"an initial ends no sentence", "India's minister S. Jaishankar spoke. He left.",
			[]string{"India's minister S. Jaishankar spoke.", "He left."}},
		{"a title abbreviation ends no sentence", "She met Prof. Ada Obi in Abuja. They talked.",
			[]string{"She met Prof. Ada Obi in Abuja.", "They talked."}},
		{"blank lines hold no sentence", "One.\n\n\nTwo.", []string{"One.", "Two."}},
		{"honorifics of official usage end no sentence", "H.E. Dasho Karma Wangdi met Smt. Asha Rao in Delhi. They talked.",
			[]string{"H.E. Dasho Karma Wangdi met Smt. Asha Rao in Delhi.", "They talked."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyze(t, tt.text)
			var got []string
			for i := range doc.Sentences {
				got = append(got, doc.SentenceText(i))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("sentences %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestOffsets checks that every token and sentence locates its text, with
// multi-byte characters and a final full stop split off a word.
func TestOffsets(t *testing.T) {
	text := "“We agree,” said Zoë Ángel in Tromsø.\nTalks ended at the Black Sea."
	doc := analyze(t, text)
	for _, tok := range doc.Tokens {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at [%d:%d] holds %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
	}
	last := doc.SentenceTokens(len(doc.Sentences) - 1)
	if n := len(last); n < 2 || last[n-2].Text != "Sea" || last[n-1].Text != "." {
		t.Errorf("final full stop not split off: %v", last)
	}
}

func TestEntityLabelsOnDemand(t *testing.T) {
	doc := analyze(t, "Amara Okafor met officials in Lagos. Nothing else happened.")
	if doc.entities != nil {
		t.Fatal("entity labels computed before being asked for")
	}
	if got := doc.Entity(0); got == "" {
		t.Error("no entity label for the first token")
	}
	if doc.labelled[1] {
		t.Error("the second sentence was labelled without being asked for")
	}
}

func TestAnalyzeCancelled(t *testing.T) {
	a, err := New(false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Analyze(ctx, "Some text.\nMore text."); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
