package source

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line of a scraped page is, judged from the line alone and
// then from its neighbours.
type kind uint8

const (
	kBlank   kind = iota
	kText         // body text, a headline or a subheading
	kChrome       // site furniture: dropped
	kSection      // a heading over a list of other stories: dropped, may start stories
	kTime         // a time or date line: metadata
	kOutlet       // an outlet name next to a time line, or an agency line: metadata
	kByline       // a byline or reporting credit: dropped
	kCaption      // a photo caption: kept as its own paragraph, without label and credit
	kLabel        // "Also Read: <headline>": the label is dropped, the rest kept
	kAgency       // a trailing agency credit ("— AFP"): the story's source
)

// line is one line of a page with what the splitter knows about it.
type line struct {
	text     string
	key      string // lineKey(text)
	kind     kind
	words    int
	terminal bool   // ends like a sentence
	agency   string // the agency a kOutlet, kByline or kAgency line names
}

// body reports whether the line reads as running text: it ends a sentence,
// holds one, or is long.
func (l *line) body() bool {
	return l.kind == kText && (l.terminal || l.words >= 25 || l.words >= 10 && strings.Contains(l.text, ". "))
}

// headlineLike reports whether the line could be a headline: text of a few
// words, starting like a name or a sentence, not ending with a full stop.
func (l *line) headlineLike() bool {
	if l.kind != kText || l.words < 2 || l.words > 22 || len(l.text) > 200 {
		return false
	}
	if l.terminal && !strings.HasSuffix(l.text, "?") && !strings.HasSuffix(l.text, "!") {
		return false
	}
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		return false
	}
	if strings.Contains(l.text, "(") && patterns().parenCredit.MatchString(l.text) {
		return false // a photo caption
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\''
}

// short reports whether the line is a few words without sentence punctuation:
// a subheading if running text follows it, furniture otherwise.
func (l *line) short() bool {
	return l.kind == kText && !l.terminal && l.words <= 8
}

// newLine classifies one cleaned line on its own.
func newLine(text string) line {
	l := line{text: text, key: lineKey(text), words: countWords(text)}
	l.terminal = endsSentence(text)
	l.kind = classify(&l)
	return l
}

// countWords counts the space-separated words of a cleaned line.
func countWords(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// classify judges a line without looking at its neighbours.
func classify(l *line) kind {
	p := patterns()
	t, k := l.text, l.key
	switch {
	case t == "":
		return kBlank
	case k == "":
		return kChrome // punctuation or bullets only
	case sectionPhrases[k], (strings.HasPrefix(k, "more from ") || strings.HasPrefix(k, "more on ")) && l.words <= 5:
		return kSection
	case chromePhrases[k]:
		return kChrome
	}
	if name, ok := agencyLine(t); ok {
		l.agency = name
		if strings.TrimLeft(t, "-—– ") != t {
			return kAgency
		}
		return kOutlet
	}
	if isListItem(l) {
		return kChrome
	}
	if len(t) <= 300 {
		// Cheap tests on the lower-cased line decide which patterns can
		// match, since most lines are running text that none does.
		lt := strings.ToLower(t)
		if k, ok := classifyByline(l, lt); ok {
			return k
		}
		if len(t) <= 100 && (strings.Contains(lt, "ago") || strings.ContainsAny(t, "0123456789")) && isTimeLine(t) {
			return kTime
		}
		if k, ok := classifySegments(l); ok {
			return k
		}
		if isWidget(l, lt) {
			return kChrome
		}
		if p.ctaStart.MatchString(t) ||
			containsAny(lt, ctaWords...) && p.ctaAnywhere.MatchString(t) ||
			!l.terminal && strings.Contains(lt, "you") && p.ctaYou.MatchString(t) ||
			!l.terminal && l.words <= 25 && p.ctaEnd.MatchString(tail(t, 24)) ||
			strings.Contains(lt, " read") && p.readTime.MatchString(t) ||
			strings.ContainsAny(t, ",:") && p.creditLine.MatchString(t) ||
			isCounter(lt) || l.words <= 20 && isFurniture(l) {
			return kChrome
		}
		if p.label.MatchString(t) {
			return kLabel
		}
	}
	if loc := p.captionLabel.FindStringIndex(t); loc != nil {
		if rest := t[loc[1]:]; p.creditOnly.MatchString(rest) || isName(rest) {
			return kChrome // a credit: "Photograph: Jane Roe/AAP"
		}
		return kCaption
	}
	if strings.Contains(t, "/") && l.words <= 6 && p.creditOnly.MatchString(t) {
		return kChrome // a credit on its own line
	}
	if l.words <= 40 && endsWithCredit(t) {
		return kCaption
	}
	return kText
}

// isName reports whether t is a few capitalised words, as a credited
// person or agency is.
func isName(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
	}
	return !endsSentence(t)
}

