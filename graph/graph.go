// Package graph merges the results of analysing many articles into one
// who-met-whom graph and writes it as node-link JSON, Graphviz DOT or GraphML.
//
// Entities from different articles become one node when they are of the same
// type and name the same thing (see [Graph.Add]); relations between the same
// nodes become one edge whose weight counts the distinct sentences that state
// it.
package graph

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	dgraph "github.com/dominikbraun/graph"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/extract/names"
)

// Node is an entity of the merged graph.
type Node struct {
	// ID is "<type>/<slug of Label>", unique in the graph, for example
	// "person/sergey-lavrov".
	ID string
	// Label is the fullest name any article gave the entity.
	Label string
	// Type is the entity type.
	Type extract.Type
	// Aliases are the other surface forms seen in any article, sorted.
	Aliases []string
	// Mentions counts the entity's mentions over all articles.
	Mentions int
	// Attributes hold facts about the entity ("title", "country", "iso");
	// on conflict the earliest article wins.
	Attributes map[string]string
}

// Edge is a relation between two nodes, merged over all articles.
type Edge struct {
	// Source and Target are node IDs. For "visited" Source is the person and
	// Target the place; "met" is symmetric and Source is the node seen first.
	Source, Target string
	// Relation is the relation kind.
	Relation extract.RelationKind
	// Status is Occurred if any article reports the relation as having
	// happened, Planned otherwise.
	Status extract.Status
	// Weight counts the distinct sentences stating the relation.
	Weight int
	// Evidence lists those sentences in article order, then text order.
	Evidence []extract.Evidence
	// Attributes hold "place" and "when", the first stated in article
	// order, when any article states them.
	Attributes map[string]string
}

// ArticleInfo describes an article that contributed to the graph.
type ArticleInfo struct {
	ID, Path, Title, Source string
}

// Filter selects part of a graph. Empty lists mean "all".
type Filter struct {
	// Relations keeps only edges of these kinds.
	Relations []extract.RelationKind
	// Types keeps only nodes of these types, and edges whose ends both
	// remain.
	Types []extract.Type
	// Connected drops nodes left without any edge.
	Connected bool
}

// Graph is a who-met-whom graph merged from article results.
//
// A Graph is not safe for concurrent use while it is being added to; its
// read methods and the writers may run concurrently with each other.
type Graph struct {
	// Generator names the program that built the graph, such as
	// "parley 0.1.0"; the writers record it.
	Generator string

	articles []ArticleInfo
	texts    map[[sha256.Size]byte]struct{}

	// Every entity of every article is an instance; instances that name the
	// same thing are joined in a union-find forest whose roots are the
	// smallest instance index, so a root is the cluster's first sighting.
	inst     []instance
	parent   []int
	members  map[int][]int // root -> its instances, ascending
	idx      index
	nextSeq  int
	clusters map[int]cluster // root -> what vetoes joining it with another

	// dg holds one vertex per root; an edge carries every relation
	// contribution between its ends, "met" ones stored from the smaller root
	// to the larger.
	dg dgraph.Graph[int, int]
	// nbrs lists each root's neighbours in dg so merges can move a vertex's
	// edges without scanning the whole graph.
	nbrs map[int]map[int]struct{}

	view view
	// err records a failure of the graph library, which its in-memory store
	// never reports for the operations used here; the writers return it.
	err error
}

// view is the part of a graph a Filter keeps. Nil sets keep everything.
type view struct {
	types     map[extract.Type]bool
	relations map[extract.RelationKind]bool
	connected bool
}

// instance is one entity of one article.
type instance struct {
	entity  extract.Entity
	norm    string   // normalised label
	words   []string // words of norm
	aliases []string // normalised aliases of two words or more
}

// cluster holds the identity facts of a cluster: two clusters whose keys or
// countries differ are never joined, so each holds at most one of each.
type cluster struct {
	key, country string
}

// contribution is one article's relation as stored on a dg edge. Edges own
// their slices of contributions, which grow in place; clone copies them.
type contribution struct {
	kind     extract.RelationKind
	status   extract.Status
	article  int
	seq      int // order of addition: article order, then relation order
	place    string
	when     string
	evidence []extract.Evidence
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{
		texts:    make(map[[sha256.Size]byte]struct{}),
		members:  make(map[int][]int),
		idx:      newIndex(),
		clusters: make(map[int]cluster),
		dg:       dgraph.New(dgraph.IntHash, dgraph.Directed()),
		nbrs:     make(map[int]map[int]struct{}),
	}
}

