package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// version is the program's version, as "parley version" prints it.
const version = "0.1.0"

// Exit statuses.
const (
	exitOK = 0
	// exitFailed: nothing useful could be done (no input could be read).
	exitFailed = 1
	// exitUsage: the command line is wrong.
	exitUsage = 2
)

// streams are the process's standard streams, replaceable in tests.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// usageError marks an error in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// failure marks a run that could do nothing useful.
type failure struct{ msg string }

func (e failure) Error() string { return e.msg }

// run executes the command line args and returns the exit status.
func run(ctx context.Context, args []string, std streams) int {
	root := newRoot(std)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(std.err, "parley: %s\n", oneLine(err.Error()))
	var u usageError
	if errors.As(err, &u) || isCobraUsage(err) {
		fmt.Fprintf(std.err, "Run '%s --help' for usage.\n", commandPath(root, args))
		return exitUsage
	}
	return exitFailed
}

// isCobraUsage reports whether cobra rejected the command line itself.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "invalid argument", "flag needs an argument", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// commandPath returns the command line of the (sub)command args invoke,
// such as "parley completion bash", for the hint after a usage error.
func commandPath(root *cobra.Command, args []string) string {
	cmd, _, err := root.Find(args)
	if err != nil {
		cmd = root
	}
	return cmd.CommandPath()
}

// oneLine keeps an error message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newRoot(std streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "parley",
		Short: "Read news articles and find who met whom",
		Long: `parley reads news articles (scraped pages, HTML, JSON lines) and finds the
people, countries and organisations they name and the meetings, talks, calls
and visits between them. It writes the result as a graph: Graphviz DOT,
node-link JSON (networkx, d3) or GraphML (Gephi, Neo4j).`,
		Example: `  parley extract testdata/articles | dot -Tsvg > graph.svg
  parley extract --format json -o graph.json news/
  parley articles testdata/articles
  parley eval --gold testdata/gold --articles testdata/articles`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(std.in)
	root.SetOut(std.out)
	root.SetErr(std.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newExtractCmd(std), newArticlesCmd(std), newEvalCmd(std), newVersionCmd(std))
	return root
}

func newVersionCmd(std streams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print parley's version",
		Example: "  parley version",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(std.out, "parley %s\n", version)
			return err
		},
	}
}

// isTerminal reports whether w is a terminal, for the progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
