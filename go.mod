module github.com/parley/parley

go 1.26

require (
	github.com/dominikbraun/graph v0.23.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/jdkato/prose/v3 v3.2.3 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/spf13/cobra v1.10.2 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	golang.org/x/text v0.26.0
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
