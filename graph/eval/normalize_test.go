package eval

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Amara Okafor", "amara okafor"},
		{"AMARA OKAFOR", "amara okafor"},
		{"Renée Duval", "renee duval"},
		{"Zoë Brandt", "zoe brandt"},
		{"Łukasz Wróbel", "lukasz wrobel"},
		{"Søren Ågård", "soren agard"},
		{"Straße", "strasse"},
		{"U.S.", "us"},
		{"U. N.", "u n"},
		{"Port St. Anne", "port st anne"},
		{"Borealia's", "borealia"},
		{"Borealia\u2019s", "borealia"},
		{"BOREALIA'S", "borealia"},
		{"the Tide Council", "tide council"},
		{"The Tide Council's", "tide council"},
		{"Theodore Crane", "theodore crane"},
		{"the", "the"},
		{"  Kel \t Sea\n", "kel sea"},
		{"Council of the Isles", "council of the isles"},
		{"Jonas's", "jonas"},
		{"People's Assembly of Veld", "people's assembly of veld"},
		{"Asia-Minor", "asia-minor"},
		{"Олег Бойко", "олег боико"},
		{"...", ""},
		{"'s", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
