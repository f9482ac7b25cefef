// Package resolve groups the mentions of one article into entities: one
// entity per real-world referent.
//
// Names are resolved first: a country's name, demonym and abbreviations
// share its ISO code; a person's surname or family name joins the full name
// seen in the article ("Ruiz" → "Ana Ruiz", "Kim" → "Kim Jong Un"), as do
// transliteration variants ("Sergey"/"Sergei"); an acronym joins the
// organisation whose initials it spells or that introduced it in
// parentheses. Weak guesses that match nothing are dropped. Pronouns and
// descriptions ("he", "the Kenyan minister") are then bound to the person
// they most plausibly refer to, using titles and affiliations.
package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/names"
	"github.com/parley/parley/extract/nlp"
	"golang.org/x/text/unicode/norm"
)

// Resolver groups mentions into entities. It is safe for concurrent use.
type Resolver struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Resolver that names countries as gaz does.
func New(gaz *gazetteer.Gazetteer) *Resolver {
	return &Resolver{gaz: gaz}
}

// cluster is an entity under construction.
type cluster struct {
	typ      model.Type
	key      string
	label    string
	words    []string // the label's words, normalised
	forms    map[string]bool
	mentions int
	title    string
	country  string
	org      string
	first    int // index of the first mention
	dropped  bool
	starts   []int           // start offsets of its mentions
	indexed  map[string]bool // index keys filed for it
}

// state holds one Resolve call.
type state struct {
	r        *Resolver
	doc      *nlp.Doc
	ms       []model.Mention
	clusters []*cluster
	// index files clusters under the words of their names, so that a
	// mention is compared only with the clusters it could name; a long
	// text has thousands of each.
	index map[string][]int
	// orgs lists the organisation clusters, which acronyms are compared
	// with.
	orgs []int
	// weakCount counts the weak mentions by type and normalised text.
	weakCount map[string]int
	// intro holds the text beside each acronym in parentheses, found when
	// first needed.
	intro map[string][]string
}

// Resolve sets the Entity field of each mention it can resolve and returns
// the mentions that remain (weak guesses that matched nothing are removed)
// with the entities they refer to.
func (r *Resolver) Resolve(doc *nlp.Doc, mentions []model.Mention) ([]model.Mention, []model.Entity) {
	s := &state{r: r, doc: doc, ms: append([]model.Mention(nil), mentions...), index: map[string][]int{}, weakCount: map[string]int{}}
	for i := range s.ms {
		s.ms[i].Entity = -1
		if s.ms[i].Weak {
			s.weakCount[string(s.ms[i].Type)+"\x00"+normalize(s.ms[i].Text)]++
		}
	}
	s.names()
	s.shortOrgs()
	s.weak()
	s.references()
	return s.finish()
}

// names clusters the confident name mentions: full names first, so that
// short forms find them wherever they appear in the text.
func (s *state) names() {
	order := make([]int, 0, len(s.ms))
	for i, m := range s.ms {
		if !m.Weak && (m.Form == model.Name || m.Form == model.Acronym || m.Form == model.Demonym) {
			order = append(order, i)
		}
	}
	// Longer names before shorter ones, then text order.
	sort.SliceStable(order, func(a, b int) bool {
		return len(words(s.ms[order[a]].Text)) > len(words(s.ms[order[b]].Text))
	})
	for _, i := range order {
		m := &s.ms[i]
		if c := s.match(m); c >= 0 {
			s.join(i, c)
			continue
		}
		s.newCluster(i)
	}
}

// weak resolves the weak guesses: a weak mention joins an entity it
// matches, taking that entity's type, and is dropped otherwise.
func (s *state) weak() {
	for i := range s.ms {
		m := &s.ms[i]
		if !m.Weak {
			continue
		}
		if c := s.matchAnyType(m); c >= 0 {
			m.Type = s.clusters[c].typ
			s.join(i, c)
			continue
		}
		if m.Type == model.Org || m.Type == model.GPE {
			// An organisation or place guessed from its context is kept
			// when it recurs: chance words rarely do.
			if s.recurs(i) {
				s.newCluster(i)
			}
		}
	}
}

// recurs reports whether the text of weak mention i is seen again among
// the weak mentions of the same type.
func (s *state) recurs(i int) bool {
	m := s.ms[i]
	return s.weakCount[string(m.Type)+"\x00"+normalize(m.Text)] > 1
}

