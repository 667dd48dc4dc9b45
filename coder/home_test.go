package coder_test

import "testing"

// TestTalksAtHome: talks inside one country that a third party brokered,
// and offers to protest leaders (the eleventh pass in docs/events.md).
// Made-up stories through the whole pipeline.
func TestTalksAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"talks at home brokered by an outsider are between the country's two sides, the broker no party to them",
			"MANILA, June 3 (Sitrep) — President Ferdinand Marcos met rebel commander Murad Ebrahim on Wednesday in talks brokered by Norwegian envoys.",
			[]string{"PHL>PHL 046"}, []string{"PHL>NOR 046"}},
		{"a meeting at home in talks brokered by envoys is cooperation inside the country",
			"Sudan's army chief met paramilitary commander Mohamed Dagalo on Friday in talks brokered by Kenyan envoys.",
			[]string{"SDN>SDN 046"}, []string{"SDN>KEN 046"}},
		{"protest leaders are the protesters' side, not the government's: an offer of talks to them is cooperation at home",
			"QUITO, June 20 (Sitrep) — Thousands of indigenous protesters blocked roads across Ecuador for a second week. President Guillermo Lasso said on Monday he would invite protest leaders to talks.",
			[]string{"ECU>ECU 036"}, nil},
	}
	runStories(t, p, cases)
}
