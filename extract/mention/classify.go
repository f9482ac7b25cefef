package mention

import (
	"strings"
	"unicode"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
)

// classify says what the name [i, j) refers to. It returns a Mention with
// an empty Type when the words are not a name.
func (s *scan) classify(i, j int, ev evidence) model.Mention {
	toks := s.doc.Tokens
	name := s.doc.Text[toks[i].Start:toks[j-1].End]
	m := model.Mention{Form: model.Name}
	single := j-i == 1

	if single && isGroupName(name) {
		m.Type, m.Form = model.Org, model.Acronym
		return m
	}
	if single && isAcronym(name) {
		return s.acronym(i, name)
	}
	if c, ok := s.country(name); ok {
		m.Type, m.Key = model.GPE, c.Code
		return m
	}
	if c, ok := s.demonym(name); ok {
		m.Type, m.Key, m.Form = model.GPE, c.Code, model.Demonym
		return m
	}
	if s.f.gaz.Org(name) && !ev.titled {
		m.Type = model.Org
		if single && s.surname(name) {
			// "Kellogg" is a company, but here the surname of "Keith
			// Kellogg": let resolution decide.
			m.Type, m.Weak = model.Person, true
		}
		return m
	}
	if j-i <= 2 && s.continentDemonym(name) {
		// "European", "South American".
		m.Type, m.Form = model.Loc, model.Demonym
		return m
	}
	if s.quoted(i, j) {
		// A name in quotation marks after a common noun is a company, a
		// programme or a work: "the fish plant "Northern Star"".
		m.Type, m.Weak = model.Org, true
		return m
	}
	if isAllCaps(name) && s.creditLine() {
		// "ST PHOTO: JANE ROE": a photo credit.
		return model.Mention{}
	}
	if isAllCaps(name) {
		// Capitals in a dateline or a caption: read the words as if
		// written normally, but an ordinary word in capitals ("STOP",
		// "FILE PHOTO") is emphasis or a label, not a name.
		if s.allCommon(i, j) {
			return model.Mention{}
		}
		if _, ok := s.place(titleCase(name), i, j, ev); ok {
			m.Type = model.GPE
			return m
		}
		if single && !s.f.gaz.NamePart(titleCase(name)) {
			// An unknown word in capitals is most often an outlet or
			// a body credited in a caption: "(via REUTERS)".
			m.Type, m.Weak = model.Org, true
			return m
		}
		if !single && !(s.f.gaz.GivenName(titleCase(s.doc.Tokens[i].Text)) && j-i <= 3) {
			m.Type, m.Weak = model.GPE, true
			if !s.placeContext(i, j) {
				m.Type = model.Org
			}
			return m
		}
	}
	if !single && regionTitles.has(toks[j-1].Text) && !s.common(toks[i].Text) && !ev.titled {
		// "Ogun State", "Sindh Province": a governed region.
		m.Type = model.GPE
		return m
	}
	if j-i == 2 && regionDirections.has(toks[i].Text) && !s.f.gaz.Continent(toks[i+1].Text) && (strings.EqualFold(toks[i].Text, "west") && strings.EqualFold(toks[i+1].Text, "bank") || !s.common(toks[i+1].Text) && !s.f.gaz.NamePart(toks[i+1].Text) && !isAllCaps(toks[i+1].Text)) {
		// "the West Bank", "North Waziristan", "South Kordofan".
		m.Type = model.GPE
		return m
	}
	if s.isLocation(i, j, name) {
		m.Type = model.Loc
		return m
	}
	if !ev.titled {
		if _, ok := s.place(name, i, j, ev); ok {
			m.Type = model.GPE
			return m
		}
		if s.orgCue(i, j) {
			m.Type = model.Org
			return m
		}
	}
	if !single && !ev.titled && (s.companyShape(i, j) || companyWords.has(toks[j-1].Text) && !s.f.gaz.GivenName(toks[i].Text) || isAcronym(toks[j-1].Text) && len(toks[j-1].Text) >= 2 && !strings.Contains(toks[j-1].Text, ".") && !isRoman(toks[j-1].Text)) {
		// "Mistral AI", "SK Telecom": no person's name ends in an
		// acronym.
		m.Type = model.Org
		return m
	}
	if !single && foreignPlaceWords.has(toks[i].Text) && !ev.titled {
		// "Punta del Este", "St Thomas": a place, not a person.
		m.Type = model.Loc
		if _, ok := s.place(name, i, j, ev); ok {
			m.Type = model.GPE
		}
		return m
	}
	if !single && isAcronym(toks[i].Text) && len(toks[i].Text) >= 3 && !ev.titled && s.common(toks[j-1].Text) {
		// "RNZ Pacific", "ASEAN Observer Team": no person's name opens
		// with an acronym and ends in an ordinary word.
		m.Type = model.Org
		return m
	}
	if j-i == 2 && s.isDemonymWord(toks[j-1].Text) && !ev.titled {
		// "Anglo American": a company.
		m.Type = model.Org
		return m
	}
	for k := i + 1; k < j-1; k++ {
		if isPossessive(toks[k].Text) {
			// "Self-Defense Forces' Joint Staff", "Workers' Party": no
			// person's name holds a possessive.
			m.Type = model.Org
			return m
		}
	}
	if ev.titled || ev.title != "" && !single || s.personShape(i, j) {
		m.Type = model.Person
		m.Title, m.Affiliation = ev.title, ev.affiliation
		return m
	}
	if single && (len([]rune(name)) < 2 || s.common(name) && !s.f.gaz.NamePart(name)) {
		return model.Mention{}
	}
	if !single && s.allCommon(i, j) {
		return model.Mention{}
	}
	// An unknown name: keep it as a weak guess that resolution may confirm
	// (a surname of a person named in full elsewhere) or drop.
	m.Weak = true
	m.Type = model.Person
	m.Title, m.Affiliation = ev.title, ev.affiliation
	nameLike := s.f.gaz.NamePart(name) || s.f.gaz.GivenName(name)
	// prose's entity tagger is asked only about single unknown words,
	// where it is one signal among few: it costs twenty times the rest of
	// the analysis.
	prose := ""
	if single && !s.surname(name) {
		// A surname of a person named in full elsewhere needs no
		// tagger: resolution joins it to the full name.
		prose = s.proseLabel(i, j)
	}
	switch {
	case single && s.placeNounOf(i):
		// "the breakaway region of Somaliland", "the island of Crete".
		m.Type, m.Weak = model.GPE, false
	case single && !nameLike && (camelCase(name) || s.orgApposition(j) || s.eventModifier(j)):
		// "TotalEnergies", "Kongsberg, the Norwegian manufacturer", "the
		// Mercosur summit": a company or a bloc.
		m.Type, m.Weak = model.Org, false
	case single && !nameLike && s.determined(i) && !s.modifier(j):
		// "the Kremlin", "the Knesset": people go without "the"; but in
		// "the Trump administration" the name qualifies a noun.
		m.Type = model.Org
	case single && !nameLike && s.inPlace(i) && !s.surname(name) && !s.speaker(j):
		// "fighting in Darfur": an unknown word after "in" is a place,
		// unless the text names a person by it.
		m.Type, m.Weak = model.GPE, false
	case prose == "ORGANIZATION":
		m.Type = model.Org
	case prose == "GPE" && s.placeContext(i, j):
		m.Type = model.GPE
	case single && s.speaker(j):
		m.Weak = false
	case !single:
		m.Weak = false
	}
	return m
}

