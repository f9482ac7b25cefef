package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with the named file in testdata, or rewrites the file
// when -update is set.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff)\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestWriteText(t *testing.T) {
	r := Total(scoreTestdata(t))
	for _, tt := range []struct {
		name   string
		detail bool
	}{{"report.golden", false}, {"report-detail.golden", true}} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := r.WriteText(&b, tt.detail); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := Total(scoreTestdata(t)).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json.golden", b.Bytes())

	// Spot-check the structure a consumer relies on: rounded ratios and
	// lists that are empty rather than null.
	var doc struct {
		Documents []struct {
			Document    string           `json:"document"`
			VisitStatus *json.RawMessage `json:"visit_status_errors"`
		} `json:"documents"`
		Total struct {
			Documents int `json:"documents"`
			Entities  struct {
				All struct {
					Recall float64 `json:"recall"`
				} `json:"all"`
			} `json:"entities"`
		} `json:"total"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Total.Documents != 2 || doc.Total.Entities.All.Recall != 0.8462 {
		t.Errorf("total: %d documents, entity recall %v; want 2, 0.8462", doc.Total.Documents, doc.Total.Entities.All.Recall)
	}
	if len(doc.Documents) != 2 || doc.Documents[1].VisitStatus == nil || string(*doc.Documents[1].VisitStatus) != "[]" {
		t.Errorf("documents %+v: want beta's visit_status_errors to be []", doc.Documents)
	}
}

func TestTotalEmpty(t *testing.T) {
	r := Total(nil)
	if r.Total != (Summary{}) {
		t.Errorf("Total(nil) = %+v", r.Total)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	golden(t, "report-empty.golden", b.Bytes())
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	r := Total(scoreTestdata(t))
	if err := r.WriteText(failWriter{}, true); err == nil || err.Error() != "disk full" {
		t.Errorf("WriteText error %v, want disk full", err)
	}
	if err := r.WriteJSON(failWriter{}); err == nil {
		t.Error("WriteJSON to a failing writer succeeded")
	}
}
