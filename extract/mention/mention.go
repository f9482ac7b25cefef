// Package mention finds the names, demonyms, pronouns and descriptions in a
// tagged article and says what each refers to: a person, an organisation, a
// geo-political entity or another place.
//
// prose's entity tagger confuses people and countries and misses most
// organisations, so it is only one weak signal here. The finder reads
// capitalised runs the way a reader of news does: a title before a name
// ("Defence Minister", "Lt. Gen.") says the name is a person and is kept as
// an attribute, a country's name or demonym before the title is the person's
// affiliation, a head noun at the end ("Ministry", "Party", "Agency") makes
// an organisation, a gazetteer of countries, capitals, cities and regions
// makes a place, and person-name lists and speech verbs make a person.
package mention

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/nlp"
)

// Finder finds mentions in analysed text. It is safe for concurrent use.
type Finder struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Finder that looks names up in gaz.
func New(gaz *gazetteer.Gazetteer) *Finder {
	return &Finder{gaz: gaz}
}

// commonRank is the commonness rank below which a capitalised word is
// treated as an ordinary English word rather than a name, unless other
// evidence says it is a name. Ranks come from a word-frequency list; the
// threshold keeps "Talks", "Survey" and "Patriot" out while family names
// that are also rare words ("Graham", "Kellogg") stay candidates.
const commonRank = 20000

// veryCommonRank bounds the words so common ("In", "We", "Some") that even
// person-name lists that contain them cannot make them names at the start
// of a sentence.
const veryCommonRank = 5000

// minCityPopulation is the population from which a gazetteer city is taken
// as a place without any other evidence. Smaller towns share their names
// with too many people and words; they count only when the sentence says
// "in X", "X region" or "X, Country".
const minCityPopulation = 100000

// minTownPopulation is the smallest town taken for a place wherever it
// stands, when its name is no person's name and no English word.
const minTownPopulation = 20000

// scan holds the state of one Find call.
type scan struct {
	f    *Finder
	doc  *nlp.Doc
	out  []model.Mention
	sent int // index of the sentence being scanned
	// headline marks sentences written in headline case, where capitals
	// say nothing about names.
	headline bool
	// surnames holds the words that follow a given name in the text,
	// computed when first needed.
	surnames map[string]bool
	// things holds the acronyms the text introduces for lower-case words,
	// computed when first needed.
	things map[string]bool
}

// Find returns the mentions of doc in text order. Mentions that overlap
// (an organisation's name and the country it starts with) are both kept.
func (f *Finder) Find(doc *nlp.Doc) []model.Mention {
	s := &scan{f: f, doc: doc}
	for i, sent := range doc.Sentences {
		s.sent = i
		s.headline = isHeadlineCase(doc.Tokens[sent.First:sent.Last])
		s.sentence(sent.First, sent.Last)
	}
	sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
	return s.out
}

// isHeadlineCase reports whether nearly every word of a sentence is
// capitalised, as in "Trump Envoy Meets With Ukraine's Leader".
func isHeadlineCase(toks []nlp.Token) bool {
	if n := len(toks); n > 0 && toks[n-1].Text == "." {
		// A sentence full of names and titles ends with a full stop; a
		// headline does not.
		return false
	}
	words, lower := 0, 0
	for _, t := range toks {
		if !hasLetter(t.Text) || isPossessive(t.Text) {
			continue
		}
		words++
		if !isCapitalized(t.Text) {
			lower++
		}
	}
	return words >= 5 && lower*5 <= words
}

// sentence scans the tokens [first, last) of one sentence.
func (s *scan) sentence(first, last int) {
	from := len(s.out)
	for i := first; i < last; {
		t := s.doc.Tokens[i]
		if personPronouns.has(t.Text) && (t.Tag == "PRP" || t.Tag == "PRP$") {
			s.add(i, i+1, model.Mention{Type: model.Person, Form: model.Pronoun})
			i++
			continue
		}
		if j, ok := s.description(i, last); ok {
			i = j
			continue
		}
		if !s.nameToken(i) {
			i++
			continue
		}
		j := s.extend(i, last)
		s.run(i, j, first)
		j = s.lowerMinistry(i, j, last)
		i = j
	}
	s.counterparts(from, first, last)
}

