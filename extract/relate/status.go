package relate

import (
	"strings"

	"github.com/parley/parley/extract/model"
)

// status says whether the relation stated by the trigger [k, end) with
// subject subj occurred or is planned, and false when it is refused,
// cancelled, negated or hypothetical.
func (s *sent) status(subj subject, k, end int) (model.Status, bool) {
	// The verb group between the subject and the trigger carries tense,
	// modality and negation: "will meet", "did not meet", "declined to
	// meet", "is due to begin a visit".
	from := subj.end
	if from > k || from < s.first {
		from = k
	}
	// "X urged leaders to agree and met Y": the verb group of a
	// coordinated finite verb starts at the conjunction; a bare verb
	// shares the first one's ("will fly to Lima and meet Y").
	for j := k - 1; j > from && (s.tag(k) == "VBD" || s.tag(k) == "VBZ"); j-- {
		if (s.w(j) == "and" || s.w(j) == "but") && s.verbGroupOnly(j+1, k) {
			from = j + 1
			break
		}
	}
	planned := false
	for j := from; j < k; j++ {
		w := s.w(j)
		if w == "," && j+1 < k && relativePronouns.has(s.w(j+1)) {
			// "X, who has no plans to travel, spoke with Y": the
			// relative clause has its own verbs.
			if c := s.nextComma(j+1, k); c > 0 {
				j = c
				continue
			}
		}
		switch {
		case negations.has(w) || refusals.has(w):
			return "", false
		case hypotheticals.has(w) && w != "called" && w != "calls" && !(w == "may" && isUpper(s.toks[j].Text) && j > s.first):
			// Not the month: "visit Taiwan in May for talks".
			return "", false
		case futureMarkers.has(w) || progressiveTravel.has(w):
			planned = true
		case w == "to" && j > s.first && beForms.has(s.w(j-1)):
			// "are to meet": be + infinitive is a plan.
			planned = true
		}
	}
	// A meeting noun as the subject of its own clause: "A meeting between
	// X and Y is scheduled for Friday", "talks ... were called off".
	if s.tag(k) == "NN" || s.tag(k) == "NNS" {
		if st, ok, found := s.nounPredicate(end); found {
			if !ok {
				return "", false
			}
			if st == model.Planned {
				planned = true
			}
		}
	}
	// "A visit by X, during which he was due to meet Y, was called off";
	// "A meeting between X and Y, to have been chaired by Z, was
	// cancelled": the sentence's meeting or trip did not happen.
	if s.cancelledEvent() {
		return "", false
	}
	// "..., but the meeting was cancelled", "called off that trip", "will
	// no longer make the trip".
	for j := end; j+2 < s.last; j++ {
		if meetingNouns.has(s.w(j)) && beForms.has(s.w(j+1)) && cancelWords.has(s.w(j+2)) {
			return "", false
		}
		if cancelWords.has(s.w(j)) || s.w(j) == "longer" && s.w(j-1) == "no" {
			for e := j + 1; e < s.last && e < j+5; e++ {
				if visitNouns.has(s.w(e)) || meetingNouns.has(s.w(e)) {
					return "", false
				}
			}
		}
	}
	// A control verb before the subject: "invited Ruiz to visit", "urged
	// them to meet".
	if subj.start > s.first && subj.start <= k {
		if b := s.w(subj.start - 1); hypotheticals.has(b) || refusals.has(b) {
			return "", false
		}
	}
	// Modifiers of a meeting noun: "the cancelled talks", "a planned
	// meeting", "his upcoming visit".
	for j := k - 1; j >= s.first && j >= k-5; j-- {
		w := s.w(j)
		if refusals.has(w) || w == "no" || w == "possible" || w == "potential" || w == "proposed" {
			return "", false
		}
		if (w == "welcome" || w == "like" || w == "love") && j > s.first && (s.w(j-1) == "would" || s.w(j-1) == "'d") {
			// "would welcome a meeting with X": a wish.
			return "", false
		}
		if w == "planned" || w == "upcoming" || w == "scheduled" || w == "expected" || w == "next" || w == "forthcoming" {
			planned = true
		}
	}
	// A condition anywhere in the sentence: "if they meet", "would meet
	// only if".
	for j := s.first; j < s.last; j++ {
		if w := s.w(j); w == "if" || w == "unless" {
			if j < k || j < end+8 {
				return "", false
			}
		}
	}
	// "ahead of" and "before" look forward from the main clause: the
	// meeting is planned unless the main clause is already in the past.
	if s.ahead(k) && !s.mainPast(k) {
		planned = true
	}
	// A future time after the trigger: "next week", "later this month";
	// not in a clause of its own ("met X on Monday and will meet Y next
	// week").
	for j := end; j < s.last && j < end+10; j++ {
		if (s.w(j) == "and" || s.w(j) == "but") && j+1 < s.last && (s.tag(j+1) == "MD" || strings.HasPrefix(s.tag(j+1), "VB")) {
			break
		}
		switch s.w(j) {
		case "next", "tomorrow", "upcoming":
			planned = true
		case "later":
			if j+1 < s.last && (s.w(j+1) == "this" || s.w(j+1) == "next" || s.w(j+1) == "in") {
				planned = true
			}
		case ".", ";":
			j = s.last
		}
	}
	if planned {
		return model.Planned, true
	}
	return model.Occurred, true
}

