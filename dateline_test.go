package sitrep_test

import (
	"testing"

	"sitrep"
	"sitrep/tokenize"
)

// TestDatelineEnd: where the story begins after a dateline; a hyphenated
// compound of capitals opens no dateline. Made-up sentences.
func TestDatelineEnd(t *testing.T) {
	for _, tc := range []struct {
		text, after string // after: the first token of the story, "" for no dateline
	}{
		{"MANILA, June 2 (Sitrep) — The navy said on Monday it had sent two ships.", "The"},
		{"PORT-AU-PRINCE (Sitrep) - Gangs blocked the road on Monday.", "Gangs"},
		{"MOSCOW (AP)_ The talks ended without a deal.", "The"},
		{"U.S.-China talks resumed on Monday in Geneva.", ""},
		{"US-Iran talks resumed on Monday in Oman.", ""},
		{"EU-UK trade talks resumed on Monday.", ""},
	} {
		d := &sitrep.Document{Text: tc.text}
		if err := tokenize.New().Process(d); err != nil {
			t.Fatal(err)
		}
		s := d.Sentences[0]
		end := d.DatelineEnd(s.TokStart, s.TokEnd)
		got := ""
		if end > s.TokStart {
			got = d.TokenText(end)
		}
		if got != tc.after {
			t.Errorf("%q: story starts at %q, want %q", tc.text, got, tc.after)
		}
	}
}
