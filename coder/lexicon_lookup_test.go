package coder

import (
	"strings"
	"testing"
)

// TestHasTrigger: the lexicon answers whether a word is a trigger at all,
// by lemma, universal tag and written form, before any frame condition.
func TestHasTrigger(t *testing.T) {
	lx, err := ParseLexicon(strings.NewReader("summon\t@obj\t114\tsummon envoy\nn:talk\tplural\t046\ttalks\na:ready\txcomp=help\t070\tready to help\n"), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lemma, upos, form string
		want              bool
	}{
		{"summon", "VERB", "summoned", true},
		{"summon", "NOUN", "summon", false},
		{"talk", "NOUN", "talk", true},
		{"talks", "NOUN", "talks", true},      // left unlemmatised
		{"summone", "VERB", "summoned", true}, // lemmatised wrong: the stem of the form
		{"talk", "VERB", "talk", false},
		{"ready", "ADJ", "ready", true},
		{"scowl", "VERB", "scowled", false},
	} {
		if got := lx.HasTrigger(tt.lemma, tt.upos, tt.form); got != tt.want {
			t.Errorf("HasTrigger(%q, %q, %q) = %v, want %v", tt.lemma, tt.upos, tt.form, got, tt.want)
		}
	}
}
