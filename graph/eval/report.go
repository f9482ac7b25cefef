package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

// Counts tallies entity matches.
type Counts struct {
	// TP counts nodes that matched a gold entity first.
	TP int
	// FP counts nodes that matched no gold entity or one already taken.
	FP int
	// FN counts non-optional gold entities that no node matched.
	FN int
}

// ratio divides, defining 0/0 as 0 so that empty documents score 0 rather
// than NaN; the counts beside the ratio tell the two apart.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// f1 is the harmonic mean of precision and recall, 0 when both are.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Precision is TP / (TP + FP).
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// RelationCounts tallies the edges of one relation against gold meetings or
// visits. Precision counts edges and recall counts gold items, because
// several edges (through duplicate nodes) can find the same gold item.
type RelationCounts struct {
	// Edges counts the graph's edges of the relation.
	Edges int
	// Correct counts the edges that match a gold item.
	Correct int
	// Gold counts the gold items.
	Gold int
	// Found counts the gold items matched by at least one edge.
	Found int
	// StatusRight counts the found gold items whose first matching edge
	// has the gold status.
	StatusRight int
	// Traps counts edges between a pair listed in not_meetings; they are
	// also wrong edges. Always 0 for visits.
	Traps int
}

// Precision is Correct / Edges.
func (c RelationCounts) Precision() float64 { return ratio(c.Correct, c.Edges) }

// Recall is Found / Gold.
func (c RelationCounts) Recall() float64 { return ratio(c.Found, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c RelationCounts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// StatusAccuracy is StatusRight / Found.
func (c RelationCounts) StatusAccuracy() float64 { return ratio(c.StatusRight, c.Found) }

func (c *RelationCounts) add(o RelationCounts) {
	c.Edges += o.Edges
	c.Correct += o.Correct
	c.Gold += o.Gold
	c.Found += o.Found
	c.StatusRight += o.StatusRight
	c.Traps += o.Traps
}

// Summary holds the figures of one document or of a total.
type Summary struct {
	// Entities sums Person, Org and Place.
	Entities Counts
	// Person, Org and Place tally by type; Place covers GPE and LOC.
	Person, Org, Place Counts
	// Optional counts nodes that matched an optional gold entity and so
	// were left out of the entity figures.
	Optional int
	// Unscored counts nodes of types other than PERSON, ORG, GPE and LOC.
	Unscored int
	// Meetings tallies "met" edges, Visits "visited" edges.
	Meetings, Visits RelationCounts
}

func (s *Summary) add(o *Summary) {
	s.Entities.add(o.Entities)
	s.Person.add(o.Person)
	s.Org.add(o.Org)
	s.Place.add(o.Place)
	s.Optional += o.Optional
	s.Unscored += o.Unscored
	s.Meetings.add(o.Meetings)
	s.Visits.add(o.Visits)
}

// DocScore is the score of one document's graph, with the mistakes behind
// it.
type DocScore struct {
	// Document is the article, as the gold names it.
	Document string
	Summary
	// FalsePositives are the nodes counted in FP, in node order.
	FalsePositives []FalsePositive
	// Missed are the gold entities counted in FN, in gold order.
	Missed []MissedEntity
	// WrongMeetings are the "met" edges that match no gold meeting.
	WrongMeetings []WrongEdge
	// MissedMeetings are the gold meetings no edge found.
	MissedMeetings []GoldMeeting
	// MeetingStatus lists the found meetings whose status is wrong.
	MeetingStatus []WrongStatus
	// WrongVisits are the "visited" edges that match no gold visit.
	WrongVisits []WrongEdge
	// MissedVisits are the gold visits no edge found.
	MissedVisits []GoldVisit
	// VisitStatus lists the found visits whose status is wrong.
	VisitStatus []WrongStatus
}

// FalsePositive is a node that counts against entity precision.
type FalsePositive struct {
	ID, Label, Type string
	// DuplicateOf is the gold entity that an earlier node already matched;
	// empty when the node matches no gold entity.
	DuplicateOf string
}

// MissedEntity is a gold entity that no node matched.
type MissedEntity struct {
	Name, Type string
}

// WrongEdge is an edge that matches no gold meeting or visit.
type WrongEdge struct {
	// Source and Target are the labels of the edge's nodes.
	Source, Target string
	// Status is the edge's status.
	Status string
	// Reason says why the edge is wrong.
	Reason string
	// Trap is set for meetings between a pair listed in not_meetings.
	Trap bool
}

// WrongStatus is a found gold relation whose edge has the wrong status.
type WrongStatus struct {
	// From and To are the gold names of the two people who met, or of the
	// visitor and the place the edge leads to.
	From, To string
	// Gold and Got are the gold status and the edge's.
	Gold, Got string
}

// Report gathers document scores and their micro-averaged total.
type Report struct {
	Documents []*DocScore
	// Total sums the documents' counts; its ratios are thus micro-averages.
	Total Summary
}

// Total micro-averages document scores: it sums their counts, from which
// the ratios follow.
func Total(docs []*DocScore) *Report {
	r := &Report{Documents: docs}
	for _, d := range docs {
		r.Total.add(&d.Summary)
	}
	return r
}

// WriteText writes the report as plain text: one line of figures per
// document, the total by type and relation, and, when detail is set, each
// document's figures and mistakes.
func (r *Report) WriteText(w io.Writer, detail bool) error {
	ew := &errWriter{w: w}
	tw := tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "document\tent P\tent R\tent F1\tmet P\tmet R\tmet F1\tmet status\ttraps\tvis P\tvis R\tvis F1\tvis status")
	row := func(name string, s *Summary) {
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%.4f\n", name,
			s.Entities.Precision(), s.Entities.Recall(), s.Entities.F1(),
			s.Meetings.Precision(), s.Meetings.Recall(), s.Meetings.F1(), s.Meetings.StatusAccuracy(), s.Meetings.Traps,
			s.Visits.Precision(), s.Visits.Recall(), s.Visits.F1(), s.Visits.StatusAccuracy())
	}
	for _, d := range r.Documents {
		row(d.Document, &d.Summary)
	}
	row(fmt.Sprintf("total (%d documents)", len(r.Documents)), &r.Total)
	tw.Flush()
	fmt.Fprintf(ew, "\n== total (micro-averaged over %d documents)\n", len(r.Documents))
	writeSummary(ew, &r.Total)
	if detail {
		for _, d := range r.Documents {
			fmt.Fprintf(ew, "\n== %s\n", d.Document)
			writeSummary(ew, &d.Summary)
			writeMistakes(ew, d)
		}
	}
	return ew.err
}

