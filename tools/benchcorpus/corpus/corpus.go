// Package corpus builds the article corpus of parley's speed benchmarks from
// the pages of the repository's test data, so that the benchmarks in package
// extract and the memory measurement of "make bench-rss" analyse the same
// texts.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parley/parley/extract/source"
)

// Doc is one input text: a page as read, or one article of the corpus.
type Doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Pages reads the text pages (*.txt files) directly in each of dirs, in
// lexical order within a directory and in the order the directories are
// given.
func Pages(dirs ...string) ([]Doc, error) {
	var pages []Doc
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", dir, err)
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("list %s: no .txt pages", dir)
		}
		slices.Sort(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("read page: %w", err)
			}
			pages = append(pages, Doc{ID: source.ID(p), Text: string(b)})
		}
	}
	return pages, nil
}

// Stories splits pages into their stories with source.SplitPage and returns
// the texts of those that a second cleaning leaves whole, in page order, and
// the number of the others. The corpus is cleaned again in the benchmarks;
// a story that cleaning would cut again, or whose copy line it would drop,
// would make copies that are not distinct.
func Stories(pages []Doc) (stories []string, unstable int) {
	for _, p := range pages {
		for _, a := range source.SplitPage(p.ID, p.ID, p.Text) {
			again := source.SplitPage(p.ID, p.ID, a.Text+copyLine(1))
			if len(again) != 1 || !strings.HasSuffix(again[0].Text, copyLine(1)) {
				unstable++
				continue
			}
			stories = append(stories, a.Text)
		}
	}
	return stories, unstable
}

// Copies returns n articles that cycle through stories in order. Each copy
// ends with a line of its own ("Copy 17.") so that no two texts are equal:
// the graph counts an article whose text it has seen once, and a corpus of
// repeats would measure the skip, not the analysis. The line goes last
// because a first line would take the headline's place. Copies returns nil
// when there are no stories.
func Copies(stories []string, n int) []Doc {
	if len(stories) == 0 || n <= 0 {
		return nil
	}
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Doc{
			ID:   fmt.Sprintf("copy%05d", i+1),
			Text: stories[i%len(stories)] + copyLine(i+1),
		}
	}
	return docs
}

// copyLine is the paragraph that ends copy n, with the blank line before it.
func copyLine(n int) string { return fmt.Sprintf("\n\nCopy %d.", n) }
