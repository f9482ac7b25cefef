package gazetteer

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Country returns the country s names: its common or official name, another
// name or spelling ("Burma", "Cote d'Ivoire"), or a news abbreviation ("UK",
// "U.S.A.", "UAE"). Bare ISO codes that are also words ("IT", "TO", "ME")
// are not names; use CountryByCode for codes.
func (g *Gazetteer) Country(s string) (Country, bool) {
	return g.country(g.countryForms, s)
}

// Demonym returns the country a demonym refers to, singular or plural
// ("Kenyan", "Kenyans", "South Africans", "Swiss", "Filipinos").
func (g *Gazetteer) Demonym(s string) (Country, bool) {
	return g.country(g.demonyms, s)
}

// CountryByCode returns the country with the ISO 3166-1 alpha-2 or alpha-3
// code, in upper or lower case ("KE", "ken").
func (g *Gazetteer) CountryByCode(code string) (Country, bool) {
	return g.country(g.codes, code)
}

func (g *Gazetteer) country(m map[string]int, s string) (Country, bool) {
	i, ok := m[normQuotes(s)]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Continent reports whether s names a continent, a world region of the
// United Nations geoscheme ("Africa", "Eastern Africa", "South America") or
// a region news names that is no country ("Middle East", "Sahel",
// "Indo-Pacific"). Names as ambiguous as "Gulf" are not regions.
func (g *Gazetteer) Continent(s string) bool {
	return g.regions[normQuotes(s)]
}

// Places returns every city, capital and subdivision named s, by its name or
// an ASCII spelling of it, most populous first; nil when there is none.
func (g *Gazetteer) Places(s string) []Place {
	s = normQuotes(s)
	lo, hi := foldRange(len(g.places), func(i int) string { return g.places[i].key }, s)
	var out []Place
	for _, e := range g.places[lo:hi] {
		if matches(e.key, s) {
			out = append(out, e.place)
		}
	}
	return out
}

// Place returns the most populous place named s: the first of Places(s).
// It does not allocate.
func (g *Gazetteer) Place(s string) (Place, bool) {
	s = normQuotes(s)
	lo, hi := foldRange(len(g.places), func(i int) string { return g.places[i].key }, s)
	for _, e := range g.places[lo:hi] {
		if matches(e.key, s) {
			return e.place, true
		}
	}
	return Place{}, false
}

// Org reports whether s names an organisation: a company, party, agency or
// movement in the organisation list ("Airbus", "Hezbollah", "African
// National Congress", "ASEAN"), or a longer name whose first word is a
// listed company's and whose second starts with a capital or digit
// ("Samsung Electronics", "Hyundai Motor"). The list leaves out names that
// are also common English words ("Shell"), countries, demonyms, places,
// or person names often said or widely given ("Morgan"). A listed company
// may still share its name with a family; when s follows a given name or
// repeats part of a person's name, the person is the likelier reading.
// The list is far from complete: names it lacks are not known either way.
func (g *Gazetteer) Org(s string) bool {
	s = normQuotes(s)
	if _, ok := g.org(s); ok {
		return true
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	i, ok := g.org(first)
	return ok && g.orgHead[i]
}

func (g *Gazetteer) org(s string) (int, bool) {
	lo, hi := foldRange(len(g.orgs), func(i int) string { return g.orgs[i] }, s)
	for i := lo; i < hi; i++ {
		if matches(g.orgs[i], s) {
			return i, true
		}
	}
	return 0, false
}

// NamePart reports whether s is in a list of person-name parts: given names
// and family names of many cultures. Many are also words ("Bell", "Young");
// weigh it with WordRank.
func (g *Gazetteer) NamePart(s string) bool {
	_, ok := g.name(s)
	return ok
}

// GivenName reports whether s is in a list of given names.
func (g *Gazetteer) GivenName(s string) bool {
	i, ok := g.name(s)
	return ok && g.given[i]
}

func (g *Gazetteer) name(s string) (int, bool) {
	s = normQuotes(s)
	lo, hi := foldRange(len(g.names), func(i int) string { return g.names[i] }, s)
	for i := lo; i < hi; i++ {
		if matches(g.names[i], s) {
			return i, true
		}
	}
	return 0, false
}

// WordRank returns how common s is as a lowercase English word, in any case
// ("Orchard" is looked up as "orchard"): 1 for the most common word, larger
// for rarer ones, 0 when s is not a known word. Words the word list knows
// only capitalised (names) have no rank. Ranks follow SCOWL's size levels
// (levels 10 to 35 end near rank 38,000), then SUBTLEX-US frequency within
// a level.
func (g *Gazetteer) WordRank(s string) int {
	s = normQuotes(s)
	lo, hi := foldRange(len(g.words), func(i int) string { return g.words[i] }, s)
	if lo == hi {
		return 0
	}
	return int(g.ranks[lo])
}

// foldRange returns the range [lo, hi) of the n sorted keys that equal q
// when case is folded.
func foldRange(n int, key func(int) string, q string) (lo, hi int) {
	lo, hi = 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareFold(key(m), q) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < n && compareFold(key(hi), q) == 0 {
		hi++
	}
	return lo, hi
}

// compareFold compares a and b rune by rune, lowercased. It orders strings
// as comparing strings.ToLower(a) and strings.ToLower(b) does, the order
// tools/gazetteer sorts keys in, without allocating.
func compareFold(a, b string) int {
	for a != "" && b != "" {
		ra, na := decode(a)
		rb, nb := decode(b)
		if ra, rb = lower(ra), lower(rb); ra != rb {
			return cmp.Compare(ra, rb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// matches reports whether q is key or key in capitals.
func matches(key, q string) bool {
	if key == q {
		return true
	}
	for key != "" && q != "" {
		rk, nk := decode(key)
		rq, nq := decode(q)
		if rq != unicode.ToUpper(rk) {
			return false
		}
		key, q = key[nk:], q[nq:]
	}
	return key == "" && q == ""
}

func decode(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

func lower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// normQuotes writes typographic apostrophes as the ASCII ones the data uses.
// It allocates only when s has one.
func normQuotes(s string) string {
	if !strings.ContainsAny(s, "\u2018\u2019\u02bc") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc':
			return '\''
		}
		return r
	}, s)
}
