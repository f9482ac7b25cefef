package relate

import (
	"slices"
	"strings"
)

// subject is who a trigger's clause is about.
type subject struct {
	ok bool
	// ents are the people of the subject: one, or several when
	// coordinated ("X and Y held talks").
	ents []int
	// start and end delimit the subject's tokens.
	start, end int
}

// subject finds the subject of the verb at k by walking left over the verb
// group (auxiliaries, adverbs, "to"), prepositional phrases, relative
// clauses and appositions. It fails when the subject is not a named person
// ("Trump's envoy met ...", "officials met ...").
func (s *sent) subject(k int) subject {
	if v := s.purposeOf(k); v >= 0 {
		return s.subject(v)
	}
	j := k - 1
	for j >= s.first {
		w := s.w(j)
		tag := s.tag(j)
		switch {
		case w == "who" || w == "whom":
			// "X, who met Y": the subject is the noun the clause
			// qualifies.
			j--
			if j >= s.first && s.w(j) == "," {
				j--
			}
			if j < s.first {
				return subject{}
			}
			// A relative clause qualifies the nearest noun phrase only,
			// not people coordinated before it, unless its verb is plural
			// ("A and B, who were received by X").
			sub := s.nounPhraseAt(j)
			if !sub.ok {
				// "X, the secretary of the council, who led ...": the
				// clause qualifies an apposition to a person.
				if c, ok := s.appositionOpening(j); ok {
					sub = s.nounPhraseAt(c - 1)
				}
			}
			if len(sub.ents) > 1 && !s.pluralVerbAfter(j+1, k) {
				sub.ents = sub.ents[:1]
			}
			return sub
		case (w == "and" || w == "but") && s.verbGroupOnly(j+1, k):
			// "X called on Y and held talks with Z": the verbs share
			// their subject. A past verb is coordinated with a past
			// verb, not an infinitive between them ("X urged leaders to
			// agree on a plan and met Y").
			v := s.coordinatedVerb(j, k)
			if v >= 0 {
				return s.subject(v)
			}
			return subject{}
		case w == ",":
			if sub, ok := s.appositiveName(j); ok {
				return sub
			}
			if j+1 < k && fronting.has(s.w(j+1)) && s.tag(j+2) == "VBG" {
				// "..., before travelling on to Rome": the participle's
				// subject is the clause's, before the comma; or, when the
				// phrase comes first, the one after it.
				if v := s.previousVerb(j); v >= 0 {
					return s.subject(v)
				}
				for c := k + 1; c < s.last; c++ {
					if s.w(c) == "," {
						return s.fronted(c, k)
					}
				}
				return subject{}
			}
			if c, ok := s.parenthetical(j); ok {
				j = c - 1
				continue
			}
			return s.fronted(j, k)
		case (w == "before" || w == "after" || w == "while" || w == "since" || w == "upon") && j+1 <= k && s.tag(j+1) == "VBG":
			// "... spoke after hosting X", "... before being received by
			// X", "was received by Y, before holding talks with X": the
			// participle's subject is the main clause's.
			if v := s.previousVerb(j); v >= 0 {
				return s.subject(v)
			}
			if j-1 > s.first && s.w(j-1) == "," {
				if v := s.previousVerb(j - 1); v >= 0 {
					return s.subject(v)
				}
			}
			if fronting.has(s.w(s.first)) || j > s.first && s.w(j-1) == "," {
				// "Before flying to Lima, X ..."; "On Monday, before
				// flying to Lima, X ...".
				for c := k + 1; c < s.last; c++ {
					if s.w(c) == "," {
						return s.fronted(c, k)
					}
				}
			}
			return subject{}
		case clauseStarts.has(w):
			return s.fronted(j, k)
		case s.a.person(j) >= 0 || s.noun(j):
			start := s.npStart(j)
			if start > s.first && s.preposition(start-1) && !subordinators.has(s.w(start-1)) {
				if s.w(start-1) == "by" && start-2 >= s.first && (s.w(start-2) == "led" || s.w(start-2) == "headed") && s.a.person(j) >= 0 {
					// "A delegation led by X held talks": its leader.
					return s.nounPhraseAt(j)
				}
				j = start - 2
				continue
			}
			if s.tag(j) == "PRP" && (s.w(j) == "they" || s.w(j) == "we") {
				return s.they(j)
			}
			return s.nounPhraseAt(j)
		case strings.HasPrefix(tag, "VB") || tag == "MD" || strings.HasPrefix(tag, "RB") || tag == "TO" || tag == "RP" || tag == "IN" || tag == "JJ" || tag == "CD" || tag == "DT" || subjectSkips.has(w) || dateWords.has(w) || w == "“" || w == "”" || w == "\"":
			j--
		default:
			return subject{}
		}
	}
	// "After meeting Ruiz in Cairo, Lee flew to Riyadh": the trigger is in
	// a fronted phrase whose subject is the main clause's.
	if fronting.has(s.w(s.first)) {
		for c := k + 1; c < s.last; c++ {
			if s.w(c) == "," {
				return s.fronted(c, k)
			}
		}
	}
	return subject{}
}

