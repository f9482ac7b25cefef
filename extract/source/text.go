package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/parley/parley/extract/model"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Limits that bound memory whatever the input's size.
const (
	// maxLine is the longest line kept whole; longer lines are split at a
	// sentence end or a space.
	maxLine = 256 << 10
	// maxPage is the most text split into stories at once; a longer input
	// is read in parts cut at paragraph breaks, so no article is longer.
	maxPage = 2 << 20
	// sniffLen is how much of an input is looked at to tell its encoding,
	// binary data and HTML.
	sniffLen = 8 << 10
)

// ReadText reads a text page, copied or scraped from a news site, and calls
// fn with each story, as SplitPage makes them. It streams: an input of any
// size is read in parts of at most 2 MiB, split at paragraph breaks. A byte
// order mark (UTF-8 or UTF-16) is honoured, invalid UTF-8 is replaced (with
// one warning), and an input with NUL bytes is rejected as binary. It returns
// the number of articles passed to fn; path names the input in IDs and
// errors ("-" for standard input).
func ReadText(ctx context.Context, r io.Reader, path string, opts Options, fn func(model.Article) error) (int, error) {
	return readText(ctx, r, path, opts.warn, fn)
}

// readText is ReadText with a warning callback.
func readText(ctx context.Context, r io.Reader, path string, warn func(error), fn func(model.Article) error) (int, error) {
	br, _, err := open(r)
	if err != nil {
		return 0, err
	}
	t := textReader{ctx: ctx, path: path, warn: warn, fn: fn}
	return t.read(br)
}

// open prepares an input for reading: it decodes UTF-16 (told by its byte
// order mark) and rejects empty and binary inputs. It returns the start of
// the input, for telling its format.
func open(r io.Reader) (*bufio.Reader, []byte, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, nil, err
	}
	if len(head) == 0 {
		return nil, nil, ErrEmpty
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		if head, err = br.Peek(sniffLen); err != nil && !errors.Is(err, io.EOF) {
			return nil, nil, err
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, nil, ErrBinary
	}
	return br, head, nil
}

// sniff tells the format of an input from its start: HTML, JSON lines (a
// JSON object on the first line) or text.
func sniff(head []byte) inputKind {
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return kindHTML
	}
	first, _, _ := bytes.Cut(bytes.TrimLeft(head, " \t\r\n\uFEFF"), []byte("\n"))
	if first = bytes.TrimSpace(first); bytes.HasPrefix(first, []byte("{")) && json.Valid(first) {
		return kindJSONL
	}
	return kindText
}

// textReader streams one text input into articles.
type textReader struct {
	ctx  context.Context
	path string
	warn func(error)
	fn   func(model.Article) error

	held  []*story // the last part's stories, emitted once it is known whether more follow
	n     int      // stories emitted
	many  bool     // the input has more than one story
	parts int
}

func (t *textReader) read(br *bufio.Reader) (int, error) {
	cut := false
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	sc.Split(lineSplitter(maxLine, &cut))
	var (
		page      strings.Builder
		line      int
		invalid   bool
		text      bool // some line is not blank
		binaryErr error
		prevBlank bool
	)
	for sc.Scan() {
		line++
		b := bytes.TrimSuffix(sc.Bytes(), []byte("\r"))
		if bytes.IndexByte(b, 0) >= 0 {
			binaryErr = &InputError{Path: t.path, Line: line, Err: errors.New("binary data (NUL byte); rest of input skipped")}
			break
		}
		if !invalid && !utf8.Valid(b) {
			invalid = true
			t.warn(&InputError{Path: t.path, Line: line, Err: ErrInvalidUTF8})
		}
		blank := len(bytes.TrimSpace(b)) == 0
		text = text || !blank
		if page.Len() >= maxPage && partBreak(prevBlank, blank, b, page.Len()) {
			if err := t.part(page.String()); err != nil {
				return t.n, err
			}
			page.Reset()
		}
		prevBlank = blank
		page.Write(b)
		page.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return t.n, err
	}
	if cut {
		t.warn(&InputError{Path: t.path, Err: fmt.Errorf("lines longer than %d KiB were split", maxLine>>10)})
	}
	if !text && binaryErr == nil {
		return 0, ErrEmpty
	}
	if err := t.part(page.String()); err != nil {
		return t.n, err
	}
	if t.parts > 1 {
		t.warn(&InputError{Path: t.path, Err: fmt.Errorf("longer than %d MiB: read in parts, so a story may be cut in two", maxPage>>20)})
	}
	if err := t.flush(); err != nil {
		return t.n, err
	}
	return t.n, binaryErr
}

// partBreak says whether a part of size bytes, already full, ends before
// line b: best before a line that opens a paragraph without being a sentence
// (a headline), else at a paragraph break once the part is a quarter over,
// else anywhere once it is half over.
func partBreak(prevBlank, blank bool, b []byte, size int) bool {
	switch {
	case prevBlank && !blank && !endsSentence(string(bytes.TrimSpace(b))):
		return true
	case blank:
		return size >= maxPage+maxPage/4
	}
	return size >= maxPage+maxPage/2
}

// part splits one part of the input into stories and emits those of the
// part before.
func (t *textReader) part(text string) error {
	if err := t.ctx.Err(); err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return nil
	}
	t.parts++
	if t.parts == 1 {
		// Skip a UTF-8 byte order mark; Clean would drop it anyway, but
		// it would hide a dateline or headline from the first line's checks.
		text = strings.TrimPrefix(text, "\uFEFF")
	}
	stories := splitStories(text)
	if len(stories) == 0 {
		return nil
	}
	if len(t.held) > 0 || len(stories) > 1 {
		t.many = true
	}
	if err := t.flush(); err != nil {
		return err
	}
	t.held = stories
	return nil
}

// flush emits the held stories.
func (t *textReader) flush() error {
	id := ID(t.path)
	for _, s := range t.held {
		t.n++
		if err := t.fn(s.article(storyID(id, t.n, t.many), t.path)); err != nil {
			return err
		}
	}
	t.held = nil
	return nil
}

// lineSplitter is a bufio.SplitFunc that returns lines without their
// newline, splitting lines longer than max at the last sentence end or space
// before max (setting *cut) so that memory stays bounded.
func lineSplitter(max int, cut *bool) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, '\n'); i >= 0 && i < max {
			return i + 1, data[:i], nil
		}
		if len(data) >= max {
			*cut = true
			k := cutPoint(data[:max])
			return k, data[:k], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
}

// cutPoint chooses where to split an overlong line: after the last sentence
// end in its second half, else after the last space, else at a character
// boundary.
func cutPoint(b []byte) int {
	half := len(b) / 2
	for i := len(b) - 2; i >= half; i-- {
		if b[i+1] == ' ' && (b[i] == '.' || b[i] == '!' || b[i] == '?') {
			return i + 2
		}
	}
	if i := bytes.LastIndexByte(b, ' '); i > 0 {
		return i + 1
	}
	k := len(b) - 1
	for k > 0 && !utf8.RuneStart(b[k]) {
		k--
	}
	if k == 0 {
		return len(b)
	}
	return k
}