// newCluster starts an entity for mention i.
func (s *state) newCluster(i int) {
	m := &s.ms[i]
	c := &cluster{typ: m.Type, key: m.Key, forms: map[string]bool{}, first: i}
	c.label = m.Text
	if m.Key != "" {
		if country, ok := s.r.gaz.CountryByCode(m.Key); ok {
			c.label = country.Name
		}
	}
	c.words = words(c.label)
	c.indexed = map[string]bool{}
	s.clusters = append(s.clusters, c)
	if c.typ == model.Org {
		s.orgs = append(s.orgs, len(s.clusters)-1)
	}
	s.join(i, len(s.clusters)-1)
}

// file files cluster c under the index keys of a name form.
func (s *state) file(c int, form string) {
	cl := s.clusters[c]
	for _, k := range indexKeys(form) {
		if !cl.indexed[k] {
			cl.indexed[k] = true
			s.index[k] = append(s.index[k], c)
		}
	}
	if cl.key != "" && !cl.indexed["\x00key"] {
		cl.indexed["\x00key"] = true
		s.index["\x00key\x00"+cl.key] = append(s.index["\x00key\x00"+cl.key], c)
	}
}

// indexKeys returns the keys a name is filed and looked up under: its
// words, without an Arabic article, and the first three letters of long
// words, which transliteration variants share ("Zelensky", "Zelenskyy").
func indexKeys(name string) []string {
	var keys []string
	for _, w := range words(name) {
		if names.IsParticle(w) {
			continue
		}
		w = stripArticle(strings.TrimSuffix(w, "'s"))
		keys = append(keys, w)
		if r := []rune(w); len(r) >= 6 {
			keys = append(keys, "\x00pre\x00"+string(r[:3]))
		}
	}
	return keys
}

