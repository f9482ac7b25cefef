package source

import (
	"strings"
	"testing"
)

func TestSplitDateline(t *testing.T) {
	tests := []struct {
		in                        string
		place, date, agency, rest string
	}{
		{"LIMA (Reuters) -Peru's president said on Monday.", "LIMA", "", "Reuters", "Peru's president said on Monday."},
		{"LIMA (Reuters) - Peru's president said.", "LIMA", "", "Reuters", "Peru's president said."},
		{"Lima, Mar 4 (PTI) Peru's president said.", "Lima", "Mar 4", "PTI", "Peru's president said."},
		{"NEW DELHI, July 14 (Reuters) - India said.", "NEW DELHI", "July 14", "Reuters", "India said."},
		{"KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV, Ukraine", "", "AP", "Drones struck overnight."},
		{"Beijing, 3 March (Xinhua) -- China said.", "Beijing", "3 March", "Xinhua", "China said."},
		{"Kathmandu [Nepal], March 3 (ANI): Nepal said.", "Kathmandu [Nepal]", "March 3", "ANI", "Nepal said."},
		{"WASHINGTON — The president said.", "WASHINGTON", "", "", "The president said."},
		{"CAMP DAVID, Md. -- The leaders met.", "CAMP DAVID, Md.", "", "", "The leaders met."},
		{"Oslo: Norway's king said.", "Oslo", "", "", "Norway's king said."},
		{"NEW DELHI: India said.", "NEW DELHI", "", "", "India said."},
		{"PORT MORESBY, Papua New Guinea: Leaders met.", "PORT MORESBY, Papua New Guinea", "", "", "Leaders met."},
		{"QUITO, March 3. /TASS/. Ecuador's president said.", "QUITO", "March 3", "TASS", "Ecuador's president said."},
		{"MONTEVIDEO/BUENOS AIRES, March 2 (Reuters) - Talks ended.", "MONTEVIDEO/BUENOS AIRES", "March 2", "Reuters", "Talks ended."},
		{"TOKYO, Nov. 21 (Kyodo) -- Japan said.", "TOKYO", "Nov. 21", "Kyodo", "Japan said."},
		{"HANOI – Vietnam said.", "HANOI", "", "", "Vietnam said."},
	}
	for _, tt := range tests {
		place, date, agency, rest, ok := splitDateline(tt.in)
		if !ok || place != tt.place || date != tt.date || agency != tt.agency || rest != tt.rest {
			t.Errorf("splitDateline(%q) = %q, %q, %q, %q, %v; want %q, %q, %q, %q", tt.in,
				place, date, agency, rest, ok, tt.place, tt.date, tt.agency, tt.rest)
		}
	}
	// Openings that are not datelines.
	for _, in := range []string{
		"The United Nations (UN) Security Council met.",
		"North Korea (DPRK) has said it will talk.",
		"Update: The talks were postponed.",
		"Analysis: Why the talks failed.",
		"Kim met Lavrov on Sunday.",
		"Lima said it would reply - later.",
		"Peru (Lima) said.",
	} {
		if place, _, _, _, ok := splitDateline(in); ok {
			t.Errorf("splitDateline(%q) found place %q", in, place)
		}
	}
}

