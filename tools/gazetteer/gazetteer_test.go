package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"

	"github.com/pariz/gountries"
	"google.golang.org/protobuf/encoding/protowire"
)

func TestASCIIFold(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"São Tomé", "Sao Tome", true},
		{"Łódź", "Lodz", true},
		{"Tórshavn", "Torshavn", true},
		{"Ørsta", "Orsta", true},
		{"Cernăuţi", "Cernauti", true},
		{"Ma‘rib", "Ma'rib", true},
		{"Mykolaïv", "Mykolaiv", true},
		{"Plain", "Plain", true},
		{"Москва", "", false},
	}
	for _, tt := range tests {
		got, ok := asciiFold(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("asciiFold(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCleanSubdivision(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nei Mongol (mn)", "Nei Mongol"},
		{"Taiwan *", "Taiwan"},
		{"Aomen (zh) ***", "Aomen"},
		{"Bas-Sassandra (Région du)", "Bas-Sassandra"},
		{"Pembrokeshire [Sir Benfro GB-BNF]", "Pembrokeshire"},
		{"Sir Benfro GB-BNF", "Sir Benfro"},
		{"Ra’s al Khaymah", "Ra's al Khaymah"},
		{"  Two   spaces ", "Two spaces"},
	}
	for _, tt := range tests {
		if got := cleanSubdivision(tt.in); got != tt.want {
			t.Errorf("cleanSubdivision(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// testSubdivisionData knows two seats, the languages of three countries and
// a few common words.
var testSubdivisionData = subdivisionData{
	seats: map[string]string{
		"RU\tomsk":     "Omsk",
		"RU\tbelgorod": "Belgorod",
		"UA\tkharkiv":  "Kharkiv",
		"BY\tbrest":    "Brest",
	},
	languages: map[string][]string{
		"RU": {"rus"},
		"UA": {"ukr"},
		"IQ": {"ara", "kur"},
		"SE": {"swe"},
		"BY": {"bel", "rus"},
	},
	commonWord: func(w string) bool { return w == "federal" || w == "central" },
}

func TestSubdivisionKeys(t *testing.T) {
	tests := []struct {
		in, country string
		want        []string
	}{
		{"Texas", "US", []string{"Texas"}},
		{"Skåne län", "SE", []string{"Skåne län", "Skåne"}},
		{"Tatarstan, Respublika", "RU", []string{"Tatarstan, Respublika", "Tatarstan"}},
		{"London, City of", "GB", []string{"London, City of", "London"}},
		{"City of Bristol", "GB", []string{"City of Bristol", "Bristol"}},
		{"Al Anbar", "IQ", []string{"Al Anbar", "Anbar"}},
		{"Al Anbar", "SE", []string{"Al Anbar"}}, // the article rule is Arabic only
		{"Ash Sharqiyah Governorate", "IQ", []string{"Ash Sharqiyah Governorate", "Sharqiyah"}},
		// Oblasts named after their seat, found or guessed.
		{"Omskaya oblast'", "RU", []string{"Omskaya oblast'", "Omsk"}},
		{"Belgorodskaya oblast'", "RU", []string{"Belgorodskaya oblast'", "Belgorod"}},
		{"Kharkivs'ka Oblast'", "UA", []string{"Kharkivs'ka Oblast'", "Kharkiv"}},
		{"Borovskaya oblast'", "RU", []string{"Borovskaya oblast'", "Borovsk"}},
		// Republics are named after peoples: no "-sk" guess.
		{"Chuvashskaya Respublika", "RU", []string{"Chuvashskaya Respublika", "Chuvashskaya"}},
		// Stripping that leaves a common word yields nothing.
		{"Distrito Federal", "BR", []string{"Distrito Federal"}},
		{"Central Province", "KE", []string{"Central Province"}},
		{"Abū Ȥaby [Abu Dhabi]", "AE", []string{"Abu Dhabi", "Abū Ȥaby"}},
		{"Brestskaya voblasts' (be) Brestskaya oblast'", "BY", []string{"Brestskaya voblasts'", "Brest", "Brestskaya oblast'", "Brest"}},
		{"Ynys MÃ´n", "GB", nil},
	}
	for _, tt := range tests {
		got := subdivisionKeys(tt.in, tt.country, testSubdivisionData)
		if !slices.Equal(got, tt.want) {
			t.Errorf("subdivisionKeys(%q, %s) = %q, want %q", tt.in, tt.country, got, tt.want)
		}
	}
}

func TestDeriveSubdivisions(t *testing.T) {
	rows := deriveSubdivisions(gountries.New(), testSubdivisionData)
	want := map[string]string{
		"Guangdong": "CN", // gountries
		"Cymru":     "GB", // biter777/countries only, second language
		"Bayern":    "DE",
	}
	for _, r := range rows {
		if want[r.key] == r.country {
			delete(want, r.key)
		}
		if r.kind != kindSubdivision || len(r.country) != 2 || r.name == "" {
			t.Errorf("bad row %+v", r)
		}
	}
	if len(want) > 0 {
		t.Errorf("deriveSubdivisions lacks %v", want)
	}
}

func TestIsAbbrev(t *testing.T) {
	for in, want := range map[string]bool{"UAE": true, "U.A.E.": true, "RSA": true, "Lao": false, "GREAT BRITAIN": false, "Holland": false} {
		if got := isAbbrev(in); got != want {
			t.Errorf("isAbbrev(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDemonymForms(t *testing.T) {
	got := demonymForms("Antiguan, Barbudan", "Kittitian or Nevisian", "Réunionese", "Antiguan")
	want := []string{"Antiguan", "Barbudan", "Kittitian", "Nevisian", "Réunionese", "Reunionese"}
	if !slices.Equal(got, want) {
		t.Errorf("demonymForms = %q, want %q", got, want)
	}
}

func TestRegularDemonym(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Smallonia", "Smallonian", true},
		{"Smalla", "Smallan", true},
		{"Smalli", "Smallian", true},
		{"Smallo", "Smallan", true},
		{"Smalland", "", false},
		{"North Smallonia", "", false},
	}
	for _, tt := range tests {
		if got, ok := regularDemonym(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("regularDemonym(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDeriveCountries(t *testing.T) {
	raw := `[
 {"name":{"common":"Smallland","official":"Republic of Smallland"},"cca2":"SL","cca3":"SML","independent":true,"unMember":true,
  "capital":["Port Small"],"altSpellings":["SL","SML","RSL","Smallland, Republic of","Kleinland"],"region":"Africa","subregion":"Eastern Africa",
  "area":10,"languages":{"eng":"English"},"demonyms":{"eng":{"m":"Smalllander","f":"Smalllander"}}},
 {"name":{"common":"Bigland","official":"Bigland"},"cca2":"BL","cca3":"BGL","independent":true,"unMember":true,
  "capital":["Big City"],"altSpellings":["BL"],"region":"Africa","subregion":"Eastern Africa",
  "area":1000,"languages":{"swa":"Swahili","eng":"English"},"demonyms":{"eng":{"m":"Smalllander","f":"Biglander"}}}
]`
	d, err := deriveCountries([]byte(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	cs := d.file.Countries
	if len(cs) != 2 || cs[0].Code != "BL" {
		t.Fatalf("countries = %+v, want Bigland first (larger)", cs)
	}
	small := cs[1]
	if !slices.Equal(small.Abbrevs, []string{"RSL"}) {
		t.Errorf("abbrevs = %q, want the non-code abbreviation only", small.Abbrevs)
	}
	if !slices.Equal(small.AltNames, []string{"Kleinland"}) {
		t.Errorf("alt names = %q, want no index form", small.AltNames)
	}
	if !slices.Equal(d.file.Regions, []string{"Africa", "Eastern Africa"}) {
		t.Errorf("regions = %q", d.file.Regions)
	}
	if !slices.Equal(d.languages["BL"], []string{"eng", "swa"}) {
		t.Errorf("languages = %q", d.languages["BL"])
	}
}

func TestDecodeCities(t *testing.T) {
	var b []byte
	want := []city{{184745, "Nairobi", "KE", "PPLC", 2750547}, {198476, "Eldoret", "KE", "PPLA", 0}}
	for _, c := range want {
		var m []byte
		m = protowire.AppendTag(m, 1, protowire.VarintType)
		m = protowire.AppendVarint(m, protowire.EncodeZigZag(int64(c.id)))
		m = protowire.AppendTag(m, 2, protowire.BytesType)
		m = protowire.AppendString(m, c.name)
		m = protowire.AppendTag(m, 3, protowire.BytesType)
		m = protowire.AppendString(m, c.country)
		m = protowire.AppendTag(m, 7, protowire.BytesType)
		m = protowire.AppendString(m, c.featureCode)
		if c.population > 0 {
			m = protowire.AppendTag(m, 9, protowire.VarintType)
			m = protowire.AppendVarint(m, uint64(c.population))
		}
		b = protowire.AppendBytes(b, m)
	}
	got, err := decodeCities(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("decodeCities = %+v, want %+v", got, want)
	}
	if _, err := decodeCities(b[:len(b)-3]); err == nil {
		t.Error("decodeCities accepted truncated data")
	}
}

func TestDeriveCities(t *testing.T) {
	cities := []city{
		{0, "Nairobi", "KE", "PPLC", 2750547},
		{0, "Eldoret", "KE", "PPL", 250000},
		{0, "Smallton", "KE", "PPL", 900},
		{0, "Seat", "KE", "PPLA", 900},
		{0, "Mérida", "MX", "PPLA", 900000},
	}
	countries := []country{{Code: "KE", Capitals: []string{"Nairobi"}}, {Code: "TV", Capitals: []string{"Funafuti"}}}
	rows := sortPlaces(deriveCities(cities, countries, 15000))
	var got []string
	for _, r := range rows {
		got = append(got, r.key+"/"+r.name+"/"+r.kind)
	}
	want := []string{"Eldoret/Eldoret/city", "Funafuti/Funafuti/capital", "Merida/Mérida/city", "Mérida/Mérida/city", "Nairobi/Nairobi/capital", "Seat/Seat/city"}
	if !slices.Equal(got, want) {
		t.Errorf("deriveCities = %q, want %q", got, want)
	}
}

func TestShortCapitalNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Port Small, P.D.", []string{"Port Small", "Port Small P.D."}},
		{"Lakeside, North District", []string{"Lakeside", "Lakeside North District"}},
		{"Port Small P.D.", []string{"Port Small"}},
		{"Port Small", nil},
		{"St. Hilda", nil},
		{"Port D.", nil}, // one initial is no district
		{"P.D.", nil},
	}
	for _, tt := range tests {
		if got := shortCapitalNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("shortCapitalNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithASCIISpaced(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Port-Small", []string{"Port-Small", "Port Small"}},
		{"Śtar-Ville", []string{"Śtar-Ville", "Star-Ville", "Śtar Ville", "Star Ville"}},
		{"Port-au-Small", []string{"Port-au-Small"}},
		{"Port Small", []string{"Port Small"}},
		{"Lake-", []string{"Lake-"}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range withASCII(placeRow{key: tt.in, name: tt.in}) {
			got = append(got, r.key)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("withASCII(%q) keys = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCapitalPopulations(t *testing.T) {
	// GeoNames names the seat "Smallá"; world-countries calls it "Small
	// City", which must not lose to a smaller town of that name abroad.
	rows := []placeRow{
		{key: "Small City", country: "US", kind: kindCity, population: 35000},
		{key: "Small City", country: "SM", kind: kindCapital},
		{key: "Smallá", country: "SM", kind: kindCapital, population: 400000},
	}
	capitalPopulations(rows)
	rows = sortPlaces(rows)
	if r := rows[0]; r.key != "Small City" || r.country != "SM" || r.population != 400000 {
		t.Errorf("first row = %+v, want the capital of SM with its seat's population", r)
	}
}

func TestDeriveCitiesShortCapital(t *testing.T) {
	cities := []city{
		{0, "Port Small, P.D.", "SL", "PPLC", 600000},
		{0, "Port Small", "SL", "PPL", 20000},
		{0, "Lakeside, East", "SL", "PPL", 90000}, // no capital: no short name
	}
	countries := []country{
		{Code: "SL", Capitals: []string{"Port Small, P.D."}},
		{Code: "TL", Capitals: []string{"Tinytown T.C."}}, // not in the city list
	}
	rows := sortPlaces(deriveCities(cities, countries, 15000))
	var got []string
	for _, r := range rows {
		got = append(got, r.key+"/"+r.name+"/"+r.kind)
	}
	want := []string{
		"Lakeside, East/Lakeside, East/city",
		"Port Small/Port Small, P.D./capital", // the capital first: most populous
		"Port Small/Port Small/city",
		"Port Small P.D./Port Small, P.D./capital",
		"Port Small, P.D./Port Small, P.D./capital",
		"Tinytown/Tinytown T.C./capital",
		"Tinytown T.C./Tinytown T.C./capital",
	}
	if !slices.Equal(got, want) {
		t.Errorf("deriveCities = %q, want %q", got, want)
	}
}

func TestMergeRegions(t *testing.T) {
	got := mergeRegions([]string{"Africa", "Caribbean"}, []string{"Sahel", "Caribbean", "Balkans"})
	want := []string{"Africa", "Balkans", "Caribbean", "Sahel"}
	if !slices.Equal(got, want) {
		t.Errorf("mergeRegions = %q, want %q", got, want)
	}
	if slices.Contains(newsRegions, "Gulf") {
		t.Error("newsRegions holds Gulf, which names too much else")
	}
}

func TestSortPlaces(t *testing.T) {
	rows := sortPlaces([]placeRow{
		{key: "Victoria", country: "SC", kind: kindCapital, population: 20000},
		{key: "victoria", country: "XX", kind: kindCity, population: 5},
		{key: "Victoria", country: "CA", kind: kindCity, population: 300000},
		{key: "Vaduz", country: "LI", kind: kindCapital, population: 5000},
		{key: "Victoria", country: "CA", kind: kindCity, population: 300000},
	})
	var got []string
	for _, r := range rows {
		got = append(got, r.key+"/"+r.country)
	}
	want := []string{"Vaduz/LI", "Victoria/CA", "Victoria/SC", "victoria/XX"}
	if !slices.Equal(got, want) {
		t.Errorf("sortPlaces = %q, want %q", got, want)
	}
}

func TestDeriveWords(t *testing.T) {
	scowl := make(map[string][]byte)
	for _, f := range scowlFiles() {
		scowl[f] = []byte("[]")
	}
	scowl["english-words-10.json"] = []byte(`["house","the","will"]`)
	scowl["english-words-35.json"] = []byte(`["orchard","John","bell"]`)
	scowl["british-words-10.json"] = []byte(`["colour"]`)
	subtlex, err := readSubtlex([]byte(`[{"word":"the","count":900},{"word":"house","count":50},{"word":"will","count":70},
		{"word":"Bell","count":400},{"word":"bell","count":1},{"word":"orchard","count":3},{"word":"John","count":1000}]`))
	if err != nil {
		t.Fatal(err)
	}
	if subtlex["bell"] != 401 {
		t.Errorf("readSubtlex: bell %d, want the counts of both cases added", subtlex["bell"])
	}
	if _, err := readSubtlex([]byte(`{`)); err == nil {
		t.Error("readSubtlex accepted bad JSON")
	}
	got, err := deriveWords(scowl, subtlex)
	if err != nil {
		t.Fatal(err)
	}
	// Level first, then frequency; "colour" has no count so ends level 10.
	want := []wordRank{{"bell", 5}, {"colour", 4}, {"house", 3}, {"orchard", 6}, {"the", 1}, {"will", 2}}
	if !slices.Equal(got, want) {
		t.Errorf("deriveWords = %v, want %v", got, want)
	}
}

func TestNames(t *testing.T) {
	if got := genderNames([]byte("const m = new Map([\n  ['jean-luc', 'male'],\n  ['amara', 'female'],\n]);")); !slices.Equal(got, []string{"Jean-Luc", "Amara"}) {
		t.Errorf("genderNames = %q", got)
	}
	got := deriveNames(
		[][]string{{"Amara", "A"}},
		[][]string{{"Okonkwo", "amara", "Br\uFFFDll", "James_michael", "O’Neill", "Amara"}})
	want := []nameEntry{{"Amara", true}, {"O'Neill", false}, {"Okonkwo", false}}
	if !slices.Equal(got, want) {
		t.Errorf("deriveNames = %v, want %v", got, want)
	}
	if got := string(formatNames(want)); got != "Amara\tg\nO'Neill\nOkonkwo\n" {
		t.Errorf("formatNames = %q", got)
	}
}

func TestLines(t *testing.T) {
	got := lines([]byte("# comment\n\nAamodt\r\n Aaron \n"))
	if !slices.Equal(got, []string{"Aamodt", "Aaron"}) {
		t.Errorf("lines = %q", got)
	}
}

func TestUntar(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range map[string]string{"package/list.txt": "Aaron\n", "package/other.txt": "x"} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	files, err := untar(buf.Bytes(), []string{"list.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || string(files["list.txt"]) != "Aaron\n" {
		t.Errorf("untar = %q", files)
	}
	if _, err := untar(buf.Bytes(), []string{"missing.txt"}); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("untar of a missing file: err = %v", err)
	}
}

func TestTarball(t *testing.T) {
	for _, tt := range []struct{ s source }{
		{source{pkg: "@cspell/dict-people-names", version: "1.1.16"}},
		{source{pkg: "humannames", version: "1.0.5"}},
	} {
		want := map[string]string{"humannames": "humannames-1.0.5.tgz", "@cspell/dict-people-names": "cspell-dict-people-names-1.1.16.tgz"}[tt.s.pkg]
		if got := tt.s.tarball(); got != want {
			t.Errorf("tarball(%s) = %q, want %q", tt.s.spec(), got, want)
		}
	}
}

func TestGzipDeterministic(t *testing.T) {
	a, err := gzipBytes([]byte("Nairobi\tKE\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := gzipBytes([]byte("Nairobi\tKE\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("gzipBytes gave different bytes for the same input")
	}
}
