package web

import (
	"fmt"
	"html/template"
	"regexp"
	"sort"
	"strings"

	"sitrep"
)

// mark is an annotation to show over a span of the article text.
type mark struct {
	start, end int
	class      string
	title      string
	id         string // anchor on the first segment
}

// highlight renders the article text as HTML with every annotation layer
// marked: entities, actors, time expressions, quotes and event triggers.
// Overlapping marks are split at every boundary, so each piece of text
// carries the classes of all the marks that cover it.
func highlight(d *sitrep.Document) template.HTML {
	var marks []mark
	for _, e := range d.Entities {
		marks = append(marks, mark{e.Start, e.End, "ent ent-" + strings.ToLower(e.Label), e.Label, ""})
	}
	for _, a := range d.Actors {
		if a.Code != "" {
			marks = append(marks, mark{a.Start, a.End, "actor", "actor " + a.Code + " (" + a.Entry + ")", ""})
		}
	}
	for _, t := range d.Timexes {
		marks = append(marks, mark{t.Start, t.End, "timex", t.Type + " " + t.Value, ""})
	}
	for i, q := range d.Quotes {
		who := ""
		if q.SpeakerResolved != nil {
			who = q.SpeakerResolved.Text
		} else if q.Speaker != nil {
			who = q.Speaker.Text
		}
		marks = append(marks, mark{q.Start, q.End, "quote", "quote of " + who, fmt.Sprintf("quote-%d", i)})
	}
	for i, e := range d.Events {
		marks = append(marks, mark{e.Trigger.Start, e.Trigger.End, "trigger", fmt.Sprintf("event %s %s (%s)", e.CAMEO, e.PLOVER, e.Status), fmt.Sprintf("event-%d", i)})
	}
	n := len(d.Text)
	bounds := []int{0, n}
	for _, m := range marks {
		if m.start < 0 || m.end > n || m.start >= m.end {
			continue
		}
		bounds = append(bounds, m.start, m.end)
	}
	sort.Ints(bounds)
	var b strings.Builder
	b.WriteString("<p>")
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i], bounds[i+1]
		if s == e {
			continue
		}
		var classes, titles, ids []string
		for _, m := range marks {
			if m.start <= s && e <= m.end {
				classes = append(classes, m.class)
				titles = append(titles, m.title)
				if m.start == s && m.id != "" {
					ids = append(ids, m.id)
				}
			}
		}
		text := d.Text[s:e]
		if len(classes) == 0 {
			writeText(&b, text, "")
			continue
		}
		for _, id := range ids {
			fmt.Fprintf(&b, `<a id="%s"></a>`, id)
		}
		open := fmt.Sprintf(`<span class="%s" title="%s">`, template.HTMLEscapeString(strings.Join(classes, " ")), template.HTMLEscapeString(strings.Join(titles, "; ")))
		b.WriteString(open)
		writeText(&b, text, open)
		b.WriteString("</span>")
	}
	b.WriteString("</p>")
	return template.HTML(b.String())
}

// paraBreak is a blank line, in LF or CRLF text: stored text keeps the
// input's line ends, and the marks' byte offsets point into it as it is.
var paraBreak = regexp.MustCompile(`\r?\n\r?\n`)

// writeText escapes text and turns blank lines into paragraph breaks; a
// mark open across a break (open) is closed before it and reopened after.
func writeText(b *strings.Builder, text, open string) {
	parts := paraBreak.Split(text, -1)
	for i, p := range parts {
		if i > 0 {
			if open != "" {
				b.WriteString("</span>")
			}
			b.WriteString("</p><p>")
			b.WriteString(open)
		}
		b.WriteString(template.HTMLEscapeString(p))
	}
}
