package coder_test

import "testing"

// TestMisreadPastAnyRelation: a past verb of force the tagger read as an
// adjective of its object codes its act whatever relation the parse gave
// the actor before it and the object after it (a compound of the object,
// or the head the object modifies), not only subject or object.
func TestMisreadPastAnyRelation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"the object a modifier of the actor",
			"Sudanese aircraft struck targets across the border in Chad on Sunday, Chadian officials said.",
			[]string{"SDN>TCD 195"}, nil},
		{"the actor a compound of the object",
			"Chad recalled its ambassador on Monday after Sudanese Revolutionary Guards fired ballistic missiles at the town of Adre.",
			[]string{"SDN>TCD 195", "TCD>SDN 161"}, nil},
	}
	runStories(t, p, cases)
}