// placeNounOf reports whether the name at i follows "of" after a
// lowercase noun for a place: "the region of", "the island of".
func (s *scan) placeNounOf(i int) bool {
	toks := s.doc.Tokens
	if i-2 < s.doc.Sentences[s.sent].First || toks[i-1].Text != "of" {
		return false
	}
	w := toks[i-2].Text
	return !isCapitalized(w) && (regionTitles.has(w) || regionNouns.has(w) || w == "island" || w == "town" || w == "village" || w == "port" || w == "enclave" || w == "exclave")
}

// isDemonymWord reports whether w is a country's demonym.
func (s *scan) isDemonymWord(w string) bool {
	_, ok := s.demonym(w)
	return ok
}

// orgApposition reports whether an apposition after token j calls the
// name a company or a body: ", the Norwegian manufacturer,".
func (s *scan) orgApposition(j int) bool {
	toks := s.doc.Tokens
	last := s.doc.Sentences[s.sent].Last
	if j+2 >= last || toks[j].Text != "," || !strings.EqualFold(toks[j+1].Text, "the") && !strings.EqualFold(toks[j+1].Text, "a") {
		return false
	}
	for k := j + 2; k < last && k < j+6; k++ {
		w := toks[k].Text
		if orgCues.has(w) && !isCapitalized(w) {
			return true
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" && !s.isCountry(w) {
			return false
		}
	}
	return false
}

