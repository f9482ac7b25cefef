package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/extract/model"
)

// collect runs Read and returns the articles and warnings.
func collect(t *testing.T, paths []string, stdin string, opts Options) ([]model.Article, []string, Stats) {
	t.Helper()
	var arts []model.Article
	var warns []string
	opts.Warn = func(err error) {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("warning %v is not an *InputError", err)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("warning is not one line: %q", err)
		}
		warns = append(warns, err.Error())
	}
	st, err := Read(context.Background(), paths, strings.NewReader(stdin), opts, func(a model.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, warns, st
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const storyText = "Peru and Chile sign border accord\n\nThe two presidents met in Lima on Monday.\n"

func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "tree")
	write(t, filepath.Join(tree, "b.txt"), storyText)
	write(t, filepath.Join(tree, "a", "news.jsonl"),
		`{"text": "Ministers met in Oslo on Tuesday.", "title": "Oslo talks"}`+"\n"+
			"{not json\n"+
			`{"id": "x-7", "text": "Leaders met in Lima.", "source": "Andes Wire"}`+"\n")
	write(t, filepath.Join(tree, "c.HTML"), `<html><head><title>Oslo hosts Arctic forum</title></head><body><article><p>Ministers from eight Arctic states gathered in Oslo on Tuesday for a forum on research and shipping, the government said.</p></article></body></html>`)
	write(t, filepath.Join(tree, "notes.md"), "Ignored because of its extension.\n")
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "blank.txt"), " \n\n \n")
	write(t, filepath.Join(dir, "binary.txt"), "PK\x03\x04\x00\x00binary")
	write(t, filepath.Join(dir, "chrome.txt"), "Menu\nShare\nComments\n")
	write(t, filepath.Join(dir, "page.text"), storyText)
	if err := os.MkdirAll(filepath.Join(dir, "nothing"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "nothing", "readme.md"), "x")

	paths := []string{
		tree,
		filepath.Join(dir, "missing.txt"),
		filepath.Join(dir, "empty.txt"),
		filepath.Join(dir, "blank.txt"),
		filepath.Join(dir, "binary.txt"),
		filepath.Join(dir, "chrome.txt"),
		filepath.Join(dir, "nothing"),
		filepath.Join(dir, "page.text"), // named explicitly: read whatever its extension
		"-",
	}
	arts, warns, st := collect(t, paths, "Kim met Lavrov in Wonsan on Sunday.\n", Options{})

	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"news:1", "x-7", "b", "c", "page", "stdin"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("IDs = %q, want %q", ids, wantIDs)
	}
	if arts[0].Title != "Oslo talks" || arts[1].Source != "Andes Wire" || arts[3].Title != "Oslo hosts Arctic forum" {
		t.Errorf("metadata lost: %+v", arts[:4])
	}
	if arts[5].Path != "-" || arts[5].Text != "Kim met Lavrov in Wonsan on Sunday." {
		t.Errorf("stdin article = %+v", arts[5])
	}

	wantWarns := []string{
		filepath.Join(tree, "a", "news.jsonl") + ":2: invalid JSON",
		filepath.Join(dir, "missing.txt") + ": no such file or directory",
		filepath.Join(dir, "empty.txt") + ": empty file",
		filepath.Join(dir, "blank.txt") + ": empty file",
		filepath.Join(dir, "binary.txt") + ": binary file",
		filepath.Join(dir, "chrome.txt") + ": no articles found",
		filepath.Join(dir, "nothing") + ": no .txt, .html, .htm or .jsonl files",
	}
	if len(warns) != len(wantWarns) {
		t.Fatalf("warnings = %q, want %d", warns, len(wantWarns))
	}
	for i, w := range warns {
		if !strings.HasPrefix(w, wantWarns[i]) {
			t.Errorf("warning %d = %q, want prefix %q", i, w, wantWarns[i])
		}
	}
	want := Stats{Inputs: 11, Failed: 6, Articles: 6}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
}

