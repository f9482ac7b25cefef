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
