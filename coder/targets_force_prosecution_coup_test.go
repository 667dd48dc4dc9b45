package coder_test

import (
	"testing"

	"sitrep/coder"
)

// toldForceStories condemn "the violence" after a sentence that also
// weighs a coercive act (sanctions considered, a strike threatened): the
// condemnation is aimed at the doer of the violence told, not at the one
// who only weighs a step (eleventh session, deny11). Made-up stories.
var toldForceStories = []story{
	{"sanctions weighed, then the violence condemned",
		"LUSAKA, May 27 (Sitrep) — Zambian police opened fire on protesters in Lusaka on Sunday, killing four people, witnesses said. The United States said it was considering sanctions against Zambian officials, and Germany condemned the violence.",
		[]string{"DEU>ZMB 111"}, []string{"DEU>USA 111"}},
}

// TestToldForce runs the stories through the whole pipeline.
func TestToldForce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), toldForceStories)
}

// TestToldForceOff: with the rule off, the condemnation goes to the one
// who weighed sanctions.
func TestToldForceOff(t *testing.T) {
	// pair11's kind of act (sanctions are no "violence") would cover
	// for this rule: switch it off too.
	*coder.Pair11Kinds = false
	defer func() { *coder.Pair11Kinds = true }()
	comesBackWithout(t, coder.ToldForceOnly, toldForceStories)
}

// prosecutionStories warn that people the sentence does not place abroad
// will be prosecuted or face charges, in stories of two countries: the
// warning is aimed at the warner's own country (eleventh session,
// deny11). Made-up stories.
var prosecutionStories = []story{
	{"anyone who smuggles will be prosecuted",
		"NAIROBI, May 27 (Sitrep) — Kenya closed two crossings on its border with Somalia on Monday after clashes between herders. Kenya's interior minister warned that anyone who smuggled weapons across the border would be prosecuted.",
		[]string{"KEN>KEN 130"}, []string{"KEN>SOM 130"}},
	{"they would face charges",
		"LIMA, May 27 (Sitrep) — Peru summoned Bolivia's ambassador on Monday after miners from both countries clashed at a border camp. Peru's interior minister warned that they would face charges if they returned to the camp.",
		[]string{"PER>PER 130"}, []string{"PER>BOL 130"}},
}

// TestProsecutionWarned runs the stories through the whole pipeline.
func TestProsecutionWarned(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), prosecutionStories)
}

// TestProsecutionWarnedOff: with the rule off, the warning goes to the
// story's other country.
func TestProsecutionWarnedOff(t *testing.T) {
	comesBackWithout(t, coder.HomeProsecution, prosecutionStories)
}

// coupAttemptStories condemn "the attempt" after a coup attempt told
// earlier in a story of two countries: the criticism is aimed at the
// country of the coup, not at the story's other side too (eleventh
// session, deny11). Made-up stories.
var coupAttemptStories = []story{
	{"the attempt after a coup attempt",
		"LOME, May 27 (Sitrep) — Soldiers tried to seize power in Togo on Sunday, but loyal troops put down the coup attempt within hours, the government said. Ghana sent troops to the border and Togo's army thanked Ghana for its help. The European Union condemned the attempt.",
		[]string{"IGOEUREEC>TGO 111"}, []string{"IGOEUREEC>GHA 111"}},
}

// TestCoupAttempt runs the stories through the whole pipeline.
func TestCoupAttempt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), coupAttemptStories)
}

// TestCoupAttemptOff: with the rule off, the story's other country is
// criticised too.
func TestCoupAttemptOff(t *testing.T) {
	comesBackWithout(t, coder.CoupAttempt, coupAttemptStories)
}
