package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplitPage checks that no input makes the cleaner or the page splitter
// panic, and that what they return keeps its promises.
func FuzzSplitPage(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/pages/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", "\n\n\n", "\xff\xfe\x00", "Title\nTitle\nTitle(AP Photo)", "LIMA (Reuters) -",
		"A (Photo: X) B. (via Y)", "— X (@y) May 1, 2025", "x.--AFP", "FILE PHOTO: REUTERS/X",
		"Related Articles\n\nOutlet\n2 hours ago\n- Outlet\nT t\nBody.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c := Clean(in)
		if !utf8.ValidString(c) || strings.ContainsAny(c, "\r\x00") {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8, CR or NUL", in, c)
		}
		if again := Clean(c); again != c {
			t.Fatalf("Clean not idempotent on %q: %q then %q", in, c, again)
		}
		arts := SplitPage("f", "f.txt", in)
		ids := map[string]bool{}
		for _, a := range arts {
			if ids[a.ID] {
				t.Fatalf("duplicate ID %q", a.ID)
			}
			ids[a.ID] = true
			if len(arts) == 1 && a.ID != "f" || len(arts) > 1 && !strings.HasPrefix(a.ID, "f#") {
				t.Fatalf("ID %q for one of %d stories", a.ID, len(arts))
			}
			if a.Text == "" || !utf8.ValidString(a.Text) || strings.ContainsAny(a.Text, "\r\x00") {
				t.Fatalf("bad text %q from %q", a.Text, in)
			}
			if a.Title != "" && a.Text != a.Title && !strings.HasPrefix(a.Text, a.Title+"\n\n") {
				t.Fatalf("text %q does not open with title %q", a.Text, a.Title)
			}
			for _, p := range strings.Split(a.Text, "\n\n") {
				if p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "\n\n") {
					t.Fatalf("bad paragraph %q in %q", p, a.Text)
				}
			}
		}
	})
}