// cancelledEvent reports whether the sentence says that a meeting or a
// trip it names was cancelled: a meeting or visit noun, and later a passive
// of a cancelling verb ("was called off", "had been dropped").
func (s *sent) cancelledEvent() bool {
	noun := false
	for j := s.first; j+1 < s.last; j++ {
		w := s.w(j)
		if meetingNouns.has(w) || visitNouns.has(w) {
			noun = true
			continue
		}
		if !noun || !beForms.has(w) || j > s.first && s.w(j-1) == "that" {
			// "a state visit that was postponed last year" tells the
			// visit's past.
			continue
		}
		e := j + 1
		for e < s.last && (s.tag(e) == "RB" || s.w(e) == "been") {
			e++
		}
		if e < s.last && (cancelWords.has(s.w(e)) || s.w(e) == "dropped") {
			return true
		}
	}
	return false
}

// forMeeting reports whether "for" at j introduces the meeting itself:
// "for talks in Jakarta", "for a summit in Lima".
func (s *sent) forMeeting(j int) bool {
	for e := j + 1; e < s.last && e < j+4; e++ {
		if meetingNouns.has(s.w(e)) {
			return true
		}
		if s.tag(e) != "DT" && s.tag(e) != "JJ" && s.tag(e) != "NN" {
			return false
		}
	}
	return false
}

// nextComma returns the index of the first comma in [from, to), or -1.
func (s *sent) nextComma(from, to int) int {
	for j := from; j < to; j++ {
		if s.w(j) == "," {
			return j
		}
	}
	return -1
}

// ahead reports whether the noun phrase at k follows "ahead of" or
// "before".
func (s *sent) ahead(k int) bool {
	for j := k - 1; j >= s.first && j >= k-4; j-- {
		w := s.w(j)
		if w == "ahead" || w == "before" || w ==
			"awaiting" {
			return true
		}
	}
	return false
}

// mainPast reports whether the sentence's main verb, outside the phrase
// holding k, is in the past tense.
func (s *sent) mainPast(k int) bool {
	// "was received by Y, before holding talks with X": the main clause
	// comes first.
	for j := k - 1; j > s.first && j >= k-3; j-- {
		if fronting.has(s.w(j)) && s.w(j-1) == "," {
			if v := s.previousVerb(j - 1); v >= 0 {
				return s.tag(v) == "VBD" || pastVerbs.has(s.w(v))
			}
		}
	}
	for j := k + 1; j < s.last; j++ {
		if s.tag(j) == "VBD" {
			return true
		}
		if s.tag(j) == "MD" || s.w(j) == "will" {
			return false
		}
	}
	return false
}

