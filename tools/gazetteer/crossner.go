package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// crossnerFiles are the splits of the CrossNER politics corpus the tool
// reads. The test split is kept out: it measures the entity tagger, and a
// gazetteer built from it would make that measure worthless.
var crossnerFiles = []string{"train.txt", "dev.txt"}

// span is a run of tokens that one BIO tag marks as an entity.
type span struct {
	tag    string
	tokens []string
}

// crossnerData is what the gazetteer takes from the corpus.
type crossnerData struct {
	// orgs are the names of spans tagged organisation or politicalparty.
	orgs []string
	// personWords are the words of spans tagged politician or person.
	personWords []string
	// licence is the corpus's LICENSE file, which NOTICE reproduces.
	licence string
}

// readCrossNER reads the training and development splits of the CrossNER
// politics corpus in dir.
func readCrossNER(dir string) (crossnerData, error) {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if err == nil {
			err = errors.New("not a directory")
		}
		return crossnerData{}, fmt.Errorf("CrossNER politics corpus %s (set -crossner to its directory): %w", dir, err)
	}
	var d crossnerData
	for _, name := range crossnerFiles {
		path := filepath.Join(dir, name)
		raw, err := os.ReadFile(path)
		if err != nil {
			return crossnerData{}, fmt.Errorf("read CrossNER corpus: %w", err)
		}
		spans, err := readBIO(raw)
		if err != nil {
			return crossnerData{}, fmt.Errorf("read %s: %w", path, err)
		}
		for _, s := range spans {
			switch s.tag {
			case "organisation", "politicalparty":
				d.orgs = append(d.orgs, joinTokens(s.tokens))
			case "politician", "person":
				d.personWords = append(d.personWords, s.tokens...)
			}
		}
	}
	licence, err := os.ReadFile(filepath.Join(dir, "LICENSE"))
	if err != nil {
		return crossnerData{}, fmt.Errorf("read CrossNER licence: %w", err)
	}
	d.licence = strings.TrimSpace(string(licence))
	return d, nil
}

// readBIO reads CoNLL-style text: a token and its BIO tag a line, tab
// separated, and a blank line after each sentence. A span starts at a B-
// tag, or at an I- tag that does not continue a span of the same type.
func readBIO(b []byte) ([]span, error) {
	var spans []span
	var cur *span
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			cur = nil
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok || tok == "" {
			return nil, fmt.Errorf("line %d: want token and tag", n)
		}
		prefix, typ, _ := strings.Cut(tag, "-")
		switch {
		case tag == "O":
			cur = nil
		case prefix == "I" && cur != nil && cur.tag == typ:
			cur.tokens = append(cur.tokens, tok)
		case (prefix == "B" || prefix == "I") && typ != "":
			spans = append(spans, span{tag: typ, tokens: []string{tok}})
			cur = &spans[len(spans)-1]
		default:
			return nil, fmt.Errorf("line %d: bad tag %q", n, tag)
		}
	}
	return spans, sc.Err()
}

// joinTokens writes tokenised text as prose: no space before closing
// punctuation or a split-off apostrophe ("People 's Party" -> "People's
// Party", "B 'Tselem" -> "B'Tselem"), none after an opening bracket.
func joinTokens(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		attach := i == 0 || tokens[i-1] == "(" || strings.HasPrefix(t, "'") ||
			len(t) == 1 && strings.Contains(",.;:)!?%", t)
		if !attach {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}