// eventModifier reports whether the name before token j qualifies a
// gathering: "the Mercosur summit".
func (s *scan) eventModifier(j int) bool {
	toks := s.doc.Tokens
	if j >= s.doc.Sentences[s.sent].Last {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "summit", "summits", "ministerial", "bloc", "member", "members", "secretariat", "delegation":
		return !isCapitalized(toks[j].Text)
	}
	return false
}

// camelCase reports whether w has a capital inside it, as company names
// do ("TotalEnergies", "PetroChina") and family names with a prefix do not
// ("McCarthy", "DeSantis", "MacArthur", "LaGuardia").
func camelCase(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’", "Fitz", "Al", "El"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	rs := []rune(w)
	for k := 1; k < len(rs)-1; k++ {
		if unicode.IsUpper(rs[k]) && unicode.IsLower(rs[k-1]) {
			return true
		}
	}
	return false
}

// acronym classifies a single abbreviation: a country ("U.S.", "DPRK"), a
// place in capitals ("SEOUL"), an ordinary word in capitals ("STOP"), or an
// organisation ("NATO", "KCNA").
func (s *scan) acronym(i int, w string) model.Mention {
	if c, ok := s.country(w); ok {
		return model.Mention{Type: model.GPE, Form: model.Acronym, Key: c.Code}
	}
	if c, ok := s.demonym(w); ok {
		return model.Mention{Type: model.GPE, Form: model.Demonym, Key: c.Code}
	}
	if commonAbbreviations.has(strings.ReplaceAll(w, ".", "")) || s.thingAcronym(w) {
		return model.Mention{}
	}
	plain := strings.TrimRight(strings.ReplaceAll(w, ".", ""), "s")
	if len(plain) > 3 {
		if _, ok := s.place(titleCase(w), i, i+1, evidence{}); ok {
			return model.Mention{Type: model.GPE, Form: model.Name}
		}
	}
	if s.common(w) && len(plain) > 2 {
		return model.Mention{}
	}
	return model.Mention{Type: model.Org, Form: model.Acronym}
}

// allCommon reports whether every word of [i, j) other than particles is an
// ordinary English word and none is a given name.
func (s *scan) allCommon(i, j int) bool {
	for k := i; k < j; k++ {
		w := s.doc.Tokens[k].Text
		if nameParticles.has(w) || w == "of" || w == "and" || w == "the" {
			continue
		}
		if !s.common(w) {
			return false
		}
	}
	return true
}

// isLocation reports whether [i, j) names a place that is not a
// geo-political entity: a continent or world region ("Northeast Asia",
// "Asia-Pacific") or a natural feature ("Black Sea", "Gulf of Aden").
func (s *scan) isLocation(i, j int, name string) bool {
	if s.f.gaz.Continent(name) {
		return true
	}
	toks := s.doc.Tokens
	if j < s.doc.Sentences[s.sent].Last && placeHeads.has(toks[j].Text) && !isCapitalized(toks[j].Text) && toks[j].Tag != "NN" {
		// "the Ural mountains", "the Dnipro river".
		return true
	}
	if j-i >= 2 {
		if placeHeads.has(toks[j-1].Text) {
			return true
		}
		switch strings.ToLower(toks[i].Text) {
		case "lake", "mount", "mt.", "cape", "mount.":
			// "Lake Balkhash", "Mount Kenya".
			return true
		}
		if placeHeads.has(toks[i].Text) && toks[i+1].Text == "of" {
			return true
		}
		if j-i == 2 && regionDirections.has(toks[i].Text) && s.f.gaz.Continent(toks[i+1].Text) {
			return true
		}
	}
	if parts := strings.Split(name, "-"); len(parts) == 2 && s.f.gaz.Continent(parts[0]) && s.f.gaz.Continent(parts[1]) {
		return true
	}
	return false
}

