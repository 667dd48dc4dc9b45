package coder_test

import (
	"testing"

	"sitrep/coder"
)

// ledBodyStories: a body of countries the story calls "X-led" is country
// X in its events (sixteenth session, target21). Made-up stories.
var ledBodyStories = []story{
	{"a country adjective with -led before the body",
		"YEREVAN, June 2 (Sitrep) — Armenia's prime minister said on Monday that Armenia could leave the Russian-led CSTO military alliance.",
		[]string{"ARM>RUS 160"}, []string{"ARM>IGOCASCST 160"}},
	{"the body named again as the bloc, after an apposition with -led",
		"MINSK, June 2 (Sitrep) — Kazakhstan suspended its work in the Collective Security Treaty Organization, the Russian-led security bloc, on Monday. Kazakh Foreign Minister Murat Nurtleu accused the bloc of ignoring its requests.",
		[]string{"KAZ>RUS 112"}, []string{"KAZ>IGOCASCST 112"}},
}

// ledBodyKept: a body the story does not call any country's own.
var ledBodyKept = []story{
	{"no -led: the body stays",
		"YEREVAN, June 2 (Sitrep) — Armenia's prime minister said on Monday that Armenia could leave the CSTO military alliance.",
		[]string{"ARM>IGOCASCST 160"}, []string{"ARM>RUS 160"}},
}

// TestLedBody runs the stories through the whole pipeline.
func TestLedBody(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ledBodyStories)
	runStories(t, p, ledBodyKept)
}

// TestLedBodyOff: with the rule off, the events are aimed at the body.
func TestLedBodyOff(t *testing.T) {
	var cases []offCase
	for _, c := range ledBodyStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.LedBodyLeader, cases)
}
