//go:build linux

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/parley/parley/extract"
)

// parleyBin is the binary the end-to-end tests run, built by TestMain.
var parleyBin string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "parley-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	// Readable by all, so that TestUnreadableInputs can run the binary as
	// an unprivileged user.
	if err := os.Chmod(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	bin := filepath.Join(dir, "parley")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build parley: %v\n%s", err, out)
		return 1
	}
	parleyBin = bin
	return m.Run()
}

// outcome is what a run of the binary did.
type outcome struct {
	stdout, stderr string
	code           int
	// maxRSS is the child's peak resident set size in bytes.
	maxRSS int64
}

// lines returns the non-empty lines of standard error.
func (o outcome) lines() []string {
	var out []string
	for _, l := range strings.Split(o.stderr, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// naming returns the lines of standard error that name input.
func (o outcome) naming(input string) []string {
	var out []string
	for _, l := range o.lines() {
		if strings.Contains(l, input) {
			out = append(out, l)
		}
	}
	return out
}

func command(t *testing.T, stdin io.Reader, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), parleyBin, args...)
	cmd.Stdin = stdin
	return cmd
}

// execute runs cmd, collecting the outputs it was not given, and checks that
// standard error holds only parley's one-line messages.
func execute(t *testing.T, cmd *exec.Cmd) outcome {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &stdout
	}
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	err := cmd.Run()
	if _, exited := errors.AsType[*exec.ExitError](err); err != nil && !exited {
		t.Fatalf("run %v: %v", cmd.Args, err)
	}
	o := outcome{stdout: stdout.String(), stderr: stderr.String(), code: cmd.ProcessState.ExitCode()}
	if o.code < 0 {
		t.Fatalf("%v: %v\nstderr:\n%s", cmd.Args, cmd.ProcessState, o.stderr)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		o.maxRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	for _, l := range o.lines() {
		if !strings.HasPrefix(l, "parley: ") && !strings.HasPrefix(l, "Run 'parley") {
			t.Errorf("%v: stderr line is not a parley message: %q", cmd.Args[1:], l)
		}
		if strings.Contains(l, "goroutine ") || strings.Contains(l, "panic") {
			t.Errorf("%v: stderr shows a crash: %q", cmd.Args[1:], l)
		}
	}
	return o
}

// parley runs the binary with args and an empty standard input.
func parley(t *testing.T, args ...string) outcome {
	t.Helper()
	return execute(t, command(t, strings.NewReader(""), args...))
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// story is an invented wire story whose people meet.
const story = `Envoys agree on fishing rights

Foreign Minister Marta Kowalczyk met her Chilean counterpart Julian Ferreira in Oslo on Tuesday.

The two ministers agreed to reopen their consulates, Kowalczyk said after the talks. Ferreira will visit Warsaw next month.
`

// goodInput writes the story to a file in dir and returns its path.
func goodInput(t *testing.T, dir string) string {
	t.Helper()
	return writeFile(t, filepath.Join(dir, "good.txt"), story)
}

// entries returns the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestBadInputs gives each kind of unusable input alone, where the run must
// fail without writing anything, and beside a good input, where it must
// only be reported.
func TestBadInputs(t *testing.T) {
	tests := []struct {
		name string
		// make creates the input in dir and returns its path.
		make func(t *testing.T, dir string) string
		// reason is part of the message expected for the input.
		reason string
	}{
		{"missing path", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "no-such-file.txt")
		}, "no such file"},
		{"empty file", func(t *testing.T, dir string) string {
			return writeFile(t, filepath.Join(dir, "empty.txt"), "")
		}, "empty"},
		{"blank lines only", func(t *testing.T, dir string) string {
			return writeFile(t, filepath.Join(dir, "blank.txt"), "\n \n\t\n\n")
		}, "empty"},
		{"binary file", func(t *testing.T, dir string) string {
			return writeFile(t, filepath.Join(dir, "archive.txt"), "PK\x03\x04\x00\x00\x08\x00 Diplomats met in Oslo.\x00\x00")
		}, "binary"},
		{"binary JSON lines", func(t *testing.T, dir string) string {
			return writeFile(t, filepath.Join(dir, "dump.jsonl"), "{\"text\":\"x\"}\x00\x00\x00")
		}, "binary"},
		{"directory without articles", func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "notes")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(sub, "todo.md"), "Call the embassy about the visit.\n")
			writeFile(t, filepath.Join(sub, "photo.png"), "\x89PNG\r\n")
			return sub
		}, "no .txt"},
		{"empty directory", func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "nothing")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			return sub
		}, "no .txt"},
		{"HTML page without article", func(t *testing.T, dir string) string {
			return writeFile(t, filepath.Join(dir, "menu.html"),
				`<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>`)
		}, "no article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := t.TempDir()
			bad := tt.make(t, in)
			outDir := t.TempDir()
			out := filepath.Join(outDir, "graph.json")

			alone := parley(t, "extract", "--format", "json", "-o", out, bad)
			if alone.code != exitFailed {
				t.Errorf("alone: exit status %d, want %d; stderr:\n%s", alone.code, exitFailed, alone.stderr)
			}
			checkOneLine(t, alone, bad, tt.reason)
			if want := []string{"parley: no article could be read"}; !slices.Equal(alone.lines()[1:], want) {
				t.Errorf("alone: stderr %q, want the input's line then %q", alone.lines(), want)
			}
			if alone.stdout != "" {
				t.Errorf("alone: stdout %q, want none", alone.stdout)
			}
			if names := entries(t, outDir); len(names) != 0 {
				t.Errorf("alone: -o left %v behind", names)
			}

			good := goodInput(t, t.TempDir())
			mixed := parley(t, "extract", "--format", "json", bad, good)
			if mixed.code != exitOK {
				t.Errorf("with a good input: exit status %d, want 0; stderr:\n%s", mixed.code, mixed.stderr)
			}
			checkOneLine(t, mixed, bad, tt.reason)
			if len(mixed.lines()) != 1 {
				t.Errorf("with a good input: stderr %q, want only the bad input's line", mixed.lines())
			}
			doc := decodeGraph(t, []byte(mixed.stdout))
			if paths := doc.articlePaths(); !paths[good] || len(paths) != 1 {
				t.Errorf("with a good input: articles from %v, want only %s", paths, good)
			}
		})
	}
}

