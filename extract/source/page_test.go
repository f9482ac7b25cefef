package source

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestSplitPageGolden splits pages written in the style of several kinds of
// news sites and compares the articles with reviewed golden files.
func TestSplitPageGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.txt")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			in, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			arts := SplitPage(ID(page), page, string(in))
			got, err := json.MarshalIndent(arts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(page, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("SplitPage(%s) differs from %s:\n%s", page, golden, got)
			}
		})
	}
}

func TestPlaceBylines(t *testing.T) {
	body := "The two ministers agreed on Monday to reopen the border crossing, officials said, after weeks of talks.\n\n" +
		"They will meet again next month to sign the accord.\n"
	tests := []struct {
		name, page, line string
		kept             bool
	}{
		{"byline under the headline", "Ministers agree to reopen border crossing\n\nMarta Oyelaran in Lagos\n\n" + body, "Marta Oyelaran in Lagos", false},
		{"byline with 'the'", "Ministers agree to reopen border crossing\n\nPieter de Wit in The Hague\n\n" + body, "Pieter de Wit", false},
		{"subheading inside a story", "Ministers agree to reopen border crossing\n\n" + body + "\nNovak in Belgrade\n\nNovak met the envoy later that day, his office said in a statement.\n", "Novak in Belgrade", true},
		{"sentence is not a byline", "Ministers agree to reopen border crossing\n\n" + "Talks resumed in Lagos on Monday after a pause.\n\n" + body, "Talks resumed in Lagos", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := SplitPage("p", "p.txt", tt.page)
			if len(arts) != 1 {
				t.Fatalf("%d stories, want 1", len(arts))
			}
			if got := strings.Contains(arts[0].Text, tt.line); got != tt.kept {
				t.Errorf("%q kept = %v, want %v; text:\n%s", tt.line, got, tt.kept, arts[0].Text)
			}
		})
	}
}
