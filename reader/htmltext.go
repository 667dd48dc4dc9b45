package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start and end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Ul: true, atom.Body: true, atom.Html: true,
}

// skipElements hold no readable text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Head: true, atom.Object: true,
	atom.Canvas: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
	atom.Audio: true, atom.Video: true, atom.Title: true,
}

// paragraphs collects text into paragraphs with white space collapsed as a
// browser would show it.
type paragraphs struct {
	out     strings.Builder // finished paragraphs, joined by "\n\n"
	cur     strings.Builder // the paragraph being built
	space   bool            // a space is due before the next word
	newline bool            // a line break is due before the next word
}

func (p *paragraphs) text(s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			r = unicode.ReplacementChar
		case unicode.IsSpace(r):
			p.space = true
			continue
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF' || unicode.IsControl(r):
			// Soft hyphens, zero-width spaces and stray controls are
			// invisible on the page and would only split words.
			continue
		}
		if p.cur.Len() > 0 {
			if p.newline {
				p.cur.WriteByte('\n')
			} else if p.space {
				p.cur.WriteByte(' ')
			}
		}
		p.space, p.newline = false, false
		p.cur.WriteRune(r)
	}
}

func (p *paragraphs) lineBreak() { p.newline = true }

func (p *paragraphs) end() {
	if p.cur.Len() > 0 {
		if p.out.Len() > 0 {
			p.out.WriteString("\n\n")
		}
		p.out.WriteString(p.cur.String())
		p.cur.Reset()
	}
	p.space, p.newline = false, false
}

func (p *paragraphs) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		p.text(n.Data)
		return
	case html.ElementNode:
		if skipElements[n.DataAtom] || hidden(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			p.lineBreak()
			return
		case atom.Td, atom.Th:
			p.space = true
		case atom.Img:
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		p.end()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
	if block {
		p.end()
	}
}

// hidden reports elements that the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// nodeText renders n as paragraphs separated by blank lines.
func nodeText(n *html.Node) string {
	var p paragraphs
	p.walk(n)
	p.end()
	return p.out.String()
}

// fragmentText renders an HTML fragment (a feed item's description) as
// paragraphs. A description without markup keeps its blank-line paragraph
// breaks, which in HTML would mean nothing.
func fragmentText(s string) string {
	var p paragraphs
	if !strings.Contains(s, "<") {
		for _, para := range splitParagraphs(html.UnescapeString(s)) {
			p.text(para)
			p.end()
		}
		return p.out.String()
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		p.text(s)
		p.end()
		return p.out.String()
	}
	for _, n := range nodes {
		p.walk(n)
	}
	p.end()
	return p.out.String()
}

// splitParagraphs cuts plain text at blank lines.
func splitParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for _, para := range strings.Split(s, "\n\n") {
		if strings.TrimSpace(para) != "" {
			out = append(out, para)
		}
	}
	return out
}
