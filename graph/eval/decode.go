package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// syntaxMessage describes a JSON decoding error with the line and column of
// the last byte the decoder read, which is where it gave up, so that a hand
// editor can find it. Columns count characters, as editors do.
func syntaxMessage(data []byte, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return "malformed JSON: " + err.Error()
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "empty file, want a JSON object"
	}
	end := min(max(int(se.Offset), 1), len(data))
	start := bytes.LastIndexByte(data[:end-1], '\n') + 1
	line := 1 + bytes.Count(data[:start], []byte("\n"))
	col := utf8.RuneCount(data[start:end])
	return fmt.Sprintf("malformed JSON at line %d, column %d (after byte %d): %s",
		line, col, se.Offset, strings.TrimPrefix(err.Error(), "json: "))
}

// decoder turns generic JSON into a Gold, keeping the first problem with
// its field path. Decoding by hand rather than with struct tags is what lets
// every message name the exact field, such as "entities[3].aliases[1]".
type decoder struct {
	file string
	err  error
}

func (d *decoder) fail(field, format string, args ...any) {
	if d.err == nil {
		d.err = &GoldError{File: d.file, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
}

// kind names a generic JSON value's type for messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case float64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// object checks that v is an object with no keys outside allowed.
func (d *decoder) object(field string, v any, allowed ...string) map[string]any {
	m, ok := v.(map[string]any)
	if !ok {
		d.fail(field, "want an object, got %s", kind(v))
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			d.fail(join(field, k), "unknown field (want one of %s)", strings.Join(allowed, ", "))
		}
	}
	return m
}

// join appends a key to a field path.
func join(field, key string) string {
	if field == "" {
		return key
	}
	return field + "." + key
}

// text reads an optional string field.
func (d *decoder) text(m map[string]any, field, key string) string {
	v, ok := m[key]
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.fail(join(field, key), "want a string, got %s", kind(v))
	}
	return s
}

// name reads a required string field that must hold a name.
func (d *decoder) name(m map[string]any, field, key string) string {
	if _, ok := m[key]; !ok {
		d.fail(join(field, key), "missing")
		return ""
	}
	return d.nameValue(join(field, key), m[key])
}

// nameValue checks that v is a name: a string that survives normalisation.
func (d *decoder) nameValue(field string, v any) string {
	s, ok := v.(string)
	switch {
	case !ok:
		d.fail(field, "want a string, got %s", kind(v))
	case strings.TrimSpace(s) == "":
		d.fail(field, "empty name")
	case normalize(s) == "":
		d.fail(field, "%q has nothing left to match after normalisation", s)
	case s != strings.TrimSpace(s):
		d.fail(field, "%q has leading or trailing space", s)
	}
	return s
}

// array reads an optional array field; null counts as empty.
func (d *decoder) array(m map[string]any, field, key string) []any {
	v := m[key]
	if v == nil {
		return nil
	}
	a, ok := v.([]any)
	if !ok {
		d.fail(join(field, key), "want an array, got %s", kind(v))
	}
	return a
}

// names reads an array of names.
func (d *decoder) names(field string, v any) []string {
	a, ok := v.([]any)
	if v != nil && !ok {
		d.fail(field, "want an array, got %s", kind(v))
		return nil
	}
	out := make([]string, len(a))
	for i, e := range a {
		out[i] = d.nameValue(fmt.Sprintf("%s[%d]", field, i), e)
	}
	return out
}

// status reads the required status field of a meeting or visit.
func (d *decoder) status(m map[string]any, field string) string {
	f := join(field, "status")
	v, ok := m["status"]
	if !ok {
		d.fail(f, "missing")
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.fail(f, "want a string, got %s", kind(v))
		return ""
	}
	if s != statusOccurred && s != statusPlanned {
		d.fail(f, "%q is not one of %s, %s", s, statusOccurred, statusPlanned)
	}
	return s
}

// pair reads an array of exactly two names.
func (d *decoder) pair(field string, v any) [2]string {
	n := d.names(field, v)
	if d.err == nil && len(n) != 2 {
		d.fail(field, "want two names, got %d", len(n))
	}
	var p [2]string
	copy(p[:], n)
	return p
}

func (d *decoder) gold(v any) *Gold {
	top := d.object("", v, "document", "entities", "meetings", "not_meetings", "notes", "visits")
	if top == nil {
		return nil
	}
	g := &Gold{Document: d.name(top, "", "document"), Notes: d.text(top, "", "notes")}
	if _, ok := top["entities"]; !ok {
		d.fail("entities", "missing")
	}
	for i, ev := range d.array(top, "", "entities") {
		f := fmt.Sprintf("entities[%d]", i)
		m := d.object(f, ev, "aliases", "name", "notes", "optional", "type")
		if m == nil {
			continue
		}
		e := GoldEntity{Name: d.name(m, f, "name"), Notes: d.text(m, f, "notes")}
		switch t, ok := m["type"].(string); {
		case m["type"] == nil:
			d.fail(f+".type", "missing")
		case !ok:
			d.fail(f+".type", "want a string, got %s", kind(m["type"]))
		case t != typePerson && t != typeOrg && t != typeGPE && t != typeLoc:
			d.fail(f+".type", "%q is not one of %s, %s, %s, %s", t, typePerson, typeOrg, typeGPE, typeLoc)
		default:
			e.Type = t
		}
		e.Aliases = d.names(f+".aliases", m["aliases"])
		if ov, ok := m["optional"]; ok {
			if e.Optional, ok = ov.(bool); !ok {
				d.fail(f+".optional", "want a boolean, got %s", kind(ov))
			}
		}
		g.Entities = append(g.Entities, e)
	}
	for i, mv := range d.array(top, "", "meetings") {
		f := fmt.Sprintf("meetings[%d]", i)
		m := d.object(f, mv, "between", "notes", "status")
		if m == nil {
			continue
		}
		if _, ok := m["between"]; !ok {
			d.fail(f+".between", "missing")
		}
		g.Meetings = append(g.Meetings, GoldMeeting{
			Between: d.pair(f+".between", m["between"]),
			Status:  d.status(m, f),
			Notes:   d.text(m, f, "notes"),
		})
	}
	for i, vv := range d.array(top, "", "visits") {
		f := fmt.Sprintf("visits[%d]", i)
		m := d.object(f, vv, "notes", "place", "status", "visitor")
		if m == nil {
			continue
		}
		visit := GoldVisit{
			Visitor: d.name(m, f, "visitor"),
			Place:   d.names(f+".place", m["place"]),
			Status:  d.status(m, f),
			Notes:   d.text(m, f, "notes"),
		}
		if d.err == nil && len(visit.Place) == 0 {
			d.fail(f+".place", "want at least one place")
		}
		g.Visits = append(g.Visits, visit)
	}
	for i, pv := range d.array(top, "", "not_meetings") {
		g.NotMeetings = append(g.NotMeetings, d.pair(fmt.Sprintf("not_meetings[%d]", i), pv))
	}
	return g
}