// purposeOf returns the verb of travel whose purpose the infinitive at k
// states, or -1: "will visit Beirut next week to meet X", "crossed back
// into Tulcan to brief X"; the infinitive's subject is the traveller. A
// place right before "to" marks the verb as one of motion.
func (s *sent) purposeOf(k int) int {
	if s.tag(k) != "VB" || k-2 <= s.first || s.w(k-1) != "to" {
		return -1
	}
	j := k - 2
	for j > s.first && (dateWords.has(s.w(j)) || s.w(j) == "next" || s.w(j) == "this" || s.w(j) == "last" || s.tag(j) == "CD" || s.w(j) == "on") {
		j--
	}
	if s.a.place(j) < 0 {
		return -1
	}
	return s.previousVerb(j)
}

// fronted handles a trigger with no subject before the clause boundary at
// j: in a fronted phrase ("After talks with Ruiz, Lee said ..."), the
// subject is the main clause's, the first person after the phrase.
func (s *sent) fronted(j, k int) subject {
	if s.w(j) != "," {
		return subject{}
	}
	// The phrase starts the sentence, or follows a comma after an opening
	// adverbial ("On Monday, before flying to Lima, Ruiz met ...").
	open := s.first
	for c := j - 1; c > s.first; c-- {
		if s.w(c) == "," && c < k {
			open = c + 1
			break
		}
	}
	for f := open; f < j; f++ {
		if fronting.has(s.w(f)) || strings.HasPrefix(s.tag(f), "VBG") {
			if f > open+1 {
				return subject{}
			}
			// The boundary must close the fronted phrase: the trigger
			// lies inside it.
			if k > j {
				return subject{}
			}
			for e := j + 1; e < s.last && e < j+8; e++ {
				if p := s.a.person(e); p >= 0 {
					return subject{ok: true, ents: []int{p}, start: e, end: s.a.mentionEnd(e, s.last)}
				}
			}
			return subject{}
		}
	}
	return subject{}
}

// parenthetical recognises a comma at j that closes a relative clause or
// an apposition ("X, who arrived on Monday, met Y"; "X, the Kenyan envoy,
// met Y") and returns the index of the comma that opens it.
func (s *sent) parenthetical(j int) (int, bool) {
	for c := j - 1; c > s.first && c > j-25; c-- {
		if s.w(c) != "," {
			continue
		}
		next := s.w(c + 1)
		opens := relativePronouns.has(next)
		// Short appositions and adverbs close at the nearest comma; a
		// relative clause may hold commas of its own ("who serves as
		// minister of trade, industry and energy,").
		if !opens && c < j-15 {
			continue
		}
		if opens || s.tag(c+1) == "DT" || s.tag(c+1) == "PRP$" || s.a.place(c+1) >= 0 || s.ownerOpens(c+1, j) || s.tag(c+1) == "VBG" || s.tag(c+1) == "VBN" || s.adverbial(c+1, j) || titleNouns.has(s.w(c+1)) && (!isUpper(s.toks[c+1].Text) || c+2 < j && s.w(c+2) == "of") || titleModifierWords.has(s.w(c+1)) && c+2 < j && titleNouns.has(s.w(c+2)) {
			// "X, the Kenyan envoy,", "X, Minister of Foreign Affairs of
			// Ethiopia,", "X, Deputy Minister for Trade,".
			// A person must stand before the opening comma.
			if s.a.person(c-1) >= 0 {
				return c, true
			}
			// Or the clause qualifies an apposition to a person: "X, the
			// leader of D66, whose party surged, met Y".
			if opens {
				if c2, ok := s.appositionOpening(c - 1); ok {
					return c2, true
				}
			}
		}
		if !opens && c >= j-15 {
			// The nearest comma opens nothing we know: look further
			// only for a relative pronoun.
			continue
		}
	}
	return 0, false
}

