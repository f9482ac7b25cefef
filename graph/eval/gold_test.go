package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// validGold is a minimal correct gold file that the error cases below
// break one field at a time.
const validGold = `{
  "document": "x.txt",
  "entities": [
    {"name": "Amara Okafor", "type": "PERSON", "aliases": ["Okafor"]},
    {"name": "Sela Haru", "type": "PERSON"},
    {"name": "Borealia", "type": "GPE"},
    {"name": "Tide Council", "type": "ORG"}
  ],
  "meetings": [{"between": ["Amara Okafor", "Sela Haru"], "status": "occurred"}],
  "visits": [{"visitor": "Sela Haru", "place": ["Borealia"], "status": "planned"}],
  "not_meetings": []
}`

func TestParseGold(t *testing.T) {
	g, err := ParseGold("x.json", []byte(validGold))
	if err != nil {
		t.Fatal(err)
	}
	if g.File != "x.json" || g.Document != "x.txt" || len(g.Entities) != 4 || len(g.Meetings) != 1 || len(g.Visits) != 1 {
		t.Errorf("parsed %+v", g)
	}
	want := GoldEntity{Name: "Amara Okafor", Type: "PERSON"}
	if e := g.Entities[0]; e.Name != want.Name || e.Type != want.Type || len(e.Aliases) != 1 || e.Aliases[0] != "Okafor" || e.Optional {
		t.Errorf("entities[0] = %+v", e)
	}
	if m := g.Meetings[0]; m.Between != [2]string{"Amara Okafor", "Sela Haru"} || m.Status != "occurred" {
		t.Errorf("meetings[0] = %+v", m)
	}
	if v := g.Visits[0]; v.Visitor != "Sela Haru" || len(v.Place) != 1 || v.Place[0] != "Borealia" || v.Status != "planned" {
		t.Errorf("visits[0] = %+v", v)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replacement applied to validGold
		field    string
		msg      string
	}{
		{"bad type", `"Borealia", "type": "GPE"`, `"Borealia", "type": "PLACE"`,
			"entities[2].type", `"PLACE" is not one of PERSON, ORG, GPE, LOC`},
		{"lower-case type", `"Borealia", "type": "GPE"`, `"Borealia", "type": "gpe"`,
			"entities[2].type", `"gpe" is not one of PERSON, ORG, GPE, LOC`},
		{"missing type", `"Borealia", "type": "GPE"`, `"Borealia"`,
			"entities[2].type", "missing"},
		{"missing name", `{"name": "Sela Haru", "type": "PERSON"}`, `{"type": "PERSON"}`,
			"entities[1].name", "missing"},
		{"empty name", `"name": "Sela Haru"`, `"name": " "`,
			"entities[1].name", "empty name"},
		{"padded name", `"name": "Tide Council"`, `"name": "Tide Council "`,
			"entities[3].name", `"Tide Council " has leading or trailing space`},
		{"name of dots", `"name": "Tide Council"`, `"name": "..."`,
			"entities[3].name", `"..." has nothing left to match after normalisation`},
		{"name not a string", `"name": "Tide Council"`, `"name": 7`,
			"entities[3].name", "want a string, got a number"},
		{"aliases not an array", `"aliases": ["Okafor"]`, `"aliases": "Okafor"`,
			"entities[0].aliases", "want an array, got a string"},
		{"empty alias", `"aliases": ["Okafor"]`, `"aliases": ["Okafor", ""]`,
			"entities[0].aliases[1]", "empty name"},
		{"optional not a boolean", `{"name": "Sela Haru", "type": "PERSON"}`, `{"name": "Sela Haru", "type": "PERSON", "optional": "yes"}`,
			"entities[1].optional", "want a boolean, got a string"},
		{"unknown entity field", `{"name": "Sela Haru", "type": "PERSON"}`, `{"name": "Sela Haru", "type": "PERSON", "alias": []}`,
			"entities[1].alias", "unknown field (want one of aliases, name, notes, optional, type)"},
		{"unknown top-level field", `"not_meetings": []`, `"not_meeting": []`,
			"not_meeting", "unknown field (want one of document, entities, meetings, not_meetings, notes, visits)"},
		{"entity not an object", `{"name": "Sela Haru", "type": "PERSON"}`, `"Sela Haru"`,
			"entities[1]", "want an object, got a string"},
		{"duplicate name", `{"name": "Sela Haru", "type": "PERSON"}`, `{"name": "Amara Okafor", "type": "ORG"}`,
			"entities[1].name", `"Amara Okafor" already names entities[0]`},
		{"missing document", `"document": "x.txt",`, ``,
			"document", "missing"},
		{"missing entities", `"entities": [`, `"people": [`,
			"people", "unknown field (want one of document, entities, meetings, not_meetings, notes, visits)"},
		{"missing entities", validGold, `{"document": "x.txt"}`,
			"entities", "missing"},
		{"bad status", `"status": "occurred"`, `"status": "happened"`,
			"meetings[0].status", `"happened" is not one of occurred, planned`},
		{"missing status", `, "status": "occurred"`, ``,
			"meetings[0].status", "missing"},
		{"meeting of one", `["Amara Okafor", "Sela Haru"], "status"`, `["Amara Okafor"], "status"`,
			"meetings[0].between", "want two names, got 1"},
		{"meeting of three", `["Amara Okafor", "Sela Haru"], "status"`, `["Amara Okafor", "Sela Haru", "Tide Council"], "status"`,
			"meetings[0].between", "want two names, got 3"},
		{"meeting naming no entity", `["Amara Okafor", "Sela Haru"], "status"`, `["Amara Okafor", "Selma Haru"], "status"`,
			"meetings[0].between[1]", `"Selma Haru" is not the name of any entity in entities`},
		{"meeting naming an alias", `["Amara Okafor", "Sela Haru"], "status"`, `["Okafor", "Sela Haru"], "status"`,
			"meetings[0].between[0]", `"Okafor" is not the name of any entity in entities (did you mean "Amara Okafor"?)`},
		{"meeting with an organisation", `["Amara Okafor", "Sela Haru"], "status"`, `["Amara Okafor", "Tide Council"], "status"`,
			"meetings[0].between[1]", `"Tide Council" is ORG, want PERSON`},
		{"meeting with oneself", `["Amara Okafor", "Sela Haru"], "status"`, `["Sela Haru", "Sela Haru"], "status"`,
			"meetings[0].between", `"Sela Haru" is paired with itself`},
		{"same meeting twice", `"status": "occurred"}]`, `"status": "occurred"}, {"between": ["Sela Haru", "Amara Okafor"], "status": "planned"}]`,
			"meetings[1].between", "same pair as meetings[0]"},
		{"visit to a person", `"place": ["Borealia"]`, `"place": ["Amara Okafor"]`,
			"visits[0].place[0]", `"Amara Okafor" is PERSON, want GPE or LOC`},
		{"visit by a place", `"visitor": "Sela Haru"`, `"visitor": "Borealia"`,
			"visits[0].visitor", `"Borealia" is GPE, want PERSON`},
		{"visit without place", `"place": ["Borealia"]`, `"place": []`,
			"visits[0].place", "want at least one place"},
		{"visit missing place", `"place": ["Borealia"], `, ``,
			"visits[0].place", "want at least one place"},
		{"visit missing visitor", `"visitor": "Sela Haru", `, ``,
			"visits[0].visitor", "missing"},
		{"place listed twice", `"place": ["Borealia"]`, `"place": ["Borealia", "Borealia"]`,
			"visits[0].place[1]", `"Borealia" is listed twice`},
		{"same visit twice", `"status": "planned"}]`, `"status": "planned"}, {"visitor": "Sela Haru", "place": ["Borealia"], "status": "occurred"}]`,
			"visits[1].place[0]", `visit of "Sela Haru" to "Borealia" is also in visits[0]`},
		{"not_meeting naming no entity", `"not_meetings": []`, `"not_meetings": [["Sela Haru", "Nobody"]]`,
			"not_meetings[0][1]", `"Nobody" is not the name of any entity in entities`},
		{"not_meeting that is a meeting", `"not_meetings": []`, `"not_meetings": [["Sela Haru", "Amara Okafor"]]`,
			"not_meetings[0]", "pair is also meetings[0]"},
		{"not_meeting not an array", `"not_meetings": []`, `"not_meetings": [{"between": ["Sela Haru", "Amara Okafor"]}]`,
			"not_meetings[0]", "want an array, got an object"},
		{"meetings not an array", `"meetings": [{"between": ["Amara Okafor", "Sela Haru"], "status": "occurred"}]`, `"meetings": {}`,
			"meetings", "want an array, got an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(validGold, tt.old, tt.new, 1)
			if data == validGold {
				t.Fatalf("replacement %q not found", tt.old)
			}
			path := filepath.Join(t.TempDir(), "bad.json")
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadGold(path)
			want := "gold " + path + ": " + tt.field + ": " + tt.msg
			if err == nil || err.Error() != want {
				t.Fatalf("ReadGold error\n got %v\nwant %s", err, want)
			}
			var ge *GoldError
			if !errors.As(err, &ge) || ge.File != path || ge.Field != tt.field {
				t.Errorf("error %#v does not name file %s and field %s", err, path, tt.field)
			}
		})
	}
}

