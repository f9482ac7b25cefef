package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The speed floor of the benchmarks: the whole pipeline on one core at this
// fraction of prose's NewDocument, and all workers at this multiple of one
// worker on a two-core machine.
const (
	proseFloor   = 0.8
	scalingFloor = 1.7
)

// Benchmark names in package extract's bench_test.go, without the
// GOMAXPROCS suffix.
const (
	oneCorePrefix  = "BenchmarkOneCore/" // then the input's name and one of:
	pipelineSuffix = "/pipeline"         // the whole pipeline
	proseSuffix    = "/prose"            // prose's NewDocument
	parallelPrefix = "BenchmarkParallel/workers="
)

// procsSuffix is the "-8" that go test appends to a benchmark's name when
// GOMAXPROCS is not 1.
var procsSuffix = regexp.MustCompile(`-\d+$`)

// metrics maps a benchmark name, without the GOMAXPROCS suffix, to the best
// value of each of its metrics ("tokens/s", "ns/op") over its runs: the
// highest rate or the lowest cost. On a shared machine the best run is the
// one least slowed by others.
type metrics map[string]map[string]float64

// parseBench reads the output of go test -bench. It reads to the end, so
// that a caller that copies the input sees all of it, and then fails if a
// test or benchmark failed.
func parseBench(r io.Reader) (metrics, error) {
	best := metrics{}
	failed := false
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(strings.TrimSpace(line), "--- FAIL") {
			failed = true
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || len(f)%2 != 0 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue // a benchmark's name printed before its log lines
		}
		name := procsSuffix.ReplaceAllString(f[0], "")
		m := best[name]
		if m == nil {
			m = map[string]float64{}
			best[name] = m
		}
		for i := 2; i < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark line %q: %w", line, err)
			}
			unit := f[i+1]
			old, seen := m[unit]
			switch {
			case !seen:
				m[unit] = v
			case strings.HasSuffix(unit, "/s"):
				m[unit] = max(old, v)
			default:
				m[unit] = min(old, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read benchmark output: %w", err)
	}
	if failed {
		return nil, errors.New("a benchmark failed")
	}
	return best, nil
}

// comparison is one throughput over another.
type comparison struct {
	label    string
	num, den float64
	floor    float64
}

func (c comparison) ratio() float64 { return c.num / c.den }

// ratios are the comparisons the speed floor is stated in.
type ratios struct {
	prose   []comparison // per input, tokens/s
	scaling *comparison  // articles/s; nil when only one worker ran
}

// computeRatios finds the pairs of benchmarks to compare: pipeline and prose
// on each input both ran on, and the most workers against one.
func computeRatios(m metrics) (ratios, error) {
	var r ratios
	names := slices.Sorted(maps.Keys(m))
	for _, name := range names {
		input, ok := strings.CutPrefix(name, oneCorePrefix)
		if !ok {
			continue
		}
		if input, ok = strings.CutSuffix(input, pipelineSuffix); !ok {
			continue
		}
		prose := oneCorePrefix + input + proseSuffix
		if _, ok := m[prose]; !ok {
			continue
		}
		pipe, err := metric(m, name, "tokens/s")
		if err != nil {
			return r, err
		}
		base, err := metric(m, prose, "tokens/s")
		if err != nil {
			return r, err
		}
		r.prose = append(r.prose, comparison{label: input, num: pipe, den: base, floor: proseFloor})
	}
	if len(r.prose) == 0 {
		return r, fmt.Errorf("no input with both %s and %s results", pipelineSuffix, proseSuffix)
	}

	most := 0
	for _, name := range names {
		if w, ok := strings.CutPrefix(name, parallelPrefix); ok {
			n, err := strconv.Atoi(w)
			if err != nil {
				return r, fmt.Errorf("benchmark %s: bad number of workers", name)
			}
			most = max(most, n)
		}
	}
	one, err := metric(m, parallelPrefix+"1", "articles/s")
	if err != nil {
		return r, err
	}
	if most > 1 {
		all, err := metric(m, parallelPrefix+strconv.Itoa(most), "articles/s")
		if err != nil {
			return r, err
		}
		r.scaling = &comparison{label: fmt.Sprintf("%d workers / 1", most), num: all, den: one, floor: scalingFloor}
	}
	return r, nil
}

func metric(m metrics, name, unit string) (float64, error) {
	v, ok := m[name][unit]
	if !ok {
		return 0, fmt.Errorf("no %s figure for %s", unit, name)
	}
	if v <= 0 {
		return 0, fmt.Errorf("%s of %s is %v", unit, name, v)
	}
	return v, nil
}

// String formats the ratios for people, marking those below their floor.
func (r ratios) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\nwhole pipeline / prose NewDocument with entities, one core, tokens/s (floor %.2f):\n", proseFloor)
	for _, c := range r.prose {
		writeComparison(&b, c)
	}
	fmt.Fprintf(&b, "all workers / one worker, articles/s (floor %.2f on 2 cores):\n", scalingFloor)
	if r.scaling == nil {
		b.WriteString("  not measured: GOMAXPROCS is 1\n")
	} else {
		writeComparison(&b, *r.scaling)
	}
	return b.String()
}

func writeComparison(b *strings.Builder, c comparison) {
	verdict := ""
	if c.ratio() < c.floor {
		verdict = "  BELOW THE FLOOR"
	}
	fmt.Fprintf(b, "  %-14s %10.1f / %10.1f = %.2f%s\n", c.label, c.num, c.den, c.ratio(), verdict)
}