// writeSummary writes the counts and ratios by type and relation.
func writeSummary(w io.Writer, s *Summary) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "entities\tTP\tFP\tFN\tP\tR\tF1")
	for _, c := range []struct {
		name string
		c    Counts
	}{{classPerson.String(), s.Person}, {classOrg.String(), s.Org}, {classPlace.String(), s.Place}, {"all", s.Entities}} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\n", c.name, c.c.TP, c.c.FP, c.c.FN, c.c.Precision(), c.c.Recall(), c.c.F1())
	}
	tw.Flush()
	fmt.Fprintf(w, "not scored: optional-entity nodes %d, other-type nodes %d\n\n", s.Optional, s.Unscored)
	tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "relation\tedges\tcorrect\tgold\tfound\tP\tR\tF1\tstatus right\tstatus\ttraps")
	for _, c := range []struct {
		name string
		c    RelationCounts
	}{{"meetings", s.Meetings}, {"visits", s.Visits}} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%d\n", c.name, c.c.Edges, c.c.Correct, c.c.Gold, c.c.Found,
			c.c.Precision(), c.c.Recall(), c.c.F1(), c.c.StatusRight, c.c.StatusAccuracy(), c.c.Traps)
	}
	tw.Flush()
}

// writeMistakes lists, one per line, what a document's graph got wrong.
func writeMistakes(w io.Writer, d *DocScore) {
	for _, fp := range d.FalsePositives {
		why := "matches no gold entity"
		if fp.DuplicateOf != "" {
			why = fmt.Sprintf("duplicate of %q", fp.DuplicateOf)
		}
		fmt.Fprintf(w, "false positive  %s %q: %s\n", fp.Type, fp.Label, why)
	}
	for _, m := range d.Missed {
		fmt.Fprintf(w, "missed entity   %s %q\n", m.Type, m.Name)
	}
	for _, e := range d.WrongMeetings {
		what := "wrong meeting "
		if e.Trap {
			what = "trap meeting  "
		}
		fmt.Fprintf(w, "%s  %q -- %q (%s): %s\n", what, e.Source, e.Target, e.Status, e.Reason)
	}
	for _, m := range d.MissedMeetings {
		fmt.Fprintf(w, "missed meeting  %q -- %q (%s)\n", m.Between[0], m.Between[1], m.Status)
	}
	for _, s := range d.MeetingStatus {
		fmt.Fprintf(w, "wrong status    meeting %q -- %q: got %s, gold %s\n", s.From, s.To, s.Got, s.Gold)
	}
	for _, e := range d.WrongVisits {
		fmt.Fprintf(w, "wrong visit     %q -> %q (%s): %s\n", e.Source, e.Target, e.Status, e.Reason)
	}
	for _, v := range d.MissedVisits {
		places := make([]string, len(v.Place))
		for i, p := range v.Place {
			places[i] = fmt.Sprintf("%q", p)
		}
		fmt.Fprintf(w, "missed visit    %q -> %s (%s)\n", v.Visitor, strings.Join(places, " | "), v.Status)
	}
	for _, s := range d.VisitStatus {
		fmt.Fprintf(w, "wrong status    visit %q -> %q: got %s, gold %s\n", s.From, s.To, s.Got, s.Gold)
	}
}

