package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgCommonRank is the word rank up to which a one-word organisation name
// is taken for the common word it also is ("Target", "Shell", "Labour").
const orgCommonRank = 20000

// spokenNameCount is how often a name part must be said in SUBTLEX-US (51
// million words of film subtitles) to be taken for a person's name rather
// than a company's: "Johnson", "Charles" and "Morgan" are said thousands of
// times, "Boeing" and "Chrysler" a few dozen.
const spokenNameCount = 100

// givenNameLists is how many given-name lists must hold a word for it to
// be taken for a given name rather than a company's name. The lists are
// broad (social media users name themselves after brands), but a brand
// seldom gets into three of them: "Cameron" and "Abdullah" do, "Audi" and
// "Cisco" do not.
const givenNameLists = 3

// maxOrgWords is the longest organisation name, in words, the list keeps;
// longer corpus spans are descriptions rather than names.
const maxOrgWords = 6

// orgEntry is one line of orgs.tsv.
type orgEntry struct {
	name string
	// head marks a company name that also names the company when more
	// words follow it ("Samsung" in "Samsung Electronics").
	head bool
}

// orgFilter holds what deciding whether a name can be an organisation's
// looks things up in.
type orgFilter struct {
	// rank returns the commonness rank of a lowercase word, 0 if unknown.
	rank func(string) int
	// spoken returns how often a word, in any case, is said in SUBTLEX-US.
	spoken func(string) int
	// gpe holds country names, abbreviations and demonyms and region names.
	gpe map[string]bool
	// gpeWords holds the capitalised words of the names of countries and
	// capitals ("Zealand", "Aires").
	gpeWords map[string]bool
	// places holds every place key of places.tsv.
	places map[string]bool
	// placeHeads holds the first words of place and country names of more
	// than one word ("San", "Hong").
	placeHeads map[string]bool
	// names holds the person-name parts of names.tsv.
	names map[string]bool
	// givenLists returns how many given-name lists hold a word.
	givenLists func(string) int
}

// Reasons deriveOrgs drops a name for; orgStats counts them.
const (
	dropNotCapital = "not capitalised"
	dropShort      = "too short"
	dropLong       = "more than 6 words"
	dropCommon     = "common word"
	dropGPE        = "country, demonym or region"
	dropGPEWord    = "word of a country name"
	dropPlace      = "place"
	dropSpokenName = "frequent person name"
	dropGivenName  = "common given name"
)

// check returns why name cannot be an organisation's name, or "" when it
// can.
func (f orgFilter) check(name string) string {
	letters, alnum, upper := 0, 0, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum++
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	words := len(strings.Fields(name))
	single := words == 1
	switch {
	case upper == 0:
		return dropNotCapital
	case letters == 0 || alnum < 2 || alnum == 2 && upper < 2 && letters == 2:
		// Two letters in mixed case are an abbreviation ("Dr"); "3M" is
		// a name.
		return dropShort
	case words > maxOrgWords:
		return dropLong
	case f.gpe[name]:
		return dropGPE
	case f.places[name]:
		return dropPlace
	case single && !isAcronym(name) && inRank(f.rank(strings.ToLower(name)), orgCommonRank):
		return dropCommon
	case single && f.gpeWords[name]:
		return dropGPEWord
	case single && f.names[name] && f.spoken(name) >= spokenNameCount:
		return dropSpokenName
	case single && f.givenLists(name) >= givenNameLists:
		return dropGivenName
	}
	return ""
}

// canHead reports whether a company name, when more capitalised words
// follow, still names the company: it is no person-name part (family
// names come first in East Asian names), no word of ordinary prose, and
// does not start the name of a place or country ("San", "Hong").
func (f orgFilter) canHead(name string) bool {
	return !strings.Contains(name, " ") && !f.names[name] && !f.placeHeads[name] &&
		!inRank(f.rank(strings.ToLower(name)), commonRank)
}

// inRank reports whether a word rank is known and at most limit.
func inRank(rank, limit int) bool { return rank > 0 && rank <= limit }

// isAcronym reports whether s is written in capitals: no lowercase letter,
// at least two capitals ("NATO", "A.N.C.", "PFLP-GC").
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// orgSourceStats counts what one source of organisation names gave.
type orgSourceStats struct {
	name string
	// read counts the distinct names read.
	read    int
	dropped map[string]int
	// added counts the names only this source gave.
	added int
}

// deriveOrgs merges the company list and the organisation and party names
// of the corpus into orgs.tsv entries. Company names may head a longer
// name; corpus names are whole names (parties, agencies) and match only
// whole.
func deriveOrgs(companies, corpus []string, f orgFilter) ([]orgEntry, []orgSourceStats) {
	entries := make(map[string]*orgEntry)
	stats := []orgSourceStats{
		{name: "companies", dropped: map[string]int{}},
		{name: "CrossNER", dropped: map[string]int{}},
	}
	for i, list := range [][]string{companies, corpus} {
		st := &stats[i]
		seen := make(map[string]bool)
		for _, n := range list {
			n = normQuotes(strings.Join(strings.Fields(n), " "))
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			st.read++
			why := f.check(n)
			if why == "" && i == 1 && !corpusName(n) {
				why = dropNotCapital
			}
			if why != "" {
				st.dropped[why]++
				continue
			}
			e, ok := entries[n]
			if !ok {
				e = &orgEntry{name: n}
				entries[n] = e
				st.added++
			}
			if i == 0 && f.canHead(n) {
				e.head = true
			}
		}
	}
	out := make([]orgEntry, 0, len(entries))
	for _, e := range entries {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b orgEntry) int { return foldCompare(a.name, b.name) })
	return out, stats
}

