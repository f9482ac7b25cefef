package relate

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/nlp"
)

// article is the view of one article that the sentence grammar reads.
type article struct {
	f    *Finder
	doc  *nlp.Doc
	ms   []model.Mention
	ents []model.Entity
	// at maps a token to the mention covering it, or -1. Where mentions
	// overlap, the one referring to a person wins.
	at []int
	// met lists the pairs of the meetings read so far, in order, which
	// "the two leaders" refers back to.
	met []metPair
	// party lists who travelled in whose party ("X, who accompanied Y",
	// "X, who travelled with Y"): [member, leader].
	party [][2]int
}

// metPair is the pair of people of a meeting read in sentence sent.
type metPair struct {
	people [2]int
	sent   int
}

func newArticle(f *Finder, doc *nlp.Doc, ms []model.Mention, ents []model.Entity) *article {
	a := &article{f: f, doc: doc, ms: ms, ents: ents, at: make([]int, len(doc.Tokens))}
	for i := range a.at {
		a.at[i] = -1
	}
	for mi, m := range ms {
		k := sort.Search(len(doc.Tokens), func(k int) bool { return doc.Tokens[k].End > m.Start })
		for ; k < len(doc.Tokens) && doc.Tokens[k].Start < m.End; k++ {
			if prev := a.at[k]; prev < 0 || a.isPersonMention(mi) && !a.isPersonMention(prev) {
				a.at[k] = mi
			}
		}
	}
	return a
}

// isPersonMention reports whether mention mi refers to a resolved person.
func (a *article) isPersonMention(mi int) bool {
	m := a.ms[mi]
	return m.Entity >= 0 && a.ents[m.Entity].Type == model.Person
}

// person returns the person entity token k refers to, or -1.
func (a *article) person(k int) int {
	if mi := a.at[k]; mi >= 0 && a.isPersonMention(mi) {
		return a.ms[mi].Entity
	}
	return -1
}

// place returns the GPE or LOC entity token k refers to, or -1.
func (a *article) place(k int) int {
	if mi := a.at[k]; mi >= 0 && a.ms[mi].Entity >= 0 {
		if t := a.ents[a.ms[mi].Entity].Type; t == model.GPE || t == model.Loc {
			return a.ms[mi].Entity
		}
	}
	return -1
}

// mentionEnd returns the index after the last token of the mention at k.
func (a *article) mentionEnd(k, last int) int {
	mi := a.at[k]
	for k < last && a.at[k] == mi {
		k++
	}
	return k
}

// mentionStart returns the index of the first token of the mention at k.
func (a *article) mentionStart(k, first int) int {
	mi := a.at[k]
	for k > first && a.at[k-1] == mi {
		k--
	}
	return k
}

// sent is one sentence being read.
type sent struct {
	a           *article
	i           int
	first, last int
	toks        []nlp.Token
}

func (s *sent) w(k int) string   { return strings.ToLower(s.toks[k].Text) }
func (s *sent) tag(k int) string { return s.toks[k].Tag }

// sentence returns the relations stated by sentence i.
func (a *article) sentence(i int) []candidate {
	ss := a.doc.Sentences[i]
	s := &sent{a: a, i: i, first: ss.First, last: ss.Last, toks: a.doc.Tokens}
	var out []candidate
	for k := s.first; k < s.last; k++ {
		cs := s.trigger(k)
		for _, c := range cs {
			if c.kind == model.Met && !c.weak {
				a.met = append(a.met, metPair{[2]int{c.from, c.to}, i})
			}
		}
		out = append(out, cs...)
	}
	return out
}

