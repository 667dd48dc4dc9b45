package coder

import "testing"

// TestCommaClauseRepair: a clause the parser hung on a comma is read as
// hung on the comma's head, an adverbial clause on the first verb above.
func TestCommaClauseRepair(t *testing.T) {
	// "Peru froze the accord on Monday, accusing Chile", with
	// "accusing" under the comma and the comma under "Monday".
	s := handSent(t, "Peru/Peru/2/nsubj froze/freeze/0/root the/the/4/det accord/accord/2/obj on/on/6/case "+
		"Monday/Monday/2/obl ,/,/6/punct accusing/accuse/7/advcl Chile/Chile/8/obj", 6)
	upos := []string{"PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN"}
	for k, u := range upos {
		s.doc.Tokens[k].UPOS = u
	}
	s = newSent(s.doc, 0)
	if h := s.head(7); h != 1 {
		t.Errorf("head of the adverbial clause: %d, want 1 (froze)", h)
	}
	// "parties, which accuse the president", the relative clause under
	// the comma: it goes to the noun.
	s = handSent(t, "parties/party/0/root ,/,/1/punct which/which/4/nsubj accuse/accuse/2/acl:relcl president/president/4/obj")
	for k, u := range []string{"NOUN", "PUNCT", "PRON", "VERB", "NOUN"} {
		s.doc.Tokens[k].UPOS = u
	}
	s = newSent(s.doc, 0)
	if h, r := s.head(3), s.deprel(3); h != 0 || r != "acl:relcl" {
		t.Errorf("relative clause: head %d %s, want 0 acl:relcl", h, r)
	}
}