// candidates returns, ascending, the clusters mention m could name: those
// sharing a name word or key with it, and every organisation for an
// acronym.
func (s *state) candidates(m *model.Mention) []int {
	var out []int
	for _, k := range indexKeys(m.Text) {
		out = append(out, s.index[k]...)
	}
	if m.Key != "" {
		out = append(out, s.index["\x00key\x00"+m.Key]...)
	}
	if names.IsAcronym(m.Text) || strings.Contains(m.Text, ".") {
		out = append(out, s.orgs...)
	}
	if m.Type == model.Org || m.Weak {
		// An organisation's name may match an acronym cluster.
		for _, c := range s.orgs {
			if cl := s.clusters[c]; names.IsAcronym(cl.label) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	// Clusters merged into others keep their index entries; skip them.
	return slices.DeleteFunc(out, func(c int) bool { return s.clusters[c].mentions == 0 })
}

// join adds mention i to cluster c.
func (s *state) join(i, c int) {
	m := &s.ms[i]
	cl := s.clusters[c]
	m.Entity = c
	cl.mentions++
	cl.starts = append(cl.starts, m.Start)
	if m.Form != model.Pronoun && m.Form != model.Description {
		form := strings.Join(strings.Fields(m.Text), " ")
		cl.forms[form] = true
		s.file(c, form)
		if cl.typ == model.Org {
			// "Japan's Foreign Ministry" is also the "Foreign Ministry".
			if _, rest, ok := cutPossessive(form); ok && len(strings.Fields(rest)) > 1 {
				cl.forms[rest] = true
				if cl.label == form {
					cl.label, cl.words = rest, words(rest)
				}
			}
		}
	}
	if cl.title == "" && m.Title != "" {
		cl.title = m.Title
	}
	if m.Affiliation != "" {
		if _, ok := s.r.gaz.Country(m.Affiliation); ok {
			if cl.country == "" {
				cl.country = m.Affiliation
			}
		} else if cl.org == "" {
			cl.org = m.Affiliation
		}
	}
	if cl.key == "" && m.Form == model.Name && isShouted(cl.label) && !isShouted(m.Text) && len(words(m.Text)) == len(cl.words) {
		// "SEOUL" in a dateline, "Seoul" in the text.
		cl.label = m.Text
	}
	if cl.typ == model.Person && m.Form == model.Name && len(words(m.Text)) > len(cl.words) && cl.key == "" {
		cl.label = m.Text
		cl.words = words(m.Text)
	}
}

// match finds the cluster a confident mention belongs to, of its own type.
func (s *state) match(m *model.Mention) int {
	best := -1
	for _, c := range s.candidates(m) {
		cl := s.clusters[c]
		if cl.typ != m.Type && !(isPlace(cl.typ) && isPlace(m.Type)) {
			continue
		}
		if s.same(cl, m) {
			if best < 0 || s.prefer(c, best, m) {
				best = c
			}
		}
	}
	return best
}

// matchAnyType finds the cluster a weak mention belongs to, whatever its
// guessed type.
func (s *state) matchAnyType(m *model.Mention) int {
	best := -1
	for _, c := range s.candidates(m) {
		if s.same(s.clusters[c], m) && (best < 0 || s.prefer(c, best, m)) {
			best = c
		}
	}
	return best
}

// prefer reports whether cluster a is a better referent than b for m: the
// one whose short form m is by surname, then the one mentioned more.
func (s *state) prefer(a, b int, m *model.Mention) bool {
	ca, cb := s.clusters[a], s.clusters[b]
	sa, sb := surnameMatch(ca, m), surnameMatch(cb, m)
	if sa != sb {
		return sa
	}
	// The one named most recently before m: "Klaver" after "Jesse
	// Klaver", not after a reporter named Klaver at the top.
	la, lb := s.lastBefore(a, m.Start), s.lastBefore(b, m.Start)
	if la != lb {
		return la > lb
	}
	return ca.mentions > cb.mentions
}

// lastBefore returns the start offset of the last mention of cluster c
// before offset at, or -1.
func (s *state) lastBefore(c, at int) int {
	last := -1
	for _, st := range s.clusters[c].starts {
		if st < at && st > last {
			last = st
		}
	}
	return last
}

// surnameMatch reports whether m names cluster c by the last word of its
// label, or by the first word when the label is family name first.
func surnameMatch(c *cluster, m *model.Mention) bool {
	w := words(m.Text)
	if len(w) != 1 || len(c.words) < 2 {
		return false
	}
	if familyFirst(c.words) {
		return w[0] == c.words[0]
	}
	return w[0] == c.words[len(c.words)-1]
}

// familyFirst reports whether a name is written family name first, as
// Korean and Chinese names are: short syllables after the first word
// ("Kim Jong Un", "Choe Son Hui") or a hyphenated given name ("Cho
// Tae-yul").
func familyFirst(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws[1:] {
		if strings.Contains(w, "-") {
			continue
		}
		if len([]rune(w)) > 4 {
			return false
		}
	}
	return len(ws) >= 3 || strings.Contains(ws[1], "-")
}

// same reports whether mention m names the entity of cluster c.
func (s *state) same(c *cluster, m *model.Mention) bool {
	if c.key != "" || m.Key != "" {
		return c.key == m.Key
	}
	mw := words(m.Text)
	if equalWords(mw, c.words) || c.forms[strings.Join(strings.Fields(m.Text), " ")] {
		return true
	}
	for f := range c.forms {
		if normalize(f) == normalize(m.Text) {
			return true
		}
	}
	switch c.typ {
	case model.Person:
		return samePerson(c.words, mw)
	case model.Org:
		return sameOrg(s, c, m, mw)
	}
	return false
}

// samePerson reports whether the name mw refers to the person named cw:
// a short form (surname, family name, a later part of a compound surname)
// or a transliteration variant.
func samePerson(cw, mw []string) bool {
	if len(cw) >= 2 && isRegnal(cw[len(cw)-1]) {
		// "Abdullah II" is named "Abdullah".
		cw = cw[:len(cw)-1]
		if len(cw) == 1 {
			return len(mw) == 1 && mw[0] == cw[0]
		}
	}
	if len(mw) == 1 && len(cw) >= 2 {
		w := mw[0]
		// The first word: a family name written first ("Wang" for
		// "Wang Yi"), or a given name people are called by ("Prince
		// Faisal"). A surname match is preferred (see prefer).
		if w == cw[0] {
			return true
		}
		for _, p := range cw[1:] {
			if !names.IsParticle(p) && (w == p || similarSurname(w, p) || stripArticle(p) == stripArticle(w)) {
				return true
			}
		}
		return false
	}
	if len(mw) >= 2 && len(cw) > len(mw) && equalWords(mw, cw[len(cw)-len(mw):]) {
		// A compound surname: "López Obrador", "van der Linden".
		return true
	}
	if len(mw) >= 2 && names.IsParticle(mw[0]) && len(cw) > len(mw)+1 {
		// The first of two surnames, with its particle: "de Zela" for
		// "Hugo de Zela Martínez".
		for i := 1; i+len(mw) < len(cw); i++ {
			if equalWords(mw, cw[i:i+len(mw)]) {
				return true
			}
		}
	}
	if len(mw) >= 2 && len(cw) >= 2 {
		if !similarSurname(mw[len(mw)-1], cw[len(cw)-1]) && mw[len(mw)-1] != cw[len(cw)-1] {
			// "Francois Villeroy" within "Francois Villeroy de Galhau".
			return prefixOf(mw, cw) || prefixOf(cw, mw)
		}
		// Given names may be spelt two letters apart when long
		// ("Oleksandr"/"Olexandr"), one when short ("Sergey"/"Sergei"),
		// or "Marta" would be "Martin".
		a, b := mw[0], cw[0]
		edits := 1
		if min(len([]rune(a)), len([]rune(b))) >= 6 {
			edits = 2
		}
		return a == b || a[0] == b[0] && names.Levenshtein(a, b) <= edits
	}
	return false
}

// sameOrg reports whether the organisation mention m (words mw) names
// cluster c: an acronym of its name, the name without a leading country
// word, or the other way round.
func sameOrg(s *state, c *cluster, m *model.Mention, mw []string) bool {
	if groupOf(mw, c.words) || groupOf(c.words, mw) {
		return true
	}
	if names.IsAcronym(m.Text) && names.AcronymOf(m.Text, c.words) {
		return true
	}
	for f := range c.forms {
		if names.IsAcronym(f) && names.AcronymOf(f, mw) {
			return true
		}
		if s.introduces(f, m.Text) || s.introduces(m.Text, f) {
			return true
		}
	}
	strip := func(ws []string) []string {
		if len(ws) > 1 {
			if _, ok := s.r.gaz.Demonym(ws[0]); ok {
				return ws[1:]
			}
		}
		return ws
	}
	if len(mw) > 1 && len(c.words) > 1 && equalWords(strip(mw), strip(c.words)) {
		return true
	}
	// "U.N. General Assembly" and "United Nations General Assembly".
	if acronymAligned(mw, c.words) || acronymAligned(c.words, mw) {
		return true
	}
	// "Ministry of Defence" and "Defence Ministry", with or without the
	// country.
	a, b := inverted(strip(stripOwner(mw))), inverted(strip(stripOwner(c.words)))
	return len(a) > 1 && equalWords(a, b)
}

// inverted rewrites "ministry of defence" as "defence ministry", so that
// both orders of an organisation's name compare equal.
func inverted(ws []string) []string {
	if len(ws) >= 3 && ws[1] == "of" {
		return append(append([]string(nil), ws[2:]...), ws[0])
	}
	return ws
}

// stripOwner drops a possessive owner from a name's words: "ukraine's
// ministry of defence" → "ministry of defence".
func stripOwner(ws []string) []string {
	for i, w := range ws {
		if strings.HasSuffix(w, "'s") && i < len(ws)-1 {
			return ws[i+1:]
		}
	}
	return ws
}

// acronymAligned reports whether the names a and b are the same words but
// for one acronym in a standing for several words of b: "u.n. general
// assembly" and "united nations general assembly".
func acronymAligned(a, b []string) bool {
	if len(a) < 2 || len(a) >= len(b) {
		return false
	}
	for i, w := range a {
		letters := strings.ReplaceAll(w, ".", "")
		n := len(b) - len(a) + 1
		if len(letters) != n || i+n > len(b) {
			continue
		}
		if !equalWords(a[:i], b[:i]) || !equalWords(a[i+1:], b[i+n:]) {
			continue
		}
		if names.AcronymOf(strings.ToUpper(letters), b[i:i+n]) {
			return true
		}
	}
	return false
}

// introduces reports whether the text says "name (acr)" or "acr (name)".
func (s *state) introduces(name, acr string) bool {
	if !names.IsAcronym(acr) {
		return false
	}
	if s.intro == nil {
		s.intro = introductions(s.doc)
	}
	for _, near := range s.intro[acr] {
		if strings.HasSuffix(near, name) || strings.HasPrefix(near, name) {
			return true
		}
	}
	return false
}

// introductions finds the acronyms the text puts in parentheses and
// returns, for each, the text beside it: the words before "(ACR)", and the
// words inside "ACR (...)".
func introductions(doc *nlp.Doc) map[string][]string {
	out := map[string][]string{}
	toks := doc.Tokens
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "(" {
			continue
		}
		if k+2 < len(toks) && toks[k+2].Text == ")" && names.IsAcronym(toks[k+1].Text) {
			from := max(0, k-8)
			out[toks[k+1].Text] = append(out[toks[k+1].Text], doc.Text[toks[from].Start:toks[k-1].End])
		}
		if names.IsAcronym(toks[k-1].Text) {
			end := k + 1
			for end < len(toks) && end < k+10 && toks[end].Text != ")" {
				end++
			}
			if end < len(toks) && end > k+1 {
				out[toks[k-1].Text] = append(out[toks[k-1].Text], doc.Text[toks[k+1].Start:toks[end-1].End])
			}
		}
	}
	return out
}

// references binds pronouns and descriptions to people.
func (s *state) references() {
	for i := range s.ms {
		m := &s.ms[i]
		switch m.Form {
		case model.Pronoun:
			if c := s.antecedent(i); c >= 0 {
				m.Entity = c
			}
		case model.Description:
			if c := s.described(i); c >= 0 {
				m.Entity = c
			}
		}
	}
}

// antecedent finds the person a pronoun at mention i refers to: the
// nearest person before it in its own sentence, or else the first person
// (the subject, most often) of the nearest earlier sentence that names one.
func (s *state) antecedent(i int) int {
	sent := s.ms[i].Sentence
	// A subject pronoun takes the sentence's subject, most often its first
	// person ("Ruiz said she would travel to Lima, where she will meet
	// Tan"); an object or possessive pronoun the nearest person.
	subjectCase := false
	switch strings.ToLower(s.ms[i].Text) {
	case "he", "she":
		subjectCase = true
	}
	var inSentence []int // person mentions before the pronoun, nearest first
	for j := i - 1; j >= 0 && s.ms[j].Sentence == sent; j-- {
		if c := s.personEntity(j); c >= 0 {
			if !subjectCase {
				if s.subjectOf(j, i) {
					// "X, who told him": a pronoun object is not
					// its own clause's subject.
					continue
				}
				return c
			}
			inSentence = append(inSentence, j)
		}
	}
	if len(inSentence) > 0 {
		// "X, who arrived from Cairo, where he ...": the relative
		// clause's person. Otherwise the sentence's subject when it opens
		// the sentence, else the nearest person named as a subject.
		if j := inSentence[0]; s.relativeAfter(j) {
			return s.ms[j].Entity
		}
		if j := inSentence[len(inSentence)-1]; !s.objectPosition(j) {
			return s.ms[j].Entity
		}
		for _, j := range inSentence {
			if !s.objectPosition(j) {
				return s.ms[j].Entity
			}
		}
		// Every person before it is an object. In a relative clause
		// ("the visit of X to Y, during which he was received") the
		// pronoun is that person; after a fronted phrase ("Before
		// seeing Meloni, he met ...") it takes up an earlier sentence's
		// subject.
		if s.inRelativeClause(i) {
			return s.ms[inSentence[0]].Entity
		}
	}
	for prev := sent - 1; prev >= 0 && prev >= sent-3; prev-- {
		first := -1
		for j := i - 1; j >= 0 && s.ms[j].Sentence >= prev; j-- {
			if s.ms[j].Sentence == prev {
				if c := s.personEntity(j); c >= 0 {
					first = c
				}
			}
		}
		if first >= 0 {
			return first
		}
	}
	return -1
}

// personEntity returns the entity of mention j if it is a named person (a
// name, or a description or pronoun already bound), or -1.
func (s *state) personEntity(j int) int {
	m := s.ms[j]
	if m.Entity < 0 || m.Type != model.Person {
		return -1
	}
	if s.clusters[m.Entity].typ != model.Person {
		return -1
	}
	return m.Entity
}

// described finds the person a description at mention i refers to: the
// most recently mentioned person whose title and affiliation fit.
func (s *state) described(i int) int {
	d := s.ms[i]
	head := lastWord(d.Title)
	if c := s.describedByTitle(i, head); c >= 0 {
		return c
	}
	// "Prabowo flew to Canberra. The former general held talks ...": a
	// description opening a sentence takes up the previous sentence's
	// subject when no title says otherwise.
	if !s.opensSentence(i) || d.Sentence == 0 || s.namedAfter(i) {
		return -1
	}
	for j := i - 1; j >= 0 && s.ms[j].Sentence >= d.Sentence-1; j-- {
		if s.ms[j].Sentence != d.Sentence-1 {
			continue
		}
		if c := s.personEntity(j); c >= 0 && s.ms[j].Form == model.Name && s.opensSentence(j) {
			// "The Qatari premier" takes up a subject known to be
			// Qatari, or one of no known country whose title fits.
			cl := s.clusters[c]
			fits := titleFits(head, strings.ToLower(d.Title), strings.ToLower(cl.title))
			if cl.title != "" && !fits && descriptionTitle(head) {
				// "The Australian minister" after the prime minister.
				continue
			}
			if d.Affiliation == "" || cl.country == d.Affiliation || cl.country == "" && fits {
				return c
			}
		}
	}
	return -1
}

// opensSentence reports whether mention j is the first of its sentence's
// mentions and stands at its start, as a subject does.
func (s *state) opensSentence(j int) bool {
	if j > 0 && s.ms[j-1].Sentence == s.ms[j].Sentence && s.ms[j-1].End <= s.ms[j].Start && s.ms[j-1].Type == model.Person {
		return false
	}
	return s.tokenAt(s.ms[j].Start)-s.doc.Sentences[s.ms[j].Sentence].First <= 4
}

// describedByTitle finds the most recently mentioned person whose title
// and affiliation fit the description at mention i.
func (s *state) describedByTitle(i int, head string) int {
	d := s.ms[i]
	for j := i - 1; j >= 0; j-- {
		c := s.personEntity(j)
		if c < 0 || s.ms[j].Form == model.Pronoun {
			continue
		}
		cl := s.clusters[c]
		if d.Affiliation != "" && cl.country != d.Affiliation {
			continue
		}
		if titleFits(head, strings.ToLower(d.Title), strings.ToLower(cl.title)) {
			return c
		}
	}
	return -1
}

// descriptionTitle reports whether a description's head noun names an
// office ("minister", "president"), which a person's known title must fit.
func descriptionTitle(head string) bool {
	switch head {
	case "minister", "president", "premier", "secretary", "chancellor", "envoy", "ambassador", "governor", "king", "queen", "prince", "emir":
		return true
	}
	return false
}

// titleFits reports whether a description whose head noun is head (and
// whole title desc) fits a person whose title is title.
func titleFits(head, desc, title string) bool {
	if title == "" {
		return false
	}
	switch head {
	case "counterpart", "official", "host", "guest", "visitor":
		return false
	case "diplomat":
		for _, t := range []string{"foreign", "secretary of state", "ambassador", "envoy", "diplomat"} {
			if strings.Contains(title, t) {
				return true
			}
		}
		return false
	case "democrat", "republican", "lawmaker", "legislator", "senator", "congressman", "congresswoman":
		for _, t := range []string{"sen", "senator", "rep.", "representative", "congress", "lawmaker", "mp", "legislator"} {
			if strings.Contains(title, t) {
				return true
			}
		}
		return false
	case "leader", "ruler", "monarch", "strongman", "dictator":
		for _, t := range []string{"president", "prime minister", "premier", "chancellor", "king", "leader", "chairman", "emir", "sultan", "supreme"} {
			if strings.Contains(title, t) {
				return true
			}
		}
		return false
	}
	if head == "premier" && strings.Contains(title, "prime minister") {
		return true
	}
	if !strings.Contains(title, head) {
		return false
	}
	if head == "minister" && strings.HasPrefix(title, "prime minister") && !strings.Contains(desc, "prime") {
		// "the Australian minister" is not the prime minister.
		return false
	}
	// "the foreign minister" does not describe a defence minister.
	for _, w := range strings.Fields(strings.TrimSuffix(desc, head)) {
		if w != "top" && w != "senior" && w != "visiting" && !strings.Contains(title, w) {
			return false
		}
	}
	return true
}

// finish builds the entities, drops empty clusters and weak mentions left
// unresolved, and renumbers.
func (s *state) finish() ([]model.Mention, []model.Entity) {
	index := make([]int, len(s.clusters))
	var ents []model.Entity
	for c, cl := range s.clusters {
		if cl.mentions == 0 || cl.dropped {
			index[c] = -1
			continue
		}
		index[c] = len(ents)
		e := model.Entity{Label: cl.label, Type: cl.typ, Key: cl.key, Mentions: cl.mentions, Attributes: map[string]string{}}
		for f := range cl.forms {
			if f != e.Label {
				e.Aliases = append(e.Aliases, f)
			}
		}
		sort.Strings(e.Aliases)
		if cl.title != "" {
			e.Attributes["title"] = cl.title
		}
		if cl.country != "" {
			e.Attributes["country"] = cl.country
		}
		if cl.org != "" && cl.typ == model.Person {
			e.Attributes["organization"] = cl.org
		}
		if cl.key != "" {
			e.Attributes["iso"] = cl.key
		}
		ents = append(ents, e)
	}
	var out []model.Mention
	for _, m := range s.ms {
		if m.Entity >= 0 {
			m.Entity = index[m.Entity]
		}
		if m.Entity < 0 && m.Form != model.Pronoun && m.Form != model.Description {
			continue
		}
		m.Weak = false
		out = append(out, m)
	}
	return out, ents
}

func isPlace(t model.Type) bool { return t == model.GPE || t == model.Loc }

// words splits a name into normalised words: lower case, accents and dots
// removed, possessive dropped.
func words(name string) []string {
	ws := strings.Fields(normalize(name))
	for i := 0; i < len(ws); i++ {
		// "al-Sudani" and "Al Sudani" are one name.
		if rest, ok := strings.CutPrefix(ws[i], "al-"); ok && rest != "" {
			ws = append(ws[:i], append([]string{"al", rest}, ws[i+1:]...)...)
			i++
		}
	}
	return ws
}

// normalize folds a name for comparison.
func normalize(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case r == '.':
		case r == '’':
			b.WriteRune('\'')
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	out = strings.TrimSuffix(out, "'s")
	return strings.TrimSpace(out)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// prefixOf reports whether a is a proper prefix of b.
func prefixOf(a, b []string) bool {
	return len(a) < len(b) && equalWords(a, b[:len(a)])
}

// similarSurname reports whether two surnames are transliteration variants
// ("Zelensky"/"Zelenskyy"): long enough, one edit apart.
func similarSurname(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 6 || len(b) < 6 || a[0] != b[0] {
		return false
	}
	return names.Levenshtein(a, b) <= 1
}

// lastWord returns the last word of s, lower case.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isRegnal reports whether a normalised word is a regnal number: "ii",
// "iii", "iv".
func isRegnal(w string) bool {
	return w != "" && len(w) <= 4 && strings.Trim(w, "ivx") == ""
}

// stripArticle drops an Arabic article glued to a name: "al-Shaibani" and
// "Shaibani" are the same surname.
func stripArticle(w string) string {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return w[len(p):]
		}
	}
	return w
}

