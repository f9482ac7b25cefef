package relate

import (
	"strings"

	"github.com/parley/parley/extract/model"
)

// visitVerb reads "X visited P".
func (s *sent) visitVerb(k int) []candidate {
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	cs := s.visits(subj, s.destination(k+1), k, k+1)
	// "A and B toured the ruins", "toured the field with X and Y":
	// people who toured together met.
	var with []int
	for j := k + 1; j < s.last && j < k+15; j++ {
		if w := s.w(j); w == "," || w == ";" || clauseStarts.has(w) || strings.HasPrefix(s.tag(j), "VB") {
			break
		}
		if s.w(j) == "with" {
			with = s.objects(j + 1)
			break
		}
	}
	if len(with) > 0 || len(subj.ents) > 1 {
		for _, c := range s.meetings(subj, with, k, k+1) {
			if c.kind == model.Met {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// travelVerb reads "X travelled to P", "X arrived in P", "X flew to P".
func (s *sent) travelVerb(k int) []candidate {
	o := k + 1
	for o < s.last && o < k+3 && (s.tag(o) == "RB" || s.tag(o) == "RP" || s.w(o) == "on" && o+1 < s.last && s.w(o+1) == "to") {
		if w := s.w(o); w == "back" || w == "home" {
			// "before flying back to Tripoli": going home is no visit.
			return nil
		}
		o++
	}
	if o >= s.last {
		return nil
	}
	var places []int
	switch s.w(o) {
	case "to", "in", "at", "into":
		places = s.destination(o + 1)
	}
	if len(places) == 0 && (s.w(o) == "from" || s.w(o) == "at" || s.w(o) == "in" && o+1 < s.last && s.w(o+1) == "from" || s.w(o-1) == "in") && arrivalVerbs.has(s.w(k)) {
		// "flew in from Islamabad", "arrived at the airport": the
		// place of the article's dateline is where they came.
		if d := s.a.datelinePlace(); d >= 0 {
			places = []int{d}
		}
	}
	if len(places) == 0 {
		return nil
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	cs := s.visits(subj, places, k, k+1)
	if progressiveTravel.has(s.w(k)) && k > s.first && s.passiveAux(k-1) {
		// "was travelling to Washington": under way, not yet there.
		for i := range cs {
			cs[i].status = model.Planned
		}
	}
	return cs
}

// passiveAux reports whether token j is a form of "be".
func (s *sent) passiveAux(j int) bool {
	switch s.w(j) {
	case "was", "were", "is", "are", "am", "be", "been":
		return true
	}
	return false
}

// visitNoun reads "X's visit to P", "his trip to P" and "X is on a visit to
// P".
func (s *sent) visitNoun(k int) []candidate {
	o := k + 1
	if o >= s.last {
		return nil
	}
	switch s.w(o) {
	case "to", "in", "of":
	default:
		return nil
	}
	places := s.destination(o + 1)
	if len(places) == 0 && s.w(o) == "of" {
		// "the visit of the King of Bhutan, X, to Prayagraj": the
		// visitor after "of", the place after "to".
		if people := s.objects(o + 1); len(people) > 0 {
			for e := o + 1; e < s.last && e < o+20; e++ {
				if s.w(e) == "to" {
					if places := s.destination(e + 1); len(places) > 0 {
						return s.visits(subject{ok: true, ents: people, start: o + 1, end: e}, places, k, k+1)
					}
					break
				}
				if strings.HasPrefix(s.tag(e), "VB") {
					break
				}
			}
		}
		return nil
	}
	if len(places) == 0 {
		return nil
	}
	subj := s.nounSubject(k)
	if !subj.ok {
		return nil
	}
	return s.visits(subj, places, k, k+1)
}

// dueIn reads "X was due in P" and "X arrived in P".
func (s *sent) dueIn(k int) []candidate {
	o := k + 1
	if o >= s.last || s.w(o) != "in" && s.w(o) != "at" {
		return nil
	}
	subj := s.subject(k)
	if !subj.ok {
		return nil
	}
	cs := s.visits(subj, s.destination(o+1), k, k+1)
	if s.w(k) == "due" || s.w(k) == "expected" {
		// "due in Washington": expected, not yet there.
		for i := range cs {
			cs[i].status = model.Planned
		}
	}
	return cs
}

// destination returns the places named from token o on: one, or a list
// ("Hanoi and Jakarta"), skipping "the capital" and the like. "Here" is the
// dateline's place.
func (s *sent) destination(o int) []int {
	if o < s.last && s.w(o) == "here" {
		if p := s.a.datelinePlace(); p >= 0 {
			return []int{p}
		}
		return nil
	}
	var out []int
	for k := o; k < s.last && k < o+8; k++ {
		if p := s.a.place(k); p >= 0 {
			out = append(out, p)
			k = s.a.mentionEnd(k, s.last) - 1
			if k+2 < s.last && s.w(k+1) == "and" && s.a.place(k+2) >= 0 {
				k++
				continue
			}
			break
		}
		if s.a.person(k) >= 0 {
			break
		}
		switch s.tag(k) {
		case "DT", "JJ", "NN", "CD", "PRP$":
			continue
		}
		if s.w(k) == "of" {
			continue
		}
		break
	}
	return out
}

// visits makes the visit candidates of each person of subj to each place.
func (s *sent) visits(subj subject, places []int, k, end int) []candidate {
	if len(places) == 0 {
		return nil
	}
	st, ok := s.status(subj, k, end)
	if !ok {
		return nil
	}
	if s.headline() && k > s.first && s.w(k-1) == "to" {
		// "Iwaya to visit Washington": a headline's infinitive is a
		// plan.
		st = model.Planned
	}
	when := s.when(end)
	var out []candidate
	for _, p := range subj.ents {
		for _, pl := range places {
			if s.a.ents[pl].Type != model.GPE {
				continue
			}
			out = append(out, candidate{kind: model.Visited, status: st, from: p, to: pl, sent: s.i, when: when, placeEnt: -1})
		}
	}
	return out
}

// impliedVisits turns a meeting held in a place into a visit to that place
// by a participant from another country: a US envoy meeting Ukraine's
// president in Kyiv visited Kyiv. When only one participant's country is
// known and the place is in it, the meeting is at that participant's home
// and the other one is the visitor, unless the other one was the host. A
// meeting with no place whose host is at home under the article's
// dateline was held there.
func (a *article) impliedVisits(cands []candidate) []candidate {
	var out []candidate
	dateline := a.datelinePlace()
	for _, c := range cands {
		if c.kind == model.Met && c.placeEnt < 0 && c.host >= 0 && dateline >= 0 && !c.weak {
			// "PANAMA CITY - X hosted his Guatemalan counterpart Y": a
			// host at home under the dateline received a foreign guest
			// there.
			guest := c.from + c.to - c.host
			where := a.countryOf(dateline)
			if where != "" && a.personCountry(c.host) == where && a.personCountry(guest) != "" && a.personCountry(guest) != where && !a.resident(guest) {
				out = append(out, candidate{kind: model.Visited, status: c.status, from: guest, to: dateline, sent: c.sent, when: c.when, placeEnt: -1})
			}
			continue
		}
		if c.kind != model.Met || c.placeEnt < 0 || c.weak || a.ents[c.placeEnt].Type != model.GPE {
			continue
		}
		where := a.countryOf(c.placeEnt)
		if where == "" && c.host >= 0 {
			// A town the gazetteer lacks, where a host received a
			// guest: the host's country.
			where = a.personCountry(c.host)
		}
		if where == "" {
			continue
		}
		homes := [2]string{a.personCountry(c.from), a.personCountry(c.to)}
		for i, p := range []int{c.from, c.to} {
			home, other := homes[i], homes[1-i]
			if home == where || home == "" && other != where || a.resident(p) || p == c.host {
				continue
			}
			out = append(out, candidate{kind: model.Visited, status: c.status, from: p, to: c.placeEnt, sent: c.sent, when: c.when, placeEnt: -1})
		}
	}
	return out
}

// countryOf returns the ISO code of the country a place entity is or lies
// in, or "".
func (a *article) countryOf(e int) string {
	ent := a.ents[e]
	if ent.Key != "" {
		return ent.Key
	}
	if p, ok := a.f.gaz.Place(ent.Label); ok {
		return p.Country
	}
	return ""
}

// personCountry returns the ISO code of a person's country affiliation, or
// "".
func (a *article) personCountry(e int) string {
	name := a.ents[e].Attributes["country"]
	if name == "" {
		return ""
	}
	if c, ok := a.f.gaz.Country(name); ok {
		return c.Code
	}
	return ""
}

// datelinePlace returns the place of the article's dateline: a line of its
// own, first or right after the headline, that names only a place. It
// returns -1 when there is none.
func (a *article) datelinePlace() int {
	for _, sn := range a.doc.Sentences {
		if sn.Para > 1 {
			break
		}
		if sn.Last-sn.First > 4 || sn.Para == 0 && a.doc.Sentences[len(a.doc.Sentences)-1].Para == 0 {
			// A line of its own, not the whole text.
			continue
		}
		for k := sn.First; k < sn.Last; k++ {
			if p := a.place(k); p >= 0 && a.ents[p].Type == model.GPE {
				return p
			}
		}
	}
	return -1
}

// foreigners reports whether two people's countries are both known and
// differ.
func (a *article) foreigners(x, y int) bool {
	cx, cy := a.personCountry(x), a.personCountry(y)
	return cx != "" && cy != "" && cx != cy
}

// resident reports whether a person's title makes them live abroad: an
// ambassador or a consul meets people where they are posted.
func (a *article) resident(p int) bool {
	t := strings.ToLower(a.ents[p].Attributes["title"])
	return strings.Contains(t, "ambassador") || strings.Contains(t, "high commissioner") || strings.Contains(t, "consul")
}

// partyVisits gives the members of a leader's party the leader's visits:
// "X, who travelled with Sudani" went to Muscat with him.
func (a *article) partyVisits(cands []candidate) []candidate {
	var out []candidate
	for _, pm := range a.party {
		member, leader := pm[0], pm[1]
		for _, c := range cands {
			if c.kind == model.Visited && c.from == leader {
				v := c
				v.from = member
				out = append(out, v)
			}
		}
	}
	return out
}