// ownerOpens reports whether the phrase from k opens with a person who
// owns what follows, perhaps after a title: "President Donald Trump's
// special envoy".
func (s *sent) ownerOpens(k, to int) bool {
	for k < to && s.a.person(k) < 0 && isUpper(s.toks[k].Text) {
		k++
	}
	if k >= to || s.a.person(k) < 0 {
		return false
	}
	e := s.a.mentionEnd(k, to)
	return e < to && s.possessive(e)
}

// appositionOpening finds the comma that opens an apposition to a person
// ending at token j ("X, the leader of D66"): a person before the comma,
// a determiner or possessive after it.
func (s *sent) appositionOpening(j int) (int, bool) {
	for c := j - 1; c > s.first && c > j-16; c-- {
		if s.w(c) == "," && s.a.person(c-1) >= 0 && (s.tag(c+1) == "DT" || s.tag(c+1) == "PRP$" || titleNouns.has(s.w(c+1)) || titleModifierWords.has(s.w(c+1))) {
			// "X, the leader of D66", "X, Minister of Foreign Affairs
			// of Somalia".
			return c, true
		}
	}
	return 0, false
}

// appositiveName reads a subject named in apposition before the verb: "His
// German counterpart, Ana Ruiz, met ..." or "Kenya's foreign minister,
// Ana Ruiz, met ...", where the comma at j closes the name. People
// coordinated before the description ("X and his counterpart, Y,") join
// the subject.
func (s *sent) appositiveName(j int) (subject, bool) {
	e := j - 1
	if e <= s.first || s.a.person(e) < 0 || s.tag(e) == "PRP$" {
		return subject{}, false
	}
	st := s.a.mentionStart(e, s.first)
	// "his Azerbaijani counterpart, Deputy Prime Minister X,": the
	// name's own title stands after the comma.
	for st-1 > s.first && isUpper(s.toks[st-1].Text) && s.a.at[st-1] < 0 && (titleNouns.has(s.w(st-1)) || s.titleWord(st-1) || titleModifierWords.has(s.w(st-1))) {
		st--
	}
	if st-1 <= s.first || s.w(st-1) != "," {
		return subject{}, false
	}
	p := s.a.person(e)
	sub := subject{ok: true, ents: []int{p}, start: st, end: j}
	// The description before the opening comma names nobody else.
	d := st - 2
	ds := s.npStart(d)
	// "Qatar's Minister of State at the Foreign Ministry": the
	// description goes on through prepositional phrases.
	for ds-2 > s.first && (s.w(ds-1) == "of" || s.w(ds-1) == "at" || s.w(ds-1) == "for") && (s.noun(ds-2) || titleNouns.has(s.w(ds-2))) {
		ds = s.npStart(ds - 2)
	}
	for x := ds; x <= d; x++ {
		// "Trump's special envoy" names the envoy, not Trump.
		if q := s.a.person(x); q >= 0 && q != p && s.tag(x) != "PRP$" && !s.possessive(s.a.mentionEnd(x, s.last)) {
			return subject{}, false
		}
	}
	if ds-1 > s.first && s.w(ds-1) == "and" {
		e := ds - 2
		if s.w(e) == "," && e-1 > s.first {
			// "The DP's floor leader, Kim, and his PPP counterpart,
			// Song, are to meet".
			e--
		}
		if q := s.a.person(e); q >= 0 {
			sub.ents = append(sub.ents, q)
			sub.start = s.npStart(e)
		}
	}
	return sub, true
}

// noun reports whether token j can head a noun phrase.
func (s *sent) noun(j int) bool {
	switch s.tag(j) {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return !dateWords.has(s.w(j)) && s.w(j) != "“" && s.w(j) != "”"
	}
	return s.a.at[j] >= 0
}

// preposition reports whether token j is a preposition that starts a
// prepositional phrase.
func (s *sent) preposition(j int) bool {
	switch s.w(j) {
	case "that", "as", "than", "because", "if", "so", "whether":
		return false
	}
	return s.tag(j) == "IN" || s.tag(j) == "TO"
}

