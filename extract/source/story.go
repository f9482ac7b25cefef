package source

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/extract/model"
)

// story is one article being assembled from the lines of its input.
type story struct {
	title  string
	outlet string // from an outlet line or page metadata
	agency string // from a dateline, a trailing credit or a byline; wins over outlet
	date   string
	paras  []para
	// keepShort keeps short lines without sentence punctuation, which are
	// otherwise kept only as subheadings over running text.
	keepShort bool
	hasBody   bool // some line read as running text
}

// para is one paragraph of a story's body.
type para struct {
	text    string
	caption bool
}

// newStory assembles a story from the given lines of a page; title indexes
// its headline line, or is -1.
func newStory(lines []line, idx []int, title int) *story {
	s := &story{}
	if title >= 0 {
		s.title = lines[title].text
	}
	s.add(lines, idx, title)
	return s
}

// singleStory assembles the one story of a text whose headline, if any, is
// known from elsewhere (HTML metadata, a JSON field).
func singleStory(title, text string) *story {
	lines := pageLines(text)
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	s := &story{title: strings.TrimSpace(strings.ReplaceAll(Clean(title), "\n", " "))}
	s.add(lines, idx, -1)
	if !s.hasContent() {
		s.paras, s.keepShort = nil, true
		s.add(lines, idx, -1)
	}
	return s
}

// add appends the story's lines, dropping furniture and taking metadata.
func (s *story) add(lines []line, idx []int, title int) {
	titleKey := lineKey(s.title)
	opened := false // the first paragraph of text has been seen
	for n, i := range idx {
		l := &lines[i]
		switch l.kind {
		case kOutlet:
			if s.outlet == "" {
				s.outlet = stripBullet(l.text)
				if l.agency != "" {
					s.outlet = l.agency
				}
			}
		case kAgency:
			s.agency = l.agency
		case kByline:
			if l.agency != "" && s.agency == "" {
				s.agency = l.agency
			}
		case kTime:
			if s.date == "" {
				s.date = lineDate(l.text)
			}
		case kLabel:
			rest := patterns().label.ReplaceAllString(l.text, "")
			if nl := newLine(rest); nl.kind == kText {
				s.paras = append(s.paras, parse(rest, false)...)
			}
		case kCaption:
			s.paras = append(s.paras, parse(l.text, patterns().captionLabel.MatchString(l.text))...)
		case kText:
			if i == title || titleKey != "" && l.key == titleKey {
				continue
			}
			text := l.text
			if !opened && s.title != "" {
				if k := titlePrefix(text, s.title); k > 0 {
					text = strings.TrimSpace(text[k:])
				}
			}
			opened = true
			if l.body() {
				s.hasBody = true
			} else if l.short() && !s.keepShort && (!bodyFollows(lines, idx[n+1:]) || metaFollows(lines, idx[n+1:])) {
				continue // furniture such as image alt text, or a byline over a date
			}
			s.paras = append(s.paras, parse(text, false)...)
		}
	}
	s.dateline()
	s.trailer()
}

// bodyFollows reports whether the next text line among idx is running text.
func bodyFollows(lines []line, idx []int) bool {
	for _, i := range idx {
		switch l := &lines[i]; l.kind {
		case kText:
			return l.body()
		case kCaption, kLabel:
			return false
		}
	}
	return false
}

// metaFollows reports whether the next non-blank line among idx is an
// outlet or time line.
func metaFollows(lines []line, idx []int) bool {
	for _, i := range idx {
		if k := lines[i].kind; k != kBlank {
			return isMeta(k)
		}
	}
	return false
}

// hasContent reports whether the story is worth emitting: it has a body,
// and a headline or running text in it.
func (s *story) hasContent() bool {
	return len(s.paras) > 0 && (s.title != "" || s.hasBody || s.keepShort)
}

// article renders the story as an article.
func (s *story) article(id, path string) model.Article {
	var b strings.Builder
	if s.title != "" {
		b.WriteString(s.title)
	}
	for _, p := range s.paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.text)
	}
	src := s.agency
	if src == "" {
		src = s.outlet
	}
	return model.Article{ID: id, Path: path, Title: s.title, Source: src, Date: s.date, Text: b.String()}
}

// dateline splits a dateline off the first paragraph of running text: the
// place becomes a paragraph of its own, the date and agency become metadata.
func (s *story) dateline() {
	i := 0
	for i < len(s.paras) && s.paras[i].caption {
		i++
	}
	if i == len(s.paras) {
		return
	}
	place, date, agency, rest, ok := splitDateline(s.paras[i].text)
	if !ok {
		return
	}
	if agency != "" {
		s.agency = agency
	}
	if date != "" && s.date == "" {
		s.date = date
	}
	s.paras[i].text = rest
	s.paras = append(s.paras[:i], append([]para{{text: place}}, s.paras[i:]...)...)
}

