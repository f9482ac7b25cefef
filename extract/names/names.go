// Package names holds the small facts about personal and organisation
// names that both resolution inside an article and merging across articles
// need: edit distance, acronyms and their initials, name particles.
package names

import (
	"strings"
	"unicode/utf8"
)

// Levenshtein returns the edit distance between a and b, counted in runes.
func Levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// IsAcronym reports whether s is written as an acronym: two to six
// capital letters, dots allowed ("EU", "U.N.", "KCNA").
func IsAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// Initials returns the lower-case initials of a name's significant words,
// leaving out "of", "and", "the" and the like: "african union" → "au". It
// returns "" for fewer than two initials.
func Initials(words []string) string {
	var b strings.Builder
	n := 0
	for _, w := range words {
		switch w {
		case "of", "and", "the", "for", "&", "on", "in":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteString(strings.ToLower(string(r)))
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// AcronymOf reports whether the acronym acr spells the initials of words:
// "EU" of "european union".
func AcronymOf(acr string, words []string) bool {
	i := Initials(words)
	return i != "" && i == strings.ToLower(strings.ReplaceAll(acr, ".", ""))
}

// IsParticle reports whether a lower-case word is a particle of personal
// names: "de", "van", "bin", "al".
func IsParticle(w string) bool {
	switch w {
	case "de", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "ben":
		return true
	}
	return false
}

// JoinArticle writes the Arabic article of a family name as one word with
// it, so that "Al Busaidi", "al-Busaidi" and "Albusaidi" compare equal:
// words are lowercase name words, and the result is a new slice.
func JoinArticle(words []string) []string {
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if rest, ok := strings.CutPrefix(w, "al-"); ok && rest != "" {
			w = "al" + rest
		} else if (w == "al" || w == "el") && i+1 < len(words) {
			w += words[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}
