package source

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean normalises text before any analysis: line endings become "\n",
// invalid UTF-8 bytes become U+FFFD, curly quotes become straight ones, the
// ellipsis character becomes "...", non-breaking and other Unicode spaces
// become plain spaces, invisible characters (zero-width spaces, soft hyphens,
// byte order marks, control characters) are removed, runs of spaces shrink to
// one, lines lose their leading and trailing spaces, and the result is in
// Unicode normal form C.
//
// Clean changes byte lengths, so offsets into its input do not carry over to
// its output. That is intended: the cleaned text is what becomes
// model.Article.Text, and every later offset refers to it.
func Clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false    // a space is pending, written only if more text follows on the line
	lineStart := true // nothing but spaces written since the last newline
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			r = '\n'
		case r == utf8.RuneError && size == 1:
			r = utf8.RuneError
		}
		switch m := mapRune(r); m {
		case dropRune:
			continue
		case spaceRune:
			space = !lineStart
			continue
		case '\n':
			b.WriteByte('\n')
			space, lineStart = false, true
			continue
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			lineStart = false
			if m == ellipsisRune {
				b.WriteString("...")
			} else {
				b.WriteRune(m)
			}
		}
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// Sentinels returned by mapRune; they lie outside the Unicode range so they
// cannot be confused with a real character.
const (
	dropRune     rune = -1
	spaceRune    rune = -2
	ellipsisRune rune = -3
)

// mapRune says what Clean writes for r.
func mapRune(r rune) rune {
	switch r {
	case '\n':
		return '\n'
	case ' ', '\t', '\v', '\f', 0x85, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return spaceRune
	case 0x2028, 0x2029:
		return '\n'
	case 0xAD, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return dropRune
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0xFF07:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0xFF02:
		return '"'
	case 0x2010, 0x2011:
		return '-'
	case 0x2026:
		return ellipsisRune
	}
	switch {
	case r >= 0x2000 && r <= 0x200A:
		return spaceRune
	case r < 0x20, r == 0x7F, r >= 0x80 && r < 0xA0:
		return dropRune
	case r >= 0x200E && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		// Bidirectional formatting marks: invisible, and they split names.
		return dropRune
	}
	return r
}
