package main

import (
	"slices"
	"strings"
	"testing"
)

// testOrgFilter knows a few words, names, places and countries.
func testOrgFilter() orgFilter {
	ranks := map[string]int{"target": 900, "shell": 4000, "pioneer": 19000, "vanguard": 25000, "quill": 30000, "zephyr": 45000, "dr": 0}
	spoken := map[string]int{"johnson": 1500, "okafor": 2, "tellwright": 40}
	return orgFilter{
		rank:       func(w string) int { return ranks[w] },
		spoken:     func(w string) int { return spoken[strings.ToLower(w)] },
		gpe:        map[string]bool{"Smallland": true, "SMALLLAND": true, "Smalllander": true, "RSL": true, "Middle East": true},
		gpeWords:   map[string]bool{"Verde": true, "Aires": true},
		places:     map[string]bool{"Port Small": true, "Riverton": true},
		placeHeads: map[string]bool{"Port": true, "San": true},
		names:      map[string]bool{"Johnson": true, "Okafor": true, "Tellwright": true, "Amara": true},
		givenLists: givenListCount([][]string{
			{"Amara", "Zephyr", "Tellwright"},
			{"Amara", "Zephyr", "Amara"},
			{"Amara", "Quill"},
		}),
	}
}

func TestOrgFilterCheck(t *testing.T) {
	f := testOrgFilter()
	tests := []struct {
		in, want string
	}{
		{"Zephyr", ""},
		{"Vanguard", ""}, // rarer than the common-word limit
		{"Okafor", ""},   // a name part seldom said
		{"Tellwright", ""},
		{"3M", ""},
		{"BP", ""},
		{"eQuill", ""},
		{"Green League of Nowhere", ""},
		{"TARGET", ""}, // an acronym, though a word
		{"Target", dropCommon},
		{"Shell", dropCommon},
		{"Pioneer", dropCommon},
		{"Smallland", dropGPE},
		{"SMALLLAND", dropGPE},
		{"Smalllander", dropGPE},
		{"RSL", dropGPE},
		{"Middle East", dropGPE},
		{"Verde", dropGPEWord},
		{"Riverton", dropPlace},
		{"Port Small", dropPlace},
		{"Johnson", dropSpokenName},
		{"Amara", dropGivenName}, // in three given-name lists
		{"Amara Okafor", ""},
		{"Dr", dropShort},
		{"A", dropShort},
		{"Q-", dropShort},
		{"9", dropNotCapital},
		{"acme", dropNotCapital},
		{"One Two Three Four Five Six Seven", dropLong},
		{"One Two Three Four Five Six", ""},
	}
	for _, tt := range tests {
		if got := f.check(tt.in); got != tt.want {
			t.Errorf("check(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrgFilterCanHead(t *testing.T) {
	f := testOrgFilter()
	for in, want := range map[string]bool{
		"Zephyr":     true,
		"BP":         true,
		"Okafor":     false, // a name part: family names may come first
		"Port":       false, // starts place names
		"Vanguard":   false, // a word of prose
		"Quill":      false,
		"Green Wave": false,
	} {
		if got := f.canHead(in); got != want {
			t.Errorf("canHead(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestCorpusName(t *testing.T) {
	for in, want := range map[string]bool{
		"Green League":         true,
		"Party of the Left":    true,
		"Alliance 21":          true,
		"Tellwright family":    false,
		"Green party":          false,
		"the Green League":     false,
		"social-liberal party": false,
	} {
		if got := corpusName(in); got != want {
			t.Errorf("corpusName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDeriveOrgs(t *testing.T) {
	companies := []string{"Zephyr", "Okafor", "Target", "Zephyr", "eQuill", "Port", "de"}
	corpus := []string{"Green  League", "Zephyr", "Tellwright family", "Workers’ Front", "Green League", "Riverton"}
	got, stats := deriveOrgs(companies, corpus, testOrgFilter())
	want := []orgEntry{
		{"eQuill", true},
		{"Green League", false},
		{"Okafor", false},
		{"Port", false},
		{"Workers' Front", false},
		{"Zephyr", true},
	}
	if !slices.Equal(got, want) {
		t.Errorf("deriveOrgs = %v, want %v", got, want)
	}
	if s := stats[0]; s.read != 6 || s.added != 4 || s.dropped[dropCommon] != 1 || s.dropped[dropNotCapital] != 1 {
		t.Errorf("company stats = %+v", s)
	}
	if s := stats[1]; s.read != 5 || s.added != 2 || s.dropped[dropNotCapital] != 1 || s.dropped[dropPlace] != 1 {
		t.Errorf("corpus stats = %+v", s)
	}
	if got, want := stats[1].String(), "CrossNER: 5 names read, 3 kept, 2 not given by an earlier source; dropped: 1 not capitalised, 1 place"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got := string(formatOrgs(want[:2])); got != "eQuill\th\nGreen League\n" {
		t.Errorf("formatOrgs = %q", got)
	}
}

func TestGivenListCount(t *testing.T) {
	count := givenListCount([][]string{{"Amara", "Amara", "Jo’an", "amara"}, {"Amara", "Jo'an"}, {}})
	for in, want := range map[string]int{"Amara": 2, "Jo'an": 2, "amara": 0, "Zephyr": 0} {
		if got := count(in); got != want {
			t.Errorf("givenListCount(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for in, want := range map[string]bool{"NATO": true, "A.N.C.": true, "PFLP-GC": true, "3M": false, "A": false, "Nato": false, "BBVA2": true} {
		if got := isAcronym(in); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPersonNameWords(t *testing.T) {
	ranks := map[string]int{"agriculture": 16000, "quill": 30000}
	words := []string{"Amara", "Okafor", "J.", "de", "De", "Van", "XIV", "Agriculture", "Quill", "O’Hara", "Smallland", "'s", "Jean-Marc", "A"}
	got := personNameWords(words, func(w string) int { return ranks[w] }, map[string]bool{"Smallland": true})
	want := []string{"Amara", "Okafor", "Quill", "O'Hara", "Jean-Marc"}
	if !slices.Equal(got, want) {
		t.Errorf("personNameWords = %q, want %q", got, want)
	}
}

func TestGPESets(t *testing.T) {
	f := countryFile{
		Countries: []country{{
			Name: "Smallland", Official: "Republic of Smallland", AltNames: []string{"Klein-Land"},
			Demonyms: []string{"Smalllander"}, Abbrevs: []string{"RSL"}, Capitals: []string{"Port Small"},
		}},
		Regions: []string{"Middle East"},
	}
	gpe := gpeNames(f)
	for _, n := range []string{"Smallland", "SMALLLAND", "Republic of Smallland", "Klein-Land", "Smalllander", "SMALLLANDER", "RSL", "Middle East", "MIDDLE EAST"} {
		if !gpe[n] {
			t.Errorf("gpeNames lacks %q", n)
		}
	}
	words := gpeNameWords(f.Countries)
	for n, want := range map[string]bool{"Republic": true, "Klein": true, "Land": true, "Port": true, "Small": true, "of": false} {
		if words[n] != want {
			t.Errorf("gpeNameWords[%q] = %v, want %v", n, words[n], want)
		}
	}
	heads := placeHeads([]placeRow{{key: "San Tomas"}, {key: "Riverton"}}, f.Countries)
	for n, want := range map[string]bool{"San": true, "Republic": true, "Riverton": false, "Smallland": false} {
		if heads[n] != want {
			t.Errorf("placeHeads[%q] = %v, want %v", n, heads[n], want)
		}
	}
	if keys := placeKeys([]placeRow{{key: "Riverton"}}); !keys["Riverton"] || len(keys) != 1 {
		t.Errorf("placeKeys = %v", keys)
	}
}