// checkOneLine checks that standard error names input in exactly one line,
// first, that says reason.
func checkOneLine(t *testing.T, o outcome, input, reason string) {
	t.Helper()
	lines := o.naming(input)
	if len(lines) != 1 {
		t.Fatalf("%d stderr lines name %s, want 1:\n%s", len(lines), input, o.stderr)
	}
	if !strings.Contains(lines[0], reason) {
		t.Errorf("message %q does not say %q", lines[0], reason)
	}
	if o.lines()[0] != lines[0] {
		t.Errorf("first stderr line %q, want the input's %q", o.lines()[0], lines[0])
	}
}

// TestUnreadableInputs runs parley, as an unprivileged user when the tests
// run as root, on a file and a directory it may not read.
func TestUnreadableInputs(t *testing.T) {
	dir, err := os.MkdirTemp("", "parley-perm-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := goodInput(t, dir)
	secret := writeFile(t, filepath.Join(dir, "secret.txt"), story)
	if err := os.Chmod(secret, 0); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(locked, "inside.txt"), story)
	// Without x permission the directory's files cannot be opened.
	if err := os.Chmod(locked, 0o600); err != nil {
		t.Fatal(err)
	}

	asUser := func(cmd *exec.Cmd) *exec.Cmd { return cmd }
	if os.Geteuid() == 0 {
		nobody, err := user.Lookup("nobody")
		if err != nil {
			t.Skipf("running as root, which reads any file, and no user to drop to: %v", err)
		}
		uid, err1 := strconv.ParseUint(nobody.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(nobody.Gid, 10, 32)
		if err := errors.Join(err1, err2); err != nil {
			t.Skipf("user nobody: %v", err)
		}
		asUser = func(cmd *exec.Cmd) *exec.Cmd {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
			return cmd
		}
	}

	for _, bad := range []string{secret, locked} {
		t.Run(filepath.Base(bad), func(t *testing.T) {
			alone := execute(t, asUser(command(t, nil, "extract", bad)))
			if alone.code != exitFailed {
				t.Errorf("alone: exit status %d, want %d", alone.code, exitFailed)
			}
			checkOneLine(t, alone, bad, "permission denied")
			if alone.stdout != "" {
				t.Errorf("alone: stdout %q, want none", alone.stdout)
			}

			mixed := execute(t, asUser(command(t, nil, "extract", "--format", "json", bad, good)))
			if mixed.code != exitOK {
				t.Errorf("with a good input: exit status %d, want 0; stderr:\n%s", mixed.code, mixed.stderr)
			}
			checkOneLine(t, mixed, bad, "permission denied")
			if paths := decodeGraph(t, []byte(mixed.stdout)).articlePaths(); !paths[good] || len(paths) != 1 {
				t.Errorf("with a good input: articles from %v, want only %s", paths, good)
			}
		})
	}
}

// TestFlawedInputs gives inputs that are damaged but hold articles: they are
// read, with a warning naming the input where something was lost.
func TestFlawedInputs(t *testing.T) {
	tests := []struct {
		name, file, content string
		// warning is part of the one warning expected, "" for none.
		warning string
		// articles is the number of articles expected.
		articles int
	}{
		{"invalid UTF-8", "latin1.txt",
			"Envoys meet in Malm\xf6\n\nForeign Minister Marta Kowalczyk met Julian Ferreira in Malm\xf6 on Tuesday, officials said.\n",
			"invalid UTF-8", 1},
		{"malformed HTML", "broken.html",
			`<html><head><title>Envoys meet</title><body><div class=story id=main><p>Foreign Minister Marta Kowalczyk met ` +
				`Julian Ferreira in Oslo on <b>Tuesday, officials said.</i><p>Fish & chips were served, and 3 < 4.</div></div></span>` +
				`<p>They agreed to meet again next month in Warsaw.<p><table><tr><td>Trade figures`,
			"", 1},
		{"malformed JSON line", "news.jsonl",
			`{"title": "Envoys meet", "text": "Foreign Minister Marta Kowalczyk met Julian Ferreira in Oslo on Tuesday."}` + "\n" +
				`{"title": "Cut short", "text": "Ministers met in` + "\n" +
				`{"title": "Visit planned", "text": "Julian Ferreira will visit Warsaw next month, his office said."}` + "\n",
			":2: invalid JSON", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), tt.file), tt.content)
			o := parley(t, "extract", "--format", "json", path)
			if o.code != exitOK {
				t.Fatalf("exit status %d, want 0; stderr:\n%s", o.code, o.stderr)
			}
			if tt.warning == "" {
				if o.stderr != "" {
					t.Errorf("stderr %q, want none", o.stderr)
				}
			} else {
				checkOneLine(t, o, path, tt.warning)
				if len(o.lines()) != 1 {
					t.Errorf("stderr %q, want one warning", o.lines())
				}
			}
			doc := decodeGraph(t, []byte(o.stdout))
			if got := len(doc.Graph.Articles); got != tt.articles {
				t.Errorf("%d articles read (%v), want %d", got, doc.articleIDs(), tt.articles)
			}
			if len(doc.Nodes) == 0 {
				t.Error("no entity found in the input")
			}

			quiet := parley(t, "extract", "-q", "--format", "json", path)
			if quiet.code != exitOK || quiet.stderr != "" || quiet.stdout != o.stdout {
				t.Errorf("-q: exit status %d, stderr %q; want 0, none and the same output", quiet.code, quiet.stderr)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	good := goodInput(t, t.TempDir())
	tests := []struct {
		args []string
		// bad is part of the error expected; hint is the command named in
		// the hint that follows it.
		bad, hint string
	}{
		{[]string{"extract", "--colour", good}, "--colour", "parley extract"},
		{[]string{"extract", "--format", "xml", good}, `"xml"`, "parley extract"},
		{[]string{"extract", "--format"}, "--format", "parley extract"},
		{[]string{"extract", "--types", "PERSON,ANIMAL", good}, `"ANIMAL"`, "parley extract"},
		{[]string{"extract", "--relations", "met,hugged", good}, `"hugged"`, "parley extract"},
		{[]string{"extract", "-j", "many", good}, `"many"`, "parley extract"},
		{[]string{"articles", "--format", "yaml", good}, `"yaml"`, "parley articles"},
		{[]string{"eval", "--gold", "gold"}, `"articles"`, "parley eval"},
		{[]string{"version", "extra"}, `"extra"`, "parley version"},
		{[]string{"summarise", good}, `"summarise"`, "parley"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			outDir := t.TempDir()
			args := tt.args
			if args[0] == "extract" {
				args = append([]string{"extract", "-o", filepath.Join(outDir, "out.dot")}, args[1:]...)
			}
			o := parley(t, args...)
			if o.code != exitUsage {
				t.Errorf("exit status %d, want %d", o.code, exitUsage)
			}
			lines := o.lines()
			if len(lines) != 2 || !strings.Contains(lines[0], tt.bad) || lines[1] != "Run '"+tt.hint+" --help' for usage." {
				t.Errorf("stderr %q, want an error naming %s and a hint for %q", lines, tt.bad, tt.hint)
			}
			if o.stdout != "" {
				t.Errorf("stdout %q, want none", o.stdout)
			}
			if names := entries(t, outDir); len(names) != 0 {
				t.Errorf("-o left %v behind", names)
			}
		})
	}
}

