package source

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/extract/model"
)

// SplitPage splits text copied or scraped from a news page into its stories
// and cleans each one. A page may hold a main story and then other stories
// (under "Related Articles" and the like), each with a headline that may be
// repeated, an outlet line and a "2 hours ago" line.
//
// Each returned article has the story's headline as Title, its outlet or
// news agency as Source, and as Text the headline, a blank line and the body
// paragraphs separated by blank lines. Site furniture, outlet and time lines,
// bylines, photo labels and credits are dropped; a photo caption becomes a
// paragraph of its own; a dateline's place ("SEOUL", "Moscow") becomes the
// body's first paragraph and its agency the article's source. Text is
// cleaned as by Clean, so offsets into it do not carry over to the input.
//
// IDs are id for a page with one story and id#1, id#2, ... for a page with
// several; Path is set to path. A page without any text yields no articles.
func SplitPage(id, path, text string) []model.Article {
	stories := splitStories(text)
	arts := make([]model.Article, len(stories))
	for i, s := range stories {
		arts[i] = s.article(storyID(id, i+1, len(stories) > 1), path)
	}
	return arts
}

// storyID is the ID of the n-th story of an input.
func storyID(id string, n int, many bool) string {
	if !many {
		return id
	}
	return id + "#" + strconv.Itoa(n)
}

// splitStories is SplitPage without IDs.
func splitStories(text string) []*story {
	lines := pageLines(text)
	if len(lines) == 0 {
		return nil
	}
	starts := headlines(lines)
	owner := owners(lines, starts)
	var stories []*story
	for si := range owner.count {
		s := newStory(lines, owner.lines[si], owner.title[si])
		if s.hasContent() {
			stories = append(stories, s)
		}
	}
	if len(stories) == 0 {
		// Nothing reads as a story, but a text of a few lines without
		// sentence punctuation is still one: keep its text lines.
		var all []int
		for i := range lines {
			if lines[i].kind == kText || lines[i].kind == kLabel || lines[i].kind == kCaption {
				all = append(all, i)
			}
		}
		s := &story{keepShort: true}
		s.add(lines, all, -1)
		if s.hasContent() {
			stories = append(stories, s)
		}
	}
	return stories
}

// pageLines cleans text, rejoins hard-wrapped lines and classifies each line,
// first on its own and then by its neighbours.
func pageLines(text string) []line {
	raw := unwrap(strings.Split(Clean(text), "\n"))
	lines := make([]line, len(raw))
	p := patterns()
	for i, t := range raw {
		// Wire kickers and end marks are not text.
		if strings.HasPrefix(t, "(") || strings.HasPrefix(t, "U") || strings.HasPrefix(t, "R") ||
			strings.HasPrefix(t, "E") || strings.HasPrefix(t, "C") {
			t = p.kicker.ReplaceAllString(t, "")
		}
		if strings.HasSuffix(t, "item") || strings.HasSuffix(t, "ITEM") || strings.HasSuffix(t, ")") ||
			strings.HasSuffix(t, "S") || strings.HasSuffix(t, "#") || strings.HasSuffix(t, "-") {
			t = p.endMark.ReplaceAllString(t, "")
		}
		lines[i] = newLine(t)
	}
	markOutlets(lines)
	markBylineTitles(lines)
	markPlaceBylines(lines)
	return lines
}

// placeByline is a byline giving where the reporter files from, as some
// papers print it between the headline and the story: "Jane Roe in Lima".
var placeByline = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: (?:\p{Ll}{1,3} ){0,2}\p{Lu}[\p{L}'’.-]+){1,2} in (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$`)

// markPlaceBylines marks a "Name in Place" line as a byline when it stands
// before a story's running text: no running text in the lines above it
// since the last blank-separated heading, and running text right after it.
// In the middle of a story the same shape is a subheading ("Ruiz in
// Lima"), which stays text.
func markPlaceBylines(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != kText || l.terminal || l.words > 7 || !placeByline.MatchString(l.text) {
			continue
		}
		next := adjacent(lines, i, +1)
		if next < 0 || !lines[next].body() {
			continue
		}
		fresh := true
		for j, n := adjacent(lines, i, -1), 0; j >= 0 && n < 3; j, n = adjacent(lines, j, -1), n+1 {
			if lines[j].body() {
				fresh = false
				break
			}
		}
		if fresh {
			l.kind = kByline
		}
	}
}

