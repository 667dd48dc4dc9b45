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

// TestVerbStems: a verb is looked up by the bases its written form may
// have when the lemma given is not in the lexicon.
func TestVerbStems(t *testing.T) {
	lx, err := ParseLexicon(strings.NewReader("rebuke\t@obj\t111\trebuke\nannul\t@obj\t160\tannul\nquell\t@obj\t175\tquell\n"), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lemma, form string
		want        bool
	}{
		{"rebuk", "rebuked", true},   // silent e dropped
		{"rebuk", "rebuking", true},  // and before -ing
		{"annull", "annulled", true}, // doubled l kept
		{"quel", "quelled", true},    // the stem itself
		{"rebuk", "rebuks", false},   // a third person form is not cut to a base with e
		{"scowl", "scowled", false},  // no entry at all
		{"bor", "bored", false},      // "bore" is not in this lexicon
	} {
		if got := lx.HasTrigger(tt.lemma, "VERB", tt.form); got != tt.want {
			t.Errorf("HasTrigger(%q, VERB, %q) = %v, want %v", tt.lemma, tt.form, got, tt.want)
		}
	}
}