// splitDateline recognises a dateline at the start of text: "SEOUL (Reuters)
// - ...", "Moscow, Jul 14 (PTI) ...", "WASHINGTON — ...", "Paris: ...".
func splitDateline(text string) (place, date, agency, rest string, ok bool) {
	p := patterns()
	if m := p.datelineAgency.FindStringSubmatchIndex(text); m != nil {
		place, date, agency, rest = sub(text, m, 1), sub(text, m, 2), sub(text, m, 3), text[m[1]:]
		name, known := agencyName(agency)
		if known {
			agency = name
		}
		if (known || date != "" || isUpperWord(place)) && opensSentence(rest) {
			return place, date, agency, rest, true
		}
	}
	if m := p.datelineSlash.FindStringSubmatchIndex(text); m != nil {
		place, date, agency, rest = sub(text, m, 1), sub(text, m, 2), sub(text, m, 3), text[m[1]:]
		if name, ok := agencyName(agency); ok && opensSentence(rest) {
			return place, date, name, rest, true
		}
	}
	for _, re := range []*regexp.Regexp{p.datelineDash, p.datelineColon} {
		if m := re.FindStringSubmatchIndex(text); m != nil {
			place, date, rest = sub(text, m, 1), sub(text, m, 2), text[m[1]:]
			if !kickers[lineKey(place)] && opensSentence(rest) {
				return place, date, "", rest, true
			}
		}
	}
	return "", "", "", "", false
}

// trailer takes a trailing agency credit off the last paragraph:
// `... on Russia."--AFP`, `... economy.' — Bloomberg`.
func (s *story) trailer() {
	if len(s.paras) == 0 {
		return
	}
	last := &s.paras[len(s.paras)-1]
	// Only the paragraph's end can hold the credit; matching there alone
	// keeps long paragraphs cheap.
	tail := tail(last.text, 48)
	from := len(last.text) - len(tail)
	m := patterns().trailAgency.FindStringSubmatchIndex(tail)
	if m == nil {
		return
	}
	if outlet := sub(tail, m, 2); outlet != "" {
		// "- The Daily Post/ANN": an outlet and the network it came through.
		if s.outlet == "" {
			s.outlet = strings.TrimSpace(outlet)
		}
	} else if name, ok := agencyName(sub(tail, m, 1) + sub(tail, m, 3)); !ok {
		return
	} else if name != "" {
		s.agency = name
	}
	last.text = strings.TrimSpace(last.text[:from+m[0]])
	if last.text == "" {
		s.paras = s.paras[:len(s.paras)-1]
	}
}

// parse splits one paragraph around what must not run into its sentences:
// photo credits (the sentence before a credit is its caption and becomes a
// paragraph of its own), reporting credits, and the signatures of embedded
// social posts. isCaption says the paragraph opens with a caption label, so
// that the text up to the first credit is the caption.
func parse(text string, isCaption bool) []para {
	p := patterns()
	if strings.Contains(text, "pic.") {
		text = p.picLink.ReplaceAllString(text, "")
	}
	if strings.Contains(text, " by ") || strings.Contains(text, " By ") {
		text = inlineBylines(text)
	}
	if isCaption {
		text = p.captionLabel.ReplaceAllString(text, "")
	}
	var out []para
	add := func(t string, caption bool) {
		if t = strings.TrimSpace(t); t != "" && strings.Trim(t, ".,;:-—– ") != "" {
			out = append(out, para{text: t, caption: caption})
		}
	}
	for _, cut := range cuts(text) {
		seg := text[cut.from:cut.to]
		if !cut.credit {
			add(seg, false)
			continue
		}
		start := 0
		if !isCaption {
			start = lastSentence(seg)
		}
		add(seg[:start], false)
		add(p.captionLabel.ReplaceAllString(seg[start:], ""), true)
		isCaption = false
	}
	if len(out) == 1 && isCaption && endsSentence(out[0].text) {
		out[0].caption = true
	}
	return out
}

// segment is a piece of a paragraph; credit marks one that a photo credit
// ended (and that is thus, at least in its last sentence, a caption).
type segment struct {
	from, to int
	credit   bool
}

