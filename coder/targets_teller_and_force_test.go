package coder_test

import (
	"testing"

	"sitrep/coder"
)

// tellerStories tell an arrest at home on the word of an official of
// another country ("according to a Ugandan official"): the teller is no
// party to the arrest, which is made at home (eleventh session, pair11).
// Made-up stories.
var tellerStories = []story{
	{"arrest told by a foreign official",
		"Kenyan police arrested four suspects on Monday, according to a Ugandan official.",
		[]string{"KEN>KEN 173"}, []string{"KEN>UGA 173"}},
	{"detention told by a foreign diplomat",
		"Thai police detained a man at the airport, according to a Cambodian diplomat.",
		[]string{"THA>THA 173"}, []string{"THA>KHM 173"}},
}

// TestTellerOnly runs the stories through the whole pipeline.
func TestTellerOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), tellerStories)
}

// TestTellerOnlyOff: with the rule off, the teller's country is guessed
// as the target.
func TestTellerOnlyOff(t *testing.T) {
	comesBackWithout(t, coder.Pair11Teller, tellerStories)
}

// kindStories condemn "the killing" or "the attack" after a violent act
// and then a reply of another kind (an ambassador recalled or expelled):
// the criticism is aimed at the doer of the violent act, not at the one
// who replied last (eleventh session, pair11). Made-up stories.
var kindStories = []story{
	{"the killing after an ambassador recalled",
		"Serbian troops killed two Albanian villagers near the border on Sunday. Albania recalled its ambassador from Belgrade on Monday. Greece condemned the killing.",
		[]string{"GRC>SRB 111"}, []string{"GRC>ALB 111"}},
	{"the attack after an ambassador expelled",
		"Rwandan soldiers attacked a Congolese army post near Goma on Friday. Congo expelled the Rwandan ambassador on Saturday. Angola condemned the attack.",
		[]string{"AGO>RWA 111"}, []string{"AGO>COD 111"}},
}

// TestForceOfKind runs the stories through the whole pipeline.
func TestForceOfKind(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), kindStories)
}

// TestForceOfKindOff: with the rule off, the last forceful act of any
// kind (the recall, the expulsion) gives the target.
func TestForceOfKindOff(t *testing.T) {
	comesBackWithout(t, coder.Pair11Kinds, kindStories)
}
