package lemma

import (
	"testing"
	"unicode/utf8"
)

// TestLemmaCutsWholeLetters: a suffix rule never cuts inside a letter whose
// lowercase has another length ("İ"), so lemmas stay valid UTF-8.
func TestLemmaCutsWholeLetters(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, upos, xpos string }{
		{"ALLİES", "PROPN", "NNPS"},
		{"CİTİES", "PROPN", "NNPS"},
		{"PARTİES", "PROPN", "NNPS"},
		{"MİLİTİAS", "PROPN", "NNPS"},
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, tt.upos, tt.xpos); !utf8.ValidString(got) || got == "" {
			t.Errorf("Lemma(%q, %s, %s) = %q, want valid UTF-8", tt.form, tt.upos, tt.xpos, got)
		}
	}
	// The rule alone: three bytes off "ALLİES" would split "İ".
	if got, ok := (rule{strip: 3, add: "y"}).apply("ALLİES"); ok {
		t.Errorf("a cut inside a letter applied: %q", got)
	}
}