func TestOutputFileIsAtomic(t *testing.T) {
	good := goodInput(t, t.TempDir())
	want := parley(t, "extract", "--format", "json", good)
	if want.code != exitOK {
		t.Fatalf("exit status %d; stderr:\n%s", want.code, want.stderr)
	}
	decodeGraph(t, []byte(want.stdout))

	t.Run("success replaces the file", func(t *testing.T) {
		dir := t.TempDir()
		out := writeFile(t, filepath.Join(dir, "graph.json"), "old graph\n")
		o := parley(t, "extract", "--format", "json", "-o", out, good)
		if o.code != exitOK || o.stdout != "" || o.stderr != "" {
			t.Fatalf("exit status %d, stdout %q, stderr %q", o.code, o.stdout, o.stderr)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want.stdout {
			t.Errorf("file holds\n%s\nwant what stdout gets:\n%s", got, want.stdout)
		}
		if names := entries(t, dir); !slices.Equal(names, []string{"graph.json"}) {
			t.Errorf("directory holds %v, want only graph.json", names)
		}
	})
	t.Run("nothing read leaves an old file alone", func(t *testing.T) {
		dir := t.TempDir()
		out := writeFile(t, filepath.Join(dir, "graph.json"), "old graph\n")
		missing := filepath.Join(dir, "missing.txt")
		o := parley(t, "extract", "--format", "json", "-o", out, missing)
		if o.code != exitFailed {
			t.Errorf("exit status %d, want %d", o.code, exitFailed)
		}
		if got, err := os.ReadFile(out); err != nil || string(got) != "old graph\n" {
			t.Errorf("file holds %q (%v), want the old graph", got, err)
		}
		if names := entries(t, dir); !slices.Equal(names, []string{"graph.json"}) {
			t.Errorf("directory holds %v, want only graph.json", names)
		}
	})
	t.Run("unwritable destination", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "no-such-dir", "graph.json")
		o := parley(t, "extract", "--format", "json", "-o", out, good)
		if o.code != exitFailed {
			t.Errorf("exit status %d, want %d", o.code, exitFailed)
		}
		checkOneLine(t, o, out, "no such file")
		if len(o.lines()) != 1 {
			t.Errorf("stderr %q, want one line", o.lines())
		}
		if names := entries(t, dir); len(names) != 0 {
			t.Errorf("directory holds %v, want nothing", names)
		}
	})
}

