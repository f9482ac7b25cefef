package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func TestCountry(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in   string
		want string // ISO alpha-2 code, "" for no country
	}{
		// Common, official, alternative and ASCII names.
		{"Kenya", "KE"},
		{"Republic of Kenya", "KE"},
		{"Burma", "MM"},
		{"Türkiye", "TR"},
		{"Turkiye", "TR"},
		{"Turkey", "TR"}, // the name gountries still uses
		{"Czech Republic", "CZ"},
		{"Cote d'Ivoire", "CI"},
		{"Côte d’Ivoire", "CI"}, // typographic apostrophe
		{"Georgia", "GE"},
		{"Mexico", "MX"},
		{"Congo", "CG"},
		// All capitals, but not lower case.
		{"KENYA", "KE"},
		{"NORTH MACEDONIA", "MK"},
		{"kenya", ""},
		{"north macedonia", ""},
		// News abbreviations, exact case only.
		{"UK", "GB"},
		{"U.K.", "GB"},
		{"USA", "US"},
		{"U.S.A.", "US"},
		{"UAE", "AE"},
		{"U.A.E.", "AE"},
		{"ROK", "KR"},
		{"PRC", "CN"},
		{"NZ", "NZ"},
		{"DRC", "CD"},
		{"Uk", ""},
		{"uae", ""},
		// Bare ISO codes are words, not names.
		{"IT", ""},
		{"TO", ""},
		{"ME", ""},
		{"IS", ""},
		{"AM", ""},
		{"BE", ""},
		{"SO", ""},
		{"MY", ""},
		{"PE", ""},
		{"KEN", ""},
		{"CAN", ""},
		// Index forms never occur in prose.
		{"Tanzania, United Republic of", ""},
		{"Xqzvw", ""},
		{"", ""},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.in)
		if got := c.Code; got != tt.want || ok != (tt.want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestCountryFields(t *testing.T) {
	g := mustLoad(t)
	c, ok := g.Country("Kenya")
	if !ok {
		t.Fatal("Country(Kenya) not found")
	}
	if c.Code3 != "KEN" || c.Official != "Republic of Kenya" || c.Region != "Africa" || c.Subregion != "Eastern Africa" {
		t.Errorf("Country(Kenya) = %+v", c)
	}
	if !slices.Contains(c.Capitals, "Nairobi") || !slices.Contains(c.Demonyms, "Kenyan") {
		t.Errorf("Country(Kenya) capitals %q, demonyms %q", c.Capitals, c.Demonyms)
	}
}

func TestDemonym(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in, want string
	}{
		{"Kenyan", "KE"},
		{"Kenyans", "KE"},
		{"KENYANS", "KE"},
		{"Filipino", "PH"},
		{"Filipinos", "PH"},
		{"Emirati", "AE"},
		{"Emiratis", "AE"},
		{"South African", "ZA"},
		{"South Africans", "ZA"},
		{"New Zealanders", "NZ"},
		{"Czechs", "CZ"},
		{"Swiss", "CH"},
		{"Vietnamese", "VN"},
		{"Dutch", "NL"},
		{"Dutchmen", "NL"}, // noun from the hand table, plural by rule
		{"Turks", "TR"},
		{"Congolese", "CD"}, // shared; the larger state wins
		{"Dominican", "DO"},
		{"Barbudan", "AG"}, // split from "Antiguan, Barbudan"
		{"Curacaoan", "CW"},
		{"kenyan", ""},
		{"Swisses", ""},
		{"Vietnameses", ""},
		{"Kenya", ""},
	}
	for _, tt := range tests {
		c, ok := g.Demonym(tt.in)
		if c.Code != tt.want || ok != (tt.want != "") {
			t.Errorf("Demonym(%q) = %q, %v; want %q", tt.in, c.Code, ok, tt.want)
		}
	}
}

