package source

import "testing"

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		// Furniture in the styles of several kinds of sites.
		{"logo", kChrome},
		{"Company logo", kChrome},
		{"Orange background", kChrome},
		{"site-header-logo", kChrome},
		{"app-storeplay-store", kChrome},
		{"Menu", kChrome},
		{"Skip to content", kChrome},
		{"Share this article", kChrome},
		{"Facebook Twitter WhatsApp Email", kChrome},
		{"Share | Tweet | Email", kChrome},
		{"Comments", kChrome},
		{"No comments yet...", kChrome},
		{"Be the first to comment", kChrome},
		{"3 Comments", kChrome},
		{"1.2K shares", kChrome},
		{"Hashtags", kChrome},
		{"#Diplomacy #Trade #Asia", kChrome},
		{"Try Our AI Features", kChrome},
		{"Try our new podcast app", kChrome},
		{"Explore what our assistant can do for you:", kChrome},
		{"DOWNLOAD THE APP", kChrome},
		{"Get Started Now: Download the App", kChrome},
		{"Ready for more? Download the NewsBox app from your app store today.", kChrome},
		{"Get it on Google Play", kChrome},
		{"Open in app", kChrome},
		{"Follow us on Google News", kChrome},
		{"Sign up for our daily newsletter", kChrome},
		{"Advertisement", kChrome},
		{"Story continues below", kChrome},
		{"Listen to this article", kChrome},
		{"5 min read", kChrome},
		{"Image source, Getty Images", kChrome},
		{"Photo credit: Jane Roe", kChrome},
		{"https://example.com/world/123", kChrome},
		{"@newsdesk", kChrome},
		{"© 2025 Example Media. All rights reserved.", kChrome},
		{"REUTERS/Jane Roe", kChrome},
		{"Home | World | Asia | Business | Sport", kChrome},
		{"World › Asia-Pacific", kChrome},
		{"AMERICAS / ANDES", kChrome},
		{"NEWS DESK | English Edition", kChrome},
		{"☰ Menu   NEWSDESK   🔍 Search", kChrome},
		{"👍 52   💬 9 comments   ↗ Share", kChrome},
		{"Search... Sign in Subscribe from $1", kChrome},
		{"[Accept all]  [Manage preferences]", kChrome},
		{"[Share on X] [Email] [Copy link] Comments (12)", kChrome},
		{"[Image: Two men shake hands in a hall]", kChrome},
		{"Image alt: Two ministers shake hands", kChrome},
		{"[EN]  DE  FR  PL", kChrome},
		{"Share this article   f   in   Copy link", kChrome},
		{"Comments (57) | Save | Share via: WhatsApp · Telegram · Email", kChrome},
		{"Trending: #Summit #Trade #Elections", kChrome},
		{"1. Five things to know about the summit", kChrome},
		{"2. Who is the new envoy?", kChrome},
		{"Comments are closed for this article.", kChrome},
		{"Support independent journalism. Become a member today.", kChrome},
		{"Newsletter: The Daily Brief, every weekday morning. Sign up", kChrome},
		{"Cookies help us deliver our services. Learn more | OK", kChrome},
		{"Explore more on these topics: Peru · Chile · Floods", kChrome},
		{"Photograph: Jane Roe/AAP", kChrome},
		{"Jane Roe/AAP", kChrome},
		// Section headings over lists of other stories.
		{"Related Articles", kSection},
		{"You may also like", kSection},
		{"More from Asia Desk", kSection},
		{"Top Stories", kSection},
		// Time and date lines.
		{"37 minutes ago", kTime},
		{"time37 minutes ago", kTime},
		{"timean hour ago", kTime},
		{"2 hours ago", kTime},
		{"Updated: Mar 4, 2025, 18:05 IST", kTime},
		{"Monday, 14 July 2025", kTime},
		{"14/07/2025 09:12", kTime},
		{"Updated 3 hours ago · 5 min read", kTime},
		{"Published on 17/11/2025 - 18:42 GMT+1 • Updated 19:05", kTime},
		{"Mon 1 Dec 2025 05.00 AEDT", kTime},
		{"POLITICS · 6 min read · 142 comments", kTime},
		{"October 3, 2025 at 6:41 p.m. EDT · Reading time: 4 minutes", kTime},
		// Agencies and bylines.
		{"Reuters", kOutlet},
		{"--AFP", kAgency},
		{"— Bloomberg", kAgency},
		{"By Jane Roe", kByline},
		{"By Jane Roe (jane.roe@paper.example)", kByline},
		{"BY JANE ROE AND JOHN DOE", kByline},
		{"(Reporting by Jane Roe; Editing by John Doe)", kByline},
		{"Additional reporting by Jane Roe in Lima", kByline},
		{"Associated Press writer John Doe in Cairo contributed to this report.", kByline},
		{"(With inputs from agencies)", kByline},
		{"Author: Jane Roe", kByline},
		{"By Jane Roe, Senior Correspondent", kByline},
		{"By MENA Desk staff | Updated 3 hours ago | 4 min read", kByline},
		// Captions and labelled links.
		{"FILE PHOTO: A ship docks in Busan, South Korea, May 2, 2024. REUTERS/Jane Roe/File Photo", kCaption},
		{"Image caption, The minister arrives in Lima", kCaption},
		{"Photo caption: The minister arrives in Lima. Image: Foreign Ministry", kCaption},
		{"The minister arrives in Lima on Monday. (Photo: Foreign Ministry/Handout)", kCaption},
		{"Also Read: Peru and Chile sign border accord", kLabel},
		{"Also Read | Peru and Chile sign border accord", kLabel},
		{"READ MORE: Peru and Chile sign border accord", kLabel},
		// Lines that must be kept as text.
		{"He declined to comment.", kText},
		{"Yes.", kText},
		{"Kim met Lavrov.", kText},
		{"\"We will win,\" he said.", kText},
		{"'Never,' she replied.", kText},
		{"Talks on aid", kText},
		{"Comments by the minister drew sharp criticism.", kText},
		{"Share prices fell sharply on Monday.", kText},
		{"Download speeds improved, the regulator said.", kText},
		{"Orange juice prices rose in July.", kText},
		{"By the end of the year, exports had doubled.", kText},
		{"Related talks will take place in Oslo next week.", kText},
		{"The foreign ministers met in Lima on Monday, officials said.", kText},
		{"Peru and Chile sign border accord", kText},
		{"Get ready for a long winter, the minister told you all.", kText},
		{"Trump — Putin summit ends without a deal", kText},
		{"Kim meets Lavrov | analysis of a long day in Wonsan", kText},
		{"1. The first point of the accord concerns fishing rights.", kText},
	}
	for _, tt := range tests {
		l := newLine(Clean(tt.line))
		if l.kind != tt.want {
			t.Errorf("line %q: kind %d, want %d", tt.line, l.kind, tt.want)
		}
	}
}