// Add merges one article's result into the graph and reports whether it did:
// an article whose Text equals that of an article already added is counted
// once, and Add returns false for it.
//
// Entities of the same type become one node when they share a gazetteer key;
// when their labels are equal after normalisation (case, accents, dots, a
// leading "the"); when a multi-word label of one is a multi-word alias of the
// other; or, for people, when their first and last names are transliteration
// variants ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"). Single-word aliases
// never join entities, and neither do rules whose entities carry different
// keys or "country" attributes. Joining is transitive; the graph depends only
// on the results and the order they are added in.
//
// Entities with an empty label or an unknown type, and relations with an
// unknown kind or status or entity indexes out of range, are ignored.
func (g *Graph) Add(r *extract.Result) bool {
	if r == nil {
		return false
	}
	sum := sha256.Sum256([]byte(r.Article.Text))
	if _, dup := g.texts[sum]; dup {
		return false
	}
	g.texts[sum] = struct{}{}
	a := len(g.articles)
	g.articles = append(g.articles, ArticleInfo{
		ID:     r.Article.ID,
		Path:   r.Article.Path,
		Title:  r.Article.Title,
		Source: r.Article.Source,
	})

	ids := make([]int, len(r.Entities))
	for k, e := range r.Entities {
		ids[k] = g.addEntity(e)
	}
	for _, i := range ids {
		if i < 0 {
			continue
		}
		root := g.find(i)
		if _, err := g.dg.Vertex(root); errors.Is(err, dgraph.ErrVertexNotFound) {
			g.check(g.dg.AddVertex(root))
		}
	}
	for _, rel := range r.Relations {
		g.addRelation(a, r.Article.ID, ids, rel)
	}
	return true
}

// addEntity records e as a new instance, joins it to the clusters it names
// and returns its index, or -1 when e is ignored.
func (g *Graph) addEntity(e extract.Entity) int {
	t, ok := extract.ParseType(string(e.Type))
	if !ok || strings.TrimSpace(e.Label) == "" {
		return -1
	}
	e.Type = t
	e.Label = strings.TrimSpace(e.Label)
	// The caller keeps its result; the graph must not change with it.
	e.Aliases = slices.Clone(e.Aliases)
	e.Attributes = maps.Clone(e.Attributes)
	norm := normalize(e.Label)
	in := instance{entity: e, norm: norm, words: strings.Fields(norm)}
	if t == extract.Person {
		// "Badr Albusaidi" and "Badr bin Hamad Al Busaidi".
		in.words = names.JoinArticle(in.words)
	}
	for _, a := range e.Aliases {
		if a = normalize(a); strings.Contains(a, " ") && !slices.Contains(in.aliases, a) {
			in.aliases = append(in.aliases, a)
		}
	}
	i := len(g.inst)
	g.inst = append(g.inst, in)
	g.parent = append(g.parent, i)
	g.members[i] = []int{i}
	g.clusters[i] = cluster{key: entityKey(e), country: normalize(e.Attributes["country"])}

	for _, j := range g.idx.candidates(&in) {
		if g.find(i) != g.find(j) && sameEntity(&g.inst[j], &in) {
			g.union(i, j)
		}
	}
	g.idx.add(i, g.find(i), &in)
	return i
}

// addRelation stores rel, found in article a, on the dg edge between the
// clusters of its entities.
func (g *Graph) addRelation(a int, articleID string, ids []int, rel extract.Relation) {
	if rel.Kind != extract.Met && rel.Kind != extract.Visited {
		return
	}
	if rel.Status != extract.Occurred && rel.Status != extract.Planned {
		return
	}
	if rel.From < 0 || rel.From >= len(ids) || rel.To < 0 || rel.To >= len(ids) {
		return
	}
	if ids[rel.From] < 0 || ids[rel.To] < 0 {
		return
	}
	ev := slices.Clone(rel.Evidence)
	for k := range ev {
		if ev[k].Article == "" {
			ev[k].Article = articleID
		}
	}
	c := contribution{
		kind:     rel.Kind,
		status:   rel.Status,
		article:  a,
		seq:      g.nextSeq,
		place:    strings.TrimSpace(rel.Place),
		when:     strings.TrimSpace(rel.When),
		evidence: ev,
	}
	g.nextSeq++
	g.attach(g.find(ids[rel.From]), g.find(ids[rel.To]), []contribution{c})
}