func TestParseParagraph(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		caption bool
		want    []string // paragraphs; a leading "caption:" marks a caption
	}{
		{
			name: "parenthesised credit after a caption sentence",
			in:   "The talks lasted two hours. The leaders shake hands in Lima. (AP Photo/Jane Roe)",
			want: []string{"The talks lasted two hours.", "caption:The leaders shake hands in Lima."},
		},
		{
			name: "credit opening a paragraph",
			in:   "(AP Photo) Peru's president spoke on Monday.",
			want: []string{"Peru's president spoke on Monday."},
		},
		{
			name: "via credit",
			in:   "Ministers met in Oslo. (via REUTERS)",
			want: []string{"caption:Ministers met in Oslo."},
		},
		{
			name: "dash credit between caption and body",
			in:   "A farmer works a field in Brittany, France. — JANE ROE/Reuters Paris: Farm output fell.",
			want: []string{"caption:A farmer works a field in Brittany, France.", "Paris: Farm output fell."},
		},
		{
			name:    "file photo with slash credit",
			in:      "FILE PHOTO: A frigate docks in Split, Croatia, May 2, 2024. REUTERS/Jane Roe/File Photo",
			caption: true,
			want:    []string{"caption:A frigate docks in Split, Croatia, May 2, 2024."},
		},
		{
			name:    "labelled caption without credit",
			in:      "Image caption, The minister arrives in Lima",
			caption: true,
			want:    []string{"The minister arrives in Lima"},
		},
		{
			name: "inline byline",
			in:   "Talks will resume in May. (Reporting by Jane Roe; Editing by John Doe)",
			want: []string{"Talks will resume in May."},
		},
		{
			name: "embedded post signature",
			in:   "The minister wrote: Great talks today. — Jane Roe (@janeroe) March 7, 2025 The talks resume in May.",
			want: []string{"The minister wrote: Great talks today.", "The talks resume in May."},
		},
		{
			name: "picture link",
			in:   "Great talks today. pic.twitter.com/AbC123",
			want: []string{"Great talks today."},
		},
		{
			name: "poll named with a slash is not a credit",
			in:   "A Reuters/Ipsos poll showed support rising. Most voters agreed.",
			want: []string{"A Reuters/Ipsos poll showed support rising. Most voters agreed."},
		},
		{
			name: "abbreviations do not end the caption's sentence early",
			in:   "Talks began. U.S. Secretary of State Jane Roe arrives in Lima. (Photo: AFP)",
			want: []string{"Talks began.", "caption:U.S. Secretary of State Jane Roe arrives in Lima."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range parse(tt.in, tt.caption) {
				if p.caption {
					got = append(got, "caption:"+p.text)
				} else {
					got = append(got, p.text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("parse(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTrailingAgency(t *testing.T) {
	tests := []struct {
		in, text, agency string
	}{
		{`He said "we will."--AFP`, `He said "we will."`, "AFP"},
		{"It is not enough. — Bloomberg", "It is not enough.", "Bloomberg"},
		{"Talks resume in May. - Reuters", "Talks resume in May.", "Reuters"},
		{"Talks resume in May.", "Talks resume in May.", ""},
		{"He met his rival — Garcia", "He met his rival — Garcia", ""},
	}
	for _, tt := range tests {
		s := &story{paras: []para{{text: tt.in}}}
		s.trailer()
		text := ""
		if len(s.paras) > 0 {
			text = s.paras[0].text
		}
		if text != tt.text || s.agency != tt.agency {
			t.Errorf("trailer(%q) = %q, %q; want %q, %q", tt.in, text, s.agency, tt.text, tt.agency)
		}
	}
}

func TestTitlePrefix(t *testing.T) {
	title := "Peru and Chile sign border accord"
	tests := []struct {
		text string
		want int
	}{
		{title + "(AP Photo) The two presidents met.", len(title)},
		{title + " The two presidents met.", len(title)},
		{title + " in Lima on Monday.", 0},
		{title + "s today.", 0},
		{"The two presidents met.", 0},
		{title, 0},
	}
	for _, tt := range tests {
		if got := titlePrefix(tt.text, title); got != tt.want {
			t.Errorf("titlePrefix(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestSplitPageRules checks the splitter's rules on small pages.
func TestSplitPageRules(t *testing.T) {
	tests := []struct {
		name   string
		page   string
		titles []string
		texts  []string
	}{
		{
			name:   "headline is its own paragraph",
			page:   "Peru and Chile sign border accord\nThe two presidents met on Monday.",
			titles: []string{"Peru and Chile sign border accord"},
			texts:  []string{"Peru and Chile sign border accord\n\nThe two presidents met on Monday."},
		},
		{
			name:   "repeated headline kept once",
			page:   "Peru and Chile sign border accord\n\nPeru and Chile sign border accord\n\nPeru and Chile sign border accord\nThe two presidents met.",
			titles: []string{"Peru and Chile sign border accord"},
			texts:  []string{"Peru and Chile sign border accord\n\nThe two presidents met."},
		},
		{
			name:   "no headline",
			page:   "The two presidents met on Monday.\n\nThey signed an accord.",
			titles: []string{""},
			texts:  []string{"The two presidents met on Monday.\n\nThey signed an accord."},
		},
		{
			name:   "short text without punctuation is still an article",
			page:   "Kim met Lavrov in Wonsan",
			titles: []string{""},
			texts:  []string{"Kim met Lavrov in Wonsan"},
		},
		{
			name:   "subheading kept, alt text dropped",
			page:   "Peru and Chile sign border accord\nThe presidents met.\nGrey skyline\nTalks on fishing\nFishing rights were agreed.",
			titles: []string{"Peru and Chile sign border accord"},
			texts:  []string{"Peru and Chile sign border accord\n\nThe presidents met.\n\nTalks on fishing\n\nFishing rights were agreed."},
		},
		{
			name:   "section heading starts a story",
			page:   "Peru and Chile sign border accord\nThe presidents met.\nYou may also like\nOslo hosts Arctic forum\nMinisters gathered in Oslo.",
			titles: []string{"Peru and Chile sign border accord", "Oslo hosts Arctic forum"},
			texts: []string{"Peru and Chile sign border accord\n\nThe presidents met.",
				"Oslo hosts Arctic forum\n\nMinisters gathered in Oslo."},
		},
		{
			name:   "link list after a section heading is dropped",
			page:   "Peru and Chile sign border accord\nThe presidents met.\nMore stories\nOslo hosts Arctic forum\nLima floods ease\nBudget talks stall",
			titles: []string{"Peru and Chile sign border accord"},
			texts:  []string{"Peru and Chile sign border accord\n\nThe presidents met."},
		},
		{
			name:   "only furniture",
			page:   "Menu\nShare\nComments\nDownload the app",
			titles: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := SplitPage("p", "p.txt", tt.page)
			if len(arts) != len(tt.titles) {
				t.Fatalf("got %d articles, want %d: %+v", len(arts), len(tt.titles), arts)
			}
			for i, a := range arts {
				if a.Title != tt.titles[i] || a.Text != tt.texts[i] {
					t.Errorf("article %d: title %q text %q\nwant title %q text %q", i, a.Title, a.Text, tt.titles[i], tt.texts[i])
				}
			}
		})
	}
}
