module github.com/parley/parley/tools/gazetteer

go 1.26

require (
	github.com/biter777/countries v1.7.5
	github.com/pariz/gountries v0.1.6
	golang.org/x/text v0.26.0
	google.golang.org/protobuf v1.36.10
)

require gopkg.in/yaml.v2 v2.4.0 // indirect
