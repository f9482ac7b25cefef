package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/tools/benchcorpus/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRatiosGolden runs "ratios" on benchmark outputs written for the test
// and compares what it prints, the copied input and the ratios, with golden
// files.
func TestRatiosGolden(t *testing.T) {
	for _, name := range []string{"two_cores", "one_core"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := run([]string{"ratios"}, bytes.NewReader(in), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(out.Bytes(), in) {
				t.Error("ratios did not copy its input first")
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("ratios printed\n%s\nwant\n%s", out.Bytes(), want)
			}
		})
	}
}

func TestComputeRatios(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "two_cores.txt"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := parseBench(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	// Of two runs of one worker, the faster counts, for its rate and its
	// time per op.
	if got := m["BenchmarkParallel/workers=1"]["articles/s"]; got != 52 {
		t.Errorf("best articles/s of workers=1 = %v, want 52", got)
	}
	if got := m["BenchmarkParallel/workers=1"]["ns/op"]; got != 38e9 {
		t.Errorf("best ns/op of workers=1 = %v, want 38e9", got)
	}
	r, err := computeRatios(m)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, c := range r.prose {
		labels = append(labels, c.label)
	}
	if want := []string{"corpus", "examples"}; !slices.Equal(labels, want) {
		t.Errorf("inputs compared with prose = %q, want %q", labels, want)
	}
	if got, want := r.prose[0].ratio(), 19500.0/24000; got != want {
		t.Errorf("corpus pipeline/prose = %v, want %v", got, want)
	}
	if r.scaling == nil || r.scaling.ratio() != 91.0/52 {
		t.Errorf("scaling = %+v, want 91/52", r.scaling)
	}
}

func TestRatiosErrors(t *testing.T) {
	const (
		pipe     = "BenchmarkOneCore/corpus/pipeline-2 1 100 ns/op 10 articles/s 1000 tokens/s\n"
		prose    = "BenchmarkOneCore/corpus/prose-2 1 100 ns/op 10 articles/s 1200 tokens/s\n"
		oneWork  = "BenchmarkParallel/workers=1-2 1 100 ns/op 10 articles/s 1000 tokens/s\n"
		twoWork  = "BenchmarkParallel/workers=2-2 1 50 ns/op 19 articles/s 1900 tokens/s\n"
		complete = pipe + prose + oneWork + twoWork
	)
	tests := []struct {
		name, in, want string
	}{
		{"complete", complete, ""},
		{"failed benchmark", complete + "--- FAIL: BenchmarkOneCore/corpus/pipeline\nFAIL\n", "a benchmark failed"},
		{"no prose", pipe + oneWork + twoWork, "no input with both"},
		{"no one-worker run", pipe + prose + twoWork, "no articles/s figure for BenchmarkParallel/workers=1"},
		{"no tokens/s", strings.Replace(complete, "1200 tokens/s", "1200 words/s", 1), "no tokens/s figure for BenchmarkOneCore/corpus/prose"},
		{"zero speed", strings.Replace(complete, "1000 tokens/s", "0 tokens/s", 1), "tokens/s of BenchmarkOneCore/corpus/pipeline is 0"},
		{"bad value", complete + "BenchmarkOneCore/x/prose-2 1 fast ns/op\n", "benchmark line"},
		{"bad workers", complete + "BenchmarkParallel/workers=all-2 1 50 ns/op 19 articles/s\n", "bad number of workers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run([]string{"ratios"}, strings.NewReader(tt.in), &out, io.Discard)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if !strings.HasPrefix(out.String(), tt.in) {
				t.Error("ratios did not copy all of its input")
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	page := "Two ministers meet in a port city\n\nThe foreign ministers of Chile and Peru met in Arica on Thursday. They signed a trade accord.\n"
	if err := os.WriteFile(filepath.Join(dir, "port.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "corpus.jsonl")
	var stderr bytes.Buffer
	if err := run([]string{"jsonl", "-n", "3", "-o", out, dir}, nil, nil, &stderr); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []corpus.Doc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d corpus.Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	pages, err := corpus.Pages(dir)
	if err != nil {
		t.Fatal(err)
	}
	stories, _ := corpus.Stories(pages)
	if want := corpus.Copies(stories, 3); !slices.Equal(got, want) {
		t.Errorf("jsonl wrote %+v, want %+v", got, want)
	}
	if stderr.Len() != 0 {
		t.Errorf("jsonl warned %q about a stable page", stderr.String())
	}

	for _, args := range [][]string{
		{"jsonl"},
		{"jsonl", t.TempDir()},
		{"jsonl", "-n", "0", dir},
		{"ratios", "extra"},
		{"unknown"},
		nil,
	} {
		if err := run(args, strings.NewReader(""), &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("run %q: no error", args)
		}
	}
}