// attach adds contributions of one kind to the edge between roots s and t,
// creating it if needed. Self-loops are dropped.
func (g *Graph) attach(s, t int, cs []contribution) {
	if s == t || len(cs) == 0 {
		return
	}
	if cs[0].kind == extract.Met && s > t {
		s, t = t, s
	}
	e, err := g.dg.Edge(s, t)
	switch {
	case errors.Is(err, dgraph.ErrEdgeNotFound):
		g.check(g.dg.AddEdge(s, t, dgraph.EdgeData(slices.Clone(cs))))
	case err != nil:
		g.check(err)
	default:
		old, _ := e.Properties.Data.([]contribution)
		g.check(g.dg.UpdateEdge(s, t, dgraph.EdgeData(append(old, cs...))))
	}
	addNeighbour(g.nbrs, s, t)
	addNeighbour(g.nbrs, t, s)
}

func addNeighbour(m map[int]map[int]struct{}, a, b int) {
	if m[a] == nil {
		m[a] = make(map[int]struct{})
	}
	m[a][b] = struct{}{}
}

// find returns the root of instance i, compressing the path to it.
func (g *Graph) find(i int) int {
	root := i
	for g.parent[root] != root {
		root = g.parent[root]
	}
	for g.parent[i] != root {
		g.parent[i], i = root, g.parent[i]
	}
	return root
}

// union joins the clusters of instances i and j unless their identity facts
// conflict. The smaller root survives; the other's dg vertex, if any, hands
// its edges over and goes.
func (g *Graph) union(i, j int) {
	ri, rj := g.find(i), g.find(j)
	if ri == rj {
		return
	}
	ci, cj := g.clusters[ri], g.clusters[rj]
	if conflicts(ci.key, cj.key) || conflicts(ci.country, cj.country) {
		return
	}
	root, gone := min(ri, rj), max(ri, rj)
	g.parent[gone] = root
	g.members[root] = mergeSorted(g.members[root], g.members[gone])
	delete(g.members, gone)
	g.clusters[root] = cluster{key: cmp.Or(ci.key, cj.key), country: cmp.Or(ci.country, cj.country)}
	delete(g.clusters, gone)
	if _, err := g.dg.Vertex(gone); err == nil {
		g.moveEdges(gone, root)
	}
}

// moveEdges moves every dg edge of vertex from onto vertex to, then removes
// from. Edges between the two become self-loops and are dropped.
func (g *Graph) moveEdges(from, to int) {
	if _, err := g.dg.Vertex(to); errors.Is(err, dgraph.ErrVertexNotFound) {
		g.check(g.dg.AddVertex(to))
	}
	nbrs := slices.Sorted(maps.Keys(g.nbrs[from]))
	for _, y := range nbrs {
		for _, st := range [][2]int{{from, y}, {y, from}} {
			e, err := g.dg.Edge(st[0], st[1])
			if err != nil {
				continue
			}
			g.check(g.dg.RemoveEdge(st[0], st[1]))
			cs, _ := e.Properties.Data.([]contribution)
			s, t := st[0], st[1]
			if s == from {
				s = to
			}
			if t == from {
				t = to
			}
			// A stored edge may hold both kinds; attach expects one.
			for _, kind := range []extract.RelationKind{extract.Met, extract.Visited} {
				g.attach(s, t, slices.DeleteFunc(slices.Clone(cs), func(c contribution) bool { return c.kind != kind }))
			}
		}
		delete(g.nbrs[y], from)
	}
	delete(g.nbrs, from)
	g.check(g.dg.RemoveVertex(from))
}

func (g *Graph) check(err error) {
	if err != nil && g.err == nil {
		g.err = fmt.Errorf("graph store: %w", err)
	}
}

func conflicts(a, b string) bool {
	return a != "" && b != "" && a != b
}

// entityKey is the gazetteer identity of e: its Key, or else its "iso"
// attribute.
func entityKey(e extract.Entity) string {
	return strings.ToUpper(strings.TrimSpace(cmp.Or(e.Key, e.Attributes["iso"])))
}

func mergeSorted(a, b []int) []int {
	// Usually a new instance joins an older cluster: a plain append.
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] < b[0] {
		return append(a, b...)
	}
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// Articles returns the articles added, in the order they were added.
func (g *Graph) Articles() []ArticleInfo {
	return slices.Clone(g.articles)
}