// isShouted reports whether a name is written in capitals and is longer
// than an acronym.
func isShouted(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 4
}

// shortOrgs joins an organisation named by the end of another's name
// ("the Foreign Ministry" after "the Turkish Foreign Ministry"), or by its
// first word when that is no ordinary word ("Kosmos" for "Kosmos
// Energy"), when exactly one organisation of the article fits.
func (s *state) shortOrgs() {
	for a, ca := range s.clusters {
		if ca.typ != model.Org || ca.mentions == 0 {
			continue
		}
		// "Kosmos" after "Kosmos Energy": a company's own first word,
		// when that is no ordinary word.
		lead := len(ca.words) == 1 && !names.IsAcronym(ca.words[0]) && !s.common(ca.words[0])
		if len(ca.words) < 2 && !lead {
			continue
		}
		target := -1
		for b, cb := range s.clusters {
			if b == a || cb.typ != model.Org || cb.mentions == 0 || len(cb.words) <= len(ca.words) {
				continue
			}
			if len(ca.words) >= 2 && equalWords(cb.words[len(cb.words)-len(ca.words):], ca.words) || lead && equalWords(cb.words[:1], ca.words) {
				if target >= 0 {
					target = -2
					break
				}
				target = b
			}
		}
		if target >= 0 {
			s.merge(a, target)
		}
	}
}