// isListItem recognises an item of a numbered list of links ("1. Five
// things to know"): a number and a few words that do not make a sentence.
func isListItem(l *line) bool {
	t := l.text
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i == len(t) || t[i] != '.' && t[i] != ')' || i+1 >= len(t) || t[i+1] != ' ' {
		return false
	}
	return l.words <= 15 && (!l.terminal || strings.HasSuffix(t, "?"))
}

// endsWithCredit reports whether t ends with a photo credit, as captions do.
func endsWithCredit(t string) bool {
	p := patterns()
	t = tail(strings.TrimRight(t, " ."), 160)
	var res []*regexp.Regexp
	if strings.HasSuffix(t, ")") {
		res = append(res, p.parenCredit)
	}
	if strings.Contains(t, "/") {
		res = append(res, p.slashCredit)
	}
	if strings.Contains(t, ":") || strings.Contains(t, " P") || strings.Contains(t, "Credit") {
		res = append(res, p.tailCredit)
	}
	for _, re := range res {
		if locs := re.FindAllStringIndex(t, -1); len(locs) > 0 && strings.TrimRight(t[locs[len(locs)-1][1]:], " .") == "" {
			return true
		}
	}
	return false
}

// tail returns about the last n bytes of s, starting at a character.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// classifyByline recognises bylines and reporting credits, and the agency a
// byline names ("By Reuters staff", "By BERNAMA | 2 Dec 2025").
func classifyByline(l *line, lt string) (kind, bool) {
	p := patterns()
	if !containsAny(lt, "by", "contributed", "input", "assistance", "author") {
		return 0, false
	}
	if p.byline.MatchString(l.text) {
		return kByline, true
	}
	text := l.text
	// "By Jane Roe (jane@paper.com)": the address is not part of the name.
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") && strings.Contains(text[i:], "@") {
		text = text[:i]
	}
	m := p.byName.FindStringSubmatch(text)
	if m == nil || l.words > 16 {
		return 0, false
	}
	for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '|' || r == '·' || r == '•' }) {
		if name, ok := agencyName(strings.TrimSuffix(strings.TrimSpace(part), " staff")); ok {
			l.agency = name
			break
		}
	}
	return kByline, true
}

// segmentSeps separate the parts of navigation bars, breadcrumbs and
// metadata lines; breadcrumbs marks those used only by breadcrumbs.
var (
	segmentSeps = []string{" | ", "|", " · ", " • ", " › ", " > ", " » ", " / "}
	breadcrumbs = map[string]bool{" › ": true, " > ": true, " » ": true, " / ": true}
)

// classifySegments recognises lines made of short parts between separators:
// navigation bars ("Home | World | Asia"), breadcrumbs ("World › Asia"),
// and metadata ("Updated 3 hours ago · 5 min read").
func classifySegments(l *line) (kind, bool) {
	if l.terminal {
		return 0, false
	}
	text, crumbs := l.text, false
	for _, sep := range segmentSeps {
		if strings.Contains(text, sep) {
			crumbs = crumbs || breadcrumbs[sep]
			text = strings.ReplaceAll(text, sep, "\x00")
		}
	}
	parts := strings.Split(text, "\x00")
	if len(parts) < 2 {
		return 0, false
	}
	// Long bars may hold a longer item ("Do Not Sell My Info").
	most := 4
	if len(parts) >= 4 {
		most = 6
	}
	short, tiny, timely := true, true, false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		n := countWords(part)
		short = short && n <= most
		tiny = tiny && n <= 2
		if isTimeLine(part) || patterns().readTime.MatchString(part) || isCounter(strings.ToLower(part)) {
			timely = true
		} else if n > most && !chromePhrases[lineKey(part)] {
			return 0, false
		}
	}
	switch {
	case timely:
		return kTime, true
	case short && (len(parts) >= 3 || tiny || crumbs):
		return kChrome, true
	}
	return 0, false
}

// uiWords name the controls of a site's header.
var uiWords = []string{"search", "sign in", "log in", "login", "subscribe", "menu", "register", "sections", "newsletters", "e-paper"}