// errWriter keeps the first write error so that report writing can go on
// unchecked and report it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// WriteJSON writes the report as indented JSON. Field order is fixed, lists
// are never null, and ratios are rounded to 4 decimal places, so that
// reports diff cleanly.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{Documents: make([]jsonDoc, 0, len(r.Documents))}
	for _, d := range r.Documents {
		jd := jsonDoc{
			Document:       d.Document,
			jsonSummary:    summaryJSON(&d.Summary),
			FalsePositives: make([]jsonFalsePositive, 0, len(d.FalsePositives)),
			Missed:         make([]jsonEntity, 0, len(d.Missed)),
			WrongMeetings:  edgesJSON(d.WrongMeetings, true),
			MissedMeetings: make([]jsonMeeting, 0, len(d.MissedMeetings)),
			MeetingStatus:  statusJSON(d.MeetingStatus),
			WrongVisits:    edgesJSON(d.WrongVisits, false),
			MissedVisits:   make([]jsonVisit, 0, len(d.MissedVisits)),
			VisitStatus:    statusJSON(d.VisitStatus),
		}
		for _, fp := range d.FalsePositives {
			jd.FalsePositives = append(jd.FalsePositives, jsonFalsePositive(fp))
		}
		for _, m := range d.Missed {
			jd.Missed = append(jd.Missed, jsonEntity(m))
		}
		for _, m := range d.MissedMeetings {
			jd.MissedMeetings = append(jd.MissedMeetings, jsonMeeting{Between: m.Between, Status: m.Status})
		}
		for _, v := range d.MissedVisits {
			jd.MissedVisits = append(jd.MissedVisits, jsonVisit{Visitor: v.Visitor, Place: v.Place, Status: v.Status})
		}
		out.Documents = append(out.Documents, jd)
	}
	out.Total = jsonTotal{Documents: len(r.Documents), jsonSummary: summaryJSON(&r.Total)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write JSON report: %w", err)
	}
	return nil
}

// round4 rounds to 4 decimal places.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

type jsonReport struct {
	Documents []jsonDoc `json:"documents"`
	Total     jsonTotal `json:"total"`
}

type jsonTotal struct {
	Documents int `json:"documents"`
	jsonSummary
}