// common reports whether w is an ordinary English word.
func (s *state) common(w string) bool {
	r := s.r.gaz.WordRank(strings.ToLower(w))
	return r > 0 && r <= 20000
}

// merge moves the mentions of cluster from into cluster to.
func (s *state) merge(from, to int) {
	for i := range s.ms {
		if s.ms[i].Entity == from {
			s.ms[i].Entity = -1
			s.join(i, to)
		}
	}
	s.clusters[from].mentions = 0
}

// cutPossessive splits "Japan's Foreign Ministry" at the possessive.
func cutPossessive(s string) (owner, rest string, ok bool) {
	for _, p := range []string{"'s ", "’s "} {
		if i := strings.Index(s, p); i > 0 {
			return s[:i], s[i+len(p):], true
		}
	}
	return "", "", false
}

// tokenAt returns the index of the token starting at or after byte offset
// off.
func (s *state) tokenAt(off int) int {
	return sort.Search(len(s.doc.Tokens), func(k int) bool { return s.doc.Tokens[k].Start >= off })
}

// objectPosition reports whether mention j stands after a verb or a
// preposition, as an object does, once the title and modifiers before the
// name are skipped.
func (s *state) objectPosition(j int) bool {
	k := s.tokenAt(s.ms[j].Start) - 1
	first := s.doc.Sentences[s.ms[j].Sentence].First
	for k >= first {
		t := s.doc.Tokens[k]
		// Capitalised words before a name are its title, whatever the
		// tagger says ("King" read as a verb).
		if t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "POS" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "NN") || unicode.IsUpper([]rune(t.Text)[0]) {
			k--
			continue
		}
		return strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" || t.Tag == "TO"
	}
	return false
}

