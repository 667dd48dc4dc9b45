package web

import (
	"strings"
	"testing"

	"sitrep"
)

// TestHighlightParagraphs: a blank line, LF or CRLF, breaks paragraphs,
// and marks stay on their bytes (review38 finding 6: CRLF text was one
// paragraph).
func TestHighlightParagraphs(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"lf", "Rain fell.\n\nTroops left.", `<p>Rain fell.</p><p><span class="trigger" title="event 190 FIGHT (occurred)">Troops</span> left.</p>`},
		{"crlf", "Rain fell.\r\n\r\nTroops left.", `<p>Rain fell.</p><p><span class="trigger" title="event 190 FIGHT (occurred)">Troops</span> left.</p>`},
		{"mixed", "Rain fell.\n\r\nTroops left.", `<p>Rain fell.</p><p><span class="trigger" title="event 190 FIGHT (occurred)">Troops</span> left.</p>`},
		{"one line end", "Rain fell.\r\nTroops left.", "<p>Rain fell.\r\n<span class=\"trigger\" title=\"event 190 FIGHT (occurred)\">Troops</span> left.</p>"},
	}
	for _, tt := range tests {
		d := &sitrep.Document{Text: tt.text}
		at := strings.Index(tt.text, "Troops")
		d.Events = []sitrep.Event{{Trigger: d.MakeSpan(at, at+len("Troops")), CAMEO: "190", PLOVER: "FIGHT", Status: "occurred"}}
		got := strings.ReplaceAll(string(highlight(d)), `<a id="event-0"></a>`, "")
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
