package coder_test

import (
	"testing"

	"sitrep/coder"
)

// judgedActStories have an outsider welcome or praise one side's
// decision or move, named by no one in the sentence: the act goes to the
// side that took it, not to the other side as well (judged18). Made-up
// stories.
var judgedActStories = []story{
	{"welcomed the decision",
		"NAIROBI, June 2 (Sitrep) — Kenya cut diplomatic ties with Somalia on Monday after militant attacks. Kenya said the break would last a year.\n\nTanzania welcomed the decision.",
		[]string{"TZA>KEN 051"}, []string{"TZA>SOM 051"}},
	{"praised the move",
		"KAMPALA, June 2 (Sitrep) — Uganda reopened its border with Rwanda on Monday. Uganda said trucks could cross from Tuesday.\n\nBurundi praised the move.",
		[]string{"BDI>UGA 051"}, []string{"BDI>RWA 051"}},
}

// jointActStories have the outsider welcome an act of both sides: it
// goes to both.
var jointActStories = []story{
	{"welcomed the agreement",
		"NAIROBI, June 2 (Sitrep) — Kenya and Somalia signed a border agreement on Monday. Kenya said the agreement would end the dispute.\n\nTanzania welcomed the agreement.",
		[]string{"TZA>KEN 051", "TZA>SOM 051"}, nil},
}

// TestJudgedAct runs the stories through the whole pipeline.
func TestJudgedAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, judgedActStories)
	runStories(t, p, jointActStories)
}

// TestJudgedActOff: with the rule off, the other side comes back.
func TestJudgedActOff(t *testing.T) {
	comesBackWithout(t, coder.JudgedAct, judgedActStories)
}