func TestInfoCommands(t *testing.T) {
	tests := []struct {
		args []string
		want []string // parts of stdout
	}{
		{[]string{"version"}, []string{"parley " + version + "\n"}},
		{[]string{"--help"}, []string{"Usage:", "extract", "articles", "eval", "version", "completion", "Examples:"}},
		{[]string{"extract", "--help"}, []string{"Usage:", "parley extract [PATH ...]", "Examples:", "parley extract testdata/articles", "--format", "--output", "--relations", "--types", "--connected", "--text-field", "--jobs", "--quiet"}},
		{[]string{"articles", "--help"}, []string{"Usage:", "Examples:", "--format"}},
		{[]string{"eval", "--help"}, []string{"Usage:", "Examples:", "--gold", "--articles", "--detail"}},
		{[]string{"completion", "bash"}, []string{"# bash completion", "parley"}},
		{[]string{"completion", "zsh"}, []string{"#compdef parley"}},
		{[]string{"completion", "fish"}, []string{"complete -c parley"}},
		{[]string{"completion", "powershell"}, []string{"Register-ArgumentCompleter"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			o := parley(t, tt.args...)
			if o.code != exitOK || o.stderr != "" {
				t.Fatalf("exit status %d, stderr %q", o.code, o.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(o.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, o.stdout)
				}
			}
		})
	}
	if o := parley(t, "version"); o.stdout != "parley "+version+"\n" {
		t.Errorf("version prints %q", o.stdout)
	}
}

