package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"github.com/parley/parley/extract/model"
	"golang.org/x/net/html"
)

// maxHTML is the largest HTML page read; the rest of a larger one is ignored
// (with a warning), since the page's tree is held in memory whole.
const maxHTML = 8 << 20

// ReadHTML reads a saved HTML page and returns its main article, found by
// readability (codeberg.org/readeck/go-readability/v2): the page's
// navigation, comments and other furniture are left out. The article keeps
// the page's title, site name (as Source), publication date and canonical
// URL when the page gives them, and its text goes through the same cleaning
// as a text page's story (captions, credits, bylines, datelines). The page's
// character set is detected from its content. path names the input in the ID
// and errors.
func ReadHTML(r io.Reader, path string) (model.Article, error) {
	return readHTML(r, path, nil)
}

func readHTML(r io.Reader, path string, warn func(error)) (model.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxHTML+1))
	if err != nil {
		return model.Article{}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return model.Article{}, ErrEmpty
	}
	if bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0 {
		return model.Article{}, ErrBinary
	}
	if len(data) > maxHTML {
		data = data[:maxHTML]
		if warn != nil {
			warn(&InputError{Path: path, Err: fmt.Errorf("larger than %d MiB: the rest is ignored", maxHTML>>20)})
		}
	}
	doc, err := dom.Parse(bytes.NewReader(data))
	if err != nil {
		return model.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	pageURL := canonicalURL(doc)
	p := readability.NewParser()
	page, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return model.Article{}, fmt.Errorf("find the article in the HTML page: %w", err)
	}
	if page.Node == nil {
		return model.Article{}, errors.New("no article text in the HTML page")
	}
	var text strings.Builder
	if err := page.RenderText(&text); err != nil {
		return model.Article{}, fmt.Errorf("render the HTML article: %w", err)
	}
	body := text.String()
	if len(body) > maxPage {
		body = body[:cutPoint([]byte(body[:maxPage]))]
		if warn != nil {
			warn(&InputError{Path: path, Err: fmt.Errorf("article text longer than %d MiB cut short", maxPage>>20)})
		}
	}
	s := singleStory(siteless(page.Title()), body)
	if !s.hasContent() {
		return model.Article{}, errors.New("no article text in the HTML page")
	}
	if site := strings.TrimSpace(Clean(page.SiteName())); site != "" {
		s.outlet = site
	}
	if t, err := page.PublishedTime(); err == nil {
		s.date = formatTime(t)
	}
	a := s.article(ID(path), path)
	if pageURL != nil {
		a.URL = pageURL.String()
	}
	return a, nil
}

// siteless removes a site or author name that a page's title ends with
// after a bar ("Talks resume in Oslo | North Post").
func siteless(title string) string {
	if i := strings.LastIndex(title, " | "); i > 0 && countWords(title[i+3:]) <= 4 {
		return title[:i]
	}
	return title
}

// formatTime writes a date as a date, or a date and time when it has one.
func formatTime(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// canonicalURL returns the page's own absolute URL, from its canonical link
// or its Open Graph metadata, or nil.
func canonicalURL(doc *html.Node) *url.URL {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.Data {
				case "link":
					if strings.EqualFold(attr(c, "rel"), "canonical") {
						found = attr(c, "href")
					}
				case "meta":
					if attr(c, "property") == "og:url" {
						found = attr(c, "content")
					}
				case "body":
					continue // metadata is in the head
				}
			}
			walk(c)
		}
	}
	walk(doc)
	u, err := url.Parse(strings.TrimSpace(found))
	if err != nil || !u.IsAbs() || u.Host == "" {
		return nil
	}
	return u
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