// Nodes returns the graph's nodes sorted by ID.
func (g *Graph) Nodes() []Node {
	nodes, _ := g.build()
	return nodes
}

// Edges returns the graph's edges sorted by source, target and relation.
func (g *Graph) Edges() []Edge {
	_, edges := g.build()
	return edges
}

// Filter returns a copy of g that keeps only what f selects. Filters
// compose: filtering a filtered graph keeps what both select. Node IDs are
// those of the unfiltered graph. Results added to the copy are merged as
// usual and filtered when read.
func (g *Graph) Filter(f Filter) *Graph {
	c := g.clone()
	if len(f.Types) > 0 {
		keep := make(map[extract.Type]bool)
		for _, t := range f.Types {
			if c.view.types == nil || c.view.types[t] {
				keep[t] = true
			}
		}
		c.view.types = keep
	}
	if len(f.Relations) > 0 {
		keep := make(map[extract.RelationKind]bool)
		for _, k := range f.Relations {
			if c.view.relations == nil || c.view.relations[k] {
				keep[k] = true
			}
		}
		c.view.relations = keep
	}
	c.view.connected = c.view.connected || f.Connected
	return c
}

func (g *Graph) clone() *Graph {
	c := &Graph{
		Generator: g.Generator,
		articles:  slices.Clone(g.articles),
		texts:     maps.Clone(g.texts),
		inst:      slices.Clone(g.inst),
		parent:    slices.Clone(g.parent),
		members:   cloneLists(g.members),
		idx:       g.idx.clone(),
		nextSeq:   g.nextSeq,
		clusters:  maps.Clone(g.clusters),
		nbrs:      make(map[int]map[int]struct{}, len(g.nbrs)),
		view:      g.view,
		err:       g.err,
	}
	for k, v := range g.nbrs {
		c.nbrs[k] = maps.Clone(v)
	}
	dg, err := g.dg.Clone()
	if err != nil {
		c.check(err)
		dg = dgraph.New(dgraph.IntHash, dgraph.Directed())
	}
	c.dg = dg
	edges, err := dg.Edges()
	c.check(err)
	for _, e := range edges {
		cs, _ := e.Properties.Data.([]contribution)
		c.check(dg.UpdateEdge(e.Source, e.Target, dgraph.EdgeData(slices.Clone(cs))))
	}
	return c
}

func cloneLists[K comparable, V any](m map[K][]V) map[K][]V {
	c := make(map[K][]V, len(m))
	for k, v := range m {
		c[k] = slices.Clone(v)
	}
	return c
}

// build derives the visible nodes and edges from the clusters and dg, once
// people named by one word are joined to the one person of the graph whose
// full name they shorten (see joinShortNames).
func (g *Graph) build() ([]Node, []Edge) {
	if short := g.shortNames(); len(short) > 0 {
		c := g.clone()
		c.joinShortNames(short)
		return c.buildClusters()
	}
	return g.buildClusters()
}

// buildClusters derives the visible nodes and edges from the clusters and
// dg as they are.
func (g *Graph) buildClusters() ([]Node, []Edge) {
	all := make(map[int]Node, len(g.members))
	for root := range g.members {
		all[root] = g.node(root)
	}
	ids := nodeIDs(all)
	nodeOf := make(map[int]Node, len(all))
	for root, n := range all {
		if g.view.types == nil || g.view.types[n.Type] {
			n.ID = ids[root]
			nodeOf[root] = n
		}
	}

	stored, err := g.dg.Edges()
	if err != nil {
		return nil, nil
	}
	var edges []Edge
	degree := make(map[int]int)
	for _, se := range stored {
		if _, ok := nodeOf[se.Source]; !ok {
			continue
		}
		if _, ok := nodeOf[se.Target]; !ok {
			continue
		}
		cs, _ := se.Properties.Data.([]contribution)
		for _, kind := range []extract.RelationKind{extract.Met, extract.Visited} {
			if g.view.relations != nil && !g.view.relations[kind] {
				continue
			}
			e, ok := mergeEdge(kind, cs)
			if !ok {
				continue
			}
			e.Source, e.Target = ids[se.Source], ids[se.Target]
			edges = append(edges, e)
			degree[se.Source]++
			degree[se.Target]++
		}
	}

	nodes := make([]Node, 0, len(nodeOf))
	for root, n := range nodeOf {
		if g.view.connected && degree[root] == 0 {
			continue
		}
		nodes = append(nodes, n)
	}
	slices.SortFunc(nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Target, b.Target),
			strings.Compare(string(a.Relation), string(b.Relation)),
		)
	})
	return nodes, edges
}

