// Package svgtext reads the text an SVG drawing shows, so that tests can
// check that Graphviz drew every label.
package svgtext

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// Texts returns the set of strings in the text elements of svg.
func Texts(svg []byte) (map[string]bool, error) {
	texts := map[string]bool{}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("parse SVG: %w", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts[string(tok)] = true
			}
		}
	}
}