// npStart returns the first token of the noun phrase ending at j.
func (s *sent) npStart(j int) int {
	for j > s.first {
		p := j - 1
		switch {
		case s.a.at[p] >= 0 && s.a.person(j) >= 0 && s.a.at[p] != s.a.at[j] && s.a.place(p) >= 0:
			// "envoy to Japan George Glass": the place ends a phrase
			// of its own.
			return j
		case s.a.at[p] >= 0:
		case s.tag(p) == "DT" || s.tag(p) == "PRP$" || s.tag(p) == "POS" || s.tag(p) == "CD":
		case strings.HasPrefix(s.tag(p), "NN") || strings.HasPrefix(s.tag(p), "JJ"):
			if dateWords.has(s.w(p)) {
				return j
			}
		case s.w(p) == "'s" || s.w(p) == "’s":
		case (s.w(p) == "of" || s.w(p) == "and") && p > s.first && titleNouns.has(s.w(p-1)):
			// "President of Kazakhstan X", "Deputy Prime Minister and
			// Foreign Minister X".
		default:
			return j
		}
		j = p
	}
	return j
}

// nounPhraseAt returns the subject whose noun phrase ends at token j: the
// person it names, with people coordinated before it ("X and Y"), or a
// failure when its head is not a person.
func (s *sent) nounPhraseAt(j int) subject {
	start := s.npStart(j)
	if g, ok := s.group(start, j); ok {
		return g
	}
	p := s.a.person(j)
	if p < 0 {
		return subject{}
	}
	sub := subject{ok: true, ents: []int{p}, start: start, end: j + 1}
	// Coordination: "X and Y", "X, Y and Z". A comma joins only after an
	// "and" nearer the head: in "After talks with X, Y met Z" it closes a
	// phrase.
	sawAnd := false
	for c := start - 1; c > s.first; {
		// "he and retired Gen. X": modifiers before the conjunct.
		for c > s.first && (s.tag(c) == "JJ" || s.tag(c) == "VBN" || s.tag(c) == "VBD" && s.w(c-1) == "and") && s.w(c) != "and" {
			c--
		}
		w := s.w(c)
		if w != "and" && (w != "," || !sawAnd && !s.headline()) {
			break
		}
		if w == "and" {
			sawAnd = true
		}
		e := c - 1
		q := s.a.person(e)
		if q < 0 {
			break
		}
		st := s.npStart(e)
		sub.ents = append(sub.ents, q)
		sub.start = st
		c = st - 1
	}
	return sub
}

// group reads "the two leaders" or "both men" in [start, j]: the two
// people named most recently before it.
func (s *sent) group(start, j int) (subject, bool) {
	if j-start < 1 || !groupWords.has(s.w(j)) {
		return subject{}, false
	}
	w := s.w(start)
	if !(w == "both" || w == "the" && s.w(start+1) == "two") {
		return subject{}, false
	}
	// The pair of the last meeting the text told of, when it is recent:
	// "Cho met Motegi on Friday. ... the two ministers discussed ...";
	// the last whose titles fit the noun ("the two presidents") if any.
	if pair, ok := s.recentPair(s.w(j)); ok {
		return subject{ok: true, ents: pair[:], start: start, end: j + 1}, true
	}
	// Otherwise the only two people named in this sentence and the one
	// before, unless that one says they did not meet ("X and Y did not
	// shake hands").
	if s.i > 0 {
		prev := s.a.doc.Sentences[s.i-1]
		for k := prev.First; k < prev.Last; k++ {
			if w := strings.ToLower(s.toks[k].Text); negations.has(w) || refusals.has(w) {
				return subject{}, false
			}
		}
	}
	var people []int
	seen := map[int]bool{}
	for k := start - 1; k >= 0; k-- {
		if k < s.a.doc.Sentences[max(0, s.i-1)].First {
			break
		}
		if p := s.a.person(k); p >= 0 && !seen[p] {
			seen[p] = true
			people = append(people, p)
		}
	}
	if len(people) != 2 {
		return subject{}, false
	}
	return subject{ok: true, ents: people, start: start, end: j + 1}, true
}

