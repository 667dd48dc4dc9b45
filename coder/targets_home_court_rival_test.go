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

// rivalRejectedStories tell of a rejection whose clause names a rebel
// group or the opposition of the rejecting government's own country, in
// stories of two countries: the rival at home is the target, not the
// other country named before (guess16). Made-up stories.
var rivalRejectedStories = []story{
	{"talks with the country's own rebels ruled out",
		"BOGOTA, June 2 (Sitrep) — Colombia and Venezuela agreed on Monday to reopen three border crossings. Venezuelan officials said trucks would cross from next week. The Colombian government ruled out talks with the ELN rebels until they freed their hostages.",
		[]string{"COL>COL 125"}, []string{"COL>VEN 125"}},
	{"a call by the opposition rejected",
		"HONIARA, June 2 (Sitrep) — Solomon Islands signed a police pact with Australia on Monday. Australian officers will train local police from next month. Prime Minister Jeremiah Manele rejected a call by the opposition party to publish the full text.",
		[]string{"SLB>SLB 125"}, []string{"SLB>AUS 125"}},
}

// ownCitizensStories: citizens of the source's own country are no rival;
// a refusal about them keeps the story's other side.
var ownCitizensStories = []story{
	{"own citizens not extradited",
		"HONIARA, June 2 (Sitrep) — Solomon Islands signed a police pact with Australia on Monday. Australian officers will train local police from next month. Prime Minister Jeremiah Manele said Honiara would not extradite its citizens.",
		[]string{"SLB>AUS 1213"}, []string{"SLB>SLB 1213"}},
}

// TestRivalRejected runs the stories through the whole pipeline.
func TestRivalRejected(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, rivalRejectedStories)
	runStories(t, p, ownCitizensStories)
}

// TestRivalRejectedOff: with the rule off, the other country comes back
// as the target.
func TestRivalRejectedOff(t *testing.T) {
	comesBackWithout(t, coder.RivalRejected, rivalRejectedStories)
}