// corpusName reports whether a corpus span reads as a name: it starts with
// a capital, and ends with a capitalised word or a number, since spans
// ending in a lowercase word are descriptions ("Smith family", "Liberal
// party").
func corpusName(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeRuneInString(s[strings.LastIndexByte(s, ' ')+1:])
	return unicode.IsUpper(first) && (unicode.IsUpper(last) || unicode.IsDigit(last))
}

// formatOrgs writes orgs.tsv: one name a line, followed by a tab and "h"
// when it may head a longer name.
func formatOrgs(entries []orgEntry) []byte {
	var b []byte
	for _, e := range entries {
		b = append(b, e.name...)
		if e.head {
			b = append(b, "\th"...)
		}
		b = append(b, '\n')
	}
	return b
}

// String summarises the counts for the tool's report.
func (s orgSourceStats) String() string {
	reasons := make([]string, 0, len(s.dropped))
	for r := range s.dropped {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	kept := s.read
	for _, n := range s.dropped {
		kept -= n
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d names read, %d kept, %d not given by an earlier source; dropped:", s.name, s.read, kept, s.added)
	for i, r := range reasons {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %d %s", s.dropped[r], r)
	}
	return b.String()
}

// personNameWords keeps the words of person names that can be name parts:
// capitalised, at least two letters, no initials ("J."), no capitals-only
// words (numerals such as "XVI"), no particles, no common words and none
// of the names in exclude (corpus spans sometimes hold a title or a stray
// word).
func personNameWords(words []string, rank func(string) int, exclude map[string]bool) []string {
	var out []string
	for _, w := range words {
		w = normQuotes(w)
		if !validName(w) || strings.ContainsAny(w, ". ") || isAcronym(w) ||
			particles[strings.ToLower(w)] || inRank(rank(strings.ToLower(w)), orgCommonRank) || exclude[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// particles are the lowercase words that join the parts of a person's name
// in many languages ("de", "van", "bin"); written capitalised at the start
// of a name ("De Gaulle") they are still no name of their own.
var particles = map[string]bool{
	"al": true, "bin": true, "da": true, "das": true, "de": true, "del": true, "della": true,
	"den": true, "der": true, "di": true, "do": true, "dos": true, "du": true, "el": true,
	"ibn": true, "la": true, "le": true, "ten": true, "ter": true, "van": true, "von": true,
	"y": true, "zu": true,
}

// givenListCount returns how many of the lists hold a name.
func givenListCount(lists [][]string) func(string) int {
	count := make(map[string]int)
	for _, list := range lists {
		seen := make(map[string]bool)
		for _, n := range list {
			if n = normQuotes(n); validName(n) && !seen[n] {
				seen[n] = true
				count[n]++
			}
		}
	}
	return func(s string) int { return count[s] }
}

// gpeNames lists the names that stand for a country or region: country
// names, abbreviations and demonyms, exact and in capitals, and the
// region names.
func gpeNames(f countryFile) map[string]bool {
	set := make(map[string]bool)
	for _, c := range f.Countries {
		for _, n := range slices.Concat([]string{c.Name, c.Official}, c.AltNames, c.Demonyms) {
			set[n] = true
			set[strings.ToUpper(n)] = true
		}
		for _, a := range c.Abbrevs {
			set[a] = true
		}
	}
	for _, r := range f.Regions {
		set[r] = true
		set[strings.ToUpper(r)] = true
	}
	return set
}

// gpeNameWords lists the capitalised words of the names of countries and
// their capitals ("Zealand", "Kong", "Aires"), which alone are no
// organisation's name.
func gpeNameWords(countries []country) map[string]bool {
	set := make(map[string]bool)
	for _, c := range countries {
		for _, n := range slices.Concat([]string{c.Name, c.Official}, c.AltNames, c.Capitals) {
			for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					set[w] = true
				}
			}
		}
	}
	return set
}

// placeKeys lists every name a place is known by.
func placeKeys(rows []placeRow) map[string]bool {
	set := make(map[string]bool, len(rows))
	for _, r := range rows {
		set[r.key] = true
	}
	return set
}

// placeHeads lists the first words of the names of more than one word of
// places and countries.
func placeHeads(rows []placeRow, countries []country) map[string]bool {
	set := make(map[string]bool)
	add := func(n string) {
		if first, _, ok := strings.Cut(n, " "); ok {
			set[first] = true
		}
	}
	for _, r := range rows {
		add(r.key)
	}
	for _, c := range countries {
		for _, n := range append([]string{c.Name, c.Official}, c.AltNames...) {
			add(n)
		}
	}
	return set
}