// markBylineTitles marks the line under a byline that gives the reporter's
// title ("Africa correspondent, reporting from Lima") as part of the byline.
func markBylineTitles(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != kText || l.terminal || l.words > 8 {
			continue
		}
		if j := adjacent(lines, i, -1); j >= 0 && lines[j].kind == kByline && lines[j].agency == "" {
			l.kind = kByline
		}
	}
}

// unwrap joins the lines of paragraphs that were wrapped at a fixed width,
// so that a wrapped line is not taken for a headline. A line is joined to the
// next when it plainly goes on (a trailing comma, or the next line starting in
// lower case), or when the text is wrapped and the line is near full width.
func unwrap(raw []string) []string {
	width := wrapWidth(raw)
	out := raw[:0:0]
	for _, t := range raw {
		if n := len(out); n > 0 && t != "" && out[n-1] != "" && continues(out[n-1], t, width) {
			out[n-1] += " " + t
			continue
		}
		out = append(out, t)
	}
	return out
}

// continues reports whether next carries on the paragraph of prev.
func continues(prev, next string, width int) bool {
	if endsSentence(prev) {
		return width > 0 && len(prev) >= width*3/4 && startsLower(next)
	}
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") {
		return true
	}
	if startsLower(next) && len(prev) >= 20 {
		return true
	}
	return width > 0 && len(prev) >= width*3/4 && !isBullet(next)
}

// wrapWidth returns the width text was wrapped at, or 0 if it was not: most
// lines then end short of a sentence, none is much longer than the rest, and
// lines follow each other without blank lines between.
func wrapWidth(raw []string) int {
	var lens []int
	widest, open := 0, 0
	for i, t := range raw {
		if t == "" {
			continue
		}
		lens = append(lens, len(t))
		widest = max(widest, len(t))
		if i+1 < len(raw) && raw[i+1] != "" && !endsSentence(t) {
			open++
		}
	}
	if len(lens) < 4 || widest > 120 || widest < 40 || open*3 < len(lens) {
		return 0
	}
	near := 0
	for _, n := range lens {
		if n >= widest*3/4 {
			near++
		}
	}
	if near*2 < len(lens) {
		return 0
	}
	return widest
}

// isBullet reports whether t starts with a list bullet.
func isBullet(t string) bool {
	for _, b := range []string{"• ", "· ", "- ", "– ", "— ", "* ", "▪ ", "•", "·"} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}

// stripBullet removes a leading list bullet.
func stripBullet(t string) string {
	return strings.TrimLeft(t, "•·-–—*▪ ")
}

// markOutlets finds the outlet lines of aggregator pages: a short name next
// to a time line, bulleted or not, and the same name wherever it is repeated.
func markOutlets(lines []line) {
	names := map[string]bool{}
	for i := range lines {
		if lines[i].kind != kTime {
			continue
		}
		for _, j := range []int{adjacent(lines, i, -1), adjacent(lines, i, 1)} {
			if j >= 0 && outletLike(&lines[j]) {
				lines[j].kind = kOutlet
				names[lines[j].key] = true
			}
		}
	}
	for i := range lines {
		if lines[i].kind == kText && names[lines[i].key] && outletLike(&lines[i]) {
			lines[i].kind = kOutlet
		}
	}
}

