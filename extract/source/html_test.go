package source

import (
	"os"
	"strings"
	"testing"
)

func TestReadHTML(t *testing.T) {
	f, err := os.Open("testdata/html/wire.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ReadHTML(f, "testdata/html/wire.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "wire" || a.Title != "Peru and Chile sign border accord" {
		t.Errorf("ID, title = %q, %q", a.ID, a.Title)
	}
	// The dateline's agency wins over the site name.
	if a.Source != "Reuters" {
		t.Errorf("source = %q, want Reuters", a.Source)
	}
	if a.Date != "2025-03-04T09:30:00Z" {
		t.Errorf("date = %q", a.Date)
	}
	if a.URL != "https://andes-herald.example/world/peru-chile-accord" {
		t.Errorf("URL = %q", a.URL)
	}
	// The headline once, the caption apart, then the dateline's place.
	if !strings.HasPrefix(a.Text, a.Title+"\n\nThe presidents shake hands in Lima.\n\nLIMA\n\nThe presidents of Peru and Chile signed") {
		t.Errorf("text does not open with headline, caption, place and body:\n%s", a.Text)
	}
	for _, want := range []string{"\"This is a good day for both our peoples,\"", "first meeting in Santiago in June"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, bad := range []string{"Home", "Sport", "logo", "Related Articles", "Oslo hosts", "Comments", "All rights", "Download", "Reporting by", "AP Photo", "(Reuters)", "By Jane Roe"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, a.Text)
		}
	}
}

func TestReadHTMLMalformed(t *testing.T) {
	f, err := os.Open("testdata/html/broken.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ReadHTML(f, "broken.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks resume in Oslo" || !strings.Contains(a.Text, "Norway's foreign minister said") ||
		!strings.Contains(a.Text, "Arctic research station.") {
		t.Errorf("got title %q text %q", a.Title, a.Text)
	}
	// The source is the site name only when the page gives one.
	if a.Source != "" {
		t.Errorf("source = %q, want none", a.Source)
	}
}

func TestReadHTMLSiteName(t *testing.T) {
	page := `<html><head><title>Oslo hosts Arctic forum</title><meta property="og:site_name" content="North Post"></head>
<body><article><p>Ministers from eight Arctic states gathered in Oslo on Tuesday for a forum on research and shipping, the Norwegian government said.</p>
<p>The forum will meet again next year in Reykjavik, officials from the host country said after the closing session.</p></article></body></html>`
	a, err := ReadHTML(strings.NewReader(page), "-")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "stdin" || a.Source != "North Post" || a.Title != "Oslo hosts Arctic forum" {
		t.Errorf("got ID %q source %q title %q", a.ID, a.Source, a.Title)
	}
}

func TestReadHTMLCaptions(t *testing.T) {
	page := `<html><head><title>Oslo hosts Arctic forum | Jane Roe</title></head><body><article>
<figure><figcaption>Media caption The ministers arrive in Oslo</figcaption></figure>
<p>Ministers from eight Arctic states gathered in Oslo on Tuesday for a forum on research and shipping, the Norwegian government said in a statement.</p>
<figure><figcaption>The forum's host greets a delegate at the city hall. Credit Jane Roe/Agence France-Presse — Getty Images</figcaption></figure>
<p>The forum will meet again next year in Reykjavik, officials from the host country said after the closing session of the meeting.</p>
<p>Powered by ForumWire</p>
</article></body></html>`
	a, err := ReadHTML(strings.NewReader(page), "oslo.html")
	if err != nil {
		t.Fatal(err)
	}
	want := "Oslo hosts Arctic forum\n\nThe ministers arrive in Oslo\n\n" +
		"Ministers from eight Arctic states gathered in Oslo on Tuesday for a forum on research and shipping, the Norwegian government said in a statement.\n\n" +
		"The forum's host greets a delegate at the city hall.\n\n" +
		"The forum will meet again next year in Reykjavik, officials from the host country said after the closing session of the meeting."
	if a.Title != "Oslo hosts Arctic forum" || a.Text != want {
		t.Errorf("got title %q text\n%s\nwant\n%s", a.Title, a.Text, want)
	}
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		name, page string
	}{
		{"empty", "  \n"},
		{"binary", "<html>\x00\x01\x02</html>"},
		{"no text", "<html><head><title>x</title></head><body><nav>Menu</nav></body></html>"},
	}
	for _, tt := range tests {
		if a, err := ReadHTML(strings.NewReader(tt.page), "x.html"); err == nil {
			t.Errorf("%s: ReadHTML returned %+v and no error", tt.name, a)
		}
	}
}