func TestMarkOutlets(t *testing.T) {
	lines := pageLines("Peru and Chile sign border accord\n\nLima Daily\n\n2 hours ago\n\n• Lima Daily\n\nThe two presidents met on Monday.\n\nLima Daily wrote about it on Tuesday.")
	want := []kind{kText, kBlank, kOutlet, kBlank, kTime, kBlank, kOutlet, kBlank, kText, kBlank, kText}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if l.kind != want[i] {
			t.Errorf("line %d %q: kind %d, want %d", i, l.text, l.kind, want[i])
		}
	}
}

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "lower-case continuation",
			in:   []string{"The minister said the talks", "were useful.", "", "Next paragraph."},
			want: []string{"The minister said the talks were useful.", "", "Next paragraph."},
		},
		{
			name: "trailing comma",
			in:   []string{"In Lima,", "Peru's president spoke."},
			want: []string{"In Lima, Peru's president spoke."},
		},
		{
			name: "headline then body kept apart",
			in:   []string{"Peru and Chile sign border accord", "The two presidents met on Monday."},
			want: []string{"Peru and Chile sign border accord", "The two presidents met on Monday."},
		},
		{
			name: "fixed-width text",
			in: []string{
				"The foreign ministers of Peru and Chile met in Lima on Monday to",
				"sign a border accord that ends a dispute over fishing waters. The",
				"accord was welcomed by the Organization of American States and by",
				"Ecuador, whose president called it a model for the region.",
				"",
				"Short closing line.",
			},
			want: []string{
				"The foreign ministers of Peru and Chile met in Lima on Monday to sign a border accord that ends a dispute over fishing waters. The accord was welcomed by the Organization of American States and by Ecuador, whose president called it a model for the region.",
				"",
				"Short closing line.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unwrap(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("unwrap = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("line %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
