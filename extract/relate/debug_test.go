package relate

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/mention"
	"github.com/parley/parley/extract/nlp"
	"github.com/parley/parley/extract/resolve"
)

func TestDebugTrace(t *testing.T) {
	path := os.Getenv("TRACE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	an, _ := nlp.New(true)
	gaz, _ := gazetteer.Load()
	doc, _ := an.Analyze(context.Background(), string(b))
	ms, ents := resolve.New(gaz).Resolve(doc, mention.New(gaz).Find(doc))
	a := newArticle(New(gaz), doc, ms, ents)
	for k, tk := range doc.Tokens {
		fmt.Printf("%d:%s/%s/p%d ", k, tk.Text, tk.Tag, a.person(k))
	}
	fmt.Println()
	for i := range doc.Sentences {
		ss := doc.Sentences[i]
		s := &sent{a: a, i: i, first: ss.First, last: ss.Last, toks: a.doc.Tokens}
		for k := s.first; k < s.last; k++ {
			if c := s.trigger(k); c != nil {
				fmt.Printf("trigger %d %s -> %+v\n", k, tk(s, k), c)
			}
		}
	}
}

func tk(s *sent, k int) string { return s.toks[k].Text }
