package eval

import (
	"encoding/json"
	"fmt"
	"slices"
)

// graphDoc is the part of a node-link graph document that scoring reads.
// It is declared here rather than imported so that the scorer judges the
// published format, as an outside reader would.
type graphDoc struct {
	Nodes []graphNode `json:"nodes"`
	Edges []graphEdge `json:"edges"`
}

type graphNode struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

type graphEdge struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Relation string `json:"relation"`
	Status   string `json:"status"`
}

// Edge relations that are scored.
const (
	relationMet     = "met"
	relationVisited = "visited"
)

// parseGraph decodes a node-link document and checks that its edges refer
// to its nodes.
func parseGraph(data []byte) (*graphDoc, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return nil, fmt.Errorf("graph: %s", syntaxMessage(data, err))
	}
	// A missing key would silently score as an empty graph; node-link
	// writers that call edges "links" are the usual cause.
	for _, k := range []string{"nodes", "edges"} {
		if _, ok := keys[k]; !ok {
			return nil, fmt.Errorf("graph: no %q field", k)
		}
	}
	var doc graphDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	ids := make(map[string]bool, len(doc.Nodes))
	for i, n := range doc.Nodes {
		if ids[n.ID] {
			return nil, fmt.Errorf("graph: nodes[%d].id: %q is not unique", i, n.ID)
		}
		ids[n.ID] = true
	}
	for i, e := range doc.Edges {
		for _, end := range []struct{ field, id string }{{"source", e.Source}, {"target", e.Target}} {
			if !ids[end.id] {
				return nil, fmt.Errorf("graph: edges[%d].%s: no node has id %q", i, end.field, end.id)
			}
		}
	}
	return &doc, nil
}

// match returns the gold entity a node stands for, or -1. The label decides
// when it matches; otherwise the earliest gold entity that one of the
// aliases matches.
func (r *resolved) match(n graphNode) int {
	c := classOf(n.Type)
	if c == classNone {
		return -1
	}
	if ids := r.keys[c][normalize(n.Label)]; len(ids) > 0 {
		return ids[0]
	}
	best := -1
	for _, a := range n.Aliases {
		if ids := r.keys[c][normalize(a)]; len(ids) > 0 && (best < 0 || ids[0] < best) {
			best = ids[0]
		}
	}
	return best
}

// Score compares a node-link graph document, as the graph package writes it
// for one article, with that article's gold annotation.
func Score(g *Gold, graphJSON []byte) (*DocScore, error) {
	r, err := g.check()
	if err != nil {
		return nil, err
	}
	doc, err := parseGraph(graphJSON)
	if err != nil {
		return nil, fmt.Errorf("score %s: %w", g.Document, err)
	}
	s := &DocScore{Document: g.Document}
	ent, label := s.scoreNodes(g, r, doc.Nodes)
	s.scoreMeetings(g, r, doc.Edges, ent, label)
	s.scoreVisits(g, r, doc.Edges, ent, label)
	return s, nil
}

// scoreNodes tallies entities and returns, by node id, the gold entity each
// node matched (-1 for none) and the node's label.
func (s *DocScore) scoreNodes(g *Gold, r *resolved, nodes []graphNode) (map[string]int, map[string]string) {
	ent := make(map[string]int, len(nodes))
	label := make(map[string]string, len(nodes))
	taker := make([]int, len(g.Entities)) // node that took each entity, or -1
	for i := range taker {
		taker[i] = -1
	}
	for i, n := range nodes {
		label[n.ID] = n.Label
		if label[n.ID] == "" {
			label[n.ID] = n.ID
		}
		e := r.match(n)
		ent[n.ID] = e
		c := classOf(n.Type)
		switch {
		case c == classNone:
			s.Unscored++
		case e >= 0 && g.Entities[e].Optional:
			s.Optional++
		case e >= 0 && taker[e] < 0:
			taker[e] = i
			s.count(c).TP++
		default:
			fp := FalsePositive{ID: n.ID, Label: n.Label, Type: n.Type}
			if e >= 0 {
				fp.DuplicateOf = g.Entities[e].Name
			}
			s.FalsePositives = append(s.FalsePositives, fp)
			s.count(c).FP++
		}
	}
	for i, e := range g.Entities {
		if !e.Optional && taker[i] < 0 {
			s.Missed = append(s.Missed, MissedEntity{Name: e.Name, Type: e.Type})
			s.count(classOf(e.Type)).FN++
		}
	}
	s.Entities = Counts{
		TP: s.Person.TP + s.Org.TP + s.Place.TP,
		FP: s.Person.FP + s.Org.FP + s.Place.FP,
		FN: s.Person.FN + s.Org.FN + s.Place.FN,
	}
	return ent, label
}

