package coder

import "testing"

// TestPreviousAlone: a sentence after the first, read without its article
// (as a test builds one), has no sentence before; the rules that ask for
// it give nothing from it instead of panicking (review22 finding 8).
func TestPreviousAlone(t *testing.T) {
	d := parsed(t, "Ghana/Ghana/PROPN/2/nsubj met/meet/VERB/0/root Togo/Togo/PROPN/2/obj ././PUNCT/2/punct || "+
		"They/they/PRON/2/nsubj met/meet/VERB/0/root again/again/ADV/2/advmod ././PUNCT/2/punct",
		"Ghana", "GHA", "Togo", "TGO")
	for k := range d.Tokens {
		if d.Tokens[k].Lemma == "meet" {
			d.Tokens[k].XPOS = "VBD"
		}
	}
	s := newSent(d, 1)
	const they, met = 4, 5
	for _, tc := range []struct {
		name string
		run  func() bool
	}{
		{"previous", func() bool { return s.previous() == nil }},
		{"sameSubjectDay", func() bool { return s.sameSubjectDay(met) == "" }},
		{"narrativeDay", func() bool { return s.narrativeDay(met) == "" }},
		{"theyMet", func() bool { return s.theyMet(they, met, s.frame(met)) == nil }},
		{"antecedent", func() bool { s.antecedent(they); return true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			if !tc.run() {
				t.Errorf("%s found something without the sentence before", tc.name)
			}
		})
	}
}
