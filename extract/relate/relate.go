// Package relate finds who met whom, and who visited where, in an article
// whose mentions are resolved.
//
// It reads each sentence with a shallow grammar of English news: a trigger
// (a form of "meet", "held talks with", "hosted", "spoke by phone with",
// "visited", "travelled to", or a noun such as "meeting" or "visit"), the
// subject found by walking left from the trigger over auxiliaries, adverbs
// and prepositional phrases, and the partners or places found by walking
// right over titles, appositions and lists. A subject that is a common noun
// ("Trump's envoy", "officials") is not a named person, so it gives no
// edge; neither do meetings that are refused, cancelled, negated or only
// hypothetical. Words around the trigger say whether it occurred or is
// planned.
package relate

import (
	"sort"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/nlp"
)

// Finder finds relations. It is safe for concurrent use.
type Finder struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Finder that places cities in their countries with gaz.
func New(gaz *gazetteer.Gazetteer) *Finder {
	return &Finder{gaz: gaz}
}

// candidate is one relation stated by one sentence.
type candidate struct {
	kind   model.RelationKind
	status model.Status
	from   int // entity index
	to     int // entity index
	sent   int
	place  string
	when   string
	// placeEnt is the entity of the meeting's place, or -1.
	placeEnt int
	// weak marks a relation only implied ("X told Y"): it is kept when the
	// same pair is related by a stronger sentence.
	weak bool
	// host is the person of a meeting who received the other, who
	// therefore did not travel to it; -1 when not known.
	host int
}

// Find returns the relations that the sentences of doc state between the
// entities, with the sentences as evidence.
func (f *Finder) Find(articleID string, doc *nlp.Doc, mentions []model.Mention, entities []model.Entity) []model.Relation {
	a := newArticle(f, doc, mentions, entities)
	var cands []candidate
	for i := range doc.Sentences {
		cands = append(cands, a.sentence(i)...)
	}
	cands = append(cands, a.impliedVisits(cands)...)
	cands = append(cands, a.partyVisits(cands)...)
	return assemble(articleID, doc, entities, cands)
}

// assemble merges the candidates of one article into relations: one per
// kind and pair, occurred if any sentence says it occurred.
func assemble(articleID string, doc *nlp.Doc, entities []model.Entity, cands []candidate) []model.Relation {
	type key struct {
		kind     model.RelationKind
		from, to int
	}
	strong := map[key]bool{}
	for _, c := range cands {
		if !c.weak {
			strong[key{c.kind, c.from, c.to}] = true
		}
	}
	index := map[key]int{}
	var out []model.Relation
	seen := map[[2]int]bool{}
	for _, c := range cands {
		k := key{c.kind, c.from, c.to}
		if c.weak && !strong[k] {
			continue
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, model.Relation{Kind: c.kind, Status: c.status, From: c.from, To: c.to})
		}
		r := &out[i]
		if c.status == model.Occurred {
			r.Status = model.Occurred
		}
		if r.Place == "" {
			r.Place = c.place
		}
		if r.When == "" {
			r.When = c.when
		}
		if seen[[2]int{i, c.sent}] {
			continue
		}
		seen[[2]int{i, c.sent}] = true
		s := doc.Sentences[c.sent]
		r.Evidence = append(r.Evidence, model.Evidence{
			Article:  articleID,
			Sentence: doc.Text[s.Start:s.End],
			Start:    s.Start,
			End:      s.End,
		})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Kind != out[b].Kind {
			return out[a].Kind < out[b].Kind
		}
		if out[a].From != out[b].From {
			return out[a].From < out[b].From
		}
		return out[a].To < out[b].To
	})
	return out
}