// counterparts gives each of several counterparts named in apposition the
// country of its demonym, in order: "his Guatemalan and Costa Rican
// counterparts, A and B" makes A Guatemalan and B Costa Rican. from is the
// index of the sentence's first mention in s.out.
func (s *scan) counterparts(from, first, last int) {
	toks := s.doc.Tokens
	for k := first + 1; k+1 < last; k++ {
		if !strings.EqualFold(toks[k].Text, "counterparts") || toks[k+1].Text != "," {
			continue
		}
		var countries, people []*model.Mention
		for m := from; m < len(s.out); m++ {
			o := &s.out[m]
			switch {
			case o.Type == model.GPE && o.End <= toks[k].Start && o.Start >= toks[max(first, k-6)].Start:
				countries = append(countries, o)
			case o.Type == model.Person && o.Form == model.Name && o.Start > toks[k].End && o.Start < toks[min(last-1, k+14)].End:
				people = append(people, o)
			}
		}
		if len(countries) < 2 || len(people) != len(countries) {
			continue
		}
		for n, p := range people {
			if p.Affiliation == "" {
				p.Affiliation = s.affiliationName(countries[n])
			}
		}
	}
}

// nameToken reports whether token i can be part of a name.
func (s *scan) nameToken(i int) bool {
	w := s.doc.Tokens[i].Text
	if isGroupName(w) {
		return true
	}
	if !isCapitalized(w) || hasDigit(w) || w == "I" || s.calendar(i) {
		return false
	}
	for _, r := range w {
		// Words glued to punctuation by scraping ("Kyiv(AP",
		// "REUTERS/Name") are not names.
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune("-'’.", r) {
			return false
		}
	}
	if i > 0 && s.doc.Tokens[i-1].Tag == "CD" && units.has(w) {
		// A unit after a number: "1,125 MW", "40 KM".
		return false
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 && !isCapitalized(w[k+1:]) && compoundSuffix(w[k+1:]) {
		// "U.S.-led", "Kremlin-backed": a modifier, not a name; but
		// "Tae-yul" and "Dong-young" are given names.
		return false
	}
	return hasLetter(w)
}

// calendar reports whether token i is a day or a month. Month names are
// also names ("Theresa May", "Jan Novak"), so they count only next to a
// number or after a preposition of time.
func (s *scan) calendar(i int) bool {
	w := strings.ToLower(s.doc.Tokens[i].Text)
	if weekdays.has(w) {
		return true
	}
	if !months.has(w) {
		return false
	}
	sent := s.doc.Sentences[s.sent]
	if i+1 < sent.Last && (s.doc.Tokens[i+1].Tag == "CD" || hasDigit(s.doc.Tokens[i+1].Text)) {
		return true
	}
	if i > sent.First {
		p := s.doc.Tokens[i-1]
		if p.Tag == "CD" || hasDigit(p.Text) || timePrepositions.has(p.Text) {
			return true
		}
	}
	return false
}

// isGroupName reports whether w is a capital letter and a number, as
// groups of countries and armed groups are named: "G7", "G-20", "M23".
func isGroupName(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	rest := w[1:]
	if w[0] == 'G' {
		// "G-20"; other letters with a hyphen name weapons: "F-35".
		rest = strings.TrimPrefix(rest, "-")
	}
	if rest == "" || len(rest) > 2 {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// extend returns the end of the capitalised run starting at i: name tokens
// joined by name particles ("Villeroy de Galhau", "bin Salman"), by "of"
// after an organisation, title or place head ("Ministry of Finance",
// "Secretary of State", "Gulf of Aden"), and by "and" inside such an "of"
// phrase ("Chamber of Commerce and Industry").
func (s *scan) extend(i, last int) int {
	toks := s.doc.Tokens
	j := i + 1
	sawOf := false
	for j < last {
		w := toks[j].Text
		switch {
		case s.nameToken(j):
			j++
			continue
		case w == "." && j+1 < last && s.nameToken(j+1) && len(toks[j-1].Text) == 1 && isCapitalized(toks[j-1].Text) && !s.knownPlace(toks[j+1].Text) && (j-1 == i && j-2 >= s.doc.Sentences[s.sent].First && isCapitalized(toks[j-2].Text) || j-1 > i):
			// An initial the tokenizer cut from its dot: "S. Jaishankar".
			j += 2
			continue
		case nameParticles.has(w) && w == strings.ToLower(w):
			// One particle or several: "bin Salman", "von der Leyen",
			// "de la Fuente".
			k := j
			for k < last && k < j+3 && nameParticles.has(toks[k].Text) && toks[k].Text == strings.ToLower(toks[k].Text) {
				k++
			}
			if k < last && s.nameToken(k) {
				j = k + 1
				continue
			}
		case isPossessive(w) && j+1 < last && s.nameToken(j+1) && s.common(toks[j-1].Text) && !s.isCountry(toks[j-1].Text) && !isAcronym(toks[j+1].Text) && !titleHeads.has(toks[j+1].Text) && !s.f.gaz.Org(s.doc.Text[toks[i].Start:toks[j-1].End]):
			// "People's Republic", "Workers' Party": a possessive
			// inside a name, after an ordinary noun; not "the
			// European Union's SAFE programme".
			j += 2
			continue
		case w == "of" && j+1 < last && s.nameToken(j+1) && s.knownPlace(s.doc.Text[toks[i].Start:toks[j+1].End]):
			// "Port of Spain".
			j += 2
			continue
		case (w == "of" || w == "for" || w == "on") && j+1 < last && s.joinsOf(toks[j-1].Text) && (w != "on" || orgHeads.has(toks[j-1].Text)):
			k := j + 1
			if toks[k].Text == "the" && k+1 < last {
				k++
			}
			if sawOf && w == "of" && !s.isCountry(toks[k].Text) && (!s.common(toks[k].Text) || strings.EqualFold(toks[k].Text, "the")) {
				// A second "of" names the body's country ("Ministry of
				// Foreign Affairs of Ethiopia") or its portfolio, not
				// its seat ("Court of Justice of The Hague").
				break
			}
			if s.nameToken(k) || strings.EqualFold(toks[j-1].Text, "group") && toks[k].Tag == "CD" {
				sawOf = true
				j = k + 1
				continue
			}
		case w == "and" && s.countryWithAnd(i, j, last) > 0:
			// "Bosnia and Herzegovina", "Trinidad and Tobago".
			j = s.countryWithAnd(i, j, last)
			continue
		case (w == "and" || w == "&") && sawOf && j+1 < last && s.nameToken(j+1) && (s.common(toks[j+1].Text) || orgPrefixes.has(toks[i].Text) && !isAcronym(toks[j+1].Text) && !s.isCountry(toks[j+1].Text)):
			j += 2
			continue
		case w == "," && sawOf && (orgPrefixes.has(toks[i].Text) || titleHeads.has(toks[i].Text)) && s.listInName(j+1, last):
			// "Ministry of Economy, Trade and Industry", "Minister of
			// Industries, Mines and Energy".
			j++
			continue
		case (w == "and" || w == "&") && j+1 < last && s.nameToken(j+1) && s.common(toks[j-1].Text) && !s.isCountry(toks[j-1].Text) && s.orgHeadAhead(j+1, last):
			// "Reconstruction and Development Coalition", "Asian and
			// Oceanian Affairs Bureau".
			j++
			continue
		case w == "of" && j+1 < last && s.f.gaz.Continent(toks[j-1].Text+" of "+toks[j+1].Text):
			// "Horn of Africa".
			j += 2
			continue
		}
		break
	}
	// A name ends in a name word, not in "of" or "and".
	for j > i+1 && (toks[j-1].Text == "of" || toks[j-1].Text == "and" || toks[j-1].Text == "for" || toks[j-1].Text == "on" || toks[j-1].Text == "the" || toks[j-1].Text == "," || toks[j-1].Text == "&") {
		j--
	}
	return j
}

// countryWithAnd returns the end of a country's name that runs from token i
// over the "and" at j ("Bosnia and Herzegovina"), or 0.
func (s *scan) countryWithAnd(i, j, last int) int {
	toks := s.doc.Tokens
	for e := j + 2; e <= last && e <= j+4; e++ {
		if !s.nameToken(e-1) && toks[e-1].Text != "the" {
			return 0
		}
		if name := s.doc.Text[toks[i].Start:toks[e-1].End]; s.isCountry(name) || s.knownPlace(name) {
			// "Saint Vincent and the Grenadines", "Jammu and Kashmir".
			return e
		}
	}
	return 0
}

// joinsOf reports whether a word before "of" heads a longer name.
func (s *scan) joinsOf(w string) bool {
	if orgPrefixes.has(w) || titleHeads.has(w) || placeHeads.has(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "republic", "kingdom", "commonwealth", "state", "states", "isle", "emirate", "principality", "federation":
		return true
	}
	return false
}

// common reports whether w is an ordinary English word, not a name.
func (s *scan) common(w string) bool {
	r := s.f.gaz.WordRank(strings.ToLower(w))
	return r > 0 && r <= commonRank
}

// add appends a mention of tokens [i, j).
func (s *scan) add(i, j int, m model.Mention) {
	toks := s.doc.Tokens
	m.Start, m.End = toks[i].Start, toks[j-1].End
	m.Text = s.doc.Text[m.Start:m.End]
	m.Sentence = s.sent
	m.Entity = -1
	s.out = append(s.out, m)
}

// description reads a definite description of a person starting at token i:
// a determiner, modifiers and a title noun with no name after it ("the
// Russian minister", "his Kenyan counterpart", "the top diplomat"). It adds
// the description and any country word inside it, and returns the index
// after it.
func (s *scan) description(i, last int) (int, bool) {
	toks := s.doc.Tokens
	switch strings.ToLower(toks[i].Text) {
	case "the", "his", "her", "their":
	default:
		return 0, false
	}
	var country *model.Mention
	affiliation := ""
	var title []string
	for k := i + 1; k < last && k < i+6; k++ {
		w := toks[k].Text
		if descriptionHeads.has(w) && (!isCapitalized(w) || s.formalTitle(i+1, k) && country == nil && k+1 < last && !s.nameToken(k+1) && toks[k+1].Text != "of") {
			// "the minister", and "the King", "the Crown Prince" as
			// formal usage writes them.
			if k+1 < last && (s.nameToken(k+1) || isPossessive(toks[k+1].Text)) {
				// A title before a name, or "the minister's": the name
				// scan reads it.
				return 0, false
			}
			if country != nil {
				s.out = append(s.out, *country)
			}
			s.add(i, k+1, model.Mention{
				Type:        model.Person,
				Form:        model.Description,
				Title:       strings.Join(append(title, w), " "),
				Affiliation: affiliation,
			})
			return k + 1, true
		}
		if isCapitalized(w) && titleModifiers.has(w) && s.formalTitle(i+1, k) && k+1 < last && descriptionHeads.has(toks[k+1].Text) && isCapitalized(toks[k+1].Text) {
			// "the Crown Prince".
			title = append(title, w)
			continue
		}
		if isCapitalized(w) {
			p, c, ok := s.countryPrefix(k, min(last, k+4))
			if !ok || country != nil {
				return 0, false
			}
			s.add(k, p, model.Mention{Type: model.GPE, Form: model.Demonym, Key: c.Code})
			m := s.out[len(s.out)-1]
			s.out = s.out[:len(s.out)-1]
			country, affiliation = &m, c.Name
			k = p - 1
			continue
		}
		if titleModifiers.has(w) || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBG" || toks[k].Tag == "VBN" {
			title = append(title, w)
			continue
		}
		return 0, false
	}
	return 0, false
}

// formalTitle reports whether the tokens [from, k) are capitalised title
// modifiers before the capitalised title head at k: "Crown" in "the Crown
// Prince", nothing in "the King".
func (s *scan) formalTitle(from, k int) bool {
	for e := from; e < k; e++ {
		if !isCapitalized(s.doc.Tokens[e].Text) || !titleModifiers.has(s.doc.Tokens[e].Text) {
			return false
		}
	}
	return true
}

// compoundSuffix reports whether w ends an adjective compound such as
// "-led", "-backed", "-based" or "-style".
func compoundSuffix(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	switch w {
	case "style", "era", "born", "run", "made", "held", "wide", "friendly", "bound", "free", "owned", "linked", "american", "european", "african", "asian", "centric", "type", "class", "level", "scale":
		return true
	}
	return false
}

// orgHeadAhead reports whether the capitalised words from k end with an
// organisation's head noun within four words.
func (s *scan) orgHeadAhead(k, last int) bool {
	for e := k; e < last && e < k+4 && s.nameToken(e); e++ {
		if orgHeads.has(s.doc.Tokens[e].Text) {
			return true
		}
	}
	return false
}

// lowerMinistry reads a ministry named in lower case after a country word
// that ends at j ("the Syrian foreign ministry", "India's external affairs
// ministry"), adds it as an organisation starting at the country word, and
// returns the index after it; otherwise it returns j.
func (s *scan) lowerMinistry(i, j, last int) int {
	n := len(s.out)
	if n == 0 || s.out[n-1].Type != model.GPE || s.out[n-1].Key == "" || s.out[n-1].End != s.doc.Tokens[j-1].End {
		return j
	}
	toks := s.doc.Tokens
	k := j
	if k < last && isPossessive(toks[k].Text) {
		k++
	}
	e := k
	for e < last && e < k+3 && titleModifiers.has(toks[e].Text) && !isCapitalized(toks[e].Text) {
		e++
	}
	if e == k || e >= last || toks[e].Text != "ministry" {
		return j
	}
	c, _ := s.f.gaz.CountryByCode(s.out[n-1].Key)
	start := s.mentionStartAt(s.out[n-1].End)
	s.add(start, e+1, model.Mention{Type: model.Org, Form: model.Name, Affiliation: c.Name})
	return e + 1
}

// listInName reports whether the words from k continue a list inside a
// name: capitalised words, then "and" and a capitalised word, within five
// words.
func (s *scan) listInName(k, last int) bool {
	for e := k; e < last && e < k+5; e++ {
		w := s.doc.Tokens[e].Text
		if w == "and" {
			return e+1 < last && s.nameToken(e+1) && s.portfolioWord(e+1)
		}
		if w != "," && !(s.nameToken(e) && s.portfolioWord(e)) {
			return false
		}
	}
	return false
}

// portfolioWord reports whether token e can be an item in the list of a
// ministry's or a minister's portfolios: an ordinary word, not a name or a
// country ("Trade", "Mines"; not "Tom", "Kenya").
func (s *scan) portfolioWord(e int) bool {
	w := s.doc.Tokens[e].Text
	return s.common(w) && !s.f.gaz.GivenName(w) && !s.isCountry(w)
}
