package extract

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/parley/parley/extract/gazetteer"
	"github.com/parley/parley/extract/mention"
	"github.com/parley/parley/extract/model"
	"github.com/parley/parley/extract/nlp"
	"github.com/parley/parley/extract/relate"
	"github.com/parley/parley/extract/resolve"
)

// The pipeline's types, defined in package model so that the stage
// packages can share them without importing this one.
type (
	Article      = model.Article
	Type         = model.Type
	Form         = model.Form
	Mention      = model.Mention
	Entity       = model.Entity
	RelationKind = model.RelationKind
	Status       = model.Status
	Evidence     = model.Evidence
	Relation     = model.Relation
	Result       = model.Result
)

// Entity types, relation kinds and statuses, re-exported from package
// model.
const (
	Person   = model.Person
	Org      = model.Org
	GPE      = model.GPE
	Loc      = model.Loc
	Met      = model.Met
	Visited  = model.Visited
	Occurred = model.Occurred
	Planned  = model.Planned
)

// ParseType maps a type name as users write it to a Type.
func ParseType(s string) (Type, bool) { return model.ParseType(s) }

// Extractor runs the whole pipeline on articles. It is safe for concurrent
// use; build one and share it, since building loads the models.
type Extractor struct {
	nlp      *nlp.Analyzer
	mentions *mention.Finder
	resolver *resolve.Resolver
	relater  *relate.Finder
}

// New loads the models and gazetteers and returns an Extractor.
func New() (*Extractor, error) {
	gaz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	an, err := nlp.New(true)
	if err != nil {
		return nil, err
	}
	return &Extractor{
		nlp:      an,
		mentions: mention.New(gaz),
		resolver: resolve.New(gaz),
		relater:  relate.New(gaz),
	}, nil
}

// Extract finds the entities of one article and the relations between
// them.
func (x *Extractor) Extract(ctx context.Context, a Article) (r *Result, err error) {
	defer func() {
		// A bug in one stage must cost one article, not the whole run.
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("analyse %s: internal error: %v", a.ID, p)
		}
	}()
	doc, err := x.nlp.Analyze(ctx, a.Text)
	if err != nil {
		return nil, fmt.Errorf("analyse %s: %w", a.ID, err)
	}
	found := x.mentions.Find(doc)
	mentions, entities := x.resolver.Resolve(doc, found)
	relations := x.relater.Find(a.ID, doc, mentions, entities)
	return &Result{Article: a, Mentions: mentions, Entities: entities, Relations: relations}, nil
}

// ExtractAll runs Extract on articles read from next, using workers
// goroutines (all cores when workers < 1), and calls emit with each
// article's result, or the error that Extract returned for it, in the order
// the articles were read, so that the output does not depend on
// scheduling. It stops at the first error from next or emit, or when ctx is
// done.
func (x *Extractor) ExtractAll(ctx context.Context, workers int, next func() (Article, bool, error), emit func(Article, *Result, error) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		a   Article
	}
	type done struct {
		seq int
		a   Article
		r   *Result
		err error
	}
	// Buffers let the reader work ahead and the workers run on while the
	// caller merges a result: both are serial, and on few cores a worker
	// waiting for either is a core idle.
	jobs := make(chan job, 4*workers)
	results := make(chan done, 4*workers)
	var readErr error
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			a, ok, err := next()
			if err != nil {
				readErr = err
				return
			}
			if !ok {
				return
			}
			select {
			case jobs <- job{seq, a}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r, err := x.Extract(ctx, j.a)
				select {
				case results <- done{j.seq, j.a, r, err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]done{}
	want := 0
	var firstErr error
	for d := range results {
		if firstErr != nil {
			continue
		}
		pending[d.seq] = d
		for {
			p, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if err := emit(p.a, p.r, p.err); err != nil {
				firstErr = err
				cancel()
				break
			}
		}
	}
	if firstErr != nil {
		return firstErr
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