func TestCountryByCode(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in, want string
	}{
		{"KE", "KE"},
		{"KEN", "KE"},
		{"ke", "KE"},
		{"mng", "MN"},
		{"XX", ""},
		{"Kenya", ""},
		{"", ""},
	}
	for _, tt := range tests {
		c, ok := g.CountryByCode(tt.in)
		if c.Code != tt.want || ok != (tt.want != "") {
			t.Errorf("CountryByCode(%q) = %q, %v; want %q", tt.in, c.Code, ok, tt.want)
		}
	}
}

func TestContinent(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"Africa", true},
		{"AFRICA", true},
		{"South America", true},
		{"Western Africa", true},
		{"Oceania", true},
		{"Caribbean", true},
		// Regions news names, from the tool's hand table.
		{"Middle East", true},
		{"MIDDLE EAST", true},
		{"Latin America", true},
		{"Southeast Asia", true},
		{"Indo-Pacific", true},
		{"Horn of Africa", true},
		{"Sub-Saharan Africa", true},
		{"Balkans", true},
		{"Sahel", true},
		{"Levant", true},
		{"Scandinavia", true},
		{"middle east", false},
		{"Gulf", false}, // too ambiguous
		{"Middle", false},
		{"africa", false},
		{"Australia", false}, // a country
		{"Kenya", false},
	}
	for _, tt := range tests {
		if got := g.Continent(tt.in); got != tt.want {
			t.Errorf("Continent(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in string
		// first is the most populous place; zero when there is none.
		first Place
		// also are places that must be among the results.
		also []Place
	}{
		{in: "Nairobi", first: Place{Name: "Nairobi", Country: "KE", Kind: Capital}},
		{in: "NAIROBI", first: Place{Name: "Nairobi", Country: "KE", Kind: Capital}},
		{in: "nairobi"},
		{in: "Canberra", first: Place{Name: "Canberra", Country: "AU", Kind: Capital}},
		{in: "Ottawa", first: Place{Name: "Ottawa", Country: "CA", Kind: Capital}},
		// Capitals too small for the city threshold.
		{in: "Vaduz", first: Place{Name: "Vaduz", Country: "LI", Kind: Capital}},
		// ASCII spellings find the original name.
		{in: "Sao Paulo", first: Place{Name: "São Paulo", Country: "BR", Kind: City}},
		{in: "SAO PAULO", first: Place{Name: "São Paulo", Country: "BR", Kind: City}},
		{in: "São Paulo", first: Place{Name: "São Paulo", Country: "BR", Kind: City}},
		// Subdivisions, with and without their designation.
		{in: "Georgia", first: Place{Name: "Georgia", Country: "US", Kind: Subdivision}},
		{in: "Texas", first: Place{Name: "Texas", Country: "US", Kind: Subdivision}},
		{in: "Guangdong", first: Place{Name: "Guangdong", Country: "CN", Kind: Subdivision}},
		{in: "Punjab", also: []Place{
			{Name: "Punjab", Country: "IN", Kind: Subdivision},
			{Name: "Punjab", Country: "PK", Kind: Subdivision},
		}},
		{in: "Scotland", first: Place{Name: "Scotland", Country: "GB", Kind: Subdivision}},
		{in: "Cymru", first: Place{Name: "Wales", Country: "GB", Kind: Subdivision}},
		{in: "Bavaria", first: Place{Name: "Bayern", Country: "DE", Kind: Subdivision}},
		{in: "Skåne", first: Place{Name: "Skåne län", Country: "SE", Kind: Subdivision}},
		{in: "Anbar", first: Place{Name: "Al Anbar", Country: "IQ", Kind: Subdivision}},
		{in: "Tomsk", first: Place{Name: "Tomsk", Country: "RU", Kind: City}, also: []Place{
			{Name: "Tomskaya oblast'", Country: "RU", Kind: Subdivision},
		}},
		{in: "Omsk", also: []Place{{Name: "Omskaya oblast'", Country: "RU", Kind: Subdivision}}},
		{in: "Belgorod", also: []Place{{Name: "Belgorodskaya oblast'", Country: "RU", Kind: Subdivision}}},
		// An oblast named after its seat's former name, which GeoNames
		// lists among the seat's alternate names.
		{in: "Dnipropetrovsk", also: []Place{
			{Name: "Dnipropetrovs'ka Oblast'", Country: "UA", Kind: Subdivision},
			{Name: "Dnipro", Country: "UA", Kind: City},
		}},
		{in: "Mexico", also: []Place{{Name: "México", Country: "MX", Kind: Subdivision}}},
		// A capital named with its district, by its short name, before
		// the state and the towns of that name.
		{in: "Washington", first: Place{Name: "Washington, D.C.", Country: "US", Kind: Capital}, also: []Place{
			{Name: "Washington", Country: "US", Kind: Subdivision},
			{Name: "Washington", Country: "GB", Kind: City},
		}},
		{in: "WASHINGTON", first: Place{Name: "Washington, D.C.", Country: "US", Kind: Capital}},
		{in: "Washington, D.C.", first: Place{Name: "Washington, D.C.", Country: "US", Kind: Capital}},
		{in: "Washington D.C.", first: Place{Name: "Washington, D.C.", Country: "US", Kind: Capital}},
		{in: "Xqzvw"},
	}
	for _, tt := range tests {
		got := g.Places(tt.in)
		if tt.first == (Place{}) && tt.also == nil {
			if got != nil {
				t.Errorf("Places(%q) = %v, want none", tt.in, got)
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("Places(%q) = none", tt.in)
			continue
		}
		if tt.first != (Place{}) {
			first := got[0]
			first.Population = 0
			if first != tt.first {
				t.Errorf("Places(%q)[0] = %+v, want %+v", tt.in, got[0], tt.first)
			}
		}
		for _, want := range tt.also {
			if !slices.ContainsFunc(got, func(p Place) bool { p.Population = 0; return p == want }) {
				t.Errorf("Places(%q) = %+v, want it to hold %+v", tt.in, got, want)
			}
		}
		p, ok := g.Place(tt.in)
		if !ok || p != got[0] {
			t.Errorf("Place(%q) = %+v, %v; want %+v", tt.in, p, ok, got[0])
		}
	}
}

func TestPlacesExonyms(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in   string
		want Place // the first place; Population is not compared
		// also are other places of the name that must still be found.
		also []Place
	}{
		// English names GeoNames lists among a city's alternate names.
		{in: "Geneva", want: Place{Name: "Genève", Country: "CH", Kind: City}, also: []Place{{Name: "Geneva", Country: "US", Kind: City}}},
		{in: "GENEVA", want: Place{Name: "Genève", Country: "CH", Kind: City}},
		{in: "Cologne", want: Place{Name: "Köln", Country: "DE", Kind: City}},
		{in: "Nuremberg", want: Place{Name: "Nürnberg", Country: "DE", Kind: City}},
		{in: "Antwerp", want: Place{Name: "Antwerpen", Country: "BE", Kind: City}},
		{in: "Gothenburg", want: Place{Name: "Göteborg", Country: "SE", Kind: City}},
		{in: "Seville", want: Place{Name: "Sevilla", Country: "ES", Kind: City}},
		{in: "Bangalore", want: Place{Name: "Bengaluru", Country: "IN", Kind: City}},
		{in: "Saragossa", want: Place{Name: "Zaragoza", Country: "ES", Kind: City}},
		// The bigger city before the towns named after it.
		{in: "Hanover", want: Place{Name: "Hannover", Country: "DE", Kind: City}, also: []Place{{Name: "Hanover", Country: "US", Kind: City}}},
		// Old exonyms of capitals and big cities.
		{in: "Peking", want: Place{Name: "Beijing", Country: "CN", Kind: Capital}},
		{in: "Canton", want: Place{Name: "Guangzhou", Country: "CN", Kind: City}, also: []Place{{Name: "Canton", Country: "US", Kind: City}}},
		{in: "Kiev", want: Place{Name: "Kyiv", Country: "UA", Kind: Capital}},
		{in: "Bombay", want: Place{Name: "Mumbai", Country: "IN", Kind: City}},
		// A capital's alternate name that a town bears stays the town's.
		{in: "Salisbury", want: Place{Name: "Salisbury", Country: "GB", Kind: City}},
		// A seat of a first-order division keeps its name.
		{in: "Frankfort", want: Place{Name: "Frankfort", Country: "US", Kind: City}},
	}
	for _, tt := range tests {
		ps := g.Places(tt.in)
		if len(ps) == 0 {
			t.Errorf("Places(%q) = none, want %+v first", tt.in, tt.want)
			continue
		}
		first := ps[0]
		first.Population = 0
		if first != tt.want {
			t.Errorf("Places(%q)[0] = %+v, want %+v", tt.in, ps[0], tt.want)
		}
		for _, want := range tt.also {
			if !slices.ContainsFunc(ps, func(p Place) bool { p.Population = 0; return p == want }) {
				t.Errorf("Places(%q) = %+v, want it to hold %+v", tt.in, ps, want)
			}
		}
	}
	// Alternate names that are common words (Lyon's "Lion", Lima's
	// "Lime", Münster's "Monster") or given names and no place's (Sofia's
	// "Sophia", Athens' "Athena", Milan's "Milana") are left out.
	for _, s := range []string{"Lion", "Lime", "Monster", "Sophia", "Athena", "Milana"} {
		if ps := g.Places(s); ps != nil {
			t.Errorf("Places(%q) = %+v, want none", s, ps)
		}
	}
}

func TestPlacesMostPopulousFirst(t *testing.T) {
	g := mustLoad(t)
	for _, s := range []string{"Victoria", "San Jose", "Springfield", "Cordoba", "Hyderabad"} {
		ps := g.Places(s)
		if len(ps) < 2 {
			t.Errorf("Places(%q) = %v, want several", s, ps)
		}
		if !slices.IsSortedFunc(ps, func(a, b Place) int { return b.Population - a.Population }) {
			t.Errorf("Places(%q) not most populous first: %v", s, ps)
		}
	}
}

func TestPlacesLargeCities(t *testing.T) {
	g := mustLoad(t)
	// A city of the threshold's size is there; the populations are GeoNames'.
	p, ok := g.Place("Eldoret")
	if !ok || p.Country != "KE" || p.Population < 100000 {
		t.Errorf("Place(Eldoret) = %+v, %v; want a Kenyan city", p, ok)
	}
}

func TestSameNameCountryAndPlace(t *testing.T) {
	g := mustLoad(t)
	for _, tt := range []struct{ name, country string }{
		{"Georgia", "GE"},
		{"Mexico", "MX"},
		{"Djibouti", "DJ"},
		{"Luxembourg", "LU"},
	} {
		c, ok := g.Country(tt.name)
		if !ok || c.Code != tt.country {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.name, c.Code, ok, tt.country)
		}
		if len(g.Places(tt.name)) == 0 {
			t.Errorf("Places(%q) = none, want the place of the same name", tt.name)
		}
	}
	// A stripped designation never leaves a bare common word.
	for _, p := range g.Places("Federal") {
		if p.Kind == Subdivision {
			t.Errorf("Places(Federal) holds %+v", p)
		}
	}
}