type jsonSummary struct {
	Entities jsonEntities `json:"entities"`
	Optional int          `json:"optional_nodes"`
	Unscored int          `json:"unscored_nodes"`
	Meetings jsonRelation `json:"meetings"`
	Visits   jsonRelation `json:"visits"`
}

type jsonEntities struct {
	All    jsonCounts `json:"all"`
	Person jsonCounts `json:"PERSON"`
	Org    jsonCounts `json:"ORG"`
	Place  jsonCounts `json:"GPE/LOC"`
}

type jsonCounts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

type jsonRelation struct {
	Edges          int     `json:"edges"`
	Correct        int     `json:"correct"`
	Gold           int     `json:"gold"`
	Found          int     `json:"found"`
	StatusRight    int     `json:"status_right"`
	Traps          *int    `json:"traps,omitempty"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
	StatusAccuracy float64 `json:"status_accuracy"`
}

type jsonDoc struct {
	Document string `json:"document"`
	jsonSummary
	FalsePositives []jsonFalsePositive `json:"false_positives"`
	Missed         []jsonEntity        `json:"missed_entities"`
	WrongMeetings  []jsonEdge          `json:"wrong_meetings"`
	MissedMeetings []jsonMeeting       `json:"missed_meetings"`
	MeetingStatus  []jsonStatus        `json:"meeting_status_errors"`
	WrongVisits    []jsonEdge          `json:"wrong_visits"`
	MissedVisits   []jsonVisit         `json:"missed_visits"`
	VisitStatus    []jsonStatus        `json:"visit_status_errors"`
}

type jsonFalsePositive struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Type        string `json:"type"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

type jsonEntity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type jsonEdge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Status string `json:"status"`
	Reason string `json:"reason"`
	Trap   *bool  `json:"trap,omitempty"`
}

type jsonMeeting struct {
	Between [2]string `json:"between"`
	Status  string    `json:"status"`
}

type jsonVisit struct {
	Visitor string   `json:"visitor"`
	Place   []string `json:"place"`
	Status  string   `json:"status"`
}

type jsonStatus struct {
	From string `json:"from"`
	To   string `json:"to"`
	Gold string `json:"gold"`
	Got  string `json:"got"`
}

func countsJSON(c Counts) jsonCounts {
	return jsonCounts{TP: c.TP, FP: c.FP, FN: c.FN,
		Precision: round4(c.Precision()), Recall: round4(c.Recall()), F1: round4(c.F1())}
}

func relationJSON(c RelationCounts, traps bool) jsonRelation {
	j := jsonRelation{Edges: c.Edges, Correct: c.Correct, Gold: c.Gold, Found: c.Found, StatusRight: c.StatusRight,
		Precision: round4(c.Precision()), Recall: round4(c.Recall()), F1: round4(c.F1()),
		StatusAccuracy: round4(c.StatusAccuracy())}
	if traps {
		j.Traps = &c.Traps
	}
	return j
}

func summaryJSON(s *Summary) jsonSummary {
	return jsonSummary{
		Entities: jsonEntities{All: countsJSON(s.Entities), Person: countsJSON(s.Person), Org: countsJSON(s.Org), Place: countsJSON(s.Place)},
		Optional: s.Optional,
		Unscored: s.Unscored,
		Meetings: relationJSON(s.Meetings, true),
		Visits:   relationJSON(s.Visits, false),
	}
}

func edgesJSON(edges []WrongEdge, meetings bool) []jsonEdge {
	out := make([]jsonEdge, 0, len(edges))
	for _, e := range edges {
		je := jsonEdge{Source: e.Source, Target: e.Target, Status: e.Status, Reason: e.Reason}
		if meetings {
			je.Trap = &e.Trap
		}
		out = append(out, je)
	}
	return out
}

func statusJSON(ws []WrongStatus) []jsonStatus {
	out := make([]jsonStatus, 0, len(ws))
	for _, s := range ws {
		out = append(out, jsonStatus(s))
	}
	return out
}
