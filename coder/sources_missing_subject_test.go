package coder_test

import (
	"testing"

	"sitrep/coder"
)

// noSubjectStories have a source the parse hides (fifteenth session,
// nosubj19), each with the switch of the rule that finds it. Made-up
// stories; keys carry the status.
var noSubjectStories = []struct {
	story
	on *bool
}{
	{story{"a reported clause's subject read as the speech verb's object",
		"ADDIS ABABA, May 27 (Sitrep) — Ethiopia's defence ministry said its troops had captured a town near the Eritrean border.",
		[]string{"ETH>ERI 192 occurred"}, nil}, coder.MisplacedSubjects},
	{story{"a copula predicate coordinated with its subject",
		"KIGALI, May 27 (Sitrep) — Tanzanian President Samia Suluhu Hassan and Kenyan President William Ruto are due in Kigali on Friday to mediate between Rwanda and Burundi.",
		[]string{"TZA>RWA 045 planned", "KEN>BDI 045 planned"}, nil}, coder.CopulaConj},
	{story{"force denied without its doer is the denier's, at home",
		"LIMA, May 27 (Sitrep) — Peru's interior ministry denied that any protester had been beaten in custody.",
		[]string{"PER>PER 182 denied"}, nil}, coder.DeniedForce},
	{story{"troops not withdrawn are a pullback negated, not a refusal",
		"ACCRA, May 27 (Sitrep) — Ghana's defence minister said Accra would not withdraw its troops from Mali.",
		[]string{"GHA>MLI 0874 negated"}, []string{"GHA>MLI 124 occurred"}}, coder.TroopsKept},
}

// TestNoSubject runs the stories through the whole pipeline, then again
// with each story's rule off: each story goes wrong.
func TestNoSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range noSubjectStories {
		checkStories(t, p, []story{c.story}, withStatus)
	}
	for _, c := range noSubjectStories {
		*c.on = false
		wrong, got := goesWrong(t, p, c.story, withStatus)
		*c.on = true
		if !wrong {
			t.Errorf("%s: with the rule off, still right (got %v)", c.name, got)
		}
	}
}
