package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/extract/source"
	"github.com/parley/parley/graph"
)

// extractOptions are the flags of "parley extract".
type extractOptions struct {
	format    string
	output    string
	relations string
	types     string
	connected bool
	textField string
	quiet     bool
	workers   int
}

func newExtractCmd(std streams) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [PATH ...]",
		Short: "Build the who-met-whom graph of articles",
		Long: `extract reads articles and writes the graph of the people, countries and
organisations they name and of who met whom and who visited where.

A PATH is a file, a directory (walked recursively for .txt, .html, .htm and
.jsonl files) or "-" for standard input; with no PATH, standard input is read.
A problem with one input is reported on standard error and the others are
still read; the exit status is 1 only when no input could be read.`,
		Example: `  parley extract testdata/articles | dot -Tsvg > graph.svg
  parley extract --format json -o graph.json news/ more.jsonl
  parley extract --relations met --types PERSON --connected testdata/articles
  curl -s https://example.org/story.html | parley extract --format json -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), std, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "dot", "output format: dot, json or graphml")
	f.StringVarP(&o.output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.StringVar(&o.relations, "relations", "", "keep only these relations: met, visited (comma-separated)")
	f.StringVar(&o.types, "types", "", "keep only these entity types: PERSON, ORG, GPE, LOC (comma-separated)")
	f.BoolVar(&o.connected, "connected", false, "drop entities that take part in no relation")
	f.StringVar(&o.textField, "text-field", "text", "JSON lines field that holds the article text")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar and no warnings")
	f.IntVarP(&o.workers, "jobs", "j", 0, "articles analysed in parallel (0: one per core)")
	return cmd
}

// writer writes a graph in one format.
type writer func(io.Writer, *graph.Graph) error

func formatWriter(format string) (writer, error) {
	switch strings.ToLower(format) {
	case "dot":
		return graph.WriteDOT, nil
	case "json":
		return graph.WriteJSON, nil
	case "graphml":
		return graph.WriteGraphML, nil
	}
	return nil, usageError{fmt.Errorf("unknown format %q (want dot, json or graphml)", format)}
}

func parseFilter(relations, types string, connected bool) (graph.Filter, error) {
	f := graph.Filter{Connected: connected}
	for _, r := range splitList(relations) {
		switch k := extract.RelationKind(strings.ToLower(r)); k {
		case extract.Met, extract.Visited:
			f.Relations = append(f.Relations, k)
		default:
			return f, usageError{fmt.Errorf("unknown relation %q (want met or visited)", r)}
		}
	}
	for _, t := range splitList(types) {
		typ, ok := extract.ParseType(t)
		if !ok {
			return f, usageError{fmt.Errorf("unknown entity type %q (want PERSON, ORG, GPE or LOC)", t)}
		}
		f.Types = append(f.Types, typ)
	}
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func runExtract(ctx context.Context, std streams, o extractOptions, paths []string) error {
	write, err := formatWriter(o.format)
	if err != nil {
		return err
	}
	filter, err := parseFilter(o.relations, o.types, o.connected)
	if err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	g, stats, err := buildGraph(ctx, x, std, paths, buildOptions{textField: o.textField, quiet: o.quiet, workers: o.workers, progress: !o.quiet && isTerminal(std.err)})
	if err != nil {
		return err
	}
	if stats.Articles == 0 {
		return failure{msg: "no article could be read"}
	}
	g = g.Filter(filter)
	return writeOutput(std.out, o.output, func(w io.Writer) error { return write(w, g) })
}

// buildOptions configure buildGraph.
type buildOptions struct {
	textField string
	quiet     bool
	progress  bool
	workers   int
}

// buildGraph reads the inputs, analyses their articles in parallel and
// merges the results, in input order, into a graph.
func buildGraph(ctx context.Context, x *extract.Extractor, std streams, paths []string, o buildOptions) (*graph.Graph, source.Stats, error) {
	g := graph.New()
	g.Generator = "parley " + version
	var bar *progressbar.ProgressBar
	if o.progress {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(std.err),
			progressbar.OptionSetDescription("analysing articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionClearOnFinish(),
		)
	}
	warn := func(err error) {
		if o.quiet {
			return
		}
		if bar != nil {
			_ = bar.Clear()
		}
		fmt.Fprintf(std.err, "parley: %s\n", oneLine(err.Error()))
	}

	articles := make(chan extract.Article)
	var stats source.Stats
	var readErr error
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(articles)
		stats, readErr = source.Read(ctx, paths, std.in, source.Options{TextField: o.textField, Warn: warn}, func(a extract.Article) error {
			select {
			case articles <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	next := func() (extract.Article, bool, error) {
		a, ok := <-articles
		return a, ok, nil
	}
	err := x.ExtractAll(ctx, o.workers, next, func(a extract.Article, r *extract.Result, err error) error {
		if bar != nil {
			_ = bar.Add(1)
		}
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			warn(err)
			return nil
		}
		g.Add(r)
		return nil
	})
	cancel()
	for range articles {
		// Let the reader finish so that stats and readErr are final.
	}
	if bar != nil {
		_ = bar.Finish()
	}
	if err == nil && readErr != nil && !errors.Is(readErr, context.Canceled) {
		err = readErr
	}
	if err == nil {
		err = ctx.Err()
		if errors.Is(err, context.Canceled) {
			err = nil
		}
	}
	return g, stats, err
}
