package graph

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/parley/parley/extract"
)

// corpus makes n synthetic article results over a shared cast: a few people
// and places recur in most articles, as in news, and most appear rarely.
func corpus(n int) []*extract.Result {
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.2, 1, 4999)
	firsts := []string{"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Marta", "Nikolai", "Omar"}
	out := make([]*extract.Result, n)
	for a := range out {
		r := &extract.Result{Article: extract.Article{ID: fmt.Sprint("a", a), Text: fmt.Sprint("text ", a)}}
		for range 20 {
			k := zipf.Uint64()
			var e extract.Entity
			if k%5 == 0 {
				e = extract.Entity{Label: fmt.Sprintf("Place%d", k), Type: extract.GPE, Key: fmt.Sprintf("K%d", k%300), Mentions: 2}
			} else {
				last := fmt.Sprintf("Surname%d", k)
				e = extract.Entity{Label: firsts[k%uint64(len(firsts))] + " " + last, Type: extract.Person, Mentions: 3, Aliases: []string{last}}
			}
			r.Entities = append(r.Entities, e)
		}
		for i := range 10 {
			r.Relations = append(r.Relations, extract.Relation{Kind: extract.Met, Status: extract.Occurred, From: i, To: i + 1,
				Evidence: []extract.Evidence{{Sentence: "s", Start: i * 10, End: i*10 + 9}}})
		}
		out[a] = r
	}
	return out
}

func BenchmarkAdd(b *testing.B) {
	for _, n := range []int{100, 1000, 5000} {
		rs := corpus(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				g := New()
				for _, r := range rs {
					g.Add(r)
				}
			}
		})
	}
}

func BenchmarkWriteJSON(b *testing.B) {
	g := New()
	for _, r := range corpus(5000) {
		g.Add(r)
	}
	for b.Loop() {
		if err := WriteJSON(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}
