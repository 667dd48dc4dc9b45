package reader

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// byExtension maps file extensions that settle the format by themselves.
// .xml and .json are not here: they may hold several formats, and the
// content decides.
var byExtension = map[string]string{
	".txt":    formatText,
	".text":   formatText,
	".jsonl":  formatJSONL,
	".ndjson": formatJSONL,
	".html":   formatHTML,
	".htm":    formatHTML,
	".xhtml":  formatHTML,
	".rss":    formatFeed,
	".atom":   formatFeed,
	".conllu": formatCoNLLU,
}

var errBinary = errors.New("binary file (not text)")

// detect chooses the format of a file from its extension, else from the
// first bytes of its content. Content that is not text is an error whatever
// the extension says. CoNLL-U is never guessed from content: a file of
// tab-separated columns is too easily something else.
func detect(path string, head []byte) (string, error) {
	if isBinary(head) {
		return "", errBinary
	}
	if path != "-" {
		if f, ok := byExtension[strings.ToLower(filepath.Ext(path))]; ok {
			return f, nil
		}
	}
	return sniff(head)
}

// isBinary reports whether head looks like something other than text: it
// holds a NUL byte or many control characters. UTF-16 text, which is full of
// NULs, carries a byte-order mark and is let through.
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl > len(head)/64+1
}

// sniff guesses a format from the start of a file.
func sniff(head []byte) (string, error) {
	s := skipSpace(head)
	if len(s) == 0 {
		return formatText, nil
	}
	switch s[0] {
	case '[':
		return formatJSONL, nil // a JSON array of articles
	case '{':
		// A JSON Feed is one object spread over many lines; JSON Lines
		// has one object per line.
		if bytes.Contains(head, []byte("jsonfeed.org/version")) || bytes.Contains(head, []byte(`jsonfeed.org\/version`)) {
			return formatFeed, nil
		}
		return formatJSONL, nil
	case '<':
		return sniffMarkup(s)
	}
	return formatText, nil
}

// sniffMarkup looks at the first element of an XML or HTML document: a
// feed's root is rss, feed or rdf:RDF. Any other root is taken for a page,
// unless an XML declaration came first and the root is not html: then it is
// some other kind of XML, which no reader here understands.
func sniffMarkup(s []byte) (string, error) {
	xmlDecl := false
	for len(s) > 0 && s[0] == '<' {
		switch {
		case bytes.HasPrefix(s, []byte("<?xml")):
			xmlDecl = true
			s = after(s, "?>")
		case bytes.HasPrefix(s, []byte("<?")):
			s = after(s, "?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			s = after(s, "-->")
		case bytes.HasPrefix(s, []byte("<!")):
			s = after(s, ">")
		default:
			name := strings.ToLower(string(elementName(s[1:])))
			switch {
			case name == "rss" || name == "feed" || name == "rdf:rdf":
				return formatFeed, nil
			case xmlDecl && name != "html":
				return "", fmt.Errorf("XML with root element <%s> is neither a feed nor a page", clip(name, 40))
			}
			return formatHTML, nil
		}
		s = skipSpace(s)
	}
	if len(s) == 0 {
		return formatHTML, nil
	}
	return formatText, nil
}

// clip shortens s to at most n bytes, on a rune boundary, for messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func elementName(s []byte) []byte {
	for i, c := range s {
		if c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' {
			return s[:i]
		}
	}
	return s
}

func after(s []byte, end string) []byte {
	i := bytes.Index(s, []byte(end))
	if i < 0 {
		return nil
	}
	return s[i+len(end):]
}

// skipSpace drops a UTF-8 byte-order mark and leading white space.
func skipSpace(s []byte) []byte {
	s = bytes.TrimPrefix(s, []byte("\xEF\xBB\xBF"))
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			break
		}
		s = s[n:]
	}
	return s
}
