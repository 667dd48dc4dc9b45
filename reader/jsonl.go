package reader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"sitrep"
)

// maxLine bounds one JSON Lines record. It is a variable so that the test
// of the limit need not build a line of 64 MiB.
var maxLine = 64 << 20

// readJSONL streams a JSON Lines file, one article per line. Blank lines
// are skipped.
func readJSONL(ctx context.Context, path string, r *bufio.Reader, opt Options, emit func(Item) error) error {
	line := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := readLine(r)
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		line++
		if errors.Is(err, errLongLine) {
			if e := emit(Item{Err: &Error{File: path, Line: line, Msg: "line longer than " + byteSize(maxLine)}}); e != nil {
				return e
			}
			continue
		}
		if len(b) > 0 && !blank(string(b)) {
			if e := emit(jsonRecord(path, line, b, opt)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emit(Item{Err: &Error{File: path, Line: line, Msg: err.Error()}})
		}
	}
}

// prettyJSON reports whether s, the start of a file, opens a JSON value
// spread over several lines: its first line is not a whole value.
func prettyJSON(s []byte) bool {
	first, _, found := bytes.Cut(s, []byte("\n"))
	return found && !json.Valid(bytes.TrimSpace(first))
}

// readJSONArray reads a JSON array of article objects, the form many
// exports take, with the same fields as JSON Lines, or one pretty-printed
// object. Each error names the line where its element starts. Broken JSON
// ends the file, since no element boundary can be trusted after it.
func readJSONArray(ctx context.Context, path string, data []byte, opt Options, emit func(Item) error) error {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:off], []byte("\n")) }
	if s := skipSpace(data); len(s) > 0 && s[0] == '{' {
		// One article spread over several lines, or JSON Lines whose first
		// line is broken: a whole valid object is the former.
		if json.Valid(data) {
			return emit(jsonRecord(path, lineAt(int64(len(data)-len(s))), data, opt))
		}
		return readJSONL(ctx, path, bufio.NewReader(bytes.NewReader(data)), opt, emit)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return emit(Item{Err: &Error{File: path, Line: 1, Msg: "invalid JSON: " + err.Error()}})
	}
	n := 0
	for dec.More() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			// Name the line where the broken element begins.
			off := dec.InputOffset()
			for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
				off++
			}
			return emit(Item{Err: &Error{File: path, Line: lineAt(off), Msg: "invalid JSON: " + err.Error()}})
		}
		n++
		// The element starts where its bytes do: the decoder's offset is
		// past it, and the raw value is a slice of the same bytes.
		start := dec.InputOffset() - int64(len(raw))
		if e := emit(jsonRecord(path, lineAt(start), raw, opt)); e != nil {
			return e
		}
	}
	if _, err := dec.Token(); err != nil {
		msg := err.Error()
		if err == io.EOF {
			msg = "unexpected end of input, want ]"
		}
		return emit(Item{Err: &Error{File: path, Line: lineAt(dec.InputOffset()), Msg: "invalid JSON: " + msg}})
	}
	if n == 0 {
		return emit(Item{Err: &Error{File: path, Msg: "empty JSON array"}})
	}
	return nil
}

// byteSize writes a limit for a message.
func byteSize(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.Itoa(n>>20) + " MiB"
	}
	return strconv.Itoa(n) + " bytes"
}

var errLongLine = errors.New("line too long")

// readLine returns the next line without its end; an overlong line is
// skipped to its end and reported as errLongLine.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLine {
			for err == bufio.ErrBufferFull {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, err
	}
}

// record is one JSON Lines article, its fields named by their exact keys.
// Fields are raw so that a value of the wrong type can be named.
type record struct {
	ID, URL, Title, Source, Published, Text, HTML json.RawMessage
}