// count returns the tally of a class.
func (s *Summary) count(c class) *Counts {
	switch c {
	case classPerson:
		return &s.Person
	case classOrg:
		return &s.Org
	}
	return &s.Place
}

func (s *DocScore) scoreMeetings(g *Gold, r *resolved, edges []graphEdge, ent map[string]int, label map[string]string) {
	index := make(map[[2]int]int, len(r.meetings))
	for i, p := range r.meetings {
		index[p] = i
	}
	found := make([]bool, len(r.meetings))
	m := &s.Meetings
	m.Gold = len(r.meetings)
	for _, e := range edges {
		if e.Relation != relationMet {
			continue
		}
		m.Edges++
		a, b := ent[e.Source], ent[e.Target]
		wrong := WrongEdge{Source: label[e.Source], Target: label[e.Target], Status: e.Status}
		switch {
		case a < 0 || g.Entities[a].Type != typePerson:
			wrong.Reason = fmt.Sprintf("%q matches no gold person", wrong.Source)
		case b < 0 || g.Entities[b].Type != typePerson:
			wrong.Reason = fmt.Sprintf("%q matches no gold person", wrong.Target)
		case a == b:
			wrong.Reason = fmt.Sprintf("both ends are %q", g.Entities[a].Name)
		default:
			p := unordered(a, b)
			if i, ok := index[p]; ok {
				m.Correct++
				if !found[i] {
					found[i] = true
					m.Found++
					checkStatus(&m.StatusRight, &s.MeetingStatus, g.Meetings[i].Between, g.Meetings[i].Status, e.Status)
				}
				continue
			}
			if r.notMeetings[p] {
				m.Traps++
				wrong.Trap = true
				wrong.Reason = "listed in not_meetings"
			} else {
				wrong.Reason = "not a gold meeting"
			}
		}
		s.WrongMeetings = append(s.WrongMeetings, wrong)
	}
	for i, ok := range found {
		if !ok {
			s.MissedMeetings = append(s.MissedMeetings, g.Meetings[i])
		}
	}
}

func (s *DocScore) scoreVisits(g *Gold, r *resolved, edges []graphEdge, ent map[string]int, label map[string]string) {
	found := make([]bool, len(g.Visits))
	v := &s.Visits
	v.Gold = len(g.Visits)
	for _, e := range edges {
		if e.Relation != relationVisited {
			continue
		}
		v.Edges++
		who, where := ent[e.Source], ent[e.Target]
		correct := false
		for i, visitor := range r.visitors {
			if who < 0 || who != visitor || !slices.Contains(r.places[i], where) {
				continue
			}
			correct = true
			if !found[i] {
				found[i] = true
				v.Found++
				checkStatus(&v.StatusRight, &s.VisitStatus, [2]string{g.Visits[i].Visitor, g.Entities[where].Name}, g.Visits[i].Status, e.Status)
			}
		}
		if correct {
			v.Correct++
			continue
		}
		wrong := WrongEdge{Source: label[e.Source], Target: label[e.Target], Status: e.Status}
		switch {
		case who < 0 || g.Entities[who].Type != typePerson:
			wrong.Reason = fmt.Sprintf("%q matches no gold person", wrong.Source)
		case where < 0 || classOf(g.Entities[where].Type) != classPlace:
			wrong.Reason = fmt.Sprintf("%q matches no gold place", wrong.Target)
		default:
			wrong.Reason = "not a gold visit"
		}
		s.WrongVisits = append(s.WrongVisits, wrong)
	}
	for i, ok := range found {
		if !ok {
			s.MissedVisits = append(s.MissedVisits, g.Visits[i])
		}
	}
}

// checkStatus tallies a found relation's status against the gold.
func checkStatus(right *int, wrong *[]WrongStatus, names [2]string, gold, got string) {
	if got == gold {
		*right++
		return
	}
	*wrong = append(*wrong, WrongStatus{From: names[0], To: names[1], Gold: gold, Got: got})
}