// outletLike reports whether a line could be an outlet's name: a few
// capitalised words, perhaps bulleted, without sentence punctuation.
func outletLike(l *line) bool {
	if l.kind != kText || l.terminal || l.words > 6 || strings.ContainsAny(l.text, ":,") {
		return false
	}
	f := strings.Fields(stripBullet(l.text))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// nameParticles may stand in lower case inside a capitalised name.
var nameParticles = setOf("of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "del", "da", "di", "von", "van", "&")

// lookahead bounds how far the splitter looks past a line for what follows
// it, so that a page of many similar lines is still split in linear time.
const lookahead = 50

// adjacent returns the index of the nearest non-blank line before (dir -1)
// or after (dir 1) line i, or -1.
func adjacent(lines []line, i, dir int) int {
	for j := i + dir; j >= 0 && j < len(lines); j += dir {
		if lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}

// bodyAfter reports whether running text (or a caption) follows line i,
// skipping furniture, metadata, bylines, repeats of line i and a few short
// lines such as a reporter's name and title.
func bodyAfter(lines []line, i int) bool {
	shorts := 0
	for j := i + 1; j < min(len(lines), i+lookahead); j++ {
		l := &lines[j]
		switch l.kind {
		case kCaption:
			return true
		case kLabel:
			return false
		case kText:
			switch {
			case l.key == lines[i].key:
			case l.body():
				return true
			case l.words <= 4 && !l.terminal && shorts < 3:
				shorts++
			default:
				return false
			}
		}
	}
	return false
}

// headlines returns the indexes of the lines that start stories. A headline
// is a headline-like line followed by running text that is repeated nearby,
// sits next to an outlet or time line, is followed by a dateline, is the
// page's first before any running text, or comes first after a section
// heading such as "Related Articles".
func headlines(lines []line) []int {
	var starts []int
	cur := ""
	seenBody, afterSection := false, false
	for i := range lines {
		l := &lines[i]
		if l.kind == kSection {
			afterSection = true
			continue
		}
		if l.kind != kText || l.key == cur {
			continue
		}
		if l.headlineLike() {
			if bodyAfter(lines, i) && (!seenBody && len(starts) == 0 || afterSection || repeated(lines, i) ||
				besideMeta(lines, i) || datelineAfter(lines, i)) {
				starts = append(starts, i)
				cur = l.key
				afterSection = false
				continue
			}
		}
		if l.body() {
			seenBody = true
			afterSection = false
		}
	}
	return starts
}

// datelineAfter reports whether the next paragraph after line i (past
// metadata and furniture) opens with a dateline, as a wire story after its
// headline does.
func datelineAfter(lines []line, i int) bool {
	for j := i + 1; j < min(len(lines), i+lookahead); j++ {
		switch l := &lines[j]; l.kind {
		case kText:
			if !l.body() {
				return false
			}
			_, _, _, _, ok := splitDateline(l.text)
			return ok
		case kCaption, kLabel, kSection:
			return false
		}
	}
	return false
}

// repeated reports whether line i comes again within the next lines, alone
// or opening a paragraph.
func repeated(lines []line, i int) bool {
	seen := 0
	for j := i + 1; j < len(lines) && seen < 12; j++ {
		l := &lines[j]
		if l.kind == kBlank {
			continue
		}
		seen++
		if l.key == lines[i].key || l.kind == kText && titlePrefix(l.text, lines[i].text) > 0 {
			return true
		}
	}
	return false
}

// besideMeta reports whether line i has an outlet or time line next to it,
// ignoring blank lines and repeats of the line. A line under running text
// and over a time line is taken for a byline, not a headline.
func besideMeta(lines []line, i int) bool {
	prev := adjacent(lines, i, -1)
	if prev >= 0 && isMeta(lines[prev].kind) {
		return true
	}
	if prev >= 0 && lines[prev].body() {
		return false // a byline or a heading inside a story, above its time line
	}
	for j := i + 1; j < min(len(lines), i+lookahead); j++ {
		l := &lines[j]
		if l.kind == kBlank || l.key == lines[i].key {
			continue
		}
		return isMeta(l.kind)
	}
	return false
}

func isMeta(k kind) bool { return k == kTime || k == kOutlet }

// titlePrefix returns the length of title at the start of text when text is
// a paragraph opening with the headline and going on with something that is
// not the rest of a sentence (a photo credit, a new sentence); otherwise 0.
func titlePrefix(text, title string) int {
	if len(text) <= len(title) || !strings.EqualFold(text[:len(title)], title) {
		return 0
	}
	rest := strings.TrimLeft(text[len(title):], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(r) || unicode.IsLetter(r) && rest == text[len(title):] {
		return 0 // the headline's words go on into the sentence
	}
	return len(title)
}

// partition says which lines belong to which story.
type partition struct {
	count int
	lines [][]int // line indexes of each story, in order
	title []int   // index of each story's headline line, or -1
}

// owners assigns each line to a story. Lines before the first headline form
// a story of their own (which is kept only if it has running text). Outlet
// and time lines go to the story whose headline follows them, when one does
// before any other text, and otherwise to the story they are in.
func owners(lines []line, starts []int) partition {
	p := partition{count: len(starts) + 1}
	p.lines = make([][]int, p.count)
	p.title = make([]int, p.count)
	p.title[0] = -1
	copy(p.title[1:], starts)
	story := 0
	next := 0 // index into starts of the next headline
	for i := range lines {
		if next < len(starts) && i == starts[next] {
			story = next + 1
			next++
		}
		owner := story
		if isMeta(lines[i].kind) && next < len(starts) {
			j := i + 1
			for j < min(len(lines), i+lookahead) && (lines[j].kind != kText && lines[j].kind != kCaption && lines[j].kind != kLabel || lines[j].key == lines[i].key) {
				j++
			}
			if j == starts[next] {
				owner = next + 1
			}
		}
		p.lines[owner] = append(p.lines[owner], i)
	}
	return p
}
