package names

import (
	"strings"
	"testing"
)

func TestLevenshtein(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"sergey", "sergei", 1}, {"", "abc", 3}, {"zelensky", "zelenskyy", 1}, {"kitten", "sitting", 3}, {"žan", "zan", 1}} {
		if got := Levenshtein(tt.a, tt.b); got != tt.d {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
}

func TestAcronyms(t *testing.T) {
	for s, want := range map[string]bool{"EU": true, "U.N.": true, "KCNA": true, "A": false, "Nato": false, "ABCDEFG": false} {
		if got := IsAcronym(s); got != want {
			t.Errorf("IsAcronym(%q) = %v, want %v", s, got, want)
		}
	}
	tests := []struct {
		acr   string
		words []string
		want  bool
	}{
		{"EU", []string{"european", "union"}, true},
		{"U.N.", []string{"united", "nations"}, true},
		{"TCN", []string{"tide", "council", "of", "nations"}, true},
		{"EU", []string{"european", "commission"}, false},
		{"E", []string{"europe"}, false},
	}
	for _, tt := range tests {
		if got := AcronymOf(tt.acr, tt.words); got != tt.want {
			t.Errorf("AcronymOf(%q, %q) = %v, want %v", tt.acr, tt.words, got, tt.want)
		}
	}
}

func TestIsParticle(t *testing.T) {
	for w, want := range map[string]bool{"van": true, "bin": true, "al": true, "smith": false, "Van": false} {
		if got := IsParticle(w); got != want {
			t.Errorf("IsParticle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestJoinArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"badr bin hamad al busaidi", "badr bin hamad albusaidi"},
		{"mohammed al-sudani", "mohammed alsudani"},
		{"badr albusaidi", "badr albusaidi"},
		{"ana al", "ana al"},
		{"abdel fattah el-sisi", "abdel fattah el-sisi"},
	}
	for _, tt := range tests {
		if got := strings.Join(JoinArticle(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("JoinArticle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