// isWidget recognises the general shapes of widgets: rows of bracketed
// buttons, bracketed or labelled image alt text, language switches, header
// controls, and short lines holding pictographs.
func isWidget(l *line, lt string) bool {
	t := l.text
	if strings.Count(t, "[") >= 2 && strings.Count(t, "]") >= 2 ||
		strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") ||
		strings.HasPrefix(lt, "image alt") || strings.HasPrefix(lt, "alt text") || strings.HasPrefix(lt, "alt:") {
		return true
	}
	if !l.terminal && l.words <= 8 {
		ui := 0
		for _, w := range uiWords {
			if strings.Contains(lt, w) {
				ui++
			}
		}
		if ui >= 2 {
			return true
		}
	}
	if l.words >= 3 && l.words <= 12 {
		codes := true
		for _, w := range strings.Fields(t) {
			w = strings.Trim(w, "[]")
			if len(w) < 2 || len(w) > 3 || strings.ToUpper(w) != w {
				codes = false
				break
			}
		}
		if codes {
			return true // a language switch: "EN DE FR PL"
		}
	}
	if l.terminal || l.words > 15 {
		return false
	}
	for _, r := range t {
		if r > 0x7F && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Sm, r)) && r != '°' && r != '×' {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains any of the words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isCounter recognises a widget's counter: "3 comments", "1.2K shares".
func isCounter(lt string) bool {
	f := strings.Fields(lt)
	if len(f) != 2 || !strings.ContainsAny(f[0][:1], "0123456789") {
		return false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "comment", "share", "view", "like", "reply", "replie", "reaction":
		return true
	}
	return false
}

// agencyLine recognises a line that only names a news agency, bare or after
// a dash ("Reuters", "-- AFP", "— Bloomberg").
func agencyLine(t string) (string, bool) {
	if len(t) > 40 {
		return "", false
	}
	return agencyName(strings.TrimLeft(t, "-—– "))
}

// isFurniture recognises the general shapes of site furniture: hashtag rows,
// share-button rows, links, handles, slugs and image alt text.
func isFurniture(l *line) bool {
	f := strings.Fields(l.text)
	n, tags, share, filler, links := 0, 0, 0, 0, 0
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.|•·"))
		if lw == "" {
			continue // a separator between buttons
		}
		n++
		switch {
		case strings.HasPrefix(w, "#") && len(w) > 1:
			tags++
		case shareWords[lw]:
			share++
		case shareFiller[lw]:
			filler++
		case strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") ||
			strings.HasPrefix(lw, "www.") || strings.HasPrefix(w, "@"):
			links++
		}
	}
	switch {
	case n == 0:
		return false
	case tags == n, tags > 0 && tags+share == n, share == n && n > 1, share >= 2 && share+filler == n, links == n,
		tags >= 2 && tags*2 >= n:
		return true
	case n == 1 && isSlug(l.text):
		return true
	}
	if l.terminal || n > 4 {
		return false
	}
	for _, s := range altSuffixes {
		if strings.HasSuffix(l.key, s) {
			return true
		}
	}
	return false
}

// isSlug reports whether a single token looks like a URL path or a CSS class
// rather than a word: lower case letters joined by hyphens or underscores.
func isSlug(t string) bool {
	if !strings.ContainsAny(t, "-_/") {
		return false
	}
	for _, r := range t {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isTimeLine recognises a line that only gives a time or a date: "37 minutes
// ago", "Updated: Jul 14, 2025, 07:15 IST", "Monday, 14 July 2025".
func isTimeLine(t string) bool {
	p := patterns()
	if strings.Contains(strings.ToLower(t), "ago") && p.relTime.MatchString(t) {
		return true
	}
	f := strings.Fields(t)
	if len(f) > 12 {
		return false
	}
	digit := false
	for _, w := range f {
		w = strings.TrimRight(w, ",:")
		if w == "" || isZone(w) {
			continue
		}
		if !p.dateWords.MatchString(w) {
			return false
		}
		if strings.ContainsAny(w, "0123456789") {
			digit = true
		}
	}
	return digit
}

// isZone recognises a time zone abbreviation: "AEDT", "NZST", "MSK".
func isZone(w string) bool {
	if len(w) < 3 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w[len(w)-1] == 'T' || w == "MSK"
}

// endsSentence reports whether t ends with sentence punctuation, looking
// through closing quotes and brackets.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"')]’” ")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// startsLower reports whether t starts with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}