// cuts splits text at photo credits and post signatures, dropping them.
func cuts(text string) []segment {
	p := patterns()
	var spans []segment // the parts to drop; credit marks photo credits
	find := func(re *regexp.Regexp, hint string, credit bool) {
		if !strings.Contains(text, hint) {
			return // cheaper than running the pattern
		}
		for _, m := range re.FindAllStringIndex(text, -1) {
			spans = append(spans, segment{m[0], m[1], credit})
		}
	}
	find(p.parenCredit, "(", true)
	find(p.slashCredit, "/", true)
	find(p.postSig, "(@", false)
	if end := tail(text, 160); strings.Contains(end, ":") || strings.Contains(end, " P") || strings.Contains(end, "Credit") {
		// The pattern ends at the paragraph's end; matching the end alone
		// keeps long paragraphs cheap.
		if m := p.tailCredit.FindStringIndex(end); m != nil {
			off := len(text) - len(end)
			spans = append(spans, segment{off + m[0], off + m[1], true})
		}
	}
	if len(spans) == 0 {
		return []segment{{0, len(text), false}}
	}
	slices.SortFunc(spans, func(a, b segment) int { return a.from - b.from })
	var out []segment
	at := 0
	for _, sp := range spans {
		if sp.from < at {
			continue // overlaps the previous span
		}
		out = append(out, segment{at, sp.from, sp.credit})
		at = sp.to
	}
	return append(out, segment{at, len(text), false})
}

// inlineBylines removes reporting credits written inside a paragraph:
// "(Reporting by ...; Editing by ...)".
func inlineBylines(text string) string {
	var b strings.Builder
	at := 0 // text[:at] is decided
	for at < len(text) {
		i := strings.IndexByte(text[at:], '(')
		if i < 0 {
			break
		}
		i += at
		j := strings.IndexAny(text[i+1:], "()")
		if j < 0 {
			break
		}
		j += i + 1
		if text[j] == '(' || !patterns().byline.MatchString(text[i:j+1]) {
			b.WriteString(text[at:j])
			at = j
			if text[j] == ')' {
				b.WriteByte(')')
				at++
			}
			continue
		}
		b.WriteString(strings.TrimRight(text[at:i], " "))
		at = j + 1
	}
	b.WriteString(text[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// lastSentence returns where the last sentence of text starts.
func lastSentence(text string) int {
	t := strings.TrimRight(text, " ")
	end := len(t) - 1 // skip the sentence's own final punctuation
	for i := end - 1; i > 0; i-- {
		if !strings.ContainsRune(".!?", rune(t[i])) {
			continue
		}
		j := i + 1
		for j < len(t) && strings.ContainsRune("\"')]", rune(t[j])) {
			j++
		}
		if j >= len(t) || t[j] != ' ' || j >= end {
			continue
		}
		k := j + 1
		if !opensSentence(t[k:]) || t[i] == '.' && abbreviation(t[:i]) {
			continue
		}
		return k
	}
	return 0
}

// abbreviation reports whether the word ending text (before a full stop) is
// an abbreviation or an initial, after which a full stop ends no sentence.
func abbreviation(text string) bool {
	w := text[strings.LastIndexAny(text, " (\"'")+1:]
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		return true // an initial ("J.") or a dotted abbreviation ("U.S.")
	}
	return abbreviations[strings.ToLower(w)]
}

var abbreviations = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr",
	"adm", "maj", "brig", "st", "jr", "sr", "sen", "rep", "gov", "pres", "no", "vs", "etc", "inc",
	"corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "rev", "hon", "mt", "ft", "approx", "dept", "est")

// opensSentence reports whether text starts like a sentence or a name.
func opensSentence(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\''
}

// isUpperWord reports whether s has letters and all of them are capitals
// (before any comma), as in "SEOUL" or "NEW DELHI, India".
func isUpperWord(s string) bool {
	s, _, _ = strings.Cut(s, ",")
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// hasDigitRun reports whether s has n digits in a row (a year).
func hasDigitRun(s string, n int) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// lineDate returns the first part of a time line that gives a year
// ("Mon 3 Mar 2025 09.15" of "Mon 3 Mar 2025 09.15 · 3 min read"), without a
// label such as "Updated:"; "" if none does.
func lineDate(t string) string {
	for _, sep := range segmentSeps {
		t = strings.ReplaceAll(t, sep, "\x00")
	}
	for _, part := range strings.Split(t, "\x00") {
		if hasDigitRun(part, 4) {
			return strings.TrimSpace(trimLabel(part))
		}
	}
	return ""
}

// trimLabel removes a label such as "Updated:" from a date line.
func trimLabel(s string) string {
	if i := strings.Index(s, ":"); i > 0 && i < 20 && !strings.ContainsAny(s[:i], "0123456789") {
		return s[i+1:]
	}
	return s
}

// sub returns submatch n of a FindStringSubmatchIndex result, or "".
func sub(s string, m []int, n int) string {
	if m[2*n] < 0 {
		return ""
	}
	return s[m[2*n]:m[2*n+1]]
}