// subjectOf reports whether the person of mention j is the subject of the
// verb whose object is the pronoun at mention i: only a verb group, or a
// relative pronoun and a verb group, stands between them ("X told him",
// "X, who told him").
func (s *state) subjectOf(j, i int) bool {
	if s.ms[i].Form != model.Pronoun || !objectPronouns[strings.ToLower(s.ms[i].Text)] {
		return false
	}
	from, to := s.tokenAt(s.ms[j].End), s.tokenAt(s.ms[i].Start)
	verb := false
	for k := from; k < to; k++ {
		t := s.doc.Tokens[k]
		switch {
		case strings.HasPrefix(t.Tag, "VB"):
			verb = true
		case t.Tag == "MD" || t.Tag == "RB" || t.Text == "," || t.Tag == "WP":
		default:
			return false
		}
	}
	return verb
}

// objectPronouns are the pronouns that stand as objects only.
var objectPronouns = map[string]bool{"him": true, "them": true}

// inRelativeClause reports whether the pronoun at mention i opens a
// relative clause: "during which he", "where she".
func (s *state) inRelativeClause(i int) bool {
	k := s.tokenAt(s.ms[i].Start)
	first := s.doc.Sentences[s.ms[i].Sentence].First
	for e := k - 1; e >= first && e >= k-3; e-- {
		switch strings.ToLower(s.doc.Tokens[e].Text) {
		case "which", "where", "whom", "when", "whose":
			return true
		case ",":
			return false
		}
	}
	return false
}

