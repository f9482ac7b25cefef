package extract_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/jdkato/prose/v3"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/extract/source"
	"github.com/parley/parley/graph"
	"github.com/parley/parley/tools/benchcorpus/corpus"
)

// corpusSize is the number of articles in the large benchmark corpus.
const corpusSize = 2000

// benchInput is the texts a benchmark feeds to the pipeline and to prose,
// with the number of prose tokens and of stories in them, which both report
// their speed in.
type benchInput struct {
	docs     []corpus.Doc
	tokens   int
	articles int
}

func newBenchInput(docs []corpus.Doc) (benchInput, error) {
	in := benchInput{docs: docs}
	for _, d := range docs {
		doc, err := prose.NewDocument(d.Text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			return in, fmt.Errorf("tokenise %s: %w", d.ID, err)
		}
		in.tokens += len(doc.Tokens())
		in.articles += len(source.SplitPage(d.ID, d.ID, d.Text))
	}
	return in, nil
}

// The inputs and the extractor are built on first use, inside a benchmark,
// so that a plain "go test" pays for none of them.
var (
	benchExtractor = sync.OnceValues(extract.New)
	examplePages   = sync.OnceValues(func() (benchInput, error) {
		pages, err := corpus.Pages("../testdata/articles")
		if err != nil {
			return benchInput{}, err
		}
		return newBenchInput(pages)
	})
	largeCorpus = sync.OnceValues(func() (benchInput, error) {
		pages, err := corpus.Pages("../testdata/articles", "../testdata/bench/articles")
		if err != nil {
			return benchInput{}, err
		}
		stories, _ := corpus.Stories(pages)
		return newBenchInput(corpus.Copies(stories, corpusSize))
	})
)

// inputs are the benchmarks' named inputs: the example pages as scraped,
// and the large corpus of stories built from them and the bench pages.
var inputs = []struct {
	name string
	load func() (benchInput, error)
}{
	{"examples", examplePages},
	{"corpus", largeCorpus},
}

func mustExtractor(b *testing.B) *extract.Extractor {
	b.Helper()
	x, err := benchExtractor()
	if err != nil {
		b.Fatal(err)
	}
	return x
}

func mustInput(b *testing.B, load func() (benchInput, error)) benchInput {
	b.Helper()
	in, err := load()
	if err != nil {
		b.Fatal(err)
	}
	return in
}

// reportSpeed reports the throughput of the b.N passes over in that b.Loop
// timed.
func reportSpeed(b *testing.B, in benchInput) {
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(in.tokens)/secs, "tokens/s")
	b.ReportMetric(float64(in.articles)/secs, "articles/s")
}

// runPipeline is the whole pipeline on one goroutine: cleaning and story
// splitting, analysis, and merging into a graph. It returns the number of
// articles found and the number the graph took.
func runPipeline(ctx context.Context, x *extract.Extractor, docs []corpus.Doc) (found, added int, err error) {
	g := graph.New()
	for _, d := range docs {
		for _, a := range source.SplitPage(d.ID, d.ID, d.Text) {
			r, err := x.Extract(ctx, a)
			if err != nil {
				return found, added, err
			}
			found++
			if g.Add(r) {
				added++
			}
		}
	}
	return found, added, nil
}

// BenchmarkOneCore measures, on each input, the whole pipeline on one
// goroutine and then prose's own NewDocument, with entities as by default,
// on the same texts: the speed floor of the pipeline is a fraction of
// prose's. The two run back to back so that a shared machine's load changes
// little between them.
func BenchmarkOneCore(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name+"/pipeline", func(b *testing.B) {
			x := mustExtractor(b)
			input := mustInput(b, in.load)
			// The first article runs whatever the extractor sets up lazily.
			if _, _, err := runPipeline(b.Context(), x, input.docs[:1]); err != nil {
				b.Fatal(err)
			}
			var found, added int
			b.ReportAllocs()
			for b.Loop() {
				var err error
				if found, added, err = runPipeline(b.Context(), x, input.docs); err != nil {
					b.Fatal(err)
				}
			}
			// A skipped duplicate would make the pipeline look faster than
			// it is.
			if added != found || found != input.articles {
				b.Fatalf("graph took %d of %d articles of %d", added, found, input.articles)
			}
			reportSpeed(b, input)
		})
		b.Run(in.name+"/prose", func(b *testing.B) {
			input := mustInput(b, in.load)
			// The first document loads prose's models.
			if _, err := prose.NewDocument(input.docs[0].Text); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range input.docs {
					if _, err := prose.NewDocument(d.Text); err != nil {
						b.Fatal(err)
					}
				}
			}
			reportSpeed(b, input)
		})
	}
}

// BenchmarkParallel measures ExtractAll over the large corpus with one
// worker and with one per core, as "parley extract" runs it: pages are
// split into stories as they are read and results are merged in order.
func BenchmarkParallel(b *testing.B) {
	all := runtime.GOMAXPROCS(0)
	workers := []int{1}
	if all > 1 {
		workers = append(workers, all)
	}
	for _, w := range workers {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			x := mustExtractor(b)
			input := mustInput(b, largeCorpus)
			var found, added int
			b.ReportAllocs()
			for b.Loop() {
				g := graph.New()
				found, added = 0, 0
				docs := input.docs
				var pending []extract.Article
				next := func() (extract.Article, bool, error) {
					for len(pending) == 0 {
						if len(docs) == 0 {
							return extract.Article{}, false, nil
						}
						pending = source.SplitPage(docs[0].ID, docs[0].ID, docs[0].Text)
						docs = docs[1:]
					}
					a := pending[0]
					pending = pending[1:]
					return a, true, nil
				}
				emit := func(a extract.Article, r *extract.Result, err error) error {
					if err != nil {
						return err
					}
					found++
					if g.Add(r) {
						added++
					}
					return nil
				}
				if err := x.ExtractAll(b.Context(), w, next, emit); err != nil {
					b.Fatal(err)
				}
			}
			if added != found || found != input.articles {
				b.Fatalf("graph took %d of %d articles of %d", added, found, input.articles)
			}
			reportSpeed(b, input)
		})
	}
}
