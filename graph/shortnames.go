package graph

import (
	"slices"
	"strings"

	"github.com/parley/parley/extract"
)

// shortNames returns, ascending, the roots of the person clusters that no
// article named by more than one word: "Trump" in an article that never
// gave the full name.
func (g *Graph) shortNames() []int {
	var out []int
	for root, ms := range g.members {
		if g.inst[root].entity.Type != extract.Person {
			continue
		}
		short := true
		for _, i := range ms {
			if len(g.inst[i].words) != 1 {
				short = false
				break
			}
		}
		if short {
			out = append(out, root)
		}
	}
	slices.Sort(out)
	return out
}

// joinShortNames joins each one-word person cluster to the person cluster
// whose full name it shortens, when exactly one does: by its last word
// ("Trump" to "Donald Trump") or its first word, as family names written
// first are ("Wang" to "Wang Yi"). An article names people in full the
// first time, so a lone surname in a short related story is most often a
// person another article named in full; two candidates ("Lee" with "Lee Min
// Ho" and "Jack Lee") leave it alone.
func (g *Graph) joinShortNames(short []int) {
	byLast := make(map[string][]int)
	byFirst := make(map[string][]int)
	for root, ms := range g.members {
		if g.inst[root].entity.Type != extract.Person {
			continue
		}
		lasts := make(map[string]bool)
		firsts := make(map[string]bool)
		for _, i := range ms {
			if ws := g.inst[i].words; len(ws) >= 2 {
				lasts[ws[len(ws)-1]] = true
				firsts[ws[0]] = true
			}
		}
		for w := range lasts {
			byLast[w] = append(byLast[w], root)
		}
		for w := range firsts {
			byFirst[w] = append(byFirst[w], root)
		}
	}
	for _, root := range short {
		w := strings.Join(g.inst[root].words, " ")
		c := append(slices.Clone(byLast[w]), byFirst[w]...)
		slices.Sort(c)
		if c = slices.Compact(c); len(c) == 1 {
			g.union(root, c[0])
		}
	}
}
