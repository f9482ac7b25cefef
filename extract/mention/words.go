package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isCapitalized reports whether a word starts with an upper-case letter, or
// is a name particle glued to one ("al-Sudani", "el-Sisi").
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && nameParticles.has(w[:i]) {
		r, _ = utf8.DecodeRuneInString(w[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// isAllCaps reports whether a word has at least two letters and no
// lower-case letter: "NATO", "U.S.", "SEOUL".
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isAcronym reports whether a word reads as an abbreviation: two to six
// capital letters, optionally dotted ("EU", "U.N.", "DPRK") or with a
// lower-case plural s ("NGOs").
func isAcronym(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		case r == 's' && i == len(w)-1 && letters >= 2:
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// hasDigit reports whether a word holds a digit ("T-90", "G20").
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// hasLetter reports whether a word holds a letter.
func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// titleCase turns an ALL CAPS word into its title-case form ("SEOUL" →
// "Seoul") so that gazetteers written in title case find it.
func titleCase(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == ' ' || r == '-' || r == '\''
	}
	return b.String()
}

// isPossessive reports whether a token is the possessive clitic.
func isPossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// isOpening reports whether a token opens a quotation or parenthesis, after
// which a capital letter is grammatical, not a sign of a name.
func isOpening(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", "—", "–", "-", "--", ":", "«":
		return true
	}
	return false
}
