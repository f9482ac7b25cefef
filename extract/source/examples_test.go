package source

import (
	"os"
	"strings"
	"testing"
)

// TestExamplePages checks that each example page of the repository splits
// into exactly its four stories, with their headlines and sources, and that
// no site furniture, credit or byline is left in their text.
func TestExamplePages(t *testing.T) {
	tests := []struct {
		file    string
		titles  []string
		sources []string
	}{
		{
			file: "000_c2c3fbad151c9769",
			titles: []string{
				"North Korea offers full support for Russia to 'tackle' Ukraine crisis",
				"Trump envoy meets with Ukraine's Zelenskyy as US pledges more Patriot missiles for Kyiv",
				"Russia to import 1 million skilled workforce from India",
				"Zelenskyy and Kellogg discuss air defence and arms purchases in Kyiv",
			},
			sources: []string{"", "Time of India", "PTI", "Indian Express"},
		},
		{
			file: "003_e9088295a61ae08b",
			titles: []string{
				"North Korean leader Kim reaffirms support for Russia in Ukraine conflict, KCNA says",
				"Trump to send Patriot missiles to Ukraine, says Nato will pay US",
				"Trump says US will send Patriot missiles to Ukraine",
				"Survey shows agri-food sector of France is worst hit by Trump tariffs",
			},
			sources: []string{"Reuters", "AFP", "The Star", "Bloomberg"},
		},
	}
	// Pieces of furniture, credits and bylines seen on the two pages.
	leftovers := []string{
		"logo", "background", "Try Our", "Daily8", "Comments", "Related Articles", "minutes ago",
		"hour ago", "Time of India\n", "DOWNLOAD", "app-store", "Hashtags", "Reporting by",
		"Editing by", "(AP Photo)", "(via REUTERS)", "REUTERS/", "/Reuters", "FILE PHOTO",
		"(Reuters)", "(PTI)", "--AFP", "— Bloomberg", "(@", "Also Read", "New Straits Times",
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := "../../testdata/articles/" + tt.file + ".txt"
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			arts := SplitPage(tt.file, path, string(in))
			if len(arts) != len(tt.titles) {
				t.Fatalf("got %d stories, want %d", len(arts), len(tt.titles))
			}
			for i, a := range arts {
				if want := tt.file + "#" + string(rune('1'+i)); a.ID != want {
					t.Errorf("story %d: ID %q, want %q", i+1, a.ID, want)
				}
				if a.Title != tt.titles[i] {
					t.Errorf("story %d: title %q, want %q", i+1, a.Title, tt.titles[i])
				}
				if a.Source != tt.sources[i] {
					t.Errorf("story %d: source %q, want %q", i+1, a.Source, tt.sources[i])
				}
				if !strings.HasPrefix(a.Text, a.Title+"\n\n") {
					t.Errorf("story %d: text does not open with its headline as a paragraph: %.80q", i+1, a.Text)
				}
				if n := strings.Count(a.Text, a.Title); n != 1 {
					t.Errorf("story %d: headline appears %d times in text", i+1, n)
				}
				for _, bad := range leftovers {
					if strings.Contains(a.Text, bad) {
						t.Errorf("story %d: text holds %q", i+1, bad)
					}
				}
			}
		})
	}
}