// groupObject reads "the two leaders", "the three presidents" at k as the
// people of the last meeting told of, when they are that many. It returns
// them and the index after the phrase.
func (s *sent) groupObject(k int) ([]int, int, bool) {
	if k+2 >= s.last || s.w(k) != "the" || !groupWords.has(s.w(k+2)) {
		return nil, 0, false
	}
	n := map[string]int{"two": 2, "three": 3, "four": 4}[s.w(k+1)]
	if n == 0 {
		return nil, 0, false
	}
	if n == 2 {
		if pair, ok := s.recentPair(s.w(k + 2)); ok {
			return pair[:], k + 3, true
		}
		return nil, 0, false
	}
	// The people of the last sentence, among the last six, that told of
	// a meeting of that many.
	for i := len(s.a.met) - 1; i >= 0 && s.i-s.a.met[i].sent <= 6; {
		sent := s.a.met[i].sent
		var people []int
		for ; i >= 0 && s.a.met[i].sent == sent; i-- {
			for _, p := range s.a.met[i].people {
				if !slices.Contains(people, p) {
					people = append(people, p)
				}
			}
		}
		if len(people) == n {
			return people, k + 3, true
		}
	}
	return nil, 0, false
}

// recentPair returns the pair of the last meeting read in the last three
// sentences, or of an earlier one in the last six whose people both hold
// the title the plural noun group names ("presidents", "ministers").
func (s *sent) recentPair(group string) ([2]int, bool) {
	var fallback [2]int
	found := false
	head := strings.TrimSuffix(group, "s")
	// A pair that fits the title may lie a little further back: other
	// meetings, with aides, may be told of in between.
	for i := len(s.a.met) - 1; i >= 0 && s.i-s.a.met[i].sent <= 6; i-- {
		pair := s.a.met[i].people
		if !found && s.i-s.a.met[i].sent <= 3 {
			fallback, found = pair, true
		}
		if !titledGroups.has(group) {
			break
		}
		if s.a.fitsTitle(pair[0], head) && s.a.fitsTitle(pair[1], head) && (s.a.hasTitle(pair[0], head) || s.a.hasTitle(pair[1], head)) {
			return pair, true
		}
	}
	return fallback, found
}

// fitsTitle reports whether person p may hold the title head: p holds it,
// or no title of p is known ("his counterpart, X").
func (a *article) fitsTitle(p int, head string) bool {
	return a.ents[p].Attributes["title"] == "" || a.hasTitle(p, head)
}

// hasTitle reports whether person p's title contains the word head, not
// as a lesser rank ("Vice President" is no president).
func (a *article) hasTitle(p int, head string) bool {
	words := strings.Fields(strings.ToLower(a.ents[p].Attributes["title"]))
	for i, w := range words {
		if w == head && (i == 0 || !lesserRanks.has(words[i-1])) {
			return true
		}
	}
	return false
}

// possessor reads the possessor of a noun at k: "X's meeting", "his
// talks".
func (s *sent) possessor(k int) subject {
	j := k - 1
	for j >= s.first && (s.tag(j) == "JJ" || s.tag(j) == "CD" || s.tag(j) == "NN" && !s.possessive(j)) && j > k-4 {
		j--
	}
	if j < s.first {
		return subject{}
	}
	if s.tag(j) == "PRP$" {
		if p := s.a.person(j); p >= 0 {
			return subject{ok: true, ents: []int{p}, start: j, end: j + 1}
		}
		return subject{}
	}
	if s.possessive(j) && j-1 >= s.first {
		if p := s.a.person(j - 1); p >= 0 {
			return subject{ok: true, ents: []int{p}, start: s.a.mentionStart(j-1, s.first), end: j}
		}
	}
	return subject{}
}

func (s *sent) possessive(j int) bool {
	w := s.w(j)
	return w == "'s" || w == "’s" || s.tag(j) == "POS"
}

// clauseSubject finds the subject of the clause holding the noun phrase
// around a noun at k ("Lee held a meeting with", "Ruiz is on a visit to").
func (s *sent) clauseSubject(k int) subject {
	start := s.npStart(k)
	if start > s.first && s.preposition(start-1) {
		if (fronting.has(s.w(start-1)) && start-1 <= s.first+1) || start-2 >= s.first && start-2 <= s.first+1 && fronting.has(s.w(start-2)) {
			// "After a meeting with X, Y said ...".
			for c := k + 1; c < s.last; c++ {
				if s.w(c) == "," {
					return s.fronted(c, k)
				}
			}
			return subject{}
		}
		// "X will travel to Y next week for talks with Z": the talks are
		// the subject's, whatever the verb's object; so are they in "X
		// and Y signed a deal, after talks in Z".
		if v := s.previousVerb(start - 1); v >= 0 {
			return s.subject(v)
		}
		if start-2 > s.first && s.w(start-2) == "," && fronting.has(s.w(start-1)) {
			if v := s.previousVerb(start - 2); v >= 0 {
				return s.subject(v)
			}
		}
		return s.subject(start - 1)
	}
	return s.subject(start)
}