// place looks [i, j) up as a city or region and says whether the context
// lets it be one.
func (s *scan) place(name string, i, j int, ev evidence) (gazetteer.Place, bool) {
	if s.regionNounAfter(j) {
		return gazetteer.Place{Name: name, Kind: gazetteer.Subdivision}, true
	}
	p, ok := s.bestPlace(name)
	if !ok {
		if j-i == 1 && s.countryAfter(j) && !s.common(name) {
			// "in Tarnow, Poland": a town too small for the gazetteer.
			return gazetteer.Place{Name: name, Kind: gazetteer.City}, true
		}
		return p, false
	}
	if ev.titled {
		return p, false
	}
	if j-i == 1 && p.Kind != gazetteer.Capital && p.Population < 1000000 && s.f.gaz.NamePart(name) && !s.placeContext(i, j) && s.surname(name) {
		// "Lam" is a district, but here the surname of "To Lam".
		return p, false
	}
	if p.Kind != gazetteer.City || p.Population >= minCityPopulation {
		if j-i == 1 && p.Kind != gazetteer.Capital && s.f.gaz.GivenName(name) && s.nameAfterwards(j) && !isAllCaps(s.doc.Tokens[i].Text) {
			return p, false
		}
		return p, true
	}
	if p.Population >= minTownPopulation && !s.f.gaz.NamePart(name) && !s.f.gaz.GivenName(name) && s.f.gaz.WordRank(strings.ToLower(name)) == 0 {
		// "Nouadhibou": a town's name that is no one's name and no word.
		return p, true
	}
	return p, s.placeContext(i, j)
}

// regionNounAfter reports whether a lower-case region noun follows token
// j-1: "Sumy region", "Sindh province".
func (s *scan) regionNounAfter(j int) bool {
	toks := s.doc.Tokens
	return j < s.doc.Sentences[s.sent].Last && regionNouns.has(toks[j].Text) && !isCapitalized(toks[j].Text)
}

// countryAfter reports whether ", Country" follows token j-1.
func (s *scan) countryAfter(j int) bool {
	toks := s.doc.Tokens
	last := s.doc.Sentences[s.sent].Last
	return j+1 < last && toks[j].Text == "," && s.isCountryName(toks[j+1].Text)
}

// isCountryName reports whether w is a country's name (not a demonym).
func (s *scan) isCountryName(w string) bool {
	_, ok := s.country(w)
	return ok
}

// nameAfterwards reports whether a capitalised word follows token j-1, so
// that a given name before it starts a person's name rather than naming a
// town.
func (s *scan) nameAfterwards(j int) bool {
	return j < s.doc.Sentences[s.sent].Last && s.nameToken(j)
}

// placeContext reports whether the words around [i, j) favour a place:
// a preposition of place before it, a region noun or ", Country" after it.
func (s *scan) placeContext(i, j int) bool {
	toks := s.doc.Tokens
	if i > s.doc.Sentences[s.sent].First && prepositionsOfPlace.has(toks[i-1].Text) && !isCapitalized(toks[i-1].Text) {
		return true
	}
	if s.regionNounAfter(j) || s.countryAfter(j) {
		return true
	}
	// "between Moscow and Tula": coordinated with a place.
	if i-2 >= s.doc.Sentences[s.sent].First && toks[i-1].Text == "and" {
		if m := s.mentionEndingAt(toks[i-2].End); m != nil && m.Type == model.GPE {
			return true
		}
	}
	return false
}