// trigger reads the relation, if any, that token k introduces.
func (s *sent) trigger(k int) []candidate {
	w := s.w(k)
	tag := s.tag(k)
	// The tagger sometimes reads a past verb as a noun ("Ruiz spoke by
	// phone"); these forms are verbs whatever the tag says.
	verb := strings.HasPrefix(tag, "VB") || pastVerbs.has(w) ||
		// "X greets President Y" in a caption, read as a plural noun.
		tag == "NNS" && k > s.first && s.a.person(k-1) >= 0 && k+1 < s.last && s.personObject(k+1)
	switch {
	case (w == "called" || w == "call" || w == "calls") && k+1 < s.last && s.w(k+1) == "on":
		return s.callOn(k)
	case (w == "sit" || w == "sat" || w == "sits" || w == "sitting") && k+2 < s.last && s.w(k+1) == "down":
		// "is scheduled to sit down with X", "sat down separately with
		// X".
		o := k + 2
		for o < s.last && o < k+5 && (s.tag(o) == "RB" || subjectSkips.has(s.w(o))) {
			o++
		}
		if o < s.last && s.w(o) == "with" {
			return s.transitiveMeeting(k, o+1)
		}
		return nil
	case discussVerbs.has(w) && verb:
		return s.discussed(k)
	case (w == "shook" || w == "shake" || w == "shakes" || w == "shaking") && k+2 < s.last && s.w(k+1) == "hands":
		if s.w(k+2) == "with" {
			return s.transitiveMeeting(k, k+3)
		}
		return s.transitiveMeeting(k, s.last)
	case (w == "received" || w == "receives" || w == "receive") && s.callFrom(k) > 0:
		return s.transitiveMeeting(k, s.callFrom(k))
	case w == "in" && k > s.first && beForms.has(s.w(k-1)):
		return s.wasIn(k)
	case w == "in" && k > s.first && s.headline() && s.a.person(k-1) >= 0:
		return s.headlineIn(k)
	case meetVerbs.has(w) && (verb || w == "met" || w == "meeting" && k+1 < s.last && s.personObject(k+1)) && !s.nominal(k):
		// "After meeting Ruiz in Lima": a gerund with its object, even
		// when the tagger reads a noun.
		return s.meetVerb(k)
	case (w == "left" || w == "departed" || w == "leaves" || w == "leaving") && verb && s.endOfVisit(k):
		return s.visits(s.subject(k), s.destination(k+1), k, k+1)
	case (w == "hosted" || w == "chaired" || w == "organised" || w == "organized" || w == "convened") && k+1 < s.last && s.w(k+1) == "by" && s.eventBefore(k) >= 0:
		return s.hostedEvent(k, s.eventBefore(k))
	case lightVerbs.has(w) && verb:
		if cs := s.lightVerb(k); cs != nil || !receptionVerbs.has(w) {
			return cs
		}
		return s.reception(k)
	case speakVerbs.has(w) && verb:
		return s.speakVerb(k)
	case phoneVerbs.has(w) && verb:
		return s.transitiveMeeting(k, k+1)
	case (w == "accompanied" || w == "accompanies" || w == "travelled" || w == "traveled" || w == "travelling" || w == "traveling") && s.partyOf(k):
		// "X, who accompanied Y", "X, who travelled with Y": X is of Y's
		// party, and goes where Y goes.
		return nil
	case (w == "accompanied" || w == "accompanies" || w == "accompany" || w == "escorted") && verb && k+1 < s.last && s.personObject(k+1) && !s.passive(k) && s.accompaniedTo(k):
		// "accompanied Tedros and Kaseya to a treatment centre"; but "X,
		// who accompanied Y," is one of Y's party.
		return s.transitiveMeeting(k, k+1)
	case briefVerbs.has(w) && verb && k+1 < s.last && (s.personObject(k+1) || s.w(k+1) == "the" && k+3 < s.last && groupWords.has(s.w(k+3))):
		// "crossed back to brief Noboa": briefing someone is talking
		// with them.
		return s.transitiveMeeting(k, k+1)
	case w == "called" && verb && s.hasPhoneWord():
		return s.transitiveMeeting(k, k+1)
	case receptionVerbs.has(w) && verb:
		return s.reception(k)
	case w == "told" && verb:
		return s.told(k)
	case meetingNouns.has(w) && !verb || meetVerbs.has(w) && s.nominal(k):
		return s.meetingNoun(k)
	case visitVerbs.has(w) && verb && !s.nominal(k) && k+1 < s.last && s.personObject(k+1):
		// "Osoba visited Obasanjo at his residence".
		return s.transitiveMeeting(k, k+1)
	case visitVerbs.has(w) && verb && !s.nominal(k):
		return s.visitVerb(k)
	case (w == "see" || w == "sees" || w == "seeing") && verb && k+1 < s.last && s.personObject(k+1):
		// "is due to see Ruiz on Thursday".
		return s.transitiveMeeting(k, k+1)
	case (w == "called" || w == "phoned" || w == "rang") && verb && s.callToVerb(k):
		return s.transitiveMeeting(k, k+1)
	case travelVerbs.has(w) && verb:
		return s.travelVerb(k)
	case visitNouns.has(w):
		return s.visitNoun(k)
	case w == "due" || w == "arrive" || w == "arrived" || w == "expected" && k+1 < s.last && s.w(k+1) == "in":
		return s.dueIn(k)
	case (w == "took" || w == "take" || w == "takes" || w == "taking") && k+2 < s.last && s.w(k+1) == "part" && s.w(k+2) == "in":
		return s.joinedMeeting(k, k+3)
	case delegationVerbs.has(w) && verb:
		return s.leadDelegation(k)
	case (w == "participated" || w == "participates" || w == "participate" || w == "joined" || w == "joins" || w == "join") && verb:
		o := k + 1
		if o < s.last && s.w(o) == "in" {
			o++
		}
		return s.joinedMeeting(k, o)
	case coVerbs.has(w):
		// The tagger often reads these as adjectives.
		return s.coChair(k)
	}
	return nil
}