// objects reads the people named from token o on: one noun phrase or a
// list ("A, B and C", "A as well as B"), skipping titles, descriptions
// and appositions.
func (s *sent) objects(o int) []int {
	var out []int
	k := o
	for k < s.last && k < o+40 {
		if people, next, ok := s.groupObject(k); ok && k == o {
			// "briefed the three presidents"; but in "met X, and the
			// two ministers agreed" the group is a new clause's subject.
			out = append(out, people...)
			k = next
			continue
		}
		p, next, ok := s.objectPhrase(k)
		if !ok {
			break
		}
		if p >= 0 {
			out = append(out, p)
		}
		k = next
		if k >= s.last {
			break
		}
		switch {
		case s.w(k) == "and" || s.w(k) == "&":
			k++
			for k < s.last && (s.w(k) == "then" || s.w(k) == "later" || s.w(k) == "also") {
				// "hosted X and then Y".
				k++
			}
			if k < s.last && s.w(k) == "with" {
				// "met X and with Y".
				k++
			}
		case s.w(k) == "as" && k+2 < s.last && s.w(k+1) == "well" && s.w(k+2) == "as":
			k += 3
		case s.w(k) == "," && k+1 < s.last && relativePronouns.has(s.w(k+1)):
			// "X, who flew in from Riyadh, and with Y": the list goes on
			// after the relative clause.
			c := s.nextComma(k+1, s.last)
			if c < 0 || c+1 >= s.last || s.w(c+1) != "and" && !(c+2 < s.last && s.w(c+1) == "as" && s.w(c+2) == "well") {
				return out
			}
			if k = c + 1; s.w(k) == "and" {
				k++
			} else {
				k += 3
			}
			if k < s.last && s.w(k) == "with" {
				k++
			}
		case s.w(k) == ",":
			// ", and C" or ", C" continue a list; ", the Kenyan envoy,"
			// is an apposition to skip; ", X told reporters" attributes
			// the sentence to a speaker.
			if k+1 < s.last && (s.w(k+1) == "and" || s.w(k+1) == "including") {
				k += 2
				continue
			}
			if s.speakerAfter(k + 1) {
				return out
			}
			if p < 0 {
				if e, ok := s.titleTail(k); ok {
					// "Namibia's Minister of Industries, Mines and
					// Energy, Ana Ruiz".
					k = e
					continue
				}
			}
			if e, ok := s.apposition(k); ok {
				k = e
				if k < s.last && (s.w(k) == "and" || s.w(k) == ",") {
					if s.w(k) == "and" {
						k++
					}
					continue
				}
				return out
			}
			k++
		default:
			return out
		}
	}
	return out
}

// titleTail reports whether the comma at k continues a title whose holder
// is named after it: the rest of a list of portfolios, then the name. It
// returns the index of the name.
func (s *sent) titleTail(k int) (int, bool) {
	for e := k + 1; e < s.last && e < k+10; e++ {
		if s.a.person(e) >= 0 {
			return e, true
		}
		w := s.w(e)
		if !(w == "," || w == "and" || w == "of" || w == "." && isUpper(s.toks[e-1].Text) || isUpper(s.toks[e].Text) && strings.HasPrefix(s.tag(e), "NN") && s.a.place(e) < 0) {
			return 0, false
		}
	}
	return 0, false
}