func TestReadStdinFormats(t *testing.T) {
	html := "\n  <!DOCTYPE html><html><head><title>Oslo hosts Arctic forum</title></head><body><article><p>Ministers from eight Arctic states gathered in Oslo on Tuesday for a forum on research and shipping, the government said.</p></article></body></html>"
	tests := []struct {
		name, in, id, title, begins string
	}{
		{"html", html, "stdin", "Oslo hosts Arctic forum", "Oslo hosts Arctic forum\n\nMinisters from eight Arctic states"},
		{"json lines", "\n{\"text\": \"Ministers met in Oslo.\", \"title\": \"Oslo talks\"}\n", "stdin:2", "Oslo talks", "Oslo talks\n\nMinisters met in Oslo."},
		{"text", "{curly} braces open this text.\nMinisters met in Oslo.", "stdin", "", "{curly} braces open this text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, warns, _ := collect(t, []string{"-"}, tt.in, Options{})
			if len(arts) != 1 || len(warns) != 0 {
				t.Fatalf("got %+v, warnings %q", arts, warns)
			}
			a := arts[0]
			if a.ID != tt.id || a.Title != tt.title || !strings.HasPrefix(a.Text, tt.begins) {
				t.Errorf("got ID %q title %q text %q", a.ID, a.Title, a.Text)
			}
		})
	}
	var warns []string
	st, err := Read(context.Background(), nil, nil, Options{Warn: func(err error) { warns = append(warns, err.Error()) }},
		func(model.Article) error { return nil })
	if err != nil || st.Failed != 1 || len(warns) != 1 || warns[0] != "standard input: no standard input" {
		t.Errorf("nil stdin: %v, %+v, %q", err, st, warns)
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), storyText)
	write(t, filepath.Join(dir, "b.txt"), storyText)
	stop := errors.New("stop")
	n := 0
	st, err := Read(context.Background(), []string{dir}, nil, Options{}, func(model.Article) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 || st.Articles != 0 {
		t.Errorf("Read after callback error: err %v, calls %d, stats %+v", err, n, st)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, []string{dir}, nil, Options{}, func(model.Article) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context: %v", err)
	}
}

func TestReadTextHygiene(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Lima talks\r\n\r\nThe presidents met.\r\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name  string
		in    string
		texts []string
		warns []string
		err   string
	}{
		{"utf-8 bom and crlf", "\uFEFFLima talks\r\n\r\nThe presidents met.\r\n", []string{"Lima talks\n\nThe presidents met."}, nil, ""},
		{"utf-16 with bom", string(utf16), []string{"Lima talks\n\nThe presidents met."}, nil, ""},
		{"invalid utf-8 warned once", "The caf\xe9 closed.\n\nThe b\xe4r opened.\n", []string{"The caf\ufffd closed.\n\nThe b\ufffdr opened."},
			[]string{"x.txt:1: invalid UTF-8 replaced with U+FFFD"}, ""},
		{"curly quotes and nbsp", "\u201cWe agree,\u201d the\u00a0minister said.", []string{"\"We agree,\" the minister said."}, nil, ""},
		{"nul at start", "\x00\x00abc", nil, nil, "binary file"},
		{"nul later", "The presidents met.\n" + strings.Repeat("More text here.\n", 1000) + "\x00\x01", []string{"The presidents met."},
			nil, "x.txt:1002: binary data"},
		{"empty", "", nil, nil, "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var texts, warns []string
			opts := Options{Warn: func(err error) { warns = append(warns, err.Error()) }}
			_, err := ReadText(context.Background(), strings.NewReader(tt.in), "x.txt", opts, func(a model.Article) error {
				texts = append(texts, a.Text)
				return nil
			})
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error = %v, want %q", err, tt.err)
			}
			if len(texts) > 0 && len(tt.texts) > 0 && !strings.HasPrefix(texts[0], tt.texts[0]) || len(texts) == 0 != (len(tt.texts) == 0) {
				t.Errorf("texts = %q, want %q", texts, tt.texts)
			}
			if !slices.Equal(warns, tt.warns) {
				t.Errorf("warnings = %q, want %q", warns, tt.warns)
			}
		})
	}
}

