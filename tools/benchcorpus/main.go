// Command benchcorpus serves "make bench" and "make bench-rss": it writes the
// benchmark corpus as JSON lines for the parley command to read, and it
// reads the output of the speed benchmarks and prints the ratios the speed
// floor is stated in.
//
// Usage:
//
//	benchcorpus jsonl [-n 2000] [-o FILE] DIR...
//	go test -bench . ./extract/ | benchcorpus ratios
//
// jsonl builds the corpus of package corpus from the .txt pages in the
// directories and writes one {"id", "text"} object per line. It says on
// standard error how many stories it left out because cleaning them again
// would not leave them whole.
//
// ratios copies its input to standard output as it comes, then prints the
// throughput of the whole pipeline over that of prose's NewDocument on one
// core, and the throughput with all workers over that with one. A benchmark
// run several times (-count) counts with its fastest run. It fails when a
// benchmark failed or a figure is missing.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/parley/parley/tools/benchcorpus/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "benchcorpus: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("want a command: jsonl or ratios")
	}
	switch args[0] {
	case "jsonl":
		return runJSONL(args[1:], stdout, stderr)
	case "ratios":
		if len(args) > 1 {
			return errors.New("ratios reads standard input and takes no arguments")
		}
		return runRatios(stdin, stdout)
	}
	return fmt.Errorf("unknown command %q (want jsonl or ratios)", args[0])
}

func runJSONL(args []string, stdout, stderr io.Writer) (err error) {
	fs := flag.NewFlagSet("jsonl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 2000, "number of articles")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("jsonl: want the directories of the pages")
	}
	if *n < 1 {
		return fmt.Errorf("jsonl: -n %d: want at least one article", *n)
	}
	pages, err := corpus.Pages(fs.Args()...)
	if err != nil {
		return err
	}
	stories, unstable := corpus.Stories(pages)
	if unstable > 0 {
		fmt.Fprintf(stderr, "benchcorpus: left out %d stories that cleaning does not leave whole\n", unstable)
	}
	docs := corpus.Copies(stories, *n)
	if len(docs) == 0 {
		return fmt.Errorf("jsonl: no story in %v", fs.Args())
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("jsonl: %w", cerr)
			}
		}()
		w = f
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}

func runRatios(stdin io.Reader, stdout io.Writer) error {
	results, err := parseBench(io.TeeReader(stdin, stdout))
	if err != nil {
		return err
	}
	r, err := computeRatios(results)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, r.String())
	return err
}