// objectPhrase reads one noun phrase from k: the person it names (or -1),
// the index after it, and whether it was a noun phrase at all.
func (s *sent) objectPhrase(k int) (int, int, bool) {
	start := k
	for k < s.last && k < start+20 {
		// "his counterpart X": the possessive is not the object.
		if p := s.a.person(k); p >= 0 && s.tag(k) != "PRP$" {
			end := s.a.mentionEnd(k, s.last)
			if end < s.last && s.possessive(end) {
				// "welcomed Ruiz's visit": the person only owns the
				// object.
				k = end
				continue
			}
			return p, end, true
		}
		tag := s.tag(k)
		switch {
		case tag == "DT" || tag == "PRP$" || tag == "JJ" || tag == "CD" || tag == "POS" || s.possessive(k):
		case (tag == "VBG" || tag == "VBN") && (k == start || s.tag(k-1) == "DT" || s.tag(k-1) == "POS" || s.tag(k-1) == "PRP$") && k+1 < s.last && (strings.HasPrefix(s.tag(k+1), "NN") || s.tag(k+1) == "JJ"):
			// A participle as a modifier: "the Taliban's acting defence
			// minister", "by outgoing President X".
		case s.a.place(k) >= 0 || s.a.at[k] >= 0:
			// A country or organisation qualifying a title ("Ukraine's
			// leader X", "NATO chief X").
		case s.titleWord(k) || strings.HasPrefix(tag, "NN") && s.followedByName(k):
		case (s.w(k) == "(" || s.w(k) == ")") && s.nameWithin(k+1, 5):
			// "International Monetary Fund (IMF) chief X".
		case (s.w(k) == "of" || s.w(k) == "for" || s.w(k) == "to" || s.w(k) == "and") && k > start && s.nameWithin(k+1, 13):
			// "Secretary of State X", "envoy to Ukraine X".
		case strings.HasPrefix(tag, "NN"):
			// Nouns before a name are its title or affiliation
			// ("Communist Party General Secretary X"); otherwise the
			// phrase names nobody: "reporters", "members of Congress".
			e := k + 1
			for e < s.last && (strings.HasPrefix(s.tag(e), "NN") || s.w(e) == "of" || s.w(e) == "for" || s.w(e) == "and" || s.w(e) == "the" && s.w(e-1) == "of" || s.a.at[e] >= 0) && s.a.person(e) < 0 {
				e++
			}
			if e < s.last && s.a.person(e) >= 0 && s.tag(e) != "PRP$" && e-k <= 8 {
				k = e
				continue
			}
			if e < s.last && s.possessive(e) {
				// "the Taliban's acting defence minister": the possessor
				// qualifies the title that follows.
				k = e
				continue
			}
			// "a delegation led by Sen. X", "a delegation from the Asian
			// Development Bank (ADB) led by its president X": its leader
			// stands for it.
			l := e
			for l < s.last && l < e+10 && (s.w(l) == "from" || s.w(l) == "of" || s.w(l) == "the" || s.w(l) == "(" || s.w(l) == ")" || s.a.at[l] >= 0 && s.a.person(l) < 0) {
				l++
			}
			if l+1 < s.last && (s.w(l) == "led" || s.w(l) == "headed") && s.w(l+1) == "by" && s.nameWithin(l+2, 4) {
				k = l + 2
				continue
			}
			return -1, e, true
		default:
			return -1, k, k > start
		}
		k++
	}
	return -1, k, k > start
}

// followedByName reports whether a person is named within two tokens after
// k: a title noun before a name ("counterpart Ana Ruiz").
func (s *sent) followedByName(k int) bool {
	for e := k + 1; e < s.last && e <= k+2; e++ {
		if s.a.person(e) >= 0 {
			return true
		}
	}
	return false
}

// apposition recognises ", the Kenyan envoy," or ", South Korea's foreign
// minister," starting at the comma k and returns the index after its
// closing comma.
func (s *sent) apposition(k int) (int, bool) {
	for e := k + 1; e < s.last && e < k+10; e++ {
		if s.a.person(e) >= 0 {
			return 0, false
		}
		if s.w(e) == "," {
			return e + 1, e > k+1
		}
		if strings.HasPrefix(s.tag(e), "VB") || s.tag(e) == "IN" && s.w(e) != "of" {
			return 0, false
		}
	}
	return 0, false
}

// verbGroupOnly reports whether the tokens [from, to) hold only a verb
// group: auxiliaries, adverbs and "to", no noun.
func (s *sent) verbGroupOnly(from, to int) bool {
	for j := from; j < to; j++ {
		tag := s.tag(j)
		if !(strings.HasPrefix(tag, "VB") || tag == "MD" || tag == "RB" || tag == "TO" || subjectSkips.has(s.w(j)) || futureMarkers.has(s.w(j))) {
			return false
		}
	}
	return true
}

// coordinatedVerb returns the verb that the verb at k is coordinated with
// by the conjunction at j, or -1: the previous verb of the same form,
// across the commas of appositions ("met Bangladesh's leader, Chief
// Adviser X, at his office and later held talks with Y") but not into a
// relative clause.
func (s *sent) coordinatedVerb(j, k int) int {
	for v := j - 1; v >= s.first; v-- {
		w := s.w(v)
		if w == ";" || relativePronouns.has(w) || clauseStarts.has(w) && !(v+1 < s.last && s.tag(v+1) == "VBG") {
			// A clause of its own ends the search; "shortly after
			// landing" does not.
			return -1
		}
		t := s.tag(v)
		if t == "VBD" || t == "VBZ" || t == "VBP" || pastVerbs.has(w) {
			return v
		}
		if t == "VB" && v > s.first && (s.tag(v-1) == "MD" || s.tag(v-1) == "TO") && s.tag(k) != "VBD" {
			// "will fly to Lima and meet Y"; but a past verb is not
			// coordinated with an infinitive ("urged leaders to agree
			// and met Y").
			return v
		}
	}
	return -1
}

