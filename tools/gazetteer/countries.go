package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/pariz/gountries"
)

// newsAbbrevs are the abbreviations news text uses for countries that no
// dataset lists: world-countries lists bare ISO codes ("US") among its
// spellings, which the gazetteer drops as they are also ordinary words
// ("IT", "TO"), and lacks the dotted and the political forms. This is the
// only hand-made country table; keep it to forms no dataset has.
var newsAbbrevs = map[string][]string{
	"US": {"US", "U.S.", "USA", "U.S.A."},
	// "Britain" is how news most often names the UK, and "Korea" alone
	// means the South; neither dataset lists them.
	"GB": {"U.K.", "Britain"},
	"AE": {"U.A.E."},
	"KR": {"ROK", "Korea"},
	"CN": {"PRC"},
	// "NZ", the bare ISO code, is how news abbreviates New Zealand, as it
	// does the US; unlike most codes it is no word.
	"NZ": {"NZ"},
	// The political and news short forms of Papua New Guinea, the
	// Democratic Republic of the Congo, Bosnia and Herzegovina and Saudi
	// Arabia ("KSA"); "Bosnia" alone is how news shortens the last but
	// one.
	"PG": {"PNG"},
	"CD": {"DRC", "DR Congo"},
	"BA": {"BiH", "Bosnia"},
	"SA": {"KSA"},
}

// newsRegions are the world regions news names that no dataset here lists:
// world-countries and gountries have the continents and the UN geoscheme
// subregions ("Eastern Africa", "Caribbean") but not the political and
// cultural regions. This hand table holds only such names, each one that
// names a region and nothing else: "Gulf" is left out, as it is as often a
// company, a war or any gulf.
var newsRegions = []string{
	"Middle East", "Latin America", "Southeast Asia", "South Asia", "Central Asia", "East Asia",
	"Indo-Pacific", "Asia-Pacific", "Asia Pacific", "Balkans", "Caucasus", "Sahel", "Horn of Africa",
	"Arctic", "Scandinavia", "Levant", "Maghreb", "Caribbean", "Eastern Europe", "Western Europe",
	"Central Europe", "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa",
}

// mergeRegions adds the extra region names to the sorted list, once each.
func mergeRegions(regions, extra []string) []string {
	out := append(slices.Clone(regions), extra...)
	slices.Sort(out)
	return slices.Compact(out)
}

// demonymNouns are the nouns for a people that differ from the adjective
// world-countries gives ("Turkish": a Turk, the Turks), which no dataset
// lists. This hand table holds only such nouns; the package derives the
// plurals by rule.
var demonymNouns = map[string][]string{
	"TR": {"Turk"},
	"PL": {"Pole"},
	"SE": {"Swede"},
	"DK": {"Dane"},
	"FI": {"Finn"},
	"ES": {"Spaniard"},
	"GB": {"Briton"},
	"FR": {"Frenchman", "Frenchwoman"},
	"NL": {"Dutchman", "Dutchwoman"},
	"IE": {"Irishman", "Irishwoman"},
}

// wcCountry is the part of a world-countries record the gazetteer uses.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  bool     `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Area         float64  `json:"area"`
	Languages    map[string]string
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// country is one record of countries.json, the form package gazetteer reads.
type country struct {
	Code      string   `json:"code"`
	Code3     string   `json:"code3"`
	Name      string   `json:"name"`
	Official  string   `json:"official"`
	Demonyms  []string `json:"demonyms,omitempty"`
	Capitals  []string `json:"capitals,omitempty"`
	Region    string   `json:"region,omitempty"`
	Subregion string   `json:"subregion,omitempty"`
	AltNames  []string `json:"altNames,omitempty"`
	Abbrevs   []string `json:"abbrevs,omitempty"`
}

// countryFile is countries.json. Countries come in order of precedence:
// when two share a name or demonym ("Congolese"), the first one owns it.
type countryFile struct {
	Countries []country `json:"countries"`
	Regions   []string  `json:"regions"`
}

// countryData is what the other derivations need to know about countries.
type countryData struct {
	file countryFile
	// languages maps an ISO alpha-2 code to the country's ISO 639-3 language codes.
	languages map[string][]string
}

