package coder_test

import (
	"testing"

	"sitrep/coder"
)

// homeCourtStories tell of a lawsuit whose defendant the sentence leaves
// unnamed, in stories of two countries: it goes before the plaintiff's
// own courts, not to the other country named sentences before (twelfth
// session, guess16). Made-up stories.
var homeCourtStories = []story{
	{"a challenge in court, the other side named two sentences before",
		"NAIROBI, June 2 (Sitrep) — Kenya signed a fishing agreement with Japan on Monday. Japanese trawlers will be allowed into Kenyan waters from next year. A group of Kenyan fishermen said they would challenge the agreement in court.",
		[]string{"KEN>KEN 115"}, []string{"KEN>JPN 115"}},
	{"a supreme court asked to halt a deal",
		"LUSAKA, June 2 (Sitrep) — Zambia agreed on Monday to sell its stake in a copper mine to a Chinese state firm. Opposition lawmakers said the price was too low. Zambian lawyers asked the Supreme Court on Tuesday to halt the sale.",
		[]string{"ZMB>ZMB 115"}, []string{"ZMB>CHN 115"}},
}

// foreignCourtStories keep the foreign party of a case taken abroad.
var foreignCourtStories = []story{
	{"an international court",
		"NAIROBI, June 2 (Sitrep) — Kenya accused Somalia on Monday of seizing a fishing boat. Kenya's foreign minister said Nairobi could take the dispute to an international court.",
		[]string{"KEN>SOM 115"}, []string{"KEN>KEN 115"}},
}

// TestHomeCourt runs the stories through the whole pipeline.
func TestHomeCourt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, homeCourtStories)
	runStories(t, p, foreignCourtStories)
}

// TestHomeCourtOff: with the rule off, the other country comes back as
// the defendant.
func TestHomeCourtOff(t *testing.T) {
	comesBackWithout(t, coder.HomeCourt, homeCourtStories)
}
