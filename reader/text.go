package reader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// readText reads a plain-text article. It may open with header lines
// (Date:, Title:, URL:, Source:, ID:), which end at the first blank line or
// at the first line that is not a header; the article is every byte after
// them, untouched, so that offsets into it are offsets into the file minus
// the header's length.
func readText(path string, data []byte, opt Options) Item {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return Item{Err: &Error{File: path, Line: 1, Field: "text", Msg: "UTF-16 text is not supported (convert it to UTF-8)"}}
	}
	if err := checkUTF8(path, data); err != nil {
		return Item{Err: err}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte("\n"))
		col := i - bytes.LastIndexByte(data[:i], '\n')
		return Item{Err: &Error{File: path, Line: line, Field: "text", Msg: fmt.Sprintf("NUL character at column %d", col)}}
	}
	doc := &sitrep.Document{}
	body, err := textHeaders(path, data, doc)
	if err != nil {
		return Item{Err: err}
	}
	doc.Text = string(body)
	if blank(doc.Text) {
		return Item{Err: &Error{File: path, Field: "text", Msg: "empty article"}}
	}
	finish(doc, opt)
	return Item{Doc: doc, Pos: path}
}

// textHeaders fills doc from the header lines at the top of data and
// returns what follows them.
func textHeaders(path string, data []byte, doc *sitrep.Document) ([]byte, error) {
	rest := data
	line := 0
	for len(rest) > 0 {
		end := bytes.IndexByte(rest, '\n')
		next := len(rest)
		if end < 0 {
			end = len(rest)
		} else {
			next = end + 1
		}
		l := strings.TrimRight(string(rest[:end]), "\r")
		line++
		if strings.TrimSpace(l) == "" {
			if line == 1 {
				return rest, nil // no headers: a leading blank line is text
			}
			return rest[next:], nil
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			return rest, nil
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "date", "published":
			t, err := parseDate(value)
			if err != nil {
				return nil, &Error{File: path, Line: line, Field: strings.TrimSpace(key), Msg: fmt.Sprintf("unrecognised date %q", value)}
			}
			doc.Published = t
		case "title":
			doc.Title = value
		case "url":
			doc.URL = value
		case "source":
			doc.Source = value
		case "id":
			doc.ID = value
		default:
			return rest, nil
		}
		rest = rest[next:]
	}
	return rest, nil
}

// checkUTF8 names the line and column of the first invalid byte.
func checkUTF8(path string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	i := invalidAt(data)
	line := 1 + bytes.Count(data[:i], []byte("\n"))
	col := i - bytes.LastIndexByte(data[:i], '\n')
	return &Error{File: path, Line: line, Field: "text", Msg: fmt.Sprintf("invalid UTF-8 at column %d (byte 0x%02x)", col, data[i])}
}