func TestReadTextLongLine(t *testing.T) {
	sentence := "The ministers met in Lima and agreed to meet again. "
	line := strings.Repeat(sentence, 3*maxLine/len(sentence))
	var warns []string
	var arts []model.Article
	opts := Options{Warn: func(err error) { warns = append(warns, err.Error()) }}
	_, err := ReadText(context.Background(), strings.NewReader(line), "long.txt", opts, func(a model.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(warns) != 1 || !strings.Contains(warns[0], "lines longer than") {
		t.Fatalf("got %d articles, warnings %q", len(arts), warns)
	}
	// The line is split between sentences, never inside one.
	for _, p := range strings.Split(arts[0].Text, "\n\n") {
		if !strings.HasPrefix(p, "The ministers") || !strings.HasSuffix(p, "again.") {
			t.Fatalf("paragraph split inside a sentence: %.60q ... %.60q", p, p[max(0, len(p)-60):])
		}
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"text": "Leaders met in Lima.", "title": "Lima summit", "url": "https://example.org/1", "date": "2025-03-04", "source": "Andes Wire"}`,
		``,
		`{"id": 42, "text": "OSLO (Reuters) - Ministers met in Oslo."}`,
		`{"title": "No text"}`,
		`{"text": 7}`,
		`[1, 2]`,
		`{"text": "Menu"}`,
		`{"text": "  "}`,
		`{"text": "Kim met Lavrov.\r\nThey spoke for an hour.", "title": "Wonsan talks"`,
		`{"body": "Only in another field."}`,
	}, "\n")
	var arts []model.Article
	var warns []string
	opts := Options{Warn: func(err error) { warns = append(warns, err.Error()) }}
	n, err := ReadJSONL(context.Background(), strings.NewReader(in), "data/news.jsonl", opts, func(a model.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil || n != 2 || len(arts) != 2 {
		t.Fatalf("ReadJSONL = %d, %v; articles %+v", n, err, arts)
	}
	want := []model.Article{
		{ID: "news:1", Path: "data/news.jsonl", Title: "Lima summit", Source: "Andes Wire", URL: "https://example.org/1", Date: "2025-03-04", Text: "Lima summit\n\nLeaders met in Lima."},
		{ID: "42", Path: "data/news.jsonl", Source: "Reuters", Text: "OSLO\n\nMinisters met in Oslo."},
	}
	for i := range want {
		if arts[i] != want[i] {
			t.Errorf("article %d = %+v\nwant %+v", i, arts[i], want[i])
		}
	}
	wantWarns := []string{
		`data/news.jsonl:4: no "text" field`,
		`data/news.jsonl:5: field "text" is not a string`,
		`data/news.jsonl:6: invalid JSON`,
		`data/news.jsonl:7: field "text" holds no article text`,
		`data/news.jsonl:8: field "text" holds no article text`,
		`data/news.jsonl:9: invalid JSON`,
		`data/news.jsonl:10: no "text" field`,
	}
	if len(warns) != len(wantWarns) {
		t.Fatalf("warnings = %q", warns)
	}
	for i := range warns {
		if !strings.HasPrefix(warns[i], wantWarns[i]) {
			t.Errorf("warning %d = %q, want prefix %q", i, warns[i], wantWarns[i])
		}
	}

	// Another field holds the text.
	n, err = ReadJSONL(context.Background(), strings.NewReader(`{"body": "Only in another field."}`), "x.jsonl",
		Options{TextField: "body"}, func(a model.Article) error {
			if a.Text != "Only in another field." {
				t.Errorf("text = %q", a.Text)
			}
			return nil
		})
	if n != 1 || err != nil {
		t.Errorf("TextField: %d, %v", n, err)
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	long := `{"text": "` + strings.Repeat("a", maxJSONLine) + `"}`
	in := long + "\n" + `{"text": "Leaders met in Lima."}` + "\n"
	var warns []string
	var ids []string
	_, err := ReadJSONL(context.Background(), strings.NewReader(in), "big.jsonl",
		Options{Warn: func(err error) { warns = append(warns, err.Error()) }},
		func(a model.Article) error { ids = append(ids, a.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []string{"big:2"}) || len(warns) != 1 || !strings.HasPrefix(warns[0], "big.jsonl:1: line longer than") {
		t.Errorf("IDs %q, warnings %q", ids, warns)
	}
}
