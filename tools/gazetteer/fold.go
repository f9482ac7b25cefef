package main

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold spells Latin letters that have no canonical decomposition, and
// the apostrophe-like marks transliterations use, in ASCII. It is the ASCII
// transliteration GeoNames' asciiname follows; it holds letters, not names.
var latinFold = map[rune]string{
	'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ı': "i", 'þ': "th", 'Þ': "Th",
	'ħ': "h", 'Ħ': "H", 'ŀ': "l", 'Ŀ': "L", 'ŋ': "n", 'Ŋ': "N", 'ŧ': "t", 'Ŧ': "T",
	'ə': "e", 'Ə': "E",
	'\u2018': "'", '\u2019': "'", '\u02bb': "'", '\u02bc': "'", '\u02be': "'", '\u02bf': "'", '`': "'",
}

// asciiFold spells s in ASCII by dropping diacritics ("São Tomé" -> "Sao
// Tome"). It reports false when s has letters no rule maps, such as those
// of non-Latin scripts.
func asciiFold(s string) (string, bool) {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		case latinFold[r] != "":
			b.WriteString(latinFold[r])
		default:
			return "", false
		}
	}
	return b.String(), true
}

// normQuotes writes typographic apostrophes as ASCII ones, the form every
// data file uses, as the package does with its queries.
func normQuotes(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s)
}

// foldCompare orders keys as the package's lookups expect: by their
// lowercase form, then by the key itself.
func foldCompare(a, b string) int {
	return cmp.Or(strings.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
}

// latinScript reports whether every letter of s is a Latin one, so the name
// can appear in English text.
func latinScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
