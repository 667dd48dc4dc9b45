package quote

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
)

// find runs the finder over text split by the stand-in tokenizer.
func find(t testing.TB, text string) []sitrep.Quote {
	t.Helper()
	doc := &sitrep.Document{Text: text}
	Segment(doc)
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc.Quotes
}

// show renders quotes compactly: [direct] content | cue | speaker => resolved.
func show(qs []sitrep.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		kind := "I"
		if q.Direct {
			kind = "D"
		}
		fmt.Fprintf(&b, "%s %d:%d %s | %s | %s", kind, q.Start, q.End, q.Text, spanText(q.Cue), spanText(q.Speaker))
		if q.SpeakerResolved != nil {
			fmt.Fprintf(&b, " => %s", q.SpeakerResolved.Text)
			if q.SpeakerResolved.Actor != "" {
				fmt.Fprintf(&b, " [%s]", q.SpeakerResolved.Actor)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func spanText(s *sitrep.Span) string {
	if s == nil {
		return "-"
	}
	return fmt.Sprintf("%s@%d", s.Text, s.Start)
}

func TestFinder(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"split quote",
			`"We will not be intimidated," she said, "and we will not back down."`,
			"D 0:30 \"We will not be intimidated,\" | said@35 | she@31 => she\n" +
				"D 40:68 \"and we will not back down.\" | said@35 | she@31 => she\n"},
	}
	for _, tc := range tests {
		got := show(find(t, tc.text))
		if got != tc.want {
			t.Errorf("%s:\n%s\ngot:\n%s\nwant:\n%s", tc.name, tc.text, got, tc.want)
		}
	}
}