// coChair reads "X and Y co-chaired a session" and "X co-chaired the
// commission with Y": the chairs of one meeting met.
func (s *sent) coChair(k int) []candidate {
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	var objs []int
	for j := k + 1; j < s.last && j < k+12; j++ {
		if s.w(j) == "," || s.w(j) == ";" || clauseStarts.has(s.w(j)) {
			break
		}
		if s.w(j) == "with" {
			objs = s.objects(j + 1)
			break
		}
	}
	if len(objs) == 0 && len(subj.ents) < 2 {
		return nil
	}
	return s.meetings(subj, objs, k, k+1)
}

// headlineIn reads a headline's "Lebanon's Aoun in Doha": the person is
// there.
func (s *sent) headlineIn(k int) []candidate {
	places := s.destination(k + 1)
	if len(places) == 0 {
		return nil
	}
	subj := s.nounPhraseAt(k - 1)
	// The person opens the headline ("2027: X in Y" too); "A in talks
	// with B in Y" puts B nowhere.
	if !subj.ok || subj.start != s.first && s.w(subj.start-1) != ":" {
		return nil
	}
	for j := subj.start; j < k; j++ {
		if w := s.w(j); meetVerbs.has(w) || receptionVerbs.has(w) || speakVerbs.has(w) || visitVerbs.has(w) {
			// "X meets Y and Z in London", with "meets" read as a
			// noun: a meeting, which the meeting rules place.
			return nil
		}
	}
	return s.visits(subj, places, k, k+1)
}

// nominal reports whether token k is used as a noun: after a determiner,
// possessive or adjective ("his meeting", "a three-day visit").
func (s *sent) nominal(k int) bool {
	if k == s.first {
		return false
	}
	p := s.w(k - 1)
	switch s.tag(k - 1) {
	case "DT", "PRP$", "POS", "JJ", "CD":
		return true
	}
	return p == "'s" || p == "’s"
}

// meetVerb reads "X met (with) Y" and "X and Y met".
func (s *sent) meetVerb(k int) []candidate {
	if s.passive(k) {
		return s.passiveMeeting(k)
	}
	return s.transitiveMeeting(k, s.skipWith(k+1))
}

// transitiveMeeting relates the subject of the trigger at k to the people
// named from token o on.
func (s *sent) transitiveMeeting(k, o int) []candidate {
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	objs := s.objects(o)
	if len(objs) == 0 {
		if cs := s.withWhom(k); cs != nil {
			return cs
		}
	}
	return s.meetings(subj, objs, k, k+1)
}

// skipWith returns the index after "with", "up with" and adverbs following
// a meeting verb.
func (s *sent) skipWith(o int) int {
	for o < s.last {
		w := s.w(o)
		if w == "with" || w == "up" || subjectSkips.has(w) || s.tag(o) == "RB" {
			o++
			continue
		}
		break
	}
	// "met for five hours with X", "met on Monday with X".
	for e := o; e < s.last && e < o+5; e++ {
		if s.w(e) == "with" {
			return e + 1
		}
		if s.a.person(e) >= 0 || strings.HasPrefix(s.tag(e), "VB") || s.w(e) == "," {
			break
		}
	}
	return o
}

