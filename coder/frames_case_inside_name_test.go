package coder

import "testing"

// TestCaseInsideName: a preposition the parse hung on the first part of
// a name is the whole name's (made-up parses of made-up sentences).
func TestCaseInsideName(t *testing.T) {
	cases := []struct {
		name, parse string
		tok         int // 0-based token whose preposition is asked
		want        string
	}{
		{"hung on the given name",
			"Erdogan/Erdogan/2/nsubj/PROPN met/meet/0/root/VERB with/with/6/case/ADP French/French/5/amod/ADJ " +
				"President/President/6/nmod:desc/PROPN Emmanuel/Emmanuel/7/compound/PROPN Macron/Macron/2/obl/PROPN", 6, "with"},
		{"hung on the title",
			"Erdogan/Erdogan/2/nsubj/PROPN met/meet/0/root/VERB with/with/5/case/ADP French/French/5/amod/ADJ " +
				"President/President/6/nmod:desc/PROPN Emmanuel/Emmanuel/2/obl/PROPN Macron/Macron/6/flat/PROPN", 5, "with"},
		{"on the head, as usual",
			"Erdogan/Erdogan/2/nsubj/PROPN met/meet/0/root/VERB with/with/4/case/ADP Macron/Macron/2/obl/PROPN", 3, "with"},
		{"a preposition inside a modifier is not the name's: 'of' under the compound 'state'",
			"Erdogan/Erdogan/2/nsubj/PROPN praised/praise/0/root/VERB the/the/7/det/DET head/head/7/compound/NOUN " +
				"of/of/6/case/ADP state/state/7/compound/NOUN Putin/Putin/2/obj/PROPN", 6, ""},
		{"not a name: a common noun keeps its own",
			"Erdogan/Erdogan/2/nsubj/PROPN met/meet/0/root/VERB with/with/4/case/ADP French/French/5/amod/ADJ " +
				"officials/official/2/obl/NOUN", 4, ""},
	}
	for _, c := range cases {
		s := handSent(t, c.parse)
		if got := s.caseOf(c.tok); got != c.want {
			t.Errorf("%s: caseOf = %q, want %q", c.name, got, c.want)
		}
	}
	caseInsideNameOn = false
	defer func() { caseInsideNameOn = true }()
	if got := handSent(t, cases[0].parse).caseOf(cases[0].tok); got != "" {
		t.Errorf("with the rule off: caseOf = %q, want none", got)
	}
}
