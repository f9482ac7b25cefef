package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/eval"
)

func newEvalCmd(std streams) *cobra.Command {
	var goldDir, articleDir, format string
	var detail bool
	cmd := &cobra.Command{
		Use:   "eval --gold DIR --articles DIR",
		Short: "Score the extractor against gold annotations",
		Long: `eval runs the extractor on each article that a gold file in --gold names
(its "document" field, a file in --articles), scores the graph against the
gold as testdata/gold/README.md describes, and prints entity precision,
recall and F1 (overall and per type), meeting and visit precision, recall
and F1 with status accuracy, and the not_meetings traps hit, micro-averaged
over the documents. --detail lists every false positive, duplicate and miss.`,
		Example: `  parley eval --gold testdata/gold --articles testdata/articles
  parley eval --gold testdata/bench/gold --articles testdata/bench/articles --detail
  parley eval --gold testdata/gold --articles testdata/articles --format json | jq .total`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEval(cmd.Context(), std, goldDir, articleDir, format, detail)
		},
	}
	f := cmd.Flags()
	f.StringVar(&goldDir, "gold", "", "directory of gold annotation files (*.json)")
	f.StringVar(&articleDir, "articles", "", "directory holding the articles the gold files name")
	f.StringVar(&format, "format", "text", "report format: text or json")
	f.BoolVar(&detail, "detail", false, "list each false positive, duplicate and miss")
	_ = cmd.MarkFlagRequired("gold")
	_ = cmd.MarkFlagRequired("articles")
	return cmd
}

func runEval(ctx context.Context, std streams, goldDir, articleDir, format string, detail bool) error {
	if format != "text" && format != "json" {
		return usageError{fmt.Errorf("unknown format %q (want text or json)", format)}
	}
	golds, err := eval.ReadGoldDir(goldDir)
	if err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	report, err := score(ctx, x, std, golds, articleDir)
	if err != nil {
		return err
	}
	if format == "json" {
		return report.WriteJSON(std.out)
	}
	return report.WriteText(std.out, detail)
}

// score runs the extractor on the article of each gold file and scores it.
func score(ctx context.Context, x *extract.Extractor, std streams, golds []*eval.Gold, articleDir string) (*eval.Report, error) {
	var docs []*eval.DocScore
	for _, gold := range golds {
		path := filepath.Join(articleDir, gold.Document)
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("gold %s: document %s: %w", gold.Document, path, err)
		}
		g, stats, err := buildGraph(ctx, x, std, []string{path}, buildOptions{textField: "text"})
		if err != nil {
			return nil, err
		}
		if stats.Articles == 0 {
			return nil, fmt.Errorf("gold %s: no article could be read from %s", gold.Document, path)
		}
		var buf bytes.Buffer
		if err := graph.WriteJSON(&buf, g); err != nil {
			return nil, err
		}
		d, err := eval.Score(gold, buf.Bytes())
		if err != nil {
			return nil, fmt.Errorf("score %s: %w", gold.Document, err)
		}
		docs = append(docs, d)
	}
	return eval.Total(docs), nil
}
