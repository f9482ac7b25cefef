package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/extract/source"
)

// A page with two stories under a "Related" heading, and one with one.
const (
	twoStories = `Harbour talks end without a deal in Valletta

The prime ministers of Malta and Tunisia met on Tuesday in Valletta to discuss fishing rights. They agreed to meet again in the spring.

Officials said the talks were frank.

Related Stories

Rail link between two capitals opens after a decade of work

The presidents of Estonia and Latvia opened the line on Friday. Both leaders travelled on the first train.

The line cuts the journey to four hours.
`
	oneStory = `Ministers discuss river dams at a regional summit

Water ministers from Laos, Cambodia and Vietnam met in Vientiane on Monday. They discussed the flow of the river in the dry season.

A joint statement is expected next week.
`
)

func writePages(t *testing.T, pages map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestPages(t *testing.T) {
	a := writePages(t, map[string]string{"b_one.txt": oneStory, "a_two.txt": twoStories, "notes.md": "not a page"})
	b := writePages(t, map[string]string{"c.txt": oneStory})
	pages, err := Pages(b, a)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range pages {
		ids = append(ids, p.ID)
	}
	if want := []string{"c", "a_two", "b_one"}; !slices.Equal(ids, want) {
		t.Errorf("page IDs = %q, want %q", ids, want)
	}
	if pages[1].Text != twoStories {
		t.Errorf("page a_two text = %q, want the file's content", pages[1].Text)
	}

	if _, err := Pages(t.TempDir()); err == nil {
		t.Error("Pages of a directory without pages: no error")
	}
}

func TestStoriesAndCopies(t *testing.T) {
	pages := []Doc{{ID: "two", Text: twoStories}, {ID: "one", Text: oneStory}, {ID: "blank", Text: "\n \n"}}
	var want []string
	for _, p := range pages {
		for _, a := range source.SplitPage(p.ID, p.ID, p.Text) {
			want = append(want, a.Text)
		}
	}
	if len(want) != 3 {
		t.Fatalf("test pages hold %d stories, want 3", len(want))
	}
	stories, unstable := Stories(pages)
	if !slices.Equal(stories, want) || unstable != 0 {
		t.Fatalf("Stories = %q, %d unstable; want %q, 0", stories, unstable, want)
	}

	const n = 7
	docs := Copies(stories, n)
	if len(docs) != n {
		t.Fatalf("Copies(stories, %d) returned %d docs", n, len(docs))
	}
	seen := map[string]bool{}
	for i, d := range docs {
		if want := fmt.Sprintf("copy%05d", i+1); d.ID != want {
			t.Errorf("doc %d: ID %q, want %q", i, d.ID, want)
		}
		story := stories[i%len(stories)]
		if want := fmt.Sprintf("Copy %d.", i+1); d.Text != story+"\n\n"+want {
			t.Errorf("doc %d: text %q, want story %d and %q", i, d.Text, i%len(stories), want)
		}
		if seen[d.Text] {
			t.Errorf("doc %d repeats an earlier text", i)
		}
		seen[d.Text] = true
	}
	if again := Copies(stories, n); !slices.Equal(again, docs) {
		t.Error("Copies is not deterministic")
	}

	for _, n := range []int{0, -1} {
		if docs := Copies(stories, n); docs != nil {
			t.Errorf("Copies(stories, %d) = %d docs, want none", n, len(docs))
		}
	}
	if docs := Copies(nil, 3); docs != nil {
		t.Errorf("Copies of no stories = %d docs, want none", len(docs))
	}
}

// TestCopiesSurviveCleaning checks, on the repository's pages, what the
// benchmarks rely on: cleaning a copy again yields one article that keeps
// its copy line and so differs from every other copy.
func TestCopiesSurviveCleaning(t *testing.T) {
	pages, err := Pages("../../../testdata/articles", "../../../testdata/bench/articles")
	if err != nil {
		t.Fatal(err)
	}
	stories, unstable := Stories(pages)
	t.Logf("%d stories, %d left out as unstable under cleaning", len(stories), unstable)
	if len(stories) == 0 {
		t.Fatal("no story kept")
	}
	seen := map[string]string{}
	for i, d := range Copies(stories, 2*len(stories)) {
		arts := source.SplitPage(d.ID, d.ID, d.Text)
		if len(arts) != 1 {
			t.Errorf("%s: cleaning made %d articles, want 1", d.ID, len(arts))
			continue
		}
		text := arts[0].Text
		if !strings.HasSuffix(text, fmt.Sprintf("\n\nCopy %d.", i+1)) {
			t.Errorf("%s: cleaning dropped the copy line: text ends %q", d.ID, text[max(0, len(text)-40):])
		}
		if other, ok := seen[text]; ok {
			t.Errorf("%s: cleaned text equals that of %s", d.ID, other)
		}
		seen[text] = d.ID
	}
}
