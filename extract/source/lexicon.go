package source

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// The lexicons below hold phrases common to news sites in general; none is
// keyed to one site. Lines are compared in their key form (see lineKey).

// chromePhrases are whole lines that are site furniture: navigation, share
// and comment widgets, app and newsletter prompts, image placeholders.
var chromePhrases = setOf(
	"comments", "comment", "no comments yet", "be the first to comment", "leave a comment",
	"add a comment", "post a comment", "view comments", "show comments", "load more comments",
	"join the conversation", "hashtags", "tags", "topics", "share", "share this",
	"share this article", "share this story", "share article", "share story", "share via",
	"tweet", "email", "e-mail", "print", "copy link", "link copied", "save", "save article",
	"saved", "bookmark", "follow", "follow us", "subscribe", "subscribe now", "sign in",
	"sign up", "log in", "login", "register", "newsletter", "advertisement", "advertisment",
	"ad", "ads", "sponsored", "sponsored content", "promoted", "skip to content",
	"skip to main content", "menu", "home", "search", "close", "open menu", "back to top",
	"listen", "listen to this article", "listen to article", "read more", "read full article",
	"read full story", "continue reading", "show more", "load more", "see more", "view more",
	"more", "next", "previous", "next article", "previous article", "watch", "watch video",
	"video", "videos", "photos", "photo", "gallery", "image", "images", "logo", "thumbnail",
	"download the app", "get the app", "open in app", "open app", "install app",
	"accept cookies", "accept all", "privacy policy", "terms of use", "terms and conditions",
	"all rights reserved", "contact us", "about us", "story continues below",
	"article continues below", "continue reading below", "scroll to continue",
	"scroll to continue with content", "click here", "tap here", "report an error",
	"feedback", "font size", "text size", "loading", "please wait", "live", "breaking",
	"breaking news", "exclusive", "opinion", "analysis", "explainer", "premium", "trending",
	"top", "toggle navigation", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
	"reddit", "instagram", "youtube",
)

// sectionPhrases head a list of other stories; a headline after one starts a
// new story even without other signals.
var sectionPhrases = setOf(
	"related articles", "related", "related stories", "related news", "related content",
	"related posts", "related coverage", "more stories", "more news", "more from this section",
	"recommended", "recommended for you", "recommended stories", "you may also like",
	"you might also like", "you may like", "top stories", "latest news", "latest stories",
	"latest", "trending now", "trending stories", "most read", "most popular", "popular",
	"editor's picks", "editors' picks", "read next", "what to read next", "in other news",
	"elsewhere", "more on this story", "more on this topic", "also on", "don't miss",
	"must read", "featured", "featured stories", "other stories", "related topics", "more on this",
)

// shareWords are the words of a row of share buttons.
var shareWords = setOf(
	"facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "telegram",
	"reddit", "pinterest", "share", "copy", "link", "print", "messenger", "flipboard", "tweet",
	"sms", "comment", "comments", "save", "threads", "bluesky", "instagram", "youtube", "tiktok",
)

// shareFiller are the other words of share rows ("Share this article f in").
var shareFiller = setOf("this", "article", "story", "via", "on", "f", "in", "to", "the")

// altSuffixes end short lines that are image alt text or placeholders.
var altSuffixes = []string{
	" logo", " icon", " image", " background", " banner", " thumbnail", " avatar",
	" placeholder", " illustration", " graphic", " photo",
}

// agencies maps the key form of a news agency's name to the way it is
// written as an article's source; "" for credits that name no source.
var agencies = map[string]string{
	"reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
	"afp": "AFP", "agence france-presse": "AFP", "afp-jiji": "AFP-JIJI", "bloomberg": "Bloomberg",
	"bloomberg news": "Bloomberg", "pti": "PTI", "press trust of india": "PTI", "ani": "ANI",
	"ians": "IANS", "uni": "UNI", "xinhua": "Xinhua", "yonhap": "Yonhap", "kyodo": "Kyodo",
	"kyodo news": "Kyodo", "jiji": "Jiji", "jiji press": "Jiji", "tass": "TASS",
	"ria novosti": "RIA Novosti", "interfax": "Interfax", "ukrinform": "Ukrinform",
	"dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
	"bernama": "Bernama", "antara": "Antara", "kuna": "KUNA", "wam": "WAM", "spa": "SPA",
	"irna": "IRNA", "app": "APP", "upi": "UPI", "aap": "AAP", "canadian press": "Canadian Press",
	"the canadian press": "Canadian Press", "cp": "CP", "lusa": "Lusa", "pap": "PAP",
	"belga": "Belga", "ntb": "NTB", "sputnik": "Sputnik", "kcna": "KCNA", "cna": "CNA",
	"pna": "PNA", "bss": "BSS", "nna": "NNA", "wafa": "WAFA", "mena": "MENA", "apa": "APA",
	"ctk": "CTK", "mti": "MTI", "dow jones": "Dow Jones", "agencies": "", "agency": "",
	"ap photo": "AP", "reuters photo": "Reuters", "afp photo": "AFP",
}

