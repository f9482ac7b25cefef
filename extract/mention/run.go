package mention

import (
	"sort"
	"strings"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
)

// run reads the capitalised run of tokens [i, j); first is the index of the
// sentence's first token.
func (s *scan) run(i, j, first int) {
	for i < j && (strings.EqualFold(s.doc.Tokens[i].Text, "the") || s.doc.Tokens[i].Text == "A" || s.doc.Tokens[i].Text == "An") {
		if i+1 < j && s.knownPlace(s.doc.Text[s.doc.Tokens[i].Start:s.doc.Tokens[j-1].End]) {
			break // "The Hague"
		}
		i++
	}
	if i >= j {
		return
	}
	if !s.knownPlace(s.doc.Text[s.doc.Tokens[i].Start:s.doc.Tokens[j-1].End]) && !isAllCaps(s.doc.Tokens[i].Text) {
		if j-i > 1 && s.orgRun(i, j) {
			// "But Wiper Party said": drop only grammar words, not
			// "Democratic" of "Democratic Alliance".
			for i < j-1 && (i == first || isOpening(s.doc.Tokens[i-1].Text)) && s.grammarWord(s.doc.Tokens[i].Text) {
				i++
				first = i
			}
		} else {
			i = s.trimLeading(i, j, first)
		}
	}
	if i >= j {
		return
	}
	caps := true
	for k := i; k < j; k++ {
		if w := s.doc.Tokens[k].Text; strings.ToUpper(w) != w && !nameParticles.has(w) {
			caps = false
		}
	}
	if !s.headline && !(caps && j-i > 3) || caps && j-i <= 3 {
		s.parse(i, j)
		return
	}
	// In a headline every word is capitalised, so ordinary words split the
	// run: "Envoy Meets With Ukraine's Leader" holds no name but the
	// country.
	start := i
	for k := i; k <= j; k++ {
		if k < j && !s.headlineBreak(k) {
			continue
		}
		if start < k {
			s.parse(start, k)
		}
		start = k + 1
	}
}

// headlineBreak reports whether token k of a headline is an ordinary word
// rather than part of a name.
func (s *scan) headlineBreak(k int) bool {
	w := s.doc.Tokens[k].Text
	if titleHeads.has(w) || titleModifiers.has(w) || nameParticles.has(w) {
		return false
	}
	if _, ok := s.country(w); ok {
		return false
	}
	if s.f.gaz.NamePart(w) && s.f.gaz.WordRank(strings.ToLower(w)) > veryCommonRank {
		return false
	}
	return s.common(w) && !s.f.gaz.GivenName(w)
}

// trimLeading drops the words at the start of a run that are capitalised
// only because they start a sentence or a quotation ("The", "But",
// "Relations"), keeping titles and words that are names.
func (s *scan) trimLeading(i, j, first int) int {
	toks := s.doc.Tokens
	for i < j {
		w := toks[i].Text
		if strings.EqualFold(w, "the") || w == "A" || w == "An" {
			i++
			continue
		}
		initial := i == first || isOpening(toks[i-1].Text)
		if !initial || titleHeads.has(w) || titleModifiers.has(w) {
			break
		}
		if i+1 < j && (toks[i].Tag == "MD" || modals.has(w) && s.question()) {
			// "Will President Trump attend ...?"
			i++
			first = i
			continue
		}
		if s.isCountry(w) || s.f.gaz.Continent(w) {
			break
		}
		if _, _, ok := s.countryPrefix(i, j); ok {
			break // "South African Reserve Bank"
		}
		if p, ok := s.bestPlace(w); ok && (p.Population >= minCityPopulation || p.Kind != gazetteer.City) {
			break
		}
		rank := s.f.gaz.WordRank(strings.ToLower(w))
		if rank == 0 || s.f.gaz.GivenName(w) && i+1 < j || s.surname(w) {
			// Not an ordinary word, or the surname of someone the text
			// names in full ("Donald Tusk ... Tusk is due to").
			break
		}
		if rank > veryCommonRank && s.f.gaz.NamePart(w) {
			break
		}
		i++
		first = i
	}
	return i
}

