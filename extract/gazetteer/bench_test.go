package gazetteer

import (
	"runtime"
	"testing"
)

// BenchmarkLoad measures parsing the embedded data, which Load does once per
// process, and reports the heap the parsed gazetteer keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := load()
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
}

// lookupInputs mixes the capitalised tokens an article holds: names,
// places, countries, words, and misses.
var lookupInputs = []string{"Nairobi", "Kenya", "Giovanni", "Orchard", "Will", "SAO PAULO", "Kenyans", "Xqzvw", "Tomsk", "UK", "Airbus", "Airbus Defence"}

func BenchmarkLookups(b *testing.B) {
	g := mustLoad(b)
	for _, bm := range []struct {
		name string
		f    func(string)
	}{
		{"Country", func(s string) { g.Country(s) }},
		{"Demonym", func(s string) { g.Demonym(s) }},
		{"Continent", func(s string) { g.Continent(s) }},
		{"Place", func(s string) { g.Place(s) }},
		{"Places", func(s string) { g.Places(s) }},
		{"NamePart", func(s string) { g.NamePart(s) }},
		{"GivenName", func(s string) { g.GivenName(s) }},
		{"WordRank", func(s string) { g.WordRank(s) }},
		{"Org", func(s string) { g.Org(s) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range lookupInputs {
					bm.f(s)
				}
			}
		})
	}
}