// deriveCountries merges world-countries records with the names gountries
// adds (it still calls some countries by their former English names), gc
// being gountries' countries by alpha-2 code, into countries.json.
func deriveCountries(raw []byte, gc map[string]gountries.Country) (countryData, error) {
	var wc []wcCountry
	if err := json.Unmarshal(raw, &wc); err != nil {
		return countryData{}, fmt.Errorf("read world-countries: %w", err)
	}
	// Independent UN members first, then by area, so that a shared
	// demonym resolves to the state news most likely means.
	slices.SortStableFunc(wc, func(a, b wcCountry) int {
		return cmp.Or(
			-cmp.Compare(b2i(a.Independent && a.UNMember), b2i(b.Independent && b.UNMember)),
			-cmp.Compare(a.Area, b.Area),
			strings.Compare(a.CCA2, b.CCA2))
	})
	data := countryData{languages: make(map[string][]string)}
	regions := make(map[string]bool)
	for _, w := range wc {
		c := country{
			Code: w.CCA2, Code3: w.CCA3, Name: w.Name.Common, Official: w.Name.Official,
			Capitals: w.Capital, Region: w.Region, Subregion: w.Subregion,
			Abbrevs: slices.Clone(newsAbbrevs[w.CCA2]),
		}
		if d, ok := w.Demonyms["eng"]; ok {
			c.Demonyms = demonymForms(d.M, d.F)
		}
		c.Demonyms = unique(append(c.Demonyms, demonymNouns[w.CCA2]...))
		if d, ok := regularDemonym(w.Name.Common); ok && !slices.Contains(c.Demonyms, d) {
			// world-countries gives "Slovene" but news also writes
			// "Slovenian"; it gives "Djibouti" for "Djiboutian".
			c.Demonyms = append(c.Demonyms, d)
		}
		names := []string{w.Name.Common, w.Name.Official}
		names = append(names, w.AltSpellings...)
		if g, ok := gc[w.CCA2]; ok {
			names = append(names, g.Name.Common, g.Name.Official)
			if g.Geo.Continent != "" {
				regions[g.Geo.Continent] = true
			}
		}
		for _, n := range names {
			n = normQuotes(strings.TrimSpace(n))
			switch {
			case n == "" || !latinScript(n):
			case isAbbrev(n):
				if n != w.CCA2 && n != w.CCA3 {
					c.Abbrevs = append(c.Abbrevs, n)
				}
			case strings.Contains(n, ","):
				// Index forms ("Tanzania, United Republic of") never occur in prose.
			default:
				c.AltNames = append(c.AltNames, n)
				if a, ok := asciiFold(n); ok {
					c.AltNames = append(c.AltNames, a)
				}
				if rest, ok := strings.CutPrefix(n, "Saint "); ok {
					// News writes "St Vincent" and "St. Lucia".
					c.AltNames = append(c.AltNames, "St "+rest, "St. "+rest)
				}
			}
		}
		c.AltNames = slices.DeleteFunc(unique(c.AltNames), func(n string) bool {
			return n == c.Name || n == c.Official
		})
		slices.Sort(c.AltNames)
		c.Abbrevs = unique(c.Abbrevs)
		slices.Sort(c.Abbrevs)
		for _, r := range []string{w.Region, w.Subregion} {
			if r != "" {
				regions[r] = true
			}
		}
		data.file.Countries = append(data.file.Countries, c)
		for code := range w.Languages {
			data.languages[w.CCA2] = append(data.languages[w.CCA2], code)
		}
		slices.Sort(data.languages[w.CCA2])
	}
	for _, c := range data.file.Countries {
		// "Australia" is a continent in gountries, "Micronesia" a
		// subregion in world-countries; news means the country.
		delete(regions, c.Name)
	}
	for r := range regions {
		data.file.Regions = append(data.file.Regions, r)
	}
	slices.Sort(data.file.Regions)
	return data, nil
}

// demonymForms splits world-countries' demonyms that name two peoples
// ("Antiguan, Barbudan", "Kittitian or Nevisian") and adds ASCII spellings.
func demonymForms(ds ...string) []string {
	var out []string
	for _, d := range ds {
		for _, part := range strings.Split(strings.ReplaceAll(d, " or ", ", "), ", ") {
			part = strings.TrimSpace(part)
			out = append(out, part)
			if a, ok := asciiFold(part); ok {
				out = append(out, a)
			}
		}
	}
	return unique(out)
}

// regularDemonym returns the adjective English regularly makes of a
// country name of one word: "-a" takes "-n" ("Slovenia", "Slovenian";
// "Tonga", "Tongan"), "-i" takes "-an" ("Djibouti", "Djiboutian"), "-o"
// turns to "-an" ("Kosovo", "Kosovan").
func regularDemonym(name string) (string, bool) {
	if strings.Contains(name, " ") {
		return "", false
	}
	switch {
	case strings.HasSuffix(name, "a"):
		return name + "n", true
	case strings.HasSuffix(name, "i"):
		return name + "an", true
	case strings.HasSuffix(name, "o"):
		return strings.TrimSuffix(name, "o") + "an", true
	}
	return "", false
}

// isAbbrev reports whether a country spelling is an abbreviation: short and
// without lowercase letters ("UAE", "RSA").
func isAbbrev(s string) bool {
	if len(s) > 8 {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) || r == ' ' {
			return false
		}
	}
	return true
}

// unique drops empty and repeated strings, keeping the first of each.
func unique(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