// TestBashCompletionParses checks the bash script's syntax with bash itself.
func TestBashCompletionParses(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skipf("bash not found: %v", err)
	}
	o := parley(t, "completion", "bash")
	cmd := exec.CommandContext(t.Context(), bash, "-n")
	cmd.Stdin = strings.NewReader(o.stdout)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("bash -n: %v\n%s", err, out)
	}
}

func TestArticles(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	text := parley(t, "articles", dir)
	if text.code != exitOK || text.stderr != "" {
		t.Fatalf("exit status %d, stderr %q", text.code, text.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(text.stdout, "\n"), "\n")
	if len(lines) != 9 || !strings.HasPrefix(lines[0], "ID") {
		t.Fatalf("got %d lines, want a header and 8 articles:\n%s", len(lines), text.stdout)
	}
	pages := map[string]int{}
	var ids []string
	for _, l := range lines[1:] {
		id, _, _ := strings.Cut(l, " ")
		ids = append(ids, id)
		page, _, _ := strings.Cut(id, "#")
		pages[page]++
	}
	if len(pages) != 2 {
		t.Errorf("articles from %d pages, want 2: %v", len(pages), ids)
	}
	for page, n := range pages {
		if n != 4 {
			t.Errorf("page %s gave %d articles, want 4", page, n)
		}
	}

	js := parley(t, "articles", "--format", "json", dir)
	if js.code != exitOK || js.stderr != "" {
		t.Fatalf("--format json: exit status %d, stderr %q", js.code, js.stderr)
	}
	var jsonIDs []string
	sc := bufio.NewScanner(strings.NewReader(js.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a extract.Article
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if a.Title == "" || !strings.HasPrefix(a.Text, a.Title+"\n\n") || len(a.Text) < 200 {
			t.Errorf("article %s: title %q, text %.80q…: want a headline opening a body", a.ID, a.Title, a.Text)
		}
		jsonIDs = append(jsonIDs, a.ID)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(jsonIDs, ids) {
		t.Errorf("--format json lists %v, text lists %v", jsonIDs, ids)
	}
}

func TestStandardInput(t *testing.T) {
	html := `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Envoys agree on fishing rights</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav>
<article><h1>Envoys agree on fishing rights</h1>
<p>Foreign Minister Marta Kowalczyk met her Chilean counterpart Julian Ferreira in Oslo on Tuesday, officials said.</p>
<p>The two ministers agreed to reopen their consulates and to meet again in Warsaw next month.</p>
</article><footer>Copyright Example News</footer></body></html>`

	for _, tt := range []struct {
		name  string
		args  []string
		input string
	}{
		{"dash", []string{"extract", "--format", "json", "-"}, story},
		{"no path", []string{"extract", "--format", "json"}, story},
		{"HTML", []string{"extract", "--format", "json", "-"}, html},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := execute(t, command(t, strings.NewReader(tt.input), tt.args...))
			if o.code != exitOK || o.stderr != "" {
				t.Fatalf("exit status %d, stderr %q", o.code, o.stderr)
			}
			doc := decodeGraph(t, []byte(o.stdout))
			if len(doc.Graph.Articles) != 1 || doc.Graph.Articles[0].Path != "-" || doc.Graph.Articles[0].Title != "Envoys agree on fishing rights" {
				t.Errorf("articles %+v, want one from standard input with the story's headline", doc.Graph.Articles)
			}
			if len(doc.Nodes) == 0 {
				t.Error("no entity found")
			}
		})
	}

	t.Run("HTML detected by content", func(t *testing.T) {
		o := execute(t, command(t, strings.NewReader(html), "articles", "--format", "json"))
		if o.code != exitOK || o.stderr != "" {
			t.Fatalf("exit status %d, stderr %q", o.code, o.stderr)
		}
		var a extract.Article
		if err := json.Unmarshal([]byte(o.stdout), &a); err != nil {
			t.Fatalf("%v:\n%s", err, o.stdout)
		}
		for _, markup := range []string{"<", ">", "Sign in", "Home", "charset"} {
			if strings.Contains(a.Text, markup) {
				t.Errorf("text holds page markup or navigation %q:\n%s", markup, a.Text)
			}
		}
		if !strings.Contains(a.Text, "Julian Ferreira in Oslo on Tuesday") {
			t.Errorf("text lacks the story's body:\n%s", a.Text)
		}
	})

	t.Run("empty", func(t *testing.T) {
		o := execute(t, command(t, strings.NewReader(""), "extract"))
		if o.code != exitFailed {
			t.Errorf("exit status %d, want %d", o.code, exitFailed)
		}
		checkOneLine(t, o, "standard input", "empty")
	})
}

// TestNoProgressWhenNotATerminal runs extract with standard error on a pipe
// and on a file: neither may receive the progress bar.
func TestNoProgressWhenNotATerminal(t *testing.T) {
	good := goodInput(t, t.TempDir())
	if o := parley(t, "extract", good); o.code != exitOK || o.stderr != "" {
		t.Errorf("stderr on a pipe: exit status %d, stderr %q; want 0 and nothing", o.code, o.stderr)
	}

	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := command(t, nil, "extract", good)
	cmd.Stderr = f
	if o := execute(t, cmd); o.code != exitOK {
		t.Errorf("stderr on a file: exit status %d", o.code)
	}
	if fi, err := f.Stat(); err != nil || fi.Size() != 0 {
		got, _ := os.ReadFile(f.Name())
		t.Errorf("stderr on a file received %q (%v)", got, err)
	}
}

// TestProgressOnTerminal runs extract under script(1), which gives it a
// terminal: the progress bar appears there, and -q silences it.
func TestProgressOnTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skipf("script not found: %v", err)
	}
	good := goodInput(t, t.TempDir())
	for _, tt := range []struct {
		name, flags string
		bar         bool
	}{
		{"default", "", true},
		{"quiet", "-q", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			line := fmt.Sprintf("%s extract %s %s >/dev/null", parleyBin, tt.flags, good)
			out, err := exec.CommandContext(t.Context(), script, "-q", "-e", "-c", line, "/dev/null").CombinedOutput()
			if err != nil {
				t.Fatalf("script -c %q: %v\n%s", line, err, out)
			}
			if got := strings.Contains(string(out), "analysing articles"); got != tt.bar {
				t.Errorf("terminal shows progress bar: %v, want %v; terminal output %q", got, tt.bar, out)
			}
		})
	}
}

