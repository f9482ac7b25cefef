package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// asciiBase spells letters that have an ASCII reading but no Unicode
// decomposition to one.
var asciiBase = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE",
	'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
	'ł': "l", 'Ł': "L", 'ı': "i", 'þ': "th", 'Þ': "Th", 'ħ': "h", 'Ħ': "H",
}

// fold strips the accents of letters whose base is ASCII ("é" -> "e",
// "ł" -> "l") and leaves other scripts alone: a Cyrillic "й" keeps its breve
// and Hangul syllables stay whole.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	asciiBefore := false
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			if !asciiBefore {
				b.WriteRune(r)
			}
			continue
		}
		if a, ok := asciiBase[r]; ok {
			b.WriteString(a)
			asciiBefore = true
			continue
		}
		b.WriteRune(r)
		asciiBefore = r < utf8.RuneSelf
	}
	return norm.NFC.String(b.String())
}

// normalize reduces a name to the form names are compared in: accents
// folded, lower case, dots and apostrophes dropped, hyphens and other
// punctuation read as spaces, and no leading "the".
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(fold(s)) {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(out, "the ")
}

// slug turns a label into the name part of a node ID: lower case, accents
// folded, letters of any script and digits kept, every other run of
// characters replaced by one hyphen.
func slug(label string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(fold(label)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "unnamed"
	}
	return b.String()
}
