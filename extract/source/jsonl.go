package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parley/parley/extract/model"
)

// maxJSONLine is the longest JSON line read; a longer one is reported and
// skipped without being held in memory.
const maxJSONLine = 16 << 20

// ReadJSONL reads JSON lines, one article per line: an object with a "text"
// field (or opts.TextField) and optional "title", "url", "date", "source" and
// "id" fields. Each text is cleaned as a single story (Clean, then furniture,
// captions, credits, bylines and datelines as in SplitPage) and passed to fn.
// Article IDs are the line's "id" field, or the input's base name and the
// line number ("news:12"). A bad line is reported to opts.Warn with its line
// number and skipped. Lines are streamed, never loaded whole; texts longer
// than 2 MiB are cut at a paragraph or sentence end, with a warning. It
// returns the number of articles passed to fn.
func ReadJSONL(ctx context.Context, r io.Reader, path string, opts Options, fn func(model.Article) error) (int, error) {
	field := opts.TextField
	if field == "" {
		field = "text"
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(sniffLen); bytes.IndexByte(head, 0) >= 0 {
		return 0, ErrBinary
	}
	var (
		buf     []byte
		n, line int
		text    bool // some line is not blank
	)
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		b, long, err := readLine(br, buf[:0], maxJSONLine)
		buf = b
		if err != nil && !errors.Is(err, io.EOF) {
			return n, err
		}
		if len(b) == 0 && errors.Is(err, io.EOF) && !long {
			break
		}
		line++
		b = bytes.TrimSpace(b)
		switch {
		case long:
			text = true
			opts.warn(&InputError{Path: path, Line: line, Err: fmt.Errorf("line longer than %d MiB skipped", maxJSONLine>>20)})
		case len(b) == 0:
		default:
			text = true
			a, err := jsonArticle(b, path, line, field, opts.warn)
			if err != nil {
				opts.warn(&InputError{Path: path, Line: line, Err: err})
				break
			}
			if err := fn(a); err != nil {
				return n, err
			}
			n++
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !text {
		return n, ErrEmpty
	}
	return n, nil
}

// readLine reads one line into buf, without its newline. A line longer than
// max is read to its end but not kept; long reports it.
func readLine(br *bufio.Reader, buf []byte, max int) (b []byte, long bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !long {
			if len(buf)+len(frag) > max {
				long, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil:
			return buf, long, err
		}
		return bytes.TrimSuffix(buf, []byte("\n")), long, nil
	}
}

// jsonArticle decodes one JSON line into an article.
func jsonArticle(b []byte, path string, line int, field string, warn func(error)) (model.Article, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return model.Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	raw, ok := obj[field]
	if !ok {
		return model.Article{}, fmt.Errorf("no %q field", field)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return model.Article{}, fmt.Errorf("field %q is not a string", field)
	}
	if !utf8.ValidString(text) {
		warn(&InputError{Path: path, Line: line, Err: ErrInvalidUTF8})
	}
	if len(text) > maxPage {
		text = text[:cutPoint([]byte(text[:maxPage]))]
		warn(&InputError{Path: path, Line: line, Err: fmt.Errorf("text longer than %d MiB cut short", maxPage>>20)})
	}
	s := singleStory(stringField(obj, "title"), text)
	if !s.hasContent() {
		return model.Article{}, fmt.Errorf("field %q holds no article text", field)
	}
	if src := stringField(obj, "source"); src != "" {
		s.outlet, s.agency = src, ""
	}
	if date := stringField(obj, "date"); date != "" {
		s.date = date
	}
	id := stringField(obj, "id")
	if id == "" {
		id = ID(path) + ":" + strconv.Itoa(line)
	}
	a := s.article(id, path)
	a.URL = stringField(obj, "url")
	return a, nil
}

// stringField returns a string or number field as a cleaned one-line
// string, or "" if it is absent or of another type.
func stringField(obj map[string]json.RawMessage, key string) string {
	raw, ok := obj[key]
	if !ok {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		var n json.Number
		if json.Unmarshal(raw, &n) != nil {
			return ""
		}
		s = n.String()
	}
	return strings.Join(strings.Fields(Clean(s)), " ")
}
