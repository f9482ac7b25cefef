package source

import "testing"

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Kim met Lavrov.", "Kim met Lavrov."},
		{"crlf", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone cr", "one\rtwo", "one\ntwo"},
		{"bom", "\uFEFFHeadline", "Headline"},
		{"nbsp", "Prime\u00a0Minister\u202fMark", "Prime Minister Mark"},
		{"thin and wide spaces", "a\u2009b\u3000c", "a b c"},
		{"curly quotes", "\u201cWe won,\u201d he said. \u2018Yes\u2019", "\"We won,\" he said. 'Yes'"},
		{"guillemets", "\u00abNon\u00bb", "\"Non\""},
		{"ellipsis", "wait\u2026", "wait..."},
		{"zero width", "Zel\u200benskyy", "Zelenskyy"},
		{"soft hyphen", "inter\u00adnational", "international"},
		{"bidi marks", "\u200fKyiv\u200e", "Kyiv"},
		{"invalid byte", "caf\xe9 au lait", "caf\ufffd au lait"},
		{"tabs and runs of spaces", "a\t\tb    c", "a b c"},
		{"leading and trailing spaces", "  indented line   \n  next", "indented line\nnext"},
		{"blank lines kept", "a\n\n\nb", "a\n\n\nb"},
		{"control characters", "a\x00b\x07c", "abc"},
		{"line separator", "a\u2028b", "a\nb"},
		{"non-breaking hyphen", "Asia\u2011Pacific", "Asia-Pacific"},
		{"dashes kept", "Kyiv \u2014 Moscow \u2013 Minsk", "Kyiv \u2014 Moscow \u2013 Minsk"},
		{"decomposed accent composed", "Franc\u0327ois", "Fran\u00e7ois"},
		{"cyrillic untouched", "Володимир", "Володимир"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent: Clean(%q) = %q", got, again)
			}
		})
	}
}