// lightVerb reads "X held talks with Y", "X had a phone call with Y" and
// "X and Y held talks".
func (s *sent) lightVerb(k int) []candidate {
	n := k + 1
	for n < s.last && n < k+10 && (callModifiers.has(s.w(n)) || s.tag(n) == "JJ" || s.tag(n) == "CD" || s.tag(n) == "RB" || s.w(n) == "“" || s.w(n) == "”" || s.w(n) == "and" && n+1 < s.last && s.tag(n+1) == "JJ" ||
		// "held an IBSA leaders' video conference".
		s.a.at[n] >= 0 && s.a.person(n) < 0 || s.tag(n) == "POS" || s.w(n) == "leaders" && n+1 < s.last && s.tag(n+1) == "POS" ||
		(s.w(n) == "round" || s.w(n) == "rounds") && n+1 < s.last && s.w(n+1) == "of" || s.w(n) == "of" && n > k+1 && (s.w(n-1) == "round" || s.w(n-1) == "rounds")) {
		// "held a fourth round of direct talks".
		n++
	}
	if n < s.last && s.w(n) == "conference" && n > k+1 && (s.w(n-1) == "video" || s.w(n-1) == "phone" || s.w(n-1) == "telephone") {
		// "held a video conference with X".
	} else if n >= s.last || !meetingNouns.has(s.w(n)) {
		return nil
	}
	if w := s.w(k); (w == "host" || w == "hosts" || w == "hosted" || w == "hosting") && s.w(n) != "talks" {
		// "hosted a dinner for Y", "hosted a dinner in Y's honour".
		o := n + 1
		if o < s.last && (s.w(o) == "for" || s.w(o) == "in") {
			if e := s.a.mentionEnd(o+1, s.last) + 1; e < s.last && s.w(o) == "in" && s.a.person(o+1) >= 0 && (s.w(e) == "honour" || s.w(e) == "honor") {
				subj := s.subject(k)
				if !subj.ok {
					return nil
				}
				cs := s.meetings(subj, []int{s.a.person(o + 1)}, k, n+1)
				hostedBy(cs, subj.ents)
				return cs
			}
			return s.transitiveMeeting(k, o+1)
		}
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	o := n + 1
	callOn := func(o int) bool {
		// "a courtesy call on President X", not "a call on Thursday".
		return s.w(o) == "on" && (s.w(n) == "call" || s.w(n) == "visit") && !(o+1 < s.last && (dateWords.has(s.w(o+1)) || s.tag(o+1) == "CD"))
	}
	// "held talks on Monday with Y".
	for o < s.last && o < n+6 && s.w(o) != "with" && s.w(o) != "between" && !callOn(o) && (s.tag(o) == "IN" || s.tag(o) == "RB" || subjectSkips.has(s.w(o)) || quoteMarks.has(s.w(o)) || dateWords.has(s.w(o)) || s.tag(o) == "CD" || s.tag(o) == "NNP" && s.a.person(o) < 0) {
		o++
	}
	var objs []int
	if o < s.last && (s.w(o) == "with" || s.w(o) == "between" || callOn(o)) {
		// "paid a courtesy call on Y".
		objs = s.objects(o + 1)
	}
	if w := s.w(k); (w == "pay" || w == "pays" || w == "paid" || w == "paying" || w == "make" || w == "makes" || w == "made" || w == "making") && len(objs) == 0 {
		// "paid tribute", "made a call for": only a call on someone
		// is a meeting.
		return nil
	}
	return s.meetings(subj, objs, k, n+1)
}

// speakVerb reads "X spoke with Y", "X spoke by phone with Y", "X talked
// to Y".
func (s *sent) speakVerb(k int) []candidate {
	o := k + 1
	for o < s.last && o < k+8 {
		w := s.w(o)
		if w == "with" || w == "to" {
			return s.transitiveMeeting(k, o+1)
		}
		if w == "by" || w == "on" || w == "over" || w == "via" || w == "the" || w == "a" || phoneWords.has(w) || s.tag(o) == "RB" || w == "link" || dateWords.has(w) || w == "last" || w == "this" || w == "earlier" || w == "same" ||
			(w == "in" || w == "from") && o+1 < s.last && (dateWords.has(s.w(o+1)) || s.a.place(o+1) >= 0) || s.a.place(o) >= 0 && o > k+1 && s.w(o-1) == "from" {
			// "spoke by phone last week with X", "spoke by phone in
			// February with X", "spoke by phone from Taipei with X".
			o++
			continue
		}
		break
	}
	// "X and Y spoke via video link": the partners are the subject.
	if subj := s.subject(k); subj.ok && len(subj.ents) > 1 {
		return s.meetings(subj, nil, k, k+1)
	}
	return s.withWhom(k)
}

// joinedMeeting reads "X took part in the talks", "X joined the talks
// in the afternoon": X met the people of the talks told of just before,
// or those named after "with".
func (s *sent) joinedMeeting(k, o int) []candidate {
	if o+1 >= s.last || s.w(o) != "the" || !meetingNouns.has(s.w(o+1)) {
		return nil
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	if o+2 < s.last && s.w(o+2) == "with" {
		return s.meetings(subj, s.objects(o+3), k, o+2)
	}
	pair, ok := s.recentPair("")
	if !ok {
		return nil
	}
	var people []int
	for _, p := range pair {
		if !slices.Contains(subj.ents, p) {
			people = append(people, p)
		}
	}
	return s.meetings(subj, people, k, o+2)
}

// hostedEvent reads "X and Y signed the accords at a ceremony in
// Washington hosted by Z": the people of the main clause met the host at
// the event.
func (s *sent) hostedEvent(k, event int) []candidate {
	// The event belongs to the main clause: its first finite verb.
	v := -1
	for j := s.first; j < event; j++ {
		if t := s.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" {
			v = j
			break
		}
	}
	if v < 0 {
		return nil
	}
	subj := s.subject(v)
	hosts := s.objects(k + 2)
	if !subj.ok || len(hosts) == 0 {
		return nil
	}
	cs := s.meetings(subj, hosts, v, event+1)
	hostedBy(cs, hosts)
	return cs
}

// eventBefore returns the index of the event noun a participle at k
// qualifies ("a ceremony in Washington hosted by"), or -1.
func (s *sent) eventBefore(k int) int {
	for j := k - 1; j > s.first && j >= k-6; j-- {
		if eventNouns.has(s.w(j)) || meetingNouns.has(s.w(j)) {
			return j
		}
	}
	return -1
}

// partyOf records, for "X, who accompanied Y," or "X, who travelled
// with Y,", that X was of Y's party, and reports whether it did.
func (s *sent) partyOf(k int) bool {
	if k-1 <= s.first || s.w(k-1) != "who" {
		return false
	}
	o := k + 1
	if s.w(k) != "accompanied" && s.w(k) != "accompanies" {
		if o >= s.last || s.w(o) != "with" {
			return false
		}
		o++
	}
	if s.accompaniedTo(k) && s.w(k) != "travelled" && s.w(k) != "traveled" {
		return false
	}
	subj := s.subject(k)
	leaders := s.objects(o)
	if !subj.ok || len(leaders) != 1 || len(subj.ents) != 1 {
		return false
	}
	s.a.party = append(s.a.party, [2]int{subj.ents[0], leaders[0]})
	return true
}

// accompaniedTo reports whether "accompanied" at k takes its people
// somewhere ("accompanied X to the clinic"), as a host does a guest.
func (s *sent) accompaniedTo(k int) bool {
	for j := k + 1; j < s.last && j < k+15; j++ {
		switch s.w(j) {
		case "to":
			// "accompanied Lee to Abu Dhabi": travelled in his party.
			return j+1 < s.last && s.a.place(j+1) < 0
		case "on", "around", "through":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// withWhom reads a meeting told in a relative clause on the partner: "X,
// with whom he spoke on Thursday", "X, whom she met in May".
func (s *sent) withWhom(k int) []candidate {
	for j := k - 1; j > s.first+1 && j >= k-8; j-- {
		if s.w(j) != "whom" {
			continue
		}
		c := j - 1
		if s.w(c) == "with" {
			c--
		}
		if s.w(c) != "," || c-1 < s.first {
			return nil
		}
		partner := s.a.person(c - 1)
		subj := s.subject(k)
		if partner < 0 || !subj.ok {
			return nil
		}
		return s.meetings(subj, []int{partner}, k, k+1)
	}
	return nil
}

// callFrom returns the index after "a (phone) call from" following the verb
// at k ("received a phone call from Y"), or 0.
func (s *sent) callFrom(k int) int {
	for o := k + 1; o < s.last && o < k+6; o++ {
		if s.w(o) == "from" {
			if o > k+1 && (s.w(o-1) == "call" || s.w(o-1) == "calls") {
				return o + 1
			}
			return 0
		}
	}
	return 0
}

// wasIn reads "X was in Hanoi for talks" and "X will be in Hanoi on a
// visit": a stay abroad for diplomacy is a visit.
func (s *sent) wasIn(k int) []candidate {
	places := s.destination(k + 1)
	if len(places) == 0 {
		return nil
	}
	// "was in Kyiv for talks", "was in Quito this week": a purpose or a
	// time makes it a stay, unlike "was in power".
	purpose := false
	for e := k + 1; e < s.last && e < k+12; e++ {
		switch w := s.w(e); {
		case stayPurposes.has(w), dateWords.has(w) && e > k+1 && (s.w(e-1) == "this" || s.w(e-1) == "last" || s.w(e-1) == "on"):
			purpose = true
		}
	}
	if !purpose {
		return nil
	}
	subj := s.subject(k - 1)
	if !subj.ok {
		return nil
	}
	return s.visits(subj, places, k, k+1)
}

// reception reads "X hosted Y", "X received Y" and the passive "Y was
// received by X".
func (s *sent) reception(k int) []candidate {
	if s.passive(k) {
		return s.passiveMeeting(k)
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	objs := s.objects(k + 1)
	cs := s.meetings(subj, objs, k, k+1)
	if len(cs) == 0 {
		return nil
	}
	hostedBy(cs, subj.ents)
	// "welcomed Petro to Brasilia": the guests came to the place.
	for e := k + 1; e < s.last && e < k+15; e++ {
		if s.w(e) != "to" || s.a.person(e-1) < 0 && s.w(e-1) != "," {
			continue
		}
		guests := subject{ok: true, ents: objs, start: subj.start, end: subj.end}
		cs = append(cs, s.visits(guests, s.destination(e+1), k, k+1)...)
		break
	}
	return cs
}

// told reads "X told Y", a meeting only when another sentence says the two
// met.
func (s *sent) told(k int) []candidate {
	subj := s.subject(k)
	if !subj.ok || k+1 >= s.last || s.a.person(k+1) < 0 && !s.titleWord(k+1) {
		return nil
	}
	cs := s.meetings(subj, s.objects(k+1), k, k+1)
	for i := range cs {
		cs[i].weak = true
	}
	return cs
}

// beForms are the forms of "be".
var beForms = newSet(`is are was were be been am`)

// passive reports whether the verb at k is passive: a form of "be" before
// it and "by" after it.
func (s *sent) passive(k int) bool {
	j := k - 1
	for j >= s.first && (s.tag(j) == "RB" || subjectSkips.has(s.w(j))) {
		j--
	}
	if j < s.first {
		return false
	}
	switch s.w(j) {
	case "was", "were", "is", "are", "been", "being", "be", "got", "gets", "get":
		return true
	}
	return false
}

// passiveMeeting reads "Y was received by X".
func (s *sent) passiveMeeting(k int) []candidate {
	o := k + 1
	// "was welcomed at the airport by X".
	for o < s.last && o < k+10 && s.w(o) != "by" && s.w(o) != "," && !strings.HasPrefix(s.tag(o), "VB") {
		o++
	}
	if o >= s.last || s.w(o) != "by" {
		return nil
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	agents := s.objects(o + 1)
	cs := s.meetings(subj, agents, k, k+1)
	if receptionVerbs.has(s.w(k)) {
		hostedBy(cs, agents)
	}
	return cs
}

// hostedBy marks the meetings in cs where one of hosts received the other
// person.
func hostedBy(cs []candidate, hosts []int) {
	for i := range cs {
		c := &cs[i]
		if c.kind != model.Met {
			continue
		}
		from, to := slices.Contains(hosts, c.from), slices.Contains(hosts, c.to)
		switch {
		case from && !to:
			c.host = c.from
		case to && !from:
			c.host = c.to
		}
	}
}

// meetingNoun reads "X's meeting with Y", "his talks with Y", "talks
// between X and Y" and "a meeting with Y" whose subject is the clause's.
func (s *sent) meetingNoun(k int) []candidate {
	o := k + 1
	if o < s.last && s.w(o) == "between" {
		people := s.objects(o + 1)
		if len(people) < 2 {
			return nil
		}
		return s.meetings(subject{ok: true, ents: people, start: k, end: k}, nil, k, k+1)
	}
	for o < s.last && o < k+3 && (s.tag(o) == "RB" || dateWords.has(s.w(o))) {
		o++
	}
	if o >= s.last || s.w(o) != "with" {
		// "X and Y signed a deal after talks in Dakar": talks that took
		// place, between the subject's people.
		if k > s.first && heldNounCues.has(s.w(k-1)) {
			if subj := s.nounSubject(k); len(subj.ents) > 1 {
				return s.meetings(subj, nil, k, k+1)
			}
		}
		return nil
	}
	objs := s.objects(o + 1)
	if len(objs) == 0 {
		return nil
	}
	subj := s.nounSubject(k)
	if !subj.ok {
		return nil
	}
	return s.meetings(subj, objs, k, k+1)
}

// forTalks reports whether guests named before from were received "for
// talks" or "for a summit": together.
func (s *sent) forTalks(from int) bool {
	for j := from; j < s.last && j < from+5; j++ {
		if s.w(j) == "for" {
			for e := j + 1; e < s.last && e < j+4; e++ {
				if meetingNouns.has(s.w(e)) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// companions returns the people who joined the subject at a meeting, named
// after the people met: "met X in Damascus alongside Y", "together with
// Y", "accompanied by Y".
func (s *sent) companions(from int) []int {
	for j := from; j < s.last && j < from+25; j++ {
		w := s.w(j)
		if clauseStarts.has(w) || w == ";" {
			break
		}
		start := -1
		switch {
		case w == "alongside":
			start = j + 1
		case (w == "together" || w == "along") && j+1 < s.last && s.w(j+1) == "with",
			w == "accompanied" && j+1 < s.last && s.w(j+1) == "by":
			start = j + 2
		}
		if start < 0 {
			continue
		}
		// "alongside Chad's foreign minister, X, and Y".
		return s.objects(start)
	}
	return nil
}

// hasLocal reports whether one of people belongs to the country of place.
func (a *article) hasLocal(people []int, place int) bool {
	where := a.countryOf(place)
	if where == "" {
		return false
	}
	for _, p := range people {
		if a.personCountry(p) == where {
			return true
		}
	}
	return false
}

// paragraphPlace returns the place that opens the paragraph of sentence i
// as a dateline of its own, followed by a dash or a colon ("Tokyo — ...",
// "Doha: ..."), or -1.
func (a *article) paragraphPlace(i int) int {
	first := i
	for first > 0 && a.doc.Sentences[first-1].Para == a.doc.Sentences[i].Para {
		first--
	}
	sn := a.doc.Sentences[first]
	p := a.place(sn.First)
	if p < 0 || a.ents[p].Type != model.GPE {
		return -1
	}
	end := a.mentionEnd(sn.First, sn.Last)
	if end >= sn.Last {
		return -1
	}
	switch a.doc.Tokens[end].Text {
	case "—", "–", "-", ":":
		return p
	}
	return -1
}

// afterPeople returns the index after the last mention of one of people
// from end on, or end: a place after a long list of guests with their
// titles is still the meeting's.
func (s *sent) afterPeople(end int, people []int) int {
	after := end
	for j := end; j < s.last; j++ {
		if relativePronouns.has(s.w(j)) || clauseStarts.has(s.w(j)) {
			break
		}
		if p := s.a.person(j); p >= 0 && s.tag(j) != "PRP" && s.tag(j) != "PRP$" && slices.Contains(people, p) {
			after = j + 1
		}
	}
	return after
}

// nounSubject finds whose meeting or trip the noun at k is: its possessor
// ("Ruiz's visit", "his talks") or else the clause's subject.
func (s *sent) nounSubject(k int) subject {
	if subj := s.possessor(k); subj.ok {
		return subj
	}
	return s.clauseSubject(k)
}

// meetings makes the candidates for a meeting stated by the trigger
// [k, end): the subject with each object, and the people of a coordinated
// subject with each other.
func (s *sent) meetings(subj subject, objs []int, k, end int) []candidate {
	st, ok := s.status(subj, k, end)
	if !ok {
		return nil
	}
	placeEnt, place := -1, ""
	if !s.remote(k, end) {
		placeEnt, place = s.meetingPlace(end)
		if after := s.afterPeople(end, objs); placeEnt < 0 && after > end {
			placeEnt, place = s.meetingPlace(after)
		}
		if placeEnt < 0 {
			// "Tokyo — X hosted Y": a roundup's item opens with its
			// place.
			if p := s.a.paragraphPlace(s.i); p >= 0 {
				placeEnt, place = p, s.a.ents[p].Label
			}
		}
		if placeEnt < 0 && st == model.Occurred && !s.cancelledEvent() {
			// "LILONGWE (AP) - X met Malawi's president on Wednesday":
			// a meeting with no place, one of whose people is at home
			// where the story was filed, was held there. (Seoul
			// reports on meetings in Pyongyang are not.)
			if p := s.a.datelinePlace(); p >= 0 && s.a.hasLocal(append(slices.Clone(subj.ents), objs...), p) {
				placeEnt, place = p, s.a.ents[p].Label
			}
		}
	}
	when := s.when(end)
	var out []candidate
	if placeEnt >= 0 {
		// "met the IMF in Washington", "met his Turkish counterpart in
		// New York": a meeting abroad is a visit even when the partner
		// is not named.
		for _, p := range subj.ents {
			if home, where := s.a.personCountry(p), s.a.countryOf(placeEnt); home != "" && where != "" && home != where && s.a.ents[placeEnt].Type == model.GPE {
				out = append(out, candidate{kind: model.Visited, status: st, from: p, to: placeEnt, sent: s.i, when: when, placeEnt: -1})
			}
		}
	}
	add := func(x, y int) {
		if x == y || x < 0 || y < 0 {
			return
		}
		if x > y {
			x, y = y, x
		}
		out = append(out, candidate{kind: model.Met, status: st, from: x, to: y, sent: s.i, place: place, when: when, placeEnt: placeEnt, host: -1})
	}
	for _, x := range append(subj.ents, s.companions(s.afterPeople(end, objs))...) {
		for _, y := range objs {
			add(x, y)
		}
	}
	if len(objs) > 1 && (s.together(end, s.afterPeople(end, objs)) || receptionVerbs.has(s.w(k)) && s.forTalks(s.afterPeople(end, objs))) {
		// "hosted his Moldovan and Romanian counterparts, A and B":
		// the guests met each other too.
		for i, x := range objs {
			for _, y := range objs[i+1:] {
				add(x, y)
			}
		}
	}
	// "X and Y met". With a partner ("X and Y held talks with Z") the
	// subject's people met each other when they come from different
	// countries (a summit of three); people of one side (a leader and his
	// party's officials) are a delegation, not a meeting.
	for i, x := range subj.ents {
		for _, y := range subj.ents[i+1:] {
			if len(objs) == 0 || s.a.foreigners(x, y) {
				add(x, y)
			}
		}
	}
	return out
}

// titleWord reports whether token k is a lower-case title or description
// noun.
func (s *sent) titleWord(k int) bool {
	switch s.w(k) {
	case "president", "minister", "prime", "foreign", "envoy", "counterpart", "leader", "chancellor", "secretary", "king", "crown", "prince", "ambassador", "special", "top", "visiting", "his", "her", "their", "the",
		"majesty", "highness", "excellency", "queen", "emir", "sultan", "sheikh":
		return true
	}
	return false
}

// hasPhoneWord reports whether the sentence speaks of a phone or video
// call.
func (s *sent) hasPhoneWord() bool {
	for k := s.first; k < s.last; k++ {
		if phoneWords.has(s.w(k)) {
			return true
		}
	}
	return false
}

// callOn reads a courtesy call, "X called on Y" or "X will call on Y";
// "called on Y to resign" is an appeal, not a meeting.
func (s *sent) callOn(k int) []candidate {
	o := k + 2
	objs := s.objects(o)
	if len(objs) == 0 {
		return nil
	}
	for e := o; e < s.last && e < o+12; e++ {
		if s.a.person(e) >= 0 {
			continue
		}
		if s.w(e) == "to" && e+1 < s.last && s.tag(e+1) == "VB" && !purposeVerbs.has(s.w(e+1)) {
			// "called on Ruiz to resign" urges; "called on Ruiz to
			// discuss trade" visits.
			return nil
		}
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	return s.meetings(subj, objs, k, k+2)
}

// together reports whether the words after a trigger say that its several
// partners met as one group: "counterparts" in the plural, "trilateral",
// "jointly", a shared meal.
func (s *sent) together(end, after int) bool {
	for j := end; j < s.last && j < max(end+25, after+12); j++ {
		switch s.w(j) {
		case "counterparts", "trilateral", "three-way", "jointly", "together", "joint", "breakfast", "lunch", "dinner":
			return true
		case "separately", "separate", ";":
			return false
		}
	}
	return false
}

// remote reports whether the trigger [k, end) is a phone or video call,
// which has no place.
func (s *sent) remote(k, end int) bool {
	for j := max(s.first, k-3); j < s.last && j < end+6; j++ {
		switch s.w(j) {
		case "phone", "telephone", "video", "videoconference", "video-conference", "teleconference", "virtual", "virtually", "phoned", "telephoned":
			return true
		}
	}
	return false
}

// personObject reports whether a person is named right after a verb, with
// only a title before the name ("visited President Ruiz").
func (s *sent) personObject(o int) bool {
	for e := o; e < s.last && e < o+7; e++ {
		if s.a.person(e) >= 0 && s.tag(e) != "PRP$" {
			return true
		}
		if s.a.place(e) >= 0 && !(e+1 < s.last && (strings.HasPrefix(s.tag(e+1), "NN") || s.possessive(e+1))) {
			// A place as the object ("visited Hanoi"); a place before a
			// title qualifies it ("her US counterpart").
			return false
		}
		if s.w(e) == "," && e+1 < s.last && s.a.person(e+1) >= 0 {
			continue // "her US counterpart, Pete Hegseth"
		}
		if !(s.tag(e) == "DT" || s.tag(e) == "JJ" || strings.HasPrefix(s.tag(e), "NN") || s.tag(e) == "PRP$" || s.tag(e) == "POS" || s.a.place(e) >= 0) {
			return false
		}
	}
	return false
}

// callToVerb reports whether "called X" is a call made for a purpose, "called
// Kast to congratulate him", not "called Kast a traitor".
func (s *sent) callToVerb(k int) bool {
	e := k + 1
	if e >= s.last || s.a.person(e) < 0 {
		return false
	}
	e = s.a.mentionEnd(e, s.last)
	if e+1 >= s.last || s.w(e) != "to" {
		return false
	}
	switch s.w(e + 1) {
	case "congratulate", "discuss", "thank", "express", "offer", "convey", "wish", "brief", "update", "inform", "condole", "apologise", "apologize":
		return true
	}
	return false
}

// delegationVerbs take a delegation to a place: "will lead a trade
// mission to Riyadh".
var delegationVerbs = newSet(`lead leads led leading take takes took taking
bring brings brought bringing`)

// leadDelegation reads "X will take a business delegation to Riyadh": X
// travels there.
func (s *sent) leadDelegation(k int) []candidate {
	for e := k + 1; e < s.last && e < k+6; e++ {
		switch s.w(e) {
		case "delegation", "delegations", "mission", "team":
			if e+1 < s.last && s.w(e+1) == "to" {
				subj := s.subject(k)
				if !subj.ok {
					return nil
				}
				return s.visits(subj, s.destination(e+2), k, k+1)
			}
			return nil
		}
		if !(s.tag(e) == "DT" || s.tag(e) == "JJ" || s.tag(e) == "NN" || s.tag(e) == "PRP$") {
			return nil
		}
	}
	return nil
}

// endOfVisit reports whether "left X" ends a visit the sentence speaks of:
// "left Beijing at the end of a three-day state visit".
func (s *sent) endOfVisit(k int) bool {
	for e := k + 1; e < s.last && e < k+15; e++ {
		if visitNouns.has(s.w(e)) {
			return true
		}
	}
	return false
}

// discussVerbs say what people talked about: "X and Y discussed trade".
var discussVerbs = newSet(`discussed discuss discusses discussing`)

// discussed reads "X and Y discussed Z" and "X discussed Z with Y": people
// who discussed something together met, in person or by phone.
func (s *sent) discussed(k int) []candidate {
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	for e := k + 1; e < s.last && e < k+12; e++ {
		w := s.w(e)
		if w == "with" && e+1 < s.last {
			if objs := s.objects(e + 1); len(objs) > 0 {
				return s.meetings(subj, objs, k, k+1)
			}
			break
		}
		if w == "," || w == ";" || strings.HasPrefix(s.tag(e), "VB") {
			break
		}
	}
	if len(subj.ents) > 1 {
		return s.meetings(subj, nil, k, k+1)
	}
	return nil
}
