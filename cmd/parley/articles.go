package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/extract/source"
)

func newArticlesCmd(std streams) *cobra.Command {
	var format, textField string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "articles [PATH ...]",
		Short: "List the articles found in the inputs",
		Long: `articles reads the inputs as extract does and lists the articles found in
them (id, title, source and first words), so that you can see what will be
analysed: scraped pages split into their stories, with site chrome, captions
and bylines removed. --format json prints every article in full, one JSON
object per line, for scripts.`,
		Example: `  parley articles testdata/articles
  parley articles --format json news.jsonl | jq -r .title`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runArticles(cmd.Context(), std, format, textField, quiet, args)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&textField, "text-field", "text", "JSON lines field that holds the article text")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no warnings")
	return cmd
}

func runArticles(ctx context.Context, std streams, format, textField string, quiet bool, paths []string) error {
	var emit func(extract.Article) error
	var flush func() error
	switch format {
	case "text":
		tw := tabwriter.NewWriter(std.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSOURCE\tTITLE\tBEGINS")
		emit = func(a extract.Article) error {
			_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", a.ID, orDash(a.Source), orDash(clip(a.Title, 60)), clip(body(a), 60))
			return err
		}
		flush = tw.Flush
	case "json":
		enc := json.NewEncoder(std.out)
		enc.SetEscapeHTML(false)
		emit = func(a extract.Article) error { return enc.Encode(a) }
		flush = func() error { return nil }
	default:
		return usageError{fmt.Errorf("unknown format %q (want text or json)", format)}
	}
	warn := func(err error) {
		if !quiet {
			fmt.Fprintf(std.err, "parley: %s\n", oneLine(err.Error()))
		}
	}
	stats, err := source.Read(ctx, paths, std.in, source.Options{TextField: textField, Warn: warn}, emit)
	if ferr := flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if stats.Articles == 0 {
		return failure{msg: "no article could be read"}
	}
	return nil
}

// body returns the article's text after its headline.
func body(a extract.Article) string {
	t := a.Text
	if a.Title != "" {
		t = strings.TrimPrefix(t, a.Title)
	}
	return strings.Join(strings.Fields(t), " ")
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
