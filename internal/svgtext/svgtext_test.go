package svgtext

import "testing"

func TestTexts(t *testing.T) {
	svg := `<svg><g><title>n1</title><text x="1">Ana Ruiz</text><text>Li &amp; Wei</text></g></svg>`
	got, err := Texts([]byte(svg))
	if err != nil {
		t.Fatal(err)
	}
	if !got["Ana Ruiz"] || !got["Li & Wei"] || got["n1"] || len(got) != 2 {
		t.Errorf("Texts = %v, want Ana Ruiz and Li & Wei only", got)
	}
	if _, err := Texts([]byte("<svg><text>")); err == nil {
		t.Error("Texts of a truncated SVG: no error")
	}
}
