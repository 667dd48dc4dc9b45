package coder_test

import (
	"testing"

	"sitrep/coder"
)

// datedDealStories tell a mediator's or host's past act named by an
// earlier year, beside today's news (fourteenth session, meet18).
// Made-up stories.
var datedDealStories = []story{
	{"mediated the year-named reconciliation",
		"ASTANA, May 4 (Sitrep) — Uzbekistan accused Kyrgyzstan on Monday of moving troops to the border. Kazakhstan, which mediated the 2019 reconciliation, urged both sides to show restraint.",
		nil, []string{"KAZ>UZB 045", "KAZ>KGZ 045"}},
	{"mediated parts of a year-named treaty",
		"ASTANA, May 4 (Sitrep) — Uzbekistan accused Kyrgyzstan on Monday of moving troops to the border. Kazakhstan, which mediated parts of the 2019 treaty, urged both sides to show restraint.",
		nil, []string{"KAZ>UZB 045", "KAZ>KGZ 045"}},
}

// frontedBareStories open a sentence with a bare earlier year.
var frontedBareStories = []story{
	{"a bare fronted year",
		"ULAANBAATAR, May 4 (Sitrep) — Mongolia protested to China on Monday over a border incident. In 2018 Beijing closed a crossing and froze loan talks with Ulaanbaatar.",
		nil, []string{"CHN>MNG 046", "MNG>CHN 046"}},
}

// TestDatedDeal runs the stories through the whole pipeline.
func TestDatedDeal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, datedDealStories)
	runStories(t, p, frontedBareStories)
}

// TestDatedDealOff: with the rule off, the past mediation comes back.
func TestDatedDealOff(t *testing.T) {
	comesBackWithout(t, coder.DatedDeal, datedDealStories)
}

// TestFrontedBareOff: with the rule off, the frozen talks come back.
func TestFrontedBareOff(t *testing.T) {
	comesBackWithout(t, coder.FrontedBare, frontedBareStories)
}
