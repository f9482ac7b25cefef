// Package model defines the types that flow through the extraction pipeline:
// Article, Mention, Entity, Relation and Result. Package extract re-exports
// them; the stage packages use them from here to avoid an import cycle.
package model

// Article is one news story, cleaned and ready for analysis.
//
// Text holds the headline (when there is one) as its first paragraph, a blank
// line, then the body. Every byte offset the pipeline reports (mentions,
// evidence) is an offset into Text.
type Article struct {
	// ID identifies the article in the graph's evidence. Readers derive it
	// from the input path and the story's position in it, so it is stable
	// across runs.
	ID string `json:"id"`
	// Path is the input the article was read from ("-" for standard input).
	Path string `json:"path,omitempty"`
	// Title is the headline, also present as the first paragraph of Text.
	Title string `json:"title,omitempty"`
	// Source is the outlet or news agency that published the story.
	Source string `json:"source,omitempty"`
	// URL is where the story was published, when known.
	URL string `json:"url,omitempty"`
	// Date is the publication date as given by the input, when known.
	Date string `json:"date,omitempty"`
	// Text is the cleaned headline and body that the pipeline analyses.
	Text string `json:"text"`
}

// Type is the kind of a named entity.
type Type string

// Entity types, as written in the graph outputs.
const (
	// Person is a named human being.
	Person Type = "PERSON"
	// Org is an organisation: a government body, ministry, agency, party,
	// alliance, company or news outlet.
	Org Type = "ORG"
	// GPE is a geo-political entity: a country, city, state or region with
	// a government.
	GPE Type = "GPE"
	// Loc is any other named place: a sea, a mountain range, a continent.
	Loc Type = "LOC"
)

// ParseType maps a type name, as users write it on the command line, to a
// Type. It accepts the output names and the common long forms.
func ParseType(s string) (Type, bool) {
	switch s {
	case "PERSON", "person", "PER", "per":
		return Person, true
	case "ORG", "org", "ORGANIZATION", "organization", "ORGANISATION", "organisation":
		return Org, true
	case "GPE", "gpe":
		return GPE, true
	case "LOC", "loc", "LOCATION", "location":
		return Loc, true
	}
	return "", false
}

// Form says how a mention names its entity.
type Form int

// Mention forms. Only Name mentions can give an entity its label; the others
// are resolved to an entity named elsewhere.
const (
	// Name is a proper name: "Sergey Lavrov", "Lavrov", "North Korea".
	Name Form = iota
	// Demonym is a nationality adjective or noun standing for a country:
	// "Russian", "Ukrainians".
	Demonym
	// Acronym is an abbreviation: "NATO", "U.S.", "DPRK".
	Acronym
	// Pronoun is a personal pronoun: "he", "his", "she".
	Pronoun
	// Description is a definite description: "the Russian minister".
	Description
)

// Mention is one place in an article's text that refers to an entity.
type Mention struct {
	// Start and End are byte offsets into Article.Text.
	Start, End int
	// Text is Article.Text[Start:End].
	Text string
	// Sentence is the index of the sentence holding the mention.
	Sentence int
	// Type is the entity type the mention refers to.
	Type Type
	// Form says whether the mention is a name, demonym, acronym, pronoun or
	// description.
	Form Form
	// Key is a canonical identity for mentions that a gazetteer resolves,
	// such as a country's ISO 3166-1 alpha-2 code; empty otherwise.
	Key string
	// Title is a title written before or beside a person's name
	// ("Foreign Minister"); empty when none.
	Title string
	// Affiliation is the country or organisation a title is qualified by
	// ("Russia" in "Russian Foreign Minister"); empty when none.
	Affiliation string
	// Weak marks a mention whose type is a guess from weak evidence (an
	// unknown capitalised word); resolution confirms it when it matches a
	// name seen elsewhere and drops it otherwise.
	Weak bool
	// Entity is the index of the resolved entity in Result.Entities, or -1
	// before resolution.
	Entity int
}

// Entity is one real-world referent of an article, with all the ways the
// article names it.
type Entity struct {
	// Label is the canonical name: the fullest proper form seen.
	Label string
	// Type is the entity's type.
	Type Type
	// Key is a canonical identity from a gazetteer (ISO code for
	// countries); empty otherwise.
	Key string
	// Aliases are the other surface forms seen, sorted.
	Aliases []string
	// Mentions counts the mentions resolved to the entity.
	Mentions int
	// Attributes hold facts the text states about the entity: "title",
	// "country", "iso" (ISO 3166-1 alpha-2 code).
	Attributes map[string]string
}

// RelationKind names a relation between entities.
type RelationKind string

// Relation kinds, as written in the graph outputs.
const (
	// Met links two people who met, held talks or spoke; it is symmetric.
	Met RelationKind = "met"
	// Visited links a person to a place they travelled to.
	Visited RelationKind = "visited"
)

// Status says whether a relation happened or is expected to.
type Status string

// Relation statuses.
const (
	// Occurred marks a meeting or visit that took place or is under way.
	Occurred Status = "occurred"
	// Planned marks one that is announced, scheduled or expected.
	Planned Status = "planned"
)

// Evidence is a sentence that supports a relation.
type Evidence struct {
	// Article is the ID of the article holding the sentence.
	Article string `json:"article"`
	// Sentence is the sentence's text.
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of the sentence in the article's Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Relation is a meeting between two people, or a visit by a person to a
// place, found in one article.
type Relation struct {
	// Kind is Met or Visited.
	Kind RelationKind
	// Status is Occurred or Planned.
	Status Status
	// From and To index Result.Entities. For Met, From < To; for Visited,
	// From is the person and To the place.
	From, To int
	// Place and When are the meeting's place and date expression, when the
	// sentence states them.
	Place, When string
	// Evidence lists the sentences that state the relation.
	Evidence []Evidence
}

// Result is what the pipeline found in one article.
type Result struct {
	Article   Article
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation
}
