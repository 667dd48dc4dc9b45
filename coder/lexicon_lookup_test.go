package coder

import (
	"strings"
	"testing"
)

// TestHasTrigger: the lexicon answers whether a word is a trigger at all,
// by lemma and universal tag, before any frame condition.
func TestHasTrigger(t *testing.T) {
	lx, err := ParseLexicon(strings.NewReader("summon\t@obj\t114\tsummon envoy\nn:talk\tplural\t046\ttalks\na:ready\txcomp=help\t070\tready to help\n"), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lemma, upos string
		want        bool
	}{
		{"summon", "VERB", true},
		{"summon", "NOUN", false},
		{"talk", "NOUN", true},
		{"talks", "NOUN", true}, // left unlemmatised
		{"talk", "VERB", false},
		{"ready", "ADJ", true},
		{"scowl", "VERB", false},
	} {
		if got := lx.HasTrigger(tt.lemma, tt.upos); got != tt.want {
			t.Errorf("HasTrigger(%q, %q) = %v, want %v", tt.lemma, tt.upos, got, tt.want)
		}
	}
}