// parse reads a run [i, j) whose first word belongs to it.
func (s *scan) parse(i, j int) {
	if s.notEntity(i, j) {
		return
	}
	// "Bank of Japan Governor Kazuo Ueda": a title and a name after an
	// organisation's name.
	if h, n, ok := s.title(i, j); ok && h > i && s.orgRun(i, h) && !s.orgRun(n, j) && !s.knownPlace(s.doc.Text[s.doc.Tokens[n].Start:s.doc.Tokens[j-1].End]) {
		s.titled(i, h, n, j)
		return
	}
	// "Chief of Army Staff" with no name after it: a title alone; but
	// "Governor of Anambra State", "Chief Minister of Assam" name the
	// place governed.
	if t := s.titleOfStart(i, j); t >= 0 && !orgHeads.has(s.doc.Tokens[j-1].Text) {
		if _, _, ok := s.title(i, j); !ok {
			// "Saudi Minister of Commerce", "UN Special Representative
			// for Libya": the body or country before the title too.
			b := i
			for b < t && (isAcronym(s.doc.Tokens[b].Text) || s.isCountry(s.doc.Tokens[b].Text)) {
				b++
			}
			if b > i {
				s.affiliation(i, b)
			}
			k := t + 2
			if s.doc.Tokens[k].Text == "the" && k+1 < j {
				k++
			}
			if m := s.classify(k, j, evidence{}); m.Type == model.GPE || m.Type == model.Loc {
				s.emit(k, j, m)
			}
			return
		}
	}
	// "Former Cambodian leader": the modifier qualifies a title that
	// follows, not a name.
	for i+1 < j && affiliationSkips.has(s.doc.Tokens[i].Text) && s.isCountry(s.doc.Tokens[i+1].Text) {
		i++
	}
	// "President of the Tide Council", "National Chairman of the Workers'
	// Party": a title before an organisation.
	h := i
	for h < j-1 && titleModifiers.has(s.doc.Tokens[h].Text) {
		h++
	}
	if j-h > 3 && titleHeads.has(s.doc.Tokens[h].Text) && s.doc.Tokens[h+1].Text == "of" {
		k := h + 2
		if s.doc.Tokens[k].Text == "the" {
			k++
		}
		if k < j && s.orgRun(k, j) {
			s.org(k, j)
			return
		}

	}
	if s.orgRun(i, j) {
		s.org(i, j)
		return
	}
	if h, n, ok := s.title(i, j); ok {
		s.titled(i, h, n, j)
		return
	}
	// Titles with no name after them ("the Russian President") describe
	// someone; the name they qualify is elsewhere.
	if j > i && titleHeads.has(s.doc.Tokens[j-1].Text) && !(j-i == 2 && s.f.gaz.GivenName(s.doc.Tokens[i].Text) && s.f.gaz.NamePart(s.doc.Tokens[j-1].Text) && !titleModifiers.has(s.doc.Tokens[i].Text)) {
		// A title's modifiers go with it ("Foreign Minister"); without a
		// title head they are part of the name ("Siemens Energy"). A
		// given name before a title word that is also a surname is a
		// name: "Amy Pope", "Mark King".
		for j > i && (titleHeads.has(s.doc.Tokens[j-1].Text) || titleModifiers.has(s.doc.Tokens[j-1].Text)) {
			j--
		}
	}
	if i >= j {
		return
	}
	if s.orgRun(i, j) {
		// "the European Council President": the body the title is of.
		s.org(i, j)
		return
	}
	if p, c, ok := s.countryPrefix(i, j); ok && p < j && !s.knownPlace(s.doc.Text[s.doc.Tokens[i].Start:s.doc.Tokens[j-1].End]) && !s.givenNameCountry(i, p, j) {
		if j-p == 1 && s.doc.Tokens[p].Text == "City" {
			// "Djibouti City": a capital named after its country.
			s.emit(i, j, model.Mention{Type: model.GPE, Form: model.Name})
			return
		}
		s.addCountry(i, p, c)
		// "envoy to Ukraine Li Wei": after a preposition the country is
		// a destination, not the person's affiliation.
		ev := evidence{affiliation: c.Name}
		if i > s.doc.Sentences[s.sent].First && (s.doc.Tokens[i-1].Tag == "TO" || s.doc.Tokens[i-1].Tag == "IN") {
			ev = s.lookBehind(p)
		}
		if companyWords.has(s.doc.Tokens[j-1].Text) {
			// "Kenya Power", "Korea Electric": a national company.
			s.emit(i, j, model.Mention{Type: model.Org, Form: model.Name, Affiliation: c.Name})
			return
		}
		rest := s.classify(p, j, ev)
		if rest.Type == model.Person {
			s.emit(p, j, rest)
			return
		}
		if rest.Type == "" || rest.Type == model.Org {
			// "Saudi Aramco", "Korean Air": a country word before an
			// unknown name makes a national organisation.
			s.emit(i, j, model.Mention{Type: model.Org, Form: model.Name, Affiliation: c.Name, Weak: true})
			return
		}
		s.emit(p, j, rest)
		return
	}
	ev := s.lookBehind(i)
	if p, ok := s.placePrefix(i, j); ok && !ev.titled && ev.title == "" {
		// "Idaho Republican", "Kyiv Independent": a place before a word
		// that is not part of its name; but after a title the run is a
		// name ("the Minister of Finance, Bello Garba").
		s.emit(i, p, model.Mention{Type: model.GPE, Form: model.Name})
		if m := s.classify(p, j, evidence{}); m.Type != "" && m.Type != model.Person {
			s.emit(p, j, m)
		}
		return
	}
	m := s.classify(i, j, ev)
	if m.Type != "" {
		s.emit(i, j, m)
	}
}

