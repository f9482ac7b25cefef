package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReadBIO(t *testing.T) {
	in := "The\tO\nGreen\tB-politicalparty\nLeague\tI-politicalparty\nof\tI-politicalparty\nNowhere\tI-politicalparty\n" +
		"met\tO\nAmara\tB-politician\nOkafor\tI-politician\n.\tO\n\n" +
		// A span may start with I-, and a sentence break ends one.
		"Tide\tI-organisation\nWorks\tI-organisation\n\nPress\tI-organisation\n" +
		// A new B- tag starts a new span even of the same type.
		"Acme\tB-organisation\nZeta\tB-organisation\nJo\tB-person\n"
	got, err := readBIO([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []span{
		{"politicalparty", []string{"Green", "League", "of", "Nowhere"}},
		{"politician", []string{"Amara", "Okafor"}},
		{"organisation", []string{"Tide", "Works"}},
		{"organisation", []string{"Press"}},
		{"organisation", []string{"Acme"}},
		{"organisation", []string{"Zeta"}},
		{"person", []string{"Jo"}},
	}
	if !slices.EqualFunc(got, want, func(a, b span) bool { return a.tag == b.tag && slices.Equal(a.tokens, b.tokens) }) {
		t.Errorf("readBIO = %q, want %q", got, want)
	}
	for _, bad := range []string{"Token\n", "Token\tX-thing\n", "Token\tB-\n", "\tO\n"} {
		if _, err := readBIO([]byte(bad)); err == nil {
			t.Errorf("readBIO(%q) accepted bad input", bad)
		}
	}
}

func TestJoinTokens(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Green", "League"}, "Green League"},
		{[]string{"Farmers", "'s", "Union"}, "Farmers's Union"},
		{[]string{"Workers", "'", "Front"}, "Workers' Front"},
		{[]string{"B", "'Nai", "Group"}, "B'Nai Group"},
		{[]string{"Union", "(", "North", ")"}, "Union (North)"},
		{[]string{"Acme", ",", "Inc", "."}, "Acme, Inc."},
		{[]string{"Left", "-", "Right", "Alliance"}, "Left - Right Alliance"},
	}
	for _, tt := range tests {
		if got := joinTokens(tt.in); got != tt.want {
			t.Errorf("joinTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadCrossNER(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"train.txt": "Tide\tB-organisation\nWorks\tI-organisation\nsaid\tO\nAmara\tB-politician\nOkafor\tI-politician\n\n",
		"dev.txt":   "Green\tB-politicalparty\nLeague\tI-politicalparty\nand\tO\nJo\tB-person\nBanda\tI-person\nvisited\tO\nLagos\tB-location\n",
		// The test split is measurement data: never read.
		"test.txt": "Secret\tB-organisation\nHeld\tB-person\n",
		"LICENSE":  "MIT License\n\nCopyright (c) Someone\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := readCrossNER(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Tide Works", "Green League"}; !slices.Equal(d.orgs, want) {
		t.Errorf("orgs = %q, want %q", d.orgs, want)
	}
	if want := []string{"Amara", "Okafor", "Jo", "Banda"}; !slices.Equal(d.personWords, want) {
		t.Errorf("person words = %q, want %q", d.personWords, want)
	}
	if d.licence != "MIT License\n\nCopyright (c) Someone" {
		t.Errorf("licence = %q", d.licence)
	}

	missing := filepath.Join(dir, "absent")
	if _, err := readCrossNER(missing); err == nil || !strings.Contains(err.Error(), "-crossner") {
		t.Errorf("readCrossNER of a missing directory: err = %v, want one naming the flag", err)
	}
	if err := os.Remove(filepath.Join(dir, "dev.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := readCrossNER(dir); err == nil || !strings.Contains(err.Error(), "dev.txt") {
		t.Errorf("readCrossNER without dev.txt: err = %v", err)
	}
}