func TestOrg(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in   string
		want bool
	}{
		// Companies from the company list, exact and in capitals.
		{"Airbus", true},
		{"AIRBUS", true},
		{"Gazprom", true},
		{"Petronas", true},
		{"Chevron", true},
		{"Petrobras", true},
		{"Samsung", true},
		{"AstraZeneca", true},
		{"airbus", false},
		{"AirBus", false},
		// A company's name heading a longer name.
		{"Samsung Electronics", true},
		{"Hyundai Motor", true},
		{"Deutsche Telekom", true},
		{"SAMSUNG ELECTRONICS", true},
		{"Hyundai Heavy Industries", true},
		{"Samsung said", false},
		{"Samsung ", false},
		// Parties and organisations of the corpus, matched whole.
		{"Hezbollah", true},
		{"Hamas", true},
		{"Fatah", true},
		{"Likud", true},
		{"African National Congress", true},
		{"Bharatiya Janata Party", true},
		{"Fianna Fáil", true},
		{"Fianna Fail", false},
		{"Catholic People’s Party", true}, // typographic apostrophe
		{"Amnesty International", true},
		{"Amnesty International Report", false}, // not a company: no head
		// Acronyms, even when they spell a common word.
		{"ANC", true},
		{"ASEAN", true},
		{"GOP", true},
		{"UMNO", true},
		{"ICE", true},
		// Common words, whatever their case, unless written as acronyms.
		{"Target", false},
		{"Shell", false},
		{"Apple", false},
		{"Greens", false},
		{"Parliament", false},
		{"Senate", false},
		// Countries, demonyms, regions and places are GPEs.
		{"China", false},
		{"Zealand", false},
		{"America", false},
		{"PRC", false},
		{"Madrid", false},
		{"Sydney", false},
		{"Texas", false},
		{"Chicago", false},
		// Person names: given names said often, and names that start
		// with a company's name are not organisations.
		{"Charles", false},
		{"Cameron", false}, // in several given-name lists
		{"Johnson", false},
		{"Morgan", false},
		{"Charles Michel", false},
		{"Cheng Wei", false},
		// Place names that start with a company's word.
		{"Los Angeles", false},
		{"Hong Kong", false},
		// Abbreviations and one letter.
		{"Dr", false},
		{"Dr Nkosi", false},
		{"A", false},
		{"3M", true},
		{"Xqzvw Holdings", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := g.Org(tt.in); got != tt.want {
			t.Errorf("Org(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		in              string
		part, givenName bool
	}{
		{"Giovanni", true, true},
		{"GIOVANNI", true, true},
		{"giovanni", false, false},
		{"Priya", true, true},
		{"Ngozi", true, true},
		{"Svetlana", true, true},
		{"Haruto", true, true},
		{"Okonkwo", true, false},
		{"Adebayo", true, false},
		{"O’Brien", true, false},
		{"O'Brien", true, false},
		// Family names of politicians, from the corpus.
		{"Papandreou", true, false},
		{"Mazowiecki", true, false},
		{"Diefenbaker", true, false},
		{"Xqzvw", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := g.NamePart(tt.in); got != tt.part {
			t.Errorf("NamePart(%q) = %v, want %v", tt.in, got, tt.part)
		}
		if got := g.GivenName(tt.in); got != tt.givenName {
			t.Errorf("GivenName(%q) = %v, want %v", tt.in, got, tt.givenName)
		}
	}
}

func TestWordRank(t *testing.T) {
	g := mustLoad(t)
	// Each word is more common than the next.
	order := []string{"the", "house", "orchard", "quixotic"}
	prev := 0
	for _, w := range order {
		r := g.WordRank(w)
		if r <= prev {
			t.Errorf("WordRank(%q) = %d, want more than %d (the word before)", w, r, prev)
		}
		prev = r
	}
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"Orchard", g.WordRank("orchard")},
		{"ORCHARD", g.WordRank("orchard")},
		{"Giovanni", 0},
		{"Nairobi", 0},
		{"xqzvw", 0},
		{"", 0},
	} {
		if got := g.WordRank(tt.in); got != tt.want {
			t.Errorf("WordRank(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	// Capitalised common words rank as common; name-like words that are
	// also rare words rank far behind.
	if r := g.WordRank("Will"); r == 0 || r > 1000 {
		t.Errorf("WordRank(Will) = %d, want a common word", r)
	}
	if r := g.WordRank("Bell"); r == 0 || r > g.WordRank("orchard") {
		t.Errorf("WordRank(Bell) = %d, want a word no rarer than orchard", r)
	}
}

func TestTablesSorted(t *testing.T) {
	g := mustLoad(t)
	check := func(name string, n int, key func(int) string) {
		for i := 1; i < n; i++ {
			if compareFold(key(i-1), key(i)) > 0 {
				t.Errorf("%s: %q sorts before %q", name, key(i-1), key(i))
				return
			}
		}
	}
	check("places", len(g.places), func(i int) string { return g.places[i].key })
	check("names", len(g.names), func(i int) string { return g.names[i] })
	check("words", len(g.words), func(i int) string { return g.words[i] })
	check("orgs", len(g.orgs), func(i int) string { return g.orgs[i] })
}

func TestCompareFold(t *testing.T) {
	words := []string{"", "a", "A", "ab", "Ab", "B", "b", "Zürich", "zurich", "ZÜRICH", "Ésbjerg", "esbjerg", "Ørsta", "İzmir", "o'brien", "O'Brien", "z"}
	for _, a := range words {
		for _, b := range words {
			want := strings.Compare(strings.ToLower(a), strings.ToLower(b))
			if got := compareFold(a, b); got != want {
				t.Errorf("compareFold(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		key, q string
		want   bool
	}{
		{"Nairobi", "Nairobi", true},
		{"Nairobi", "NAIROBI", true},
		{"Nairobi", "nairobi", false},
		{"Nairobi", "NAIRObi", false},
		{"McKenzie", "MCKENZIE", true},
		{"McKenzie", "Mckenzie", false},
		{"São Paulo", "SÃO PAULO", true},
		{"São Paulo", "SAO PAULO", false},
		{"Nairobi", "NAIROB", false},
	}
	for _, tt := range tests {
		if got := matches(tt.key, tt.q); got != tt.want {
			t.Errorf("matches(%q, %q) = %v, want %v", tt.key, tt.q, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kenyan", "Kenyans"},
		{"Emirati", "Emiratis"},
		{"Filipino", "Filipinos"},
		{"Czech", "Czechs"},
		{"Frenchwoman", "Frenchwomen"},
		{"Vietnamese", ""},
		{"Swiss", ""},
		{"Irish", ""},
		{"Dutch", ""},
		{"Manx", ""},
		{"Malagasy", ""},
	}
	for _, tt := range tests {
		if got := plural(tt.in); got != tt.want {
			t.Errorf("plural(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlaceKindString(t *testing.T) {
	for k, want := range map[PlaceKind]string{City: "city", Capital: "capital", Subdivision: "subdivision", 9: "PlaceKind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("PlaceKind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestLoadOnce(t *testing.T) {
	var wg sync.WaitGroup
	gs := make([]*Gazetteer, 4)
	for i := range gs {
		wg.Go(func() {
			g, err := Load()
			if err != nil {
				t.Error(err)
			}
			gs[i] = g
			g.Country("Kenya")
			g.Places("Nairobi")
		})
	}
	wg.Wait()
	for _, g := range gs[1:] {
		if g != gs[0] {
			t.Fatal("Load returned different gazetteers")
		}
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := parsePlaces("Nairobi\t\tKE\tcity\n"); err == nil {
		t.Error("parsePlaces accepted a line of 4 fields")
	}
	if _, err := parsePlaces("Nairobi\t\tKE\tvillage\t5\n"); err == nil {
		t.Error("parsePlaces accepted an unknown kind")
	}
	if _, err := parsePlaces("Nairobi\t\tKE\tcity\tmany\n"); err == nil {
		t.Error("parsePlaces accepted a population that is no number")
	}
	if _, _, err := parseWords("orchard\n"); err == nil {
		t.Error("parseWords accepted a line without rank")
	}
}