// mergeEdge folds the contributions of one kind into an edge without IDs.
func mergeEdge(kind extract.RelationKind, all []contribution) (Edge, bool) {
	var cs []contribution
	for _, c := range all {
		if c.kind == kind {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return Edge{}, false
	}
	slices.SortFunc(cs, func(a, b contribution) int { return cmp.Compare(a.seq, b.seq) })

	e := Edge{Relation: kind, Status: extract.Planned, Attributes: map[string]string{}, Evidence: []extract.Evidence{}}
	type evKey struct{ article, start, end int }
	seen := make(map[evKey]bool)
	type located struct {
		article int
		ev      extract.Evidence
	}
	var evs []located
	for _, c := range cs {
		if c.status == extract.Occurred {
			e.Status = extract.Occurred
		}
		if c.place != "" && e.Attributes["place"] == "" {
			e.Attributes["place"] = c.place
		}
		if c.when != "" && e.Attributes["when"] == "" {
			e.Attributes["when"] = c.when
		}
		for _, ev := range c.evidence {
			k := evKey{c.article, ev.Start, ev.End}
			if !seen[k] {
				seen[k] = true
				evs = append(evs, located{c.article, ev})
			}
		}
	}
	slices.SortStableFunc(evs, func(a, b located) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.ev.Start, b.ev.Start), cmp.Compare(a.ev.End, b.ev.End))
	})
	for _, l := range evs {
		e.Evidence = append(e.Evidence, l.ev)
	}
	e.Weight = len(e.Evidence)
	return e, true
}

// node derives the merged node of a cluster, without its ID.
func (g *Graph) node(root int) Node {
	ms := g.members[root]
	n := Node{Type: g.inst[root].entity.Type, Attributes: map[string]string{}}

	// Label: most words, then most mentions, then first seen.
	type cand struct {
		label           string
		words, mentions int
		first           int
	}
	var cands []cand
	at := make(map[string]int)
	forms := make(map[string]bool)
	for _, i := range ms {
		in := &g.inst[i]
		e := &in.entity
		k, ok := at[e.Label]
		if !ok {
			k = len(cands)
			at[e.Label] = k
			cands = append(cands, cand{label: e.Label, words: len(in.words), first: i})
		}
		cands[k].mentions += e.Mentions
		n.Mentions += e.Mentions
		forms[e.Label] = true
		for _, a := range e.Aliases {
			if a = strings.TrimSpace(a); a != "" {
				forms[a] = true
			}
		}
		for _, k := range slices.Sorted(maps.Keys(e.Attributes)) {
			if _, set := n.Attributes[k]; !set && e.Attributes[k] != "" {
				n.Attributes[k] = e.Attributes[k]
			}
		}
	}
	best := slices.MinFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.words, a.words), cmp.Compare(b.mentions, a.mentions), cmp.Compare(a.first, b.first))
	})
	n.Label = best.label
	delete(forms, n.Label)
	n.Aliases = slices.Sorted(maps.Keys(forms))
	if n.Aliases == nil {
		n.Aliases = []string{}
	}
	return n
}

// nodeIDs assigns every cluster's node its ID: "<type>/<slug>", with "-2", "-3"...
// appended to clusters seen later that would collide with an earlier one.
func nodeIDs(nodes map[int]Node) map[int]string {
	roots := slices.Sorted(maps.Keys(nodes))
	base := make(map[int]string, len(roots))
	taken := make(map[string]bool, len(roots))
	for _, r := range roots {
		n := nodes[r]
		base[r] = strings.ToLower(string(n.Type)) + "/" + slug(n.Label)
		taken[base[r]] = true
	}
	ids := make(map[int]string, len(roots))
	used := make(map[string]bool, len(roots))
	for _, r := range roots {
		id := base[r]
		if used[id] {
			for k := 2; ; k++ {
				cand := fmt.Sprintf("%s-%d", base[r], k)
				if !taken[cand] && !used[cand] {
					id = cand
					break
				}
			}
		}
		used[id] = true
		ids[r] = id
	}
	return ids
}