// previousVerb returns the last verb before token j in the sentence, or -1.
func (s *sent) previousVerb(j int) int {
	for v := j - 1; v >= s.first; v-- {
		if t := s.tag(v); t == "VBD" || t == "VBZ" || t == "VBP" || pastVerbs.has(s.w(v)) {
			return v
		}
		if s.tag(v) == "VB" && v > s.first && (s.tag(v-1) == "MD" || s.tag(v-1) == "TO") {
			return v
		}
		if s.w(v) == "," || s.w(v) == ";" {
			return -1
		}
	}
	return -1
}

// adverbial reports whether the tokens [from, to) are an adverb or a short
// adverbial phrase set off by commas: ", meanwhile,", ", in turn,".
func (s *sent) adverbial(from, to int) bool {
	if to-from > 4 || to <= from {
		return false
	}
	for j := from; j < to; j++ {
		// "for his part" is an adverbial, "with Ruiz" is not.
		if strings.HasPrefix(s.tag(j), "VB") || s.a.person(j) >= 0 && s.tag(j) != "PRP$" {
			return false
		}
	}
	return s.tag(from) == "RB" || s.tag(from) == "IN"
}

// nameWithin reports whether a person's name starts within n tokens from
// k, with only nouns, names and "the" before it.
func (s *sent) nameWithin(k, n int) bool {
	for e := k; e < s.last && e < k+n; e++ {
		if s.a.person(e) >= 0 && s.tag(e) != "PRP$" {
			return true
		}
		if !strings.HasPrefix(s.tag(e), "NN") && s.tag(e) != "DT" && s.tag(e) != "PRP$" && s.a.at[e] < 0 && s.w(e) != "(" && s.w(e) != ")" && s.w(e) != "of" && s.w(e) != "for" && s.w(e) != "and" && s.w(e) != "," && !(s.w(e) == "." && isUpper(s.toks[e-1].Text)) {
			// An abbreviation's dot ("Prof. X") continues the phrase.
			return false
		}
	}
	return false
}

// headline reports whether the sentence is a headline: the first line of
// the article, without a full stop.
func (s *sent) headline() bool {
	return s.a.doc.Sentences[s.i].Para == 0 && s.w(s.last-1) != "."
}

// speakerAfter reports whether the words from k name a speaker: a name,
// with its title, followed by a speech verb ("AU spokesperson Ana Ruiz told
// reporters").
func (s *sent) speakerAfter(k int) bool {
	for e := k; e < s.last && e < k+8; e++ {
		if s.a.person(e) >= 0 && s.tag(e) != "PRP$" {
			end := s.a.mentionEnd(e, s.last)
			if end < s.last {
				switch s.w(end) {
				case "said", "says", "told", "tells", "added", "wrote", "announced", "posted":
					return true
				}
			}
			return false
		}
	}
	return false
}

// pluralVerbAfter reports whether the first verb in [from, to) is plural:
// "were", "are", "have".
func (s *sent) pluralVerbAfter(from, to int) bool {
	for j := from; j < to; j++ {
		switch s.w(j) {
		case "were", "are", "have":
			return true
		case "was", "is", "has":
			return false
		}
		if strings.HasPrefix(s.tag(j), "VB") {
			return s.tag(j) == "VBP"
		}
	}
	return false
}

// they reads "they" as a subject: the people last named together, "X and
// Y", in this sentence before j or in the one before.
func (s *sent) they(j int) subject {
	from := s.a.doc.Sentences[max(0, s.i-1)].First
	for k := j - 1; k >= from; k-- {
		if s.w(k) != "and" || k == 0 {
			continue
		}
		a, b := s.a.person(k-1), s.a.person(k+1)
		if a >= 0 && b >= 0 && a != b {
			return subject{ok: true, ents: []int{a, b}, start: j, end: j + 1}
		}
	}
	return subject{}
}

func isUpper(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