// orgCue reports whether a lower-case organisation noun stands right before
// or after [i, j): "news agency Tass", "the Apex group".
func (s *scan) orgCue(i, j int) bool {
	toks := s.doc.Tokens
	sent := s.doc.Sentences[s.sent]
	if i > sent.First && orgCues.has(toks[i-1].Text) && !isCapitalized(toks[i-1].Text) {
		return true
	}
	if j < sent.Last && orgCues.has(toks[j].Text) && !isCapitalized(toks[j].Text) {
		return true
	}
	// "Rosbank (RB)": a name introducing an acronym in parentheses.
	if j+2 < sent.Last && toks[j].Text == "(" && isAcronym(toks[j+1].Text) && toks[j+2].Text == ")" && j-i >= 1 {
		if _, ok := s.country(toks[j+1].Text); !ok {
			return true
		}
	}
	return false
}

// personShape reports whether [i, j) looks like a person's name: a given
// name first, every word a known name part, or prose's tagger calling it a
// person, with two words or more.
func (s *scan) personShape(i, j int) bool {
	if j-i < 2 {
		return false
	}
	toks := s.doc.Tokens
	if s.allCommon(i, j) {
		return false
	}
	if s.f.gaz.GivenName(toks[i].Text) {
		return true
	}
	parts := 0
	words := 0
	for k := i; k < j; k++ {
		w := toks[k].Text
		if nameParticles.has(w) {
			continue
		}
		words++
		if s.f.gaz.NamePart(w) {
			parts++
		}
	}
	// Two or more words of which at least one is a known name part.
	return parts == words || parts > 0 && s.knownNameWord(i, j)
}

// knownNameWord reports whether a word of [i, j) is a name part that is
// not also an ordinary English word.
func (s *scan) knownNameWord(i, j int) bool {
	for k := i; k < j; k++ {
		w := s.doc.Tokens[k].Text
		if s.f.gaz.NamePart(w) && !s.common(w) {
			return true
		}
	}
	return false
}

// proseLabel returns the entity label prose's tagger gave most of the
// words [i, j), without its IOB prefix, or "".
func (s *scan) proseLabel(i, j int) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for k := i; k < j; k++ {
		l := s.doc.Entity(k)
		if len(l) < 3 || l == "O" {
			continue
		}
		l = l[2:]
		counts[l]++
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	return best
}

// speaker reports whether a speech verb follows token j-1 ("Ruiz said").
func (s *scan) speaker(j int) bool {
	return j < s.doc.Sentences[s.sent].Last && speechVerbs.has(s.doc.Tokens[j].Text)
}

// continentDemonym reports whether w is the adjective or people of a
// continent: "European", "Africans", "Asian".
func (s *scan) continentDemonym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, cut := range []string{"an", "n"} {
		stem, ok := strings.CutSuffix(w, cut)
		if !ok {
			continue
		}
		for _, end := range []string{"", "a", "e"} {
			if s.f.gaz.Continent(stem + end) {
				return true
			}
		}
	}
	return false
}

// quoted reports whether [i, j) stands between quotation marks.
func (s *scan) quoted(i, j int) bool {
	sent := s.doc.Sentences[s.sent]
	if i == sent.First || j >= sent.Last {
		return false
	}
	isQuote := func(w string) bool {
		switch w {
		case "\"", "“", "”", "'", "‘", "’", "«", "»":
			return true
		}
		return false
	}
	return isQuote(s.doc.Tokens[i-1].Text) && isQuote(s.doc.Tokens[j].Text)
}

// companyShape reports whether the name [i, j) is shaped like a company's:
// an unknown first word and an ordinary noun last ("Hanwha Aerospace",
// "Vostok Shipping"), which a person's name never ends with unless the noun
// is also a family name ("Baker").
func (s *scan) companyShape(i, j int) bool {
	toks := s.doc.Tokens
	first, last := toks[i].Text, toks[j-1].Text
	if s.f.gaz.GivenName(first) || s.f.gaz.WordRank(strings.ToLower(last)) == 0 || s.f.gaz.NamePart(last) {
		return false
	}
	return !s.allCommon(i, j)
}