// relativeAfter reports whether a relative clause ("who", "whose") opens
// after mention j, within its apposition.
func (s *state) relativeAfter(j int) bool {
	k := s.tokenAt(s.ms[j].End)
	last := s.doc.Sentences[s.ms[j].Sentence].Last
	for e := k; e < last && e < k+12; e++ {
		switch strings.ToLower(s.doc.Tokens[e].Text) {
		case "who", "whose":
			return true
		case ".", ";":
			return false
		}
		if strings.HasPrefix(s.doc.Tokens[e].Tag, "VB") {
			return false
		}
	}
	return false
}

// namedAfter reports whether a name follows mention i in apposition: "The
// foreign minister, Ana Ruiz, said ...".
func (s *state) namedAfter(i int) bool {
	return i+1 < len(s.ms) && s.ms[i+1].Form == model.Name && s.ms[i+1].Type == model.Person &&
		strings.TrimSpace(s.doc.Text[s.ms[i].End:s.ms[i+1].Start]) == ","
}

// groupOf reports whether a is "g20" and b "group of 20": a group of
// countries by its short and its long name.
func groupOf(a, b []string) bool {
	if len(a) != 1 || len(b) != 3 || b[0] != "group" || b[1] != "of" {
		return false
	}
	w := strings.TrimPrefix(strings.TrimPrefix(a[0], "g"), "-")
	return w != a[0] && w == b[2]
}