// notEntity reports whether the run [i, j) names a building, an event or a
// document, which the graph does not hold ("Miraflores Palace", "World War
// II", "Paris Agreement").
func (s *scan) notEntity(i, j int) bool {
	if j-i < 2 {
		return false
	}
	if foreignBuildings.has(s.doc.Tokens[i].Text) {
		return true
	}
	last := s.doc.Tokens[j-1].Text
	if facilityHeads.has(last) || eventHeads.has(last) {
		return true
	}
	// "World War II": an event head before a numeral.
	return isRoman(last) && eventHeads.has(s.doc.Tokens[j-2].Text)
}

// isRoman reports whether w is a Roman numeral such as "II" or "IV".
func isRoman(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// placePrefix finds a city or region that starts the run [i, j) and is
// followed by words that are not part of a place's name, and returns where
// it ends.
func (s *scan) placePrefix(i, j int) (int, bool) {
	toks := s.doc.Tokens
	whole := s.doc.Text[toks[i].Start:toks[j-1].End]
	if s.knownPlace(whole) || placeHeads.has(toks[j-1].Text) || companyWords.has(toks[j-1].Text) {
		// "Scarborough Shoal" is a shoal, "Harbin Electric" a company.
		return 0, false
	}
	if s.f.gaz.GivenName(toks[i].Text) && s.personShape(i, j) {
		// "Vladimir Putin", "Salvador Nasralla": a given name that is
		// also a city's.
		return 0, false
	}
	for p := min(j-1, i+3); p > i; p-- {
		name := s.doc.Text[toks[i].Start:toks[p-1].End]
		pl, ok := s.bestPlace(name)
		if !ok || pl.Kind == gazetteer.City && pl.Population < minCityPopulation || p == i+1 && s.common(name) {
			continue
		}
		if s.f.gaz.GivenName(name) && s.f.gaz.GivenName(toks[p].Text) {
			// "Georgia Meloni"? a given name before a name is a person.
			return 0, false
		}
		if s.personShape(p, j) && !s.common(toks[p].Text) {
			return 0, false
		}
		return p, true
	}
	return 0, false
}

// evidence is what the context says about a name.
type evidence struct {
	// titled: a person's title or honorific stands before the name.
	titled bool
	// title and affiliation to record on a person mention.
	title, affiliation string
}

// emit adds a classified mention for tokens [i, j).
func (s *scan) emit(i, j int, m model.Mention) {
	s.add(i, j, m)
}

// orgRun reports whether the run [i, j) is an organisation's name by its
// shape: a head noun at the end ("Defence Ministry", "Workers' Party") or a
// prefix noun followed by "of" ("Bank of Korea").
func (s *scan) orgRun(i, j int) bool {
	toks := s.doc.Tokens
	last := toks[j-1].Text
	if j-i == 2 && strings.EqualFold(last, "bank") && strings.EqualFold(toks[i].Text, "west") {
		return false // "West Bank": a territory, not a bank
	}
	if j-i > 1 && (orgWords.has(last) || orgWords.has(toks[i].Text)) {
		return true
	}
	if j-i > 1 && strings.EqualFold(toks[i].Text, "bank") && (s.isCountry(toks[i+1].Text) || s.f.gaz.Continent(toks[i+1].Text)) {
		// "Bank Indonesia", "Bank Negara Malaysia".
		return true
	}
	if orgHeads.has(last) {
		if j-i > 1 {
			return true
		}
		switch strings.ToLower(last) {
		case "congress", "parliament", "senate", "treasury", "cabinet", "duma", "politburo":
			return i > s.doc.Sentences[s.sent].First
		}
		return false
	}
	if j-i > 2 && orgHeads.has(toks[j-2].Text) && s.isCountry(last) {
		// "Bank Negara Malaysia", "Army Training Unit Kenya".
		return true
	}
	for k := i; k < j-1; k++ {
		if orgPrefixes.has(toks[k].Text) && (toks[k+1].Text == "of" || toks[k+1].Text == "for") {
			return true
		}
	}
	return false
}

// org adds an organisation mention for [i, j), and a country mention for a
// country word it starts with ("Turkish Foreign Ministry").
func (s *scan) org(i, j int) {
	m := model.Mention{Type: model.Org, Form: model.Name}
	if p, c, ok := s.countryPrefix(i, j); ok && p < j {
		// "Russian Defence Ministry" speaks for Russia; "Japan Bank for
		// International Cooperation" or "Saudi Aramco" only bear its
		// name.
		if governmentHeads.has(s.doc.Tokens[j-1].Text) {
			s.addCountry(i, p, c)
		}
		m.Affiliation = c.Name
	}
	if a := s.possessor(i); a != "" && m.Affiliation == "" && !s.orgPrefixFirst(i, j) {
		// "Japan's Foreign Ministry": the country is part of how the
		// body is named.
		m.Affiliation = a
		i = s.mentionStartAt(s.doc.Tokens[i-2].End)
	}
	s.emit(i, j, m)
}

// orgPrefixFirst reports whether the run [i, j) starts with an
// organisation prefix and "of" ("Ministry of Labour"), a name complete in
// itself.
func (s *scan) orgPrefixFirst(i, j int) bool {
	return j-i > 2 && orgPrefixes.has(s.doc.Tokens[i].Text) && s.doc.Tokens[i+1].Text == "of"
}

// mentionStartAt returns the token index where the mention of the current
// sentence ending at byte offset end starts.
func (s *scan) mentionStartAt(end int) int {
	m := s.mentionEndingAt(end)
	toks := s.doc.Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	return k
}

// title finds a title inside the run [i, j) that is followed by a name:
// it returns the index h of the title's head word and the index n where the
// name starts.
func (s *scan) title(i, j int) (h, n int, ok bool) {
	toks := s.doc.Tokens
	for h = j - 2; h >= i; h-- {
		if !titleHeads.has(toks[h].Text) || s.rankAsGivenName(h) {
			continue
		}
		if h > i && s.f.gaz.GivenName(toks[h-1].Text) && !s.isCountry(toks[h-1].Text) && !s.bigPlace(toks[h-1].Text) && !isAcronym(toks[h-1].Text) && !titleModifiers.has(toks[h-1].Text) && !titleHeads.has(toks[h-1].Text) && !orgHeads.has(toks[h-1].Text) {
			// "Hassan Sheikh Mohamud": a title word inside a name.
			continue
		}
		n = h + 1
		if w := toks[n].Text; w == "of" || w == "for" {
			// "Secretary of State Ana Diaz", "Minister for Foreign
			// Affairs Li Wei": the title's object runs until the name.
			n++
			if n < j && toks[n].Text == "the" {
				n++
			}
			if p, _, ok := s.countryPrefix(n, j); ok && p == j {
				// "President of the United Arab Emirates": the country
				// governed, with no name after it.
				continue
			}
			for n < j-1 && (s.common(toks[n].Text) || s.isCountry(toks[n].Text)) && !s.f.gaz.GivenName(toks[n].Text) {
				n++
			}
			if n == j-1 && s.common(toks[n].Text) && !s.f.gaz.GivenName(toks[n].Text) {
				// "Minister of Mines": the portfolio, with no name
				// after it.
				continue
			}
			if rest := s.doc.Text[toks[n].Start:toks[j-1].End]; s.knownPlace(rest) || s.isCountry(rest) || j-n > 1 && (regionTitles.has(toks[j-1].Text) || orgHeads.has(toks[j-1].Text)) {
				// "Governor of Anambra State", "Governor of Lagos": the
				// place governed, with no name after it.
				continue
			}
		}
		if n+1 < j && nameParticles.has(toks[n].Text) && toks[n].Text == strings.ToLower(toks[n].Text) && s.nameToken(n+1) {
			// "Chancellor de Zela".
			return h, n, true
		}
		if n < j && s.nameToken(n) && (!titleHeads.has(toks[n].Text) || s.rankAsGivenName(n)) && !titleModifiers.has(toks[n].Text) {
			return h, n, true
		}
	}
	return 0, 0, false
}

// endsCountry reports whether the token before t ends a country's name of
// several words that starts at or after i ("Solomon Islands Prime
// Minister": "Islands" is no portfolio).
func (s *scan) endsCountry(i, t int) bool {
	toks := s.doc.Tokens
	for k := max(i, t-4); k < t-1; k++ {
		if s.isCountry(s.doc.Text[toks[k].Start:toks[t-1].End]) {
			return true
		}
	}
	return false
}

// question reports whether the sentence being scanned ends in a question
// mark.
func (s *scan) question() bool {
	last := s.doc.Sentences[s.sent].Last
	return last > 0 && s.doc.Tokens[last-1].Text == "?"
}

// titleOfStart returns the index of the title head of a run [i, j) that
// is a title with its "of" phrase ("Governor of Lagos", "Chief Minister
// of Assam"), after the title's modifiers, or -1.
func (s *scan) titleOfStart(i, j int) int {
	toks := s.doc.Tokens
	h := i
	// "UN Special Representative for Libya": the body before the title.
	for h < j-1 && (isAcronym(toks[h].Text) || s.isCountry(toks[h].Text)) {
		h++
	}
	for h < j-1 && titleModifiers.has(toks[h].Text) && (titleHeads.has(toks[h+1].Text) || titleModifiers.has(toks[h+1].Text)) {
		h++
	}
	if h+2 < j && titleHeads.has(toks[h].Text) && (toks[h+1].Text == "of" || toks[h+1].Text == "for") {
		return h
	}
	return -1
}

// rankAsGivenName reports whether the rank word at k is a given name: a
// rank is followed by its holder's given name ("Sheikh Tamim bin Hamad"),
// so one followed at once by a family particle ("Sultan Al Jaber", "Sultan
// bin Salman") is the given name itself.
func (s *scan) rankAsGivenName(k int) bool {
	toks := s.doc.Tokens
	if !royalTitles.has(toks[k].Text) || k+2 >= len(toks) {
		return false
	}
	switch toks[k+1].Text {
	case "Al", "al", "bin", "ibn", "bint", "El":
		return s.nameToken(k + 2)
	}
	// A reigning sultan is named with his father's name ("Sultan Haitham
	// bin Tarik"); "Sultan Ahmed Al Jaber" has a given name and a family
	// name only, so "Sultan" is his own given name.
	if strings.EqualFold(toks[k].Text, "sultan") && s.f.gaz.GivenName(toks[k+1].Text) {
		family := toks[k+2].Text
		return strings.HasPrefix(family, "Al-") || family == "Al" && k+3 < len(toks) && s.nameToken(k+3)
	}
	return false
}

// titled adds the mentions of a run [i, j) holding a person's title whose
// head word is h and whose name starts at n: "Russian Foreign Minister Ana
// Ruiz", "NATO Secretary-General Jan Berg".
func (s *scan) titled(i, h, n, j int) {
	toks := s.doc.Tokens
	t := h
	for t > i && (titleHeads.has(toks[t-1].Text) || titleModifiers.has(toks[t-1].Text) || s.portfolio(t-1)) && !s.endsCountry(i, t) {
		t--
	}
	titleEnd := n - 1
	if honorifics.has(toks[h].Text) || royalTitles.has(toks[h].Text) {
		// "Foreign Minister Prince Faisal": the office is the title;
		// the rank is part of how he is called.
		for e := h - 1; e >= t; e-- {
			if titleHeads.has(toks[e].Text) && !royalTitles.has(toks[e].Text) && !honorifics.has(toks[e].Text) {
				titleEnd = e
				break
			}
		}
	}
	ev := evidence{titled: true, title: s.doc.Text[toks[t].Start:toks[titleEnd].End]}
	honorificOnly := true
	for e := t; e < n; e++ {
		honorificOnly = honorificOnly && honorifics.has(toks[e].Text)
	}
	if honorificOnly {
		ev.title = ""
	}
	if o := s.titleOfStart(i, t); honorificOnly && t > i && o >= 0 {
		// "Prime Minister of Bhutan H.E. Dasho X": the office and its
		// country before the honorifics.
		k := o + 2
		if toks[k].Text == "the" && k+1 < t {
			k++
		}
		ev.title = s.doc.Text[toks[i].Start:toks[o].End]
		if m := s.classify(k, t, evidence{}); m.Type == model.GPE || m.Type == model.Org {
			s.emit(k, t, m)
			ev.affiliation = s.affiliationName(&s.out[len(s.out)-1])
		}
	} else if t > i {
		ev.affiliation = s.affiliation(i, t)
	} else if a := s.possessor(i); a != "" {
		ev.affiliation = a
	}
	if c, ok := s.countryInTitle(t, n); ok && ev.affiliation == "" {
		// "President of the Republic of Azerbaijan Ilham Aliyev".
		ev.affiliation = c
	}
	m := s.classify(n, j, ev)
	if m.Type == "" {
		m = model.Mention{Type: model.Person, Form: model.Name}
	}
	if m.Type == model.Person {
		m.Title, m.Affiliation, m.Weak = ev.title, ev.affiliation, false
	}
	s.emit(n, j, m)
}

// countryInTitle finds a country named after "of" inside the title [t, n)
// ("Minister of Foreign Affairs of the Kyrgyz Republic"), adds its mention
// and returns its name. A country after "for" or "to" is the post's
// ("envoy to Libya"): its mention is added, but it is no affiliation.
func (s *scan) countryInTitle(t, n int) (string, bool) {
	toks := s.doc.Tokens
	for k := t; k+1 < n; k++ {
		if toks[k].Text != "of" && toks[k].Text != "for" && toks[k].Text != "to" {
			continue
		}
		c := k + 1
		if toks[c].Text == "the" {
			c++
		}
		if p, country, ok := s.countryPrefix(c, n); ok && (p == n || toks[p].Text == "of") {
			if s.mentionEndingAt(toks[p-1].End) == nil {
				s.addCountry(c, p, country)
			}
			if toks[k].Text != "of" {
				// "Special Representative for Libya": the country of
				// the post, not the person's.
				return "", false
			}
			return country.Name, true
		}
	}
	return "", false
}

// affiliation adds mentions for the words [i, t) before a title and returns
// the name of the country or organisation they name, the last one when
// there are several ("Geneva UN envoy").
func (s *scan) affiliation(i, t int) string {
	toks := s.doc.Tokens
	name := ""
	for i < t && affiliationSkips.has(toks[i].Text) {
		i++
	}
	for i < t {
		if p, c, ok := s.countryPrefix(i, t); ok {
			s.addCountry(i, p, c)
			name, i = c.Name, p
			continue
		}
		// Split before an acronym: "Brussels NATO".
		e := i + 1
		for e < t && !isAcronym(toks[e].Text) && !isAcronym(toks[i].Text) {
			e++
		}
		name = s.doc.Text[toks[i].Start:toks[e-1].End]
		m := s.classify(i, e, evidence{})
		switch m.Type {
		case model.GPE, model.Loc, model.Org:
		default:
			// A name before a title that is not a place is the body the
			// person works for: "Nato Secretary General", "Pentagon
			// spokesman".
			m = model.Mention{Type: model.Org, Form: model.Name}
		}
		s.emit(i, e, m)
		i = e
	}
	return name
}

// possessor returns the country named in a possessive just before token i
// ("Iraq's Prime Minister", "Ukraine's Zelenskyy"), or "".
func (s *scan) possessor(i int) string {
	toks := s.doc.Tokens
	if i < 2 || !isPossessive(toks[i-1].Text) {
		return ""
	}
	if m := s.mentionEndingAt(toks[i-2].End); m != nil && m.Type == model.GPE {
		return s.affiliationName(m)
	}
	return ""
}

// lookBehind reads the words before a name that start at token i for a
// lower-case title ("special envoy Li Wei", "government spokesperson Ana
// Ruiz") and the affiliation before it ("US special envoy ...").
func (s *scan) lookBehind(i int) evidence {
	toks := s.doc.Tokens
	first := s.doc.Sentences[s.sent].First
	ev := evidence{affiliation: s.possessor(i)}
	k := i - 1
	// "envoy to Ukraine Li Wei": the destination is not part of the title,
	// which may be written capitalised in a run of its own ("Indian
	// Ambassador to Russia Vinay Kumar").
	posted := false
	if k-1 > first && toks[k].Text != "" && s.isCountry(toks[k].Text) && toks[k-1].Text == "to" {
		k -= 2
		posted = true
	}
	if k >= first && (toks[k].Text == "counterpart" || toks[k].Text == "counterparts") {
		// "his Indonesian counterpart Sugiono": a person, whose country
		// the modifier gives; "counterpart" is no title.
		ev.titled = true
		if k-1 >= first {
			if m := s.mentionEndingAt(toks[k-1].End); m != nil {
				ev.affiliation = s.affiliationName(m)
			}
		}
		return ev
	}
	if k > first && toks[k].Text == "," {
		// "Kenya's foreign minister, Ana Ruiz": a title in apposition
		// describes the name but, unlike one written before it, does not
		// make the name a person's by itself.
		return s.appositiveTitle(k)
	}
	if k < first || !titleHeads.has(toks[k].Text) || isCapitalized(toks[k].Text) && !posted {
		if k >= first && honorifics.has(toks[k].Text) {
			ev.titled = true
		}
		return ev
	}
	end := toks[k].End
	t := k
	for t-1 >= first && (titleModifiers.has(toks[t-1].Text) || toks[t-1].Tag == "JJ" || toks[t-1].Tag == "NN") && (!isCapitalized(toks[t-1].Text) || posted && titleModifiers.has(toks[t-1].Text)) && !s.isCountry(toks[t-1].Text) {
		t--
	}
	ev.titled = true
	ev.title = s.doc.Text[toks[t].Start:end]
	if t-1 >= first {
		if m := s.mentionEndingAt(toks[t-1].End); m != nil {
			if m.Weak && m.Type == model.Person {
				// "Kremlin spokesman X": the body the person speaks for.
				m.Type, m.Weak = model.Org, false
			}
			ev.affiliation = s.affiliationName(m)
		}
	}
	return ev
}

// appositiveTitle reads a title that ends at the comma c before a name:
// "Kenya's foreign minister, Ana Ruiz", "Namibia's Minister of Industries,
// Mines and Energy, Tom Alweendo", "his Kenyan counterpart, Ana Ruiz".
func (s *scan) appositiveTitle(c int) evidence {
	toks := s.doc.Tokens
	first := s.doc.Sentences[s.sent].First
	// The head: right before the comma, or before a portfolio in "of"
	// ("Minister of Mines, Ana Ruiz").
	h := c - 1
	for e := c - 1; e >= first && e > c-9; e-- {
		w := toks[e].Text
		if titleHeads.has(w) && !honorifics.has(w) || w == "counterpart" {
			// "the King of Lesotho, X" and "Minister of Mines, X" alike.
			h = e
			break
		}
		if !(w == "of" || w == "for" || w == "and" || w == "," || w == "the" || isCapitalized(w) && (s.common(w) || s.isCountry(w))) {
			return evidence{}
		}
	}
	w := toks[h].Text
	if w == "counterpart" {
		// "her Indonesian counterpart, Sugiono": a person, even when
		// named by one word only.
		ev := evidence{titled: true}
		if h-1 >= first {
			if m := s.mentionEndingAt(toks[h-1].End); m != nil && m.Type == model.GPE {
				ev.affiliation = s.affiliationName(m)
			}
		}
		return ev
	}
	if !titleHeads.has(w) || honorifics.has(w) {
		return evidence{}
	}
	t := h
	for t-1 >= first && (titleModifiers.has(toks[t-1].Text) || toks[t-1].Tag == "JJ" || toks[t-1].Tag == "NN" || s.portfolio(t-1)) {
		t--
	}
	ev := evidence{title: s.doc.Text[toks[t].Start:toks[c-1].End]}
	if country, ok := s.countryInTitle(h, c); ok {
		// "the King of Lesotho, X".
		ev.title = s.doc.Text[toks[t].Start:toks[h].End]
		ev.affiliation = country
		return ev
	}
	if t-1 >= first {
		if m := s.mentionEndingAt(toks[t-1].End); m != nil && (m.Type == model.GPE || m.Type == model.Org) {
			ev.affiliation = s.affiliationName(m)
		} else if a := s.possessor(t); a != "" {
			ev.affiliation = a
		}
	}
	return ev
}

// countryPrefix finds the longest country name or demonym that starts the
// run [i, j) and returns where it ends.
func (s *scan) countryPrefix(i, j int) (int, gazetteer.Country, bool) {
	toks := s.doc.Tokens
	for p := min(j, i+5); p > i; p-- {
		name := s.doc.Text[toks[i].Start:toks[p-1].End]
		if c, ok := s.country(name); ok {
			return p, c, true
		}
		if c, ok := s.demonym(name); ok {
			return p, c, true
		}
	}
	return 0, gazetteer.Country{}, false
}

// addCountry adds the mention of a country name or demonym [i, p).
func (s *scan) addCountry(i, p int, c gazetteer.Country) {
	name := s.doc.Text[s.doc.Tokens[i].Start:s.doc.Tokens[p-1].End]
	m := model.Mention{Type: model.GPE, Form: model.Name, Key: c.Code}
	if _, ok := s.country(name); !ok {
		m.Form = model.Demonym
	} else if isAcronym(name) {
		m.Form = model.Acronym
	}
	s.emit(i, p, m)
}

// country looks a name up as a country, in title case if written in
// capitals.
func (s *scan) country(name string) (gazetteer.Country, bool) {
	if c, ok := s.f.gaz.Country(name); ok {
		return c, true
	}
	if isAllCaps(name) && strings.ContainsAny(name, "AEIOU") && len(name) > 4 {
		return s.f.gaz.Country(titleCase(name))
	}
	return gazetteer.Country{}, false
}

// isCountry reports whether a word is a country name or demonym.
func (s *scan) isCountry(w string) bool {
	if _, ok := s.country(w); ok {
		return true
	}
	_, ok := s.demonym(w)
	return ok
}

// mentionEndingAt returns the mention of the current sentence found so far
// that ends at byte offset end, or nil.
func (s *scan) mentionEndingAt(end int) *model.Mention {
	for k := len(s.out) - 1; k >= 0 && s.out[k].Sentence == s.sent; k-- {
		if s.out[k].End == end {
			return &s.out[k]
		}
	}
	return nil
}

// affiliationName returns the name under which a mention before a title
// qualifies the title: a country's name for a country or demonym, the
// mention's text for anything else, "" for people.
func (s *scan) affiliationName(m *model.Mention) string {
	switch m.Type {
	case model.Person:
		return ""
	case model.GPE:
		if m.Key != "" {
			if c, ok := s.f.gaz.CountryByCode(m.Key); ok {
				return c.Name
			}
		}
	}
	return m.Text
}

// knownPlace reports whether name is a country, a demonym or a gazetteer
// place as a whole ("Mexico City", "South Korea"), so that it must not be
// split into a shorter place and a remainder.
func (s *scan) knownPlace(name string) bool {
	if s.isCountry(name) {
		return true
	}
	_, ok := s.f.gaz.Place(name)
	return ok
}

// demonym looks a word up as a nationality, also in the adjective form of
// countries named in the plural ("Philippine" for the Philippines).
func (s *scan) demonym(w string) (gazetteer.Country, bool) {
	if c, ok := s.f.gaz.Demonym(w); ok {
		return c, true
	}
	if len(w) > 4 && !strings.HasSuffix(w, "s") {
		if c, ok := s.f.gaz.Country(w + "s"); ok {
			return c, true
		}
	}
	// "Kazakh", "Uzbek", "Afghan": the people of the -stan.
	if len(w) > 3 && !strings.Contains(w, " ") {
		for _, suffix := range []string{"stan", "istan"} {
			if c, ok := s.f.gaz.Country(w + suffix); ok {
				return c, true
			}
		}
	}
	return gazetteer.Country{}, false
}

// givenNameCountry reports whether a country word that starts the run
// [i, j) is a given name instead ("Jordan Bardella", "Georgia Meloni"):
// one word, a given name, followed by one unknown word.
func (s *scan) givenNameCountry(i, p, j int) bool {
	toks := s.doc.Tokens
	if p != i+1 || j-p > 3 || !s.f.gaz.GivenName(toks[i].Text) || companyWords.has(toks[j-1].Text) {
		// "Kenya Power" is a company.
		return false
	}
	if i > s.doc.Sentences[s.sent].First && prepositionsOfPlace.has(toks[i-1].Text) {
		// "Ambassador to Russia Vinay Kumar": after "to" the word is the
		// country.
		return false
	}
	// The rest must read as a surname: name words and particles ("Chad
	// Wolf", "Dominique de Villepin"), no place, no title.
	for k := p; k < j; k++ {
		w := toks[k].Text
		if nameParticles.has(w) && w == strings.ToLower(w) {
			continue
		}
		if s.isCountry(w) || s.knownPlace(w) || isAcronym(w) || titleHeads.has(w) || s.common(w) && !s.f.gaz.NamePart(w) {
			return false
		}
	}
	return true
}

// portfolio reports whether token k names a minister's portfolio before a
// title ("Unification Minister", "Fisheries Secretary"): an ordinary
// English word that is not a place, a nationality or an organisation.
func (s *scan) portfolio(k int) bool {
	w := s.doc.Tokens[k].Text
	if !isCapitalized(w) || isAcronym(w) || s.isCountry(w) || s.knownPlace(w) || s.f.gaz.Org(w) {
		return false
	}
	if orgHeads.has(w) || orgPrefixes.has(w) || s.continentDemonym(w) {
		// "European Commission President", "National Assembly Chairman":
		// the body the person heads.
		return false
	}
	r := s.f.gaz.WordRank(strings.ToLower(w))
	// A surname that is also a plain word and no given name can still be
	// a portfolio: "Mines Minister", "Lands Secretary".
	return r > 0 && (!s.f.gaz.NamePart(w) || r <= portfolioRank && !s.f.gaz.GivenName(w))
}

// portfolioRank bounds how rare a word that is also a surname may be and
// still read as a minister's portfolio.
const portfolioRank = 10000

// bigPlace reports whether w names a capital, a region or a city of a
// million people: a place first, even when it is also a given name
// ("London", "Paris").
func (s *scan) bigPlace(w string) bool {
	p, ok := s.bestPlace(w)
	return ok && (p.Kind != gazetteer.City || p.Population >= 1000000)
}

// grammarWord reports whether w is one of the commonest English words,
// which start sentences but no organisation's name.
func (s *scan) grammarWord(w string) bool {
	r := s.f.gaz.WordRank(strings.ToLower(w))
	return r > 0 && r <= 300 && !orgPrefixes.has(w) && !titleModifiers.has(w)
}
