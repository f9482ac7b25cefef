// Package source reads the inputs analysts feed parley (text copied or
// scraped from news pages, saved HTML pages, JSON lines datasets) and turns
// them into clean articles, one per story, before any tagging.
//
// Read is the entry point; SplitPage, ReadText, ReadHTML, ReadJSONL and Clean
// are its building blocks. Problems with one input never stop the others:
// they are reported as *InputError values, each a one-line message that names
// the input.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley/parley/extract/model"
)

// Options configure Read and the readers.
type Options struct {
	// TextField is the JSON lines field that holds an article's text; ""
	// means "text".
	TextField string
	// Warn receives every problem that did not stop reading, as an
	// *InputError whose message is one line naming the input. Nil ignores
	// them.
	Warn func(error)
}

func (o *Options) warn(err error) {
	if o.Warn != nil {
		o.Warn(err)
	}
}

// Stats count what Read did.
type Stats struct {
	// Inputs is the number of inputs read: files, standard input, and
	// directories that held no article file.
	Inputs int
	// Failed is the number of inputs from which no article could be read.
	Failed int
	// Articles is the number of articles passed to the callback.
	Articles int
}

// Problems with inputs, wrapped in *InputError.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file (NUL bytes)")
	ErrNoArticles  = errors.New("no articles found")
	ErrInvalidUTF8 = errors.New("invalid UTF-8 replaced with U+FFFD")
)

// InputError is a problem with one input, or one line of it.
type InputError struct {
	Path string // the input as given; "-" for standard input
	Line int    // the line number, or 0 when the problem is not with one line
	Err  error
}

// Error returns "path: problem" or "path:line: problem", on one line.
func (e *InputError) Error() string {
	name := e.Path
	if name == "-" {
		name = "standard input"
	}
	msg := strings.ReplaceAll(e.Err.Error(), "\n", " ")
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", name, e.Line, msg)
	}
	return name + ": " + msg
}

// Unwrap returns the problem, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

// Extensions of the files Read takes from directories.
var readable = map[string]bool{".txt": true, ".html": true, ".htm": true, ".jsonl": true}

// Read reads every path in order, and standard input (stdin) for "-" or when
// paths is empty, calling fn for each article found, in input order.
// Standard input may hold text, HTML or JSON lines, told apart by content.
// Directories are walked recursively in lexical order, taking .txt, .html,
// .htm and .jsonl files and ignoring others; a file named explicitly is read
// whatever its extension (as text unless it is HTML or JSON lines).
//
// A problem with an input is passed to opts.Warn and reading goes on with the
// next input. Read stops early only when ctx is cancelled or fn returns an
// error, and returns that error.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts Options, fn func(model.Article) error) (Stats, error) {
	r := reader{ctx: ctx, opts: opts, fn: fn}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return r.stats, err
		}
		if p == "-" {
			r.input(p, stdin, kindStdin)
		} else {
			r.path(p)
		}
		if r.stop != nil {
			return r.stats, r.stop
		}
	}
	return r.stats, ctx.Err()
}

// reader is the state of one Read call.
type reader struct {
	ctx   context.Context
	opts  Options
	fn    func(model.Article) error
	stats Stats
	stop  error // fn's or ctx's error, which ends Read
}

// emit passes an article to fn, recording an error that stops Read.
func (r *reader) emit(a model.Article) error {
	if err := r.ctx.Err(); err != nil {
		r.stop = err
		return err
	}
	if err := r.fn(a); err != nil {
		r.stop = err
		return err
	}
	r.stats.Articles++
	return nil
}

// fail reports an input from which nothing was read.
func (r *reader) fail(path string, err error) {
	r.stats.Failed++
	r.opts.warn(&InputError{Path: path, Err: err})
}

// path reads a file or walks a directory.
func (r *reader) path(p string) {
	info, err := os.Stat(p)
	if err != nil {
		r.stats.Inputs++
		r.fail(p, osError(err))
		return
	}
	if !info.IsDir() {
		r.file(p)
		return
	}
	found := false
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == p {
				return err
			}
			r.stats.Inputs++
			r.fail(path, osError(err))
			return nil
		}
		if d.IsDir() || !readable[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		found = true
		r.file(path)
		if r.stop != nil {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		r.stats.Inputs++
		r.fail(p, osError(err))
		return
	}
	if !found {
		r.stats.Inputs++
		r.fail(p, errors.New("no .txt, .html, .htm or .jsonl files in directory"))
	}
}

// file reads one file.
func (r *reader) file(p string) {
	f, err := os.Open(p)
	if err != nil {
		r.stats.Inputs++
		r.fail(p, osError(err))
		return
	}
	defer f.Close()
	var k inputKind
	switch strings.ToLower(filepath.Ext(p)) {
	case ".html", ".htm":
		k = kindHTML
	case ".jsonl":
		k = kindJSONL
	default:
		k = kindText
	}
	r.input(p, f, k)
}

// inputKind says how to read an input.
type inputKind int

const (
	kindText inputKind = iota
	kindHTML
	kindJSONL
	kindStdin // text, HTML or JSON lines, told apart by content
)

// input reads one opened input.
func (r *reader) input(p string, in io.Reader, k inputKind) {
	r.stats.Inputs++
	warn := r.opts.warn
	var (
		n   int
		err error
	)
	if k == kindStdin {
		k = kindText
		if in == nil {
			err = errors.New("no standard input")
		} else if br, head, oerr := open(in); oerr != nil {
			err = oerr
		} else {
			in, k = br, sniff(head)
		}
	}
	if err == nil {
		switch k {
		case kindJSONL:
			o := r.opts
			o.Warn = warn
			n, err = ReadJSONL(r.ctx, in, p, o, r.emit)
		case kindHTML:
			n, err = r.html(p, in)
		default:
			n, err = readText(r.ctx, in, p, warn, r.emit)
		}
	}
	if r.stop != nil {
		return
	}
	if err == nil && n == 0 {
		err = &InputError{Path: p, Err: ErrNoArticles}
	}
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			err = &InputError{Path: p, Err: err}
		}
		if n == 0 {
			r.stats.Failed++
		}
		r.opts.warn(err)
	}
}

// html reads one HTML page.
func (r *reader) html(p string, in io.Reader) (int, error) {
	a, err := readHTML(in, p, r.opts.warn)
	if err != nil {
		return 0, err
	}
	if err := r.emit(a); err != nil {
		return 0, err
	}
	return 1, nil
}

// osError strips the operation and path from a file system error, since
// InputError names the input already.
func osError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ID returns the article ID for an input path: the base name without its
// extension, or "stdin" for standard input.
func ID(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	base := filepath.Base(path)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}