// bestPlace returns the place a name most likely means: a capital, then a
// region (regions carry no population in the data), then the most
// populous city. "Florida" is the US state before a Cuban town.
func (s *scan) bestPlace(name string) (gazetteer.Place, bool) {
	p, ok := s.f.gaz.Place(name)
	if !ok || p.Kind != gazetteer.City {
		return p, ok
	}
	for _, q := range s.f.gaz.Places(name) {
		if q.Kind == gazetteer.Capital {
			return q, true
		}
		if q.Kind == gazetteer.Subdivision && p.Kind == gazetteer.City {
			p = q
		}
	}
	return p, true
}

// surname reports whether w follows a given name somewhere in the text, as
// the surname of a person named in full ("Keith Kellogg").
func (s *scan) surname(w string) bool {
	if s.surnames == nil {
		// Words after a given name, and the last word of every run of
		// three or more capitalised words ("Choe Son Hui"), within a
		// sentence.
		s.surnames = map[string]bool{}
		toks := s.doc.Tokens
		for _, sent := range s.doc.Sentences {
			run := 0
			for k := sent.First; k < sent.Last; k++ {
				if !isCapitalized(toks[k].Text) {
					if run >= 3 {
						s.surnames[toks[k-1].Text] = true
					}
					run = 0
					continue
				}
				run++
				if k > sent.First && run >= 2 && s.f.gaz.GivenName(toks[k-1].Text) {
					s.surnames[toks[k].Text] = true
				}
			}
		}
	}
	return s.surnames[w]
}

// determined reports whether "the" stands right before token i.
func (s *scan) determined(i int) bool {
	return i > s.doc.Sentences[s.sent].First && strings.EqualFold(s.doc.Tokens[i-1].Text, "the")
}

// thingAcronym reports whether the text introduces acronym w as the short
// form of words in lower case, "free trade agreement (FTA)", which name a
// thing, not a body.
func (s *scan) thingAcronym(w string) bool {
	if s.things == nil {
		s.things = map[string]bool{}
		toks := s.doc.Tokens
		for k := 2; k+1 < len(toks); k++ {
			if toks[k-1].Text != "(" || toks[k+1].Text != ")" || !isAcronym(toks[k].Text) {
				continue
			}
			p := toks[k-2].Text
			if p != "" && !isCapitalized(p) && hasLetter(p) && strings.HasPrefix(toks[k-2].Tag, "NN") || eventHeads.has(p) {
				// "free trade agreement (FTA)", "Defence Cooperation
				// Agreement (DCA)".
				s.things[toks[k].Text] = true
			}
		}
	}
	return s.things[w]
}

// inPlace reports whether "in", "near" or "outside" stands right before
// token i, and no possessive follows the word.
func (s *scan) inPlace(i int) bool {
	sent := s.doc.Sentences[s.sent]
	if i == sent.First || i+1 < sent.Last && isPossessive(s.doc.Tokens[i+1].Text) {
		return false
	}
	switch s.doc.Tokens[i-1].Text {
	case "in", "near", "outside":
		return true
	}
	return false
}

// modifier reports whether a lower-case noun follows token j-1, so that the
// name before it qualifies that noun.
func (s *scan) modifier(j int) bool {
	if j >= s.doc.Sentences[s.sent].Last {
		return false
	}
	t := s.doc.Tokens[j]
	return strings.HasPrefix(t.Tag, "NN") && !isCapitalized(t.Text)
}

// creditLine reports whether the current sentence is a photo credit: it
// holds the word PHOTO in capitals.
func (s *scan) creditLine() bool {
	sent := s.doc.Sentences[s.sent]
	for k := sent.First; k < sent.Last; k++ {
		switch s.doc.Tokens[k].Text {
		case "PHOTO", "PHOTOS", "PHOTOGRAPH":
			return true
		}
	}
	return false
}
