package coder

import "testing"

// TestRepairedClauseIsNoRelative: "said on Monday that police detained
// two men on Sunday", parsed with the that-clause a relative clause of
// "Monday", is repaired to the speech verb's complement (repair); the
// date rules read the repaired relation, so Sunday dates the detention
// and is not a day inside a relative clause.
func TestRepairedClauseIsNoRelative(t *testing.T) {
	s := handSent(t, "officials/official/2/nsubj/NOUN said/say/0/root/VERB on/on/4/case monday/monday/2/obl/PROPN "+
		"that/that/7/nsubj/PRON police/police/7/nsubj/NOUN detained/detain/4/acl:relcl/VERB two/two/9/nummod/NUM "+
		"men/man/7/obj/NOUN on/on/11/case sunday/sunday/7/obl/PROPN", 4, 11)
	if s.deprel(6) != "ccomp" {
		t.Fatalf("repair: detained is %q, want ccomp", s.deprel(6))
	}
	if s.inRelative(&s.doc.Timexes[1]) {
		t.Errorf("Sunday read as inside a relative clause after the repair")
	}
}