// ctaWords are the words one of which a line must hold to be tested
// against ctaAnywhere.
var ctaWords = []string{"app", "play", "rights reserved", "cookie", "member", "journalism", "donation", "contribution"}

// kickers are labels that open a paragraph and are not places, so that
// "Update: ..." is not read as a dateline.
var kickers = setOf(
	"update", "updated", "note", "editor's note", "editors note", "watch", "video", "photos",
	"breaking", "exclusive", "analysis", "opinion", "explainer", "read", "also read", "live",
	"correction", "clarification", "warning", "summary", "highlights", "background", "context",
	"disclaimer", "source", "sources", "credit", "photo", "image", "picture", "file photo",
	"file", "q", "a", "question", "answer", "why", "what", "how", "who", "when", "where",
)

// Patterns, compiled once on first use.
var patterns = sync.OnceValue(func() *pats {
	month := `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	// A place in a dateline: up to five capitalised words, optionally with a
	// comma-separated or bracketed qualifier ("KYIV, Ukraine", "Kyiv [Ukraine]").
	word := `[\p{Lu}][\p{L}.'/-]*`
	place := word + `(?: ` + word + `){0,4}(?:(?:, ?| \[)` + word + `(?: ` + word + `){0,3}\]?)?`
	date := `(?:` + month + ` \d{1,2}|\d{1,2} ` + month + `)(?:,? \d{4})?`
	capsWord := `[\p{Lu}][\p{Lu}.'/-]+`
	capsPlace := capsWord + `(?: ` + capsWord + `){0,4}(?:, ?` + word + `(?: ` + word + `){0,3})?`
	name := `[\p{Lu}][\p{L}'.-]*(?: [\p{Lu}][\p{L}'.-]*){0,3}`
	capsName := `[\p{Lu}][\p{Lu}'.-]+(?: [\p{Lu}][\p{Lu}'.-]+){0,3}`
	credAgency := `(?:Reuters|REUTERS|AFP|AP|EPA|Getty Images|Bloomberg|AAP|Pool|dpa|Xinhua)`
	credSuffix := `(?:/(?:File Photo|File|Pool|Handout)(?: Photo)?)*`
	return &pats{
		relTime: regexp.MustCompile(`(?i)^[a-z]{0,12}?\s*(?:updated:?\s*|published:?\s*|posted:?\s*)?` +
			`(?:\d+|an?|one|a few|few)\s+(?:sec(?:ond)?|min(?:ute)?|hr|hour|day|week|month|year)s?\s+ago\.?$`),
		// Second-person calls to action; only lines without a full stop.
		ctaYou:   regexp.MustCompile(`(?i)^(?:explore|discover|get|try|download|join|sign up|subscribe|follow|click|tap|start|stay|don't miss|find out|learn more|install|unlock|upgrade)\b.*\byou(?:r)?\b`),
		readTime: regexp.MustCompile(`(?i)^\d+\s*(?:-|to)?\s*\d*\s*min(?:ute)?s?\s+read$|^(?:reading|read) time:?\s*\d+\s*min(?:ute)?s?$|^listen(?: to this article)?:?\s*\d+:\d\d$`),
		// Credit lines: "Image source, Getty Images", "Photo credit: ...".
		creditLine: regexp.MustCompile(`(?i)^(?:(?:image|photo|picture|video|graphic) (?:source|credit)s?|credits?)\s*[,:]`),
		// Calls to action that open a line, and phrases that mark one
		// anywhere (tested only on lines holding ctaWords).
		ctaStart: regexp.MustCompile(`(?i)^(?:powered by\b|sponsored by\b|(?:explore more[^:]{0,30}|more on these topics|topics|tags|related topics)\s*:|try our\b|comments are (?:closed|disabled)\b|sign in\b|(?:sign up|subscribe) (?:for|to)\b|follow us\b|(?:like|follow) .* on (?:facebook|twitter|x|instagram|telegram|whatsapp|google news)\b|©|copyright\b)`),
		ctaAnywhere: regexp.MustCompile(`(?i)\bdownload (?:the |our )?(?:[\p{L}\d]+ )?app\b|\b(?:app store|play store|google play|app-store|play-store)\b|` +
			`\ball rights reserved\b|\bcookies?\b.*\b(?:accept|consent|policy|learn more|ok|agree)\b|` +
			`\b(?:become a (?:member|subscriber|supporter)|support (?:independent |our )?journalism|make a (?:donation|contribution))\b`),
		// Lines that end with a button: "... Sign up", "... Learn more | OK".
		ctaEnd: regexp.MustCompile(`(?i)(?:sign up|sign in|subscribe(?: now)?|learn more|join now|register now|ok|got it|read more)\s*[›→>]?$`),
		label:  regexp.MustCompile(`(?i)^(?:also read|read also|read more|more|also see|see also|related|recommended|watch|must read|don't miss|also watch|read)\s*[:|>-]+\s*`),
		byline: regexp.MustCompile(`(?i)^\(?\s*(?:(?:additional )?reporting|writing|editing|compiled|written|edited|produced|translated|research|graphics|fact[- ]checked)(?: and (?:writing|editing|reporting))? by\b|^authors?\s*:|` +
			`\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|^\(?\s*with inputs? from\b|^[-—–]*\s*with assistance from\b|^inputs? from\b`),
		byName: regexp.MustCompile(`^(?:By|BY|by)\s+([\p{Lu}][^.!?]{0,80})$`),
		// Parenthesised photo credits: "(AP Photo)", "(AP Photo/Name)",
		// "(via REUTERS)", "(Photo: Reuters)", "(Getty Images)".
		parenCredit: regexp.MustCompile(`\s*\((?:(?:[\p{L}.]+ )?(?:Photo|Photograph|Image|Picture|Pic|File photo|File)(?: credit)?(?:\s*(?:/|:|by)\s*[^()]{0,80})?|` +
			`via [^()]{1,40}|(?:[\p{L}.]+ )?(?:Getty Images|Shutterstock|AFP via Getty Images)[^()]{0,40}|` +
			`(?:[\p{Lu}][\p{L}'.-]+ ){0,3}[\p{Lu}][\p{L}'.-]+/(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Bloomberg|AAP|dpa|Xinhua|Pool)[^()]{0,40})\)`),
		// Slash credits: "REUTERS/Name", "REUTERS/Name/File Photo",
		// "— NAME/Reuters", "Photo: Name/AFP".
		slashCredit: regexp.MustCompile(`(?:^|\s)(?:` +
			`(?:REUTERS|AFP|EPA|EPA-EFE|XINHUA)/` + name + credSuffix + `|` +
			`(?:[—–]|--?)\s*` + name + `/` + credAgency + credSuffix + `|` +
			capsName + `/` + credAgency + credSuffix + `)(?:\s|$)`),
		// A credit alone on a line: "Jane Roe/AAP".
		creditOnly: regexp.MustCompile(`^(?:` + name + `/` + credAgency + `|(?:REUTERS|AFP|EPA|XINHUA)/` + name + `)` + credSuffix + `$`),
		// Caption labels that open a caption.
		captionLabel: regexp.MustCompile(`^(?:(?:Image|Photo|Picture|Video|Media) caption\s*[,:]?\s*|(?:FILE PHOTO|File photo|FILE|PHOTO|Photo|IMAGE|Image|PICTURE|Picture|Photograph|PHOTOGRAPH|Pictured|PICTURED)\s*(?::|—|–|-)\s*)`),
		// A trailing agency credit ending the story: `."--AFP`, `— Bloomberg`.
		trailAgency: regexp.MustCompile(`(?:--|—|–|\s-)\s*([\p{L}][\p{L} .-]{0,30}?)\s*\.?$|\s[-–—]\s*((?:[\p{Lu}][\p{L}.]*\s?){1,4})/[\p{Lu}]{2,6}$|\s*\(([\p{L}][\p{L} .-]{0,30})\)\.?$`),
		// Wire services' end-of-story markers.
		endMark: regexp.MustCompile(`\s*(?:Enditem|ENDITEM|\((?:END|ends|Ends)\)|ENDS|###|-30-)\s*$`),
		// An embedded social post's signature: "— Name (@handle) July 14, 2025".
		postSig: regexp.MustCompile(`\s*[—–-]\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s*` + month + ` \d{1,2},? \d{4}\s*`),
		// Wire kickers before a headline: "(LEAD)", "(2nd LD)", "UPDATE 2-".
		kicker: regexp.MustCompile(`^(?:\((?:\d*(?:ST|ND|RD|TH|st|nd|rd|th)? ?(?:LEAD|LD)|UPDATE ?\d*|URGENT|CORRECTED|REFILE|AMENDED)\)|(?:UPDATE \d+|REFILE|EXCLUSIVE|CORRECTED)\s?[-:])\s*`),
		// Credits that end a caption: "Photo: VNA", "Image: State House",
		// "Credit: Agency Photo/Name", "- AGENCY PIX".
		tailCredit: regexp.MustCompile(`(?:^|\s)(?:[-–—]\s*)?(?:(?:Photo|Image|Picture|Credit|Photograph|Source)s?(?: credit| source)?:\s*[^.:]{1,60}?|Credits? [\p{Lu}][^.:]{1,80}?|(?:Photo|Photograph|Picture)s? by [^.:]{1,60}?|[\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3} (?:PIX|PIC|PHOTO|Pix|Pic))\.?$`),
		picLink:    regexp.MustCompile(`\s*\bpic\.twitter\.com/\S+`),
		// Datelines. Groups: 1 place, 2 date, 3 agency.
		datelineAgency: regexp.MustCompile(`^(` + place + `)(?:, ?(` + date + `))? ?\(([\p{L}][\p{L}&. -]{0,30})\)\s*(?:--?|—|–|:)?\s*`),
		// "MOSCOW, November 12. /TASS/."
		datelineSlash: regexp.MustCompile(`^(` + place + `)(?:, ?(` + date + `))?\.? ?/([\p{L}][\p{L}&. -]{0,30})/\.?\s*`),
		datelineDash:  regexp.MustCompile(`^(` + capsPlace + `)(?:, ?(` + date + `))?\s*(?:--?|—|–)\s+`),
		datelineColon: regexp.MustCompile(`^(` + capsPlace + `|` + word + `(?: ` + word + `){0,2})(?:, ?(` + date + `))?:\s+`),
		dateWords:     regexp.MustCompile(`(?i)^(?:` + month + `|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a\.m\.|p\.m\.|(?:gmt|utc)[+-]\d{1,2}(?::?\d\d)?|ist|gmt|utc|myt|wib|sast|cat|eat|wat|bst|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|kst|jst|msk|et|pt|hkt|sgt|aest|updated|published|posted|last|first|on|at|modified|created|date|time|\d+(?:st|nd|rd|th)?|\d{1,4}[:./-]\d{1,2}(?:[:./-]\d{1,4})?(?:am|pm)?|[-|/,:•·])$`),
	}
})

type pats struct {
	relTime, readTime, creditLine, ctaStart, ctaAnywhere, ctaEnd, ctaYou, label, byline, byName *regexp.Regexp
	parenCredit, slashCredit, captionLabel, trailAgency, tailCredit                             *regexp.Regexp
	postSig, picLink, kicker, endMark                                                           *regexp.Regexp
	datelineAgency, datelineSlash, datelineDash, datelineColon                                  *regexp.Regexp
	dateWords, creditOnly                                                                       *regexp.Regexp
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lineKey is the form in which lines are compared: lower case, without
// the punctuation, bullets and symbols around it.
func lineKey(s string) string {
	return strings.TrimFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// agencyName returns the canonical name of the news agency s names, if any.
func agencyName(s string) (string, bool) {
	name, ok := agencies[lineKey(s)]
	return name, ok
}