func TestParseGoldMalformedJSON(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"missing comma", "{\n  \"document\": \"x.txt\"\n  \"entities\": []\n}",
			`gold g.json: malformed JSON at line 3, column 3 (after byte 27): invalid character '"' after object key:value pair`},
		{"truncated", "{\"document\": \"x.txt\",\n \"entities\": [",
			"gold g.json: malformed JSON at line 2, column 14 (after byte 36): unexpected end of JSON input"},
		{"trailing data", `{"document": "x.txt", "entities": []} {}`,
			"gold g.json: malformed JSON at line 1, column 39 (after byte 39): invalid character '{' after top-level value"},
		{"accented line", "{\"notes\": \"é\",\n\"document\": 'x'}",
			`gold g.json: malformed JSON at line 2, column 13 (after byte 29): invalid character '\'' looking for beginning of value`},
		{"empty", "\n", "gold g.json: empty file, want a JSON object"},
		{"array", `[]`, "gold g.json: want an object, got an array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold("g.json", []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("ParseGold error\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestReadGoldMissingFile(t *testing.T) {
	_, err := ReadGold(filepath.Join(t.TempDir(), "none.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadGold error %v, want one wrapping os.ErrNotExist", err)
	}
}

func TestReadGoldDir(t *testing.T) {
	golds, err := ReadGoldDir(filepath.Join("testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, g := range golds {
		docs = append(docs, g.Document)
	}
	if got := strings.Join(docs, " "); got != "alpha.txt beta.txt" {
		t.Errorf("documents %q, want alpha.txt beta.txt (README.md skipped)", got)
	}
	if want := filepath.Join("testdata", "gold", "alpha.json"); golds[0].File != want {
		t.Errorf("File = %q, want %q", golds[0].File, want)
	}
}

func TestReadGoldDirErrors(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "README.md"), []byte("notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadGoldDir(empty); err == nil || !strings.Contains(err.Error(), "no *.json files") {
		t.Errorf("ReadGoldDir of a dir without gold: %v", err)
	}

	if _, err := ReadGoldDir(filepath.Join(empty, "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadGoldDir of a missing dir: %v, want one wrapping os.ErrNotExist", err)
	}

	dup := t.TempDir()
	for _, name := range []string{"a.json", "b.json"} {
		if err := os.WriteFile(filepath.Join(dup, name), []byte(validGold), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := "gold " + filepath.Join(dup, "b.json") + `: document: "x.txt" is also annotated by ` + filepath.Join(dup, "a.json")
	if _, err := ReadGoldDir(dup); err == nil || err.Error() != want {
		t.Errorf("ReadGoldDir error\n got %v\nwant %s", err, want)
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "a.json"), []byte(`{"document": "x.txt", "entities": [{"name": "A"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	want = "gold " + filepath.Join(bad, "a.json") + ": entities[0].type: missing"
	if _, err := ReadGoldDir(bad); err == nil || err.Error() != want {
		t.Errorf("ReadGoldDir error\n got %v\nwant %s", err, want)
	}
}

// TestReadProjectGold checks that the project's own gold annotations pass
// the strict reader, so that a mistake in them fails here rather than at
// scoring time.
func TestReadProjectGold(t *testing.T) {
	golds, err := ReadGoldDir(filepath.Join("..", "..", "testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		if len(g.Entities) == 0 || !strings.HasSuffix(g.Document, ".txt") {
			t.Errorf("%s: document %q with %d entities", g.File, g.Document, len(g.Entities))
		}
	}
}
