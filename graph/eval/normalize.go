package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalize returns the form of a name that matching compares: case-folded,
// accents folded, dots removed, a trailing possessive and a leading "the"
// stripped, whitespace collapsed. Surface variations that carry no identity
// ("U.S." and "US", "the Alliance" and "Alliance", "Zoë" and "Zoe") then
// compare equal.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			// Combining marks are the accents that NFD split off.
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			if f := foldLetter(r); f != "" {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	t := strings.Join(strings.Fields(b.String()), " ")
	if rest, ok := strings.CutPrefix(t, "the "); ok {
		t = rest
	}
	for _, suffix := range []string{"'s", "\u2019s"} {
		if rest, ok := strings.CutSuffix(t, suffix); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	return t
}

// foldLetter spells the Latin letters that carry an accent-like stroke but
// have no Unicode decomposition, so NFD leaves them whole; it returns "" for
// every other rune.
func foldLetter(r rune) string {
	switch r {
	case 'ø', 'Ø':
		return "o"
	case 'ł', 'Ł':
		return "l"
	case 'đ', 'Đ':
		return "d"
	case 'ħ', 'Ħ':
		return "h"
	case 'ı':
		return "i"
	case 'ß':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	}
	return ""
}