// TestLargeInput runs extract on a 100 MB JSON lines file, a scraped dataset
// whose lines carry the raw page beside the text, and checks that it
// completes with memory far below the input's size.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 100 MB")
	}
	dir := t.TempDir()
	small := writeFile(t, filepath.Join(dir, "small.jsonl"), jsonLine(t, 1, ""))
	base := parley(t, "extract", "--format", "json", small)
	if base.code != exitOK {
		t.Fatalf("small input: exit status %d; stderr:\n%s", base.code, base.stderr)
	}

	const size = 100 << 20
	page := strings.Repeat(`<div class="nav"><a href="/world">World</a> <a href="/business">Business</a></div>`+"\n", 12000)
	path := filepath.Join(dir, "large.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	lines := 0
	for written := 0; written < size; {
		lines++
		n, _ := w.WriteString(jsonLine(t, lines, page))
		written += n
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "graph.json")
	o := parley(t, "extract", "--format", "json", "-o", out, path)
	if o.code != exitOK || o.stderr != "" {
		t.Fatalf("exit status %d; stderr:\n%s", o.code, o.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(decodeGraph(t, data).Graph.Articles); got != lines {
		t.Errorf("%d articles in the graph, want %d", got, lines)
	}
	t.Logf("%d MiB in %d lines: peak RSS %d MiB (%d MiB for one short line)", size>>20, lines, o.maxRSS>>20, base.maxRSS>>20)
	if base.maxRSS == 0 {
		t.Skip("peak RSS of the child not reported")
	}
	// A reader that held the input whole would need its 100 MiB on top of
	// what a small run needs. Below that, the peak depends on when the
	// garbage collector runs (it lets the heap grow to twice the live data),
	// which varies with the machine's load, so the bound is not tighter.
	if o.maxRSS > base.maxRSS+size {
		t.Errorf("peak RSS %d MiB, over %d MiB above the %d MiB of a small run: input not streamed",
			o.maxRSS>>20, size>>20, base.maxRSS>>20)
	}
}

// jsonLine returns a JSON line with a short story numbered n and the raw page
// it was scraped from.
func jsonLine(t *testing.T, n int, page string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{
		"id":    fmt.Sprintf("item-%d", n),
		"title": fmt.Sprintf("Trade envoys meet, round %d", n),
		"text":  fmt.Sprintf("Foreign Minister Marta Kowalczyk met Julian Ferreira in Oslo for round %d of the trade talks, officials said.", n),
		"html":  page,
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}