// jsonRecord turns one line into an article. The text is kept exactly as
// the JSON string decodes.
func jsonRecord(path string, line int, b []byte, opt Options) Item {
	fail := func(field, msg string) Item {
		return Item{Err: &Error{File: path, Line: line, Field: field, Msg: msg}}
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	// A map, not the struct: encoding/json matches struct fields without
	// regard to case, so {"text":"a","Text":"b"} would read "b".
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fail("", "want a JSON object, got "+te.Value)
		}
		return fail("", "invalid JSON: "+strings.TrimPrefix(err.Error(), "json: "))
	}
	if fields == nil {
		return fail("", "want a JSON object, got null")
	}
	rec := record{ID: fields["id"], URL: fields["url"], Title: fields["title"], Source: fields["source"],
		Published: fields["published"], Text: fields["text"], HTML: fields["html"]}
	if !utf8.Valid(b) {
		// encoding/json would quietly turn bad bytes into U+FFFD and shift
		// every offset after them. The raw fields still hold the bytes, so
		// the culprit can be named.
		field := ""
		for _, f := range []struct {
			name string
			raw  json.RawMessage
		}{{"id", rec.ID}, {"url", rec.URL}, {"title", rec.Title}, {"source", rec.Source}, {"published", rec.Published}, {"text", rec.Text}, {"html", rec.HTML}} {
			if !utf8.Valid(f.raw) {
				field = f.name
				break
			}
		}
		return fail(field, fmt.Sprintf("invalid UTF-8 at column %d", 1+invalidAt(b)))
	}
	var doc sitrep.Document
	strs := []struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{
		{"id", rec.ID, &doc.ID},
		{"url", rec.URL, &doc.URL},
		{"title", rec.Title, &doc.Title},
		{"source", rec.Source, &doc.Source},
		{"text", rec.Text, &doc.Text},
	}
	for _, f := range strs {
		if err := jsonString(f.raw, f.dst, f.name == "id"); err != nil {
			return fail(f.name, err.Error())
		}
	}
	var page string
	if err := jsonString(rec.HTML, &page, false); err != nil {
		return fail("html", err.Error())
	}
	if len(rec.Published) > 0 && string(rec.Published) != "null" {
		t, err := jsonDate(rec.Published)
		if err != nil {
			return fail("published", err.Error())
		}
		doc.Published = t
	}
	if doc.Text == "" && page != "" {
		hd, err := ParseHTML(strings.NewReader(page), doc.URL)
		if err != nil {
			return fail("html", err.Error())
		}
		doc.Text = hd.Text
		if doc.URL == "" {
			doc.URL = hd.URL
		}
		if doc.Title == "" {
			doc.Title = hd.Title
		}
		if doc.Source == "" {
			doc.Source = hd.Source
		}
		if doc.Published.IsZero() {
			doc.Published = hd.Published
		}
	}
	if blank(doc.Text) {
		if page != "" {
			return fail("html", "empty article")
		}
		return fail("text", "empty article")
	}
	if field, at := nulField(&doc); field != "" {
		return fail(field, nulMessage(at))
	}
	finish(&doc, opt)
	return Item{Doc: &doc, Pos: path + ":" + strconv.Itoa(line)}
}

// jsonString decodes a string field; null and absent leave dst empty. An
// id may also be a number, as database exports often have it.
func jsonString(raw json.RawMessage, dst *string, numberOK bool) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] == '"' {
		return json.Unmarshal(raw, dst)
	}
	if numberOK && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') {
		*dst = string(raw)
		return nil
	}
	return fmt.Errorf("want a string, got %s", jsonKind(raw))
}

// jsonDate reads a published value: a date string or Unix seconds.
func jsonDate(raw json.RawMessage) (time.Time, error) {
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}, err
		}
		if strings.TrimSpace(s) == "" {
			return time.Time{}, nil // no date, as null says; exporters write either
		}
		t, err := parseDate(s)
		if err != nil {
			return t, fmt.Errorf("unrecognised date %q", s)
		}
		return t, nil
	}
	if raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9' {
		f, err := strconv.ParseFloat(string(raw), 64)
		if err != nil || f < 0 || f > 1e11 {
			return time.Time{}, fmt.Errorf("unrecognised date %s (want a date string or Unix seconds)", raw)
		}
		sec := int64(f)
		return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("want a date string, got %s", jsonKind(raw))
}

func jsonKind(raw json.RawMessage) string {
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case '"':
		return "a string"
	}
	return "a number"
}

// invalidAt returns the offset of the first byte of b that is not part of
// valid UTF-8, or len(b).
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
