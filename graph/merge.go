package graph

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/extract/names"
)

// index finds the earlier instances that a new instance may name the same
// thing as, so that Add need not compare it with every instance.
//
// Each list holds instances sharing one feature: a key, a label, a
// multi-word alias, or (for people) a surname or the surname less one
// letter, so that names one edit apart share an entry. A list holds one
// instance per cluster and normalised label: the rules give the same answer
// for every such instance, and news repeats names far more often than it
// introduces them.
type index struct {
	lists map[string][]int
	held  map[string]struct{} // list, label and root of the instances held
}

func newIndex() index {
	return index{lists: make(map[string][]int), held: make(map[string]struct{})}
}

func (x index) clone() index {
	return index{lists: cloneLists(x.lists), held: maps.Clone(x.held)}
}

// features returns the list names under which in is filed (stored true)
// and those it is looked up under (lookup true).
func features(in *instance, lookup bool) []string {
	t := string(in.entity.Type) + "\x00"
	var fs []string
	if k := entityKey(in.entity); k != "" {
		fs = append(fs, "key\x00"+t+k)
	}
	fs = append(fs, "label\x00"+t+in.norm)
	for _, a := range in.aliases {
		if lookup {
			fs = append(fs, "label\x00"+t+a) // their label is my alias
		} else {
			fs = append(fs, "alias\x00"+t+a)
		}
	}
	if lookup && len(in.words) >= 2 {
		fs = append(fs, "alias\x00"+t+in.norm) // my label is their alias
	}
	if in.entity.Type == extract.Person && len(in.words) >= 2 {
		for _, v := range surnameKeys(in.words[len(in.words)-1]) {
			fs = append(fs, "surname\x00"+v)
		}
		// Longer and shorter forms of one name: "John Lee" and "John Lee
		// Ka-chiu" share their first two words, "Badr bin Hamad" and
		// "Sayyid Badr bin Hamad" their last two.
		fs = append(fs, "first2\x00"+strings.Join(in.words[:2], " "), "last2\x00"+strings.Join(in.words[len(in.words)-2:], " "))
	}
	if in.entity.Type == extract.Org {
		if a := names.Initials(in.words); a != "" {
			fs = append(fs, "initials\x00"+a)
		}
		if names.IsAcronym(in.entity.Label) {
			fs = append(fs, "initials\x00"+strings.ToLower(strings.ReplaceAll(in.entity.Label, ".", "")))
		}
	}
	return fs
}

// surnameKeys returns the surname and, when it is long enough for the
// one-edit rule, each form of it with one letter deleted: two words one edit
// apart always share one of these.
func surnameKeys(w string) []string {
	keys := []string{w}
	r := []rune(w)
	if len(r) < minVariantSurname {
		return keys
	}
	for i := range r {
		keys = append(keys, string(r[:i])+string(r[i+1:]))
	}
	return keys
}

// add files instance i, now in the cluster with the given root.
func (x index) add(i, root int, in *instance) {
	for _, f := range features(in, false) {
		held := f + "\x00" + in.norm + "\x00" + strconv.Itoa(root)
		if _, ok := x.held[held]; ok {
			continue
		}
		x.held[held] = struct{}{}
		x.lists[f] = append(x.lists[f], i)
	}
}

// candidates returns, ascending, the filed instances that one of the
// identity rules might join with in.
func (x index) candidates(in *instance) []int {
	var out []int
	for _, f := range features(in, true) {
		out = append(out, x.lists[f]...)
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
	if a.entity.Type == extract.Org && orgAcronym(a, b) {
		return true
	}
	return a.entity.Type == extract.Person && (nameVariants(a.words, b.words) || longerForm(a.words, b.words) || longerForm(b.words, a.words))
}

// orgAcronym reports whether one organisation's label is the acronym of the
// other's: "AU" and "African Union".
func orgAcronym(a, b *instance) bool {
	if names.IsAcronym(a.entity.Label) {
		a, b = b, a
	}
	if !names.IsAcronym(b.entity.Label) {
		return false
	}
	return names.Initials(a.words) == strings.ToLower(strings.ReplaceAll(b.entity.Label, ".", ""))
}

// longerForm reports whether the person name b is a longer form of a: a's
// words, at least two of them not particles, start or end b ("John Lee" in
// "John Lee Ka-chiu", "Badr bin Hamad Al Busaidi" in "Sayyid Badr bin Hamad
// Al Busaidi").
func longerForm(a, b []string) bool {
	if len(a) < 2 || len(b) <= len(a) {
		return false
	}
	full := 0
	for _, w := range a {
		if !names.IsParticle(w) {
			full++
		}
	}
	if full < 2 {
		return false
	}
	var extra []string
	switch {
	case slices.Equal(a, b[:len(a)]):
		extra = b[len(a):]
	case slices.Equal(a, b[len(b)-len(a):]):
		extra = b[:len(b)-len(a)]
	default:
		return false
	}
	// The added words must be name words, not numbers ("Orlov 2").
	for _, w := range extra {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			return false
		}
	}
	return true
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
// minVariantSurname is the shortest surname that may differ by one edit:
// below it one edit often makes another real name.
const minVariantSurname = 6

func nameVariants(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	fa, fb := a[0], b[0]
	if r, _ := utf8.DecodeRuneInString(fa); !strings.HasPrefix(fb, string(r)) {
		return false
	}
	la, lb := a[len(a)-1], b[len(b)-1]
	if la != lb && !within(la, lb, 1, minVariantSurname) {
		return false
	}
	if fa != fb && !within(fa, fb, 1, 0) && !within(fa, fb, 2, 5) {
		return false
	}
	ma, mb := a[1:len(a)-1], b[1:len(b)-1]
	return len(ma) == 0 || len(mb) == 0 || slices.Equal(ma, mb)
}

// within reports whether words a and b, both at least minLen runes long,
// are at most edits edits apart.
func within(a, b string, edits, minLen int) bool {
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(na, nb) < minLen || max(na, nb)-min(na, nb) > edits {
		return false
	}
	return names.Levenshtein(a, b) <= edits
}