// meetingPlace returns the place of a meeting: the first GPE after "in" or
// "at" in the words from end on (after the trigger and the people met),
// before the clause ends.
func (s *sent) meetingPlace(end int) (int, string) {
	for j := end; j < s.last && j < end+25; j++ {
		w := s.w(j)
		if w == ";" || w == "." || w == "said" {
			break
		}
		if w == "on" && j > end && (s.tag(j-1) == "NN" || s.tag(j-1) == "NNS") && j+1 < s.last && !dateWords.has(s.w(j+1)) && s.tag(j+1) != "CD" && !(j+2 < s.last && (s.w(j+2) == "sidelines" || s.w(j+2) == "margins" || s.w(j+2) == "margin")) {
			// "talks on the war in Sudan", "a letter of intent on
			// training in Denmark": the topic's place.
			break
		}
		if w == "aimed" || w == "designed" || w == "intended" {
			// "agreements aimed at ending the conflict in Congo".
			break
		}
		if clauseStarts.has(w) || topicWords.has(w) || relativePronouns.has(w) {
			// "spoke about the treaty signed in X": the place is the
			// topic's; in "met X, who told him ... in Y" the clause's.
			break
		}
		if w == "for" && !(j+1 < s.last && isUpper(s.toks[j+1].Text)) && !s.forMeeting(j) || w == "to" && j+1 < s.last && s.tag(j+1) == "VB" {
			// A purpose: "to discuss the summit in X"; not a title's
			// portfolio ("Minister for Energy Affairs").
			break
		}
		if w != "in" && w != "at" {
			continue
		}
		// "in Kyiv", "in the capital Kyiv", "in the eastern coastal city
		// of Wonsan"; not "in parliament that a Taiwan ...".
		for e := j + 1; e < s.last && e < j+7; e++ {
			if p := s.a.place(e); p >= 0 {
				if mi := s.a.at[e]; mi >= 0 && s.a.ms[mi].Form == model.Demonym {
					// "a source in the Turkish delegation".
					break
				}
				return p, s.a.ents[p].Label
			}
			t := s.tag(e)
			if !(t == "DT" || t == "JJ" || t == "NN" || s.w(e) == "of") || clauseStarts.has(s.w(e)) {
				break
			}
		}
	}
	return -1, ""
}

// when returns the date expression after the trigger: "on Monday", "last
// week", "on July 14".
func (s *sent) when(end int) string {
	for j := end; j < s.last && j < end+20; j++ {
		w := s.w(j)
		if w == ";" || w == "said" {
			break
		}
		start := -1
		switch {
		case (w == "on" || w == "in") && j+1 < s.last && dateWords.has(s.w(j+1)):
			start = j + 1
		case (w == "last" || w == "next" || w == "this" || w == "earlier" || w == "later") && j+1 < s.last && (dateWords.has(s.w(j+1)) || s.w(j+1) == "this"):
			start = j
		case w == "yesterday" || w == "today" || w == "tomorrow":
			start = j
		}
		if start < 0 {
			continue
		}
		e := start + 1
		for e < s.last && (dateWords.has(s.w(e)) || s.tag(e) == "CD" || s.w(e) == "this") {
			e++
		}
		return s.a.doc.Text[s.toks[start].Start:s.toks[e-1].End]
	}
	return ""
}

// nounPredicate reads the verb group that follows a meeting noun's phrase
// ("... is scheduled for Friday", "... was called off", "... are expected
// in June"): found is false when no verb group follows within the clause.
func (s *sent) nounPredicate(end int) (st model.Status, ok, found bool) {
	for j := end; j < s.last && j < end+15; j++ {
		w := s.w(j)
		if w == "," || w == ";" || clauseStarts.has(w) {
			return "", false, false
		}
		if !beForms.has(w) && w != "will" && w != "has" && w != "have" && w != "had" {
			continue
		}
		for e := j + 1; e < s.last && e < j+4; e++ {
			v := s.w(e)
			switch {
			case cancelWords.has(v) || negations.has(v) || hypotheticals.has(v) || v == "possible" || v == "likely":
				return "", false, true
			case futureMarkers.has(v) || v == "to" || w == "will":
				return model.Planned, true, true
			}
		}
		return model.Occurred, true, true
	}
	return "", false, false
}
