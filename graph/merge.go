package graph

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley/parley/extract"
)

// index finds the earlier instances that a new instance may name the same
// thing as, so that Add need not compare it with every instance.
type index struct {
	byKey   map[string][]int // type, key
	byLabel map[string][]int // type, normalised label
	byAlias map[string][]int // type, normalised multi-word alias
	byFirst map[string][]int // first letter of a multi-word person name
}

func newIndex() index {
	return index{
		byKey:   make(map[string][]int),
		byLabel: make(map[string][]int),
		byAlias: make(map[string][]int),
		byFirst: make(map[string][]int),
	}
}

func (x index) clone() index {
	return index{
		byKey:   cloneLists(x.byKey),
		byLabel: cloneLists(x.byLabel),
		byAlias: cloneLists(x.byAlias),
		byFirst: cloneLists(x.byFirst),
	}
}

func typed(t extract.Type, s string) string {
	return string(t) + "\x00" + s
}

// firstLetter is the index key of the transliteration rule: people whose
// names may be variants of each other share it.
func firstLetter(in *instance) (string, bool) {
	if in.entity.Type != extract.Person || len(in.words) < 2 {
		return "", false
	}
	r := []rune(in.words[0])
	return string(r[0]), true
}

func (x index) add(i int, in *instance) {
	t := in.entity.Type
	if k := entityKey(in.entity); k != "" {
		x.byKey[typed(t, k)] = append(x.byKey[typed(t, k)], i)
	}
	x.byLabel[typed(t, in.norm)] = append(x.byLabel[typed(t, in.norm)], i)
	for _, a := range in.aliases {
		x.byAlias[typed(t, a)] = append(x.byAlias[typed(t, a)], i)
	}
	if f, ok := firstLetter(in); ok {
		x.byFirst[f] = append(x.byFirst[f], i)
	}
}

// candidates returns, ascending, the indexed instances that one of the
// identity rules might join with in.
func (x index) candidates(in *instance) []int {
	t := in.entity.Type
	var out []int
	if k := entityKey(in.entity); k != "" {
		out = append(out, x.byKey[typed(t, k)]...)
	}
	out = append(out, x.byLabel[typed(t, in.norm)]...)
	if len(in.words) >= 2 {
		out = append(out, x.byAlias[typed(t, in.norm)]...)
	}
	for _, a := range in.aliases {
		out = append(out, x.byLabel[typed(t, a)]...)
	}
	if f, ok := firstLetter(in); ok {
		out = append(out, x.byFirst[f]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameEntity reports whether a pair of instances name the same thing by one
// of the identity rules. Keys and countries that differ are checked on
// whole clusters when they are joined.
func sameEntity(a, b *instance) bool {
	if a.entity.Type != b.entity.Type {
		return false
	}
	if k := entityKey(a.entity); k != "" && k == entityKey(b.entity) {
		return true
	}
	if a.norm != "" && a.norm == b.norm {
		return true
	}
	if len(a.words) >= 2 && slices.Contains(b.aliases, a.norm) ||
		len(b.words) >= 2 && slices.Contains(a.aliases, b.norm) {
		return true
	}
	return a.entity.Type == extract.Person && nameVariants(a.words, b.words)
}

// nameVariants reports whether two personal names, as normalised words, are
// spellings of one name: "Sergey Lavrov" and "Sergei Lavrov", "Volodymyr
// Zelensky" and "Volodymyr Zelenskyy".
//
// Last names must be equal, or one edit apart when both are long enough for
// one edit not to make another common name. First names must start with the
// same letter and be at most two edits apart (one for short names, where two
// edits turn "Ann" into "Ali"). Middle names, when both have them, must be
// equal, which keeps a father and son with different middle initials apart.
func nameVariants(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	la, lb := a[len(a)-1], b[len(b)-1]
	if la != lb && (min(utf8.RuneCountInString(la), utf8.RuneCountInString(lb)) < 6 || levenshtein(la, lb) > 1) {
		return false
	}
	fa, fb := a[0], b[0]
	if fa != fb {
		if []rune(fa)[0] != []rune(fb)[0] {
			return false
		}
		limit := 2
		if min(utf8.RuneCountInString(fa), utf8.RuneCountInString(fb)) < 5 {
			limit = 1
		}
		if levenshtein(fa, fb) > limit {
			return false
		}
	}
	ma, mb := a[1:len(a)-1], b[1:len(b)-1]
	return len(ma) == 0 || len(mb) == 0 || strings.Join(ma, " ") == strings.Join(mb, " ")
}
