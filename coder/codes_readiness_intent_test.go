package coder_test

import (
	"testing"

	"sitrep/coder"
)

// readyActStories tell a cooperative act a party is ready or wants to
// do: the intent, stated now (03x), not the act. Made-up stories.
var readyActStories = []story{
	{"ready to establish relations",
		"SUVA, May 6 (Sitrep) — Fiji was ready to establish diplomatic relations with Kosovo, its foreign minister said on Monday.",
		[]string{"FJI>XKX 032"}, []string{"FJI>XKX 050"}},
	{"wants to trade",
		"LIMA, May 6 (Sitrep) — Peru wants to trade with Bolivia, its president said on Monday.",
		[]string{"PER>BOL 031"}, []string{"PER>BOL 061"}},
}

// hopeToMeetStories hope for talks, or are ready for a round of them:
// an offer of talks (036), not the talks. Made-up stories.
var hopeToMeetStories = []story{
	{"hoped to travel",
		"OSLO, May 6 (Sitrep) — Norway's prime minister said on Monday he hoped to travel to Warsaw.",
		[]string{"NOR>POL 036"}, []string{"NOR>POL 042"}},
	{"ready for a round of talks",
		"TBILISI, May 6 (Sitrep) — Georgia is ready for a new round of direct talks with Armenia, its foreign minister said on Monday.",
		[]string{"GEO>ARM 036"}, []string{"GEO>ARM 046"}},
}

// doneActStories tell the acts themselves: the rules leave them alone.
var doneActStories = []story{
	{"relations established",
		"SUVA, May 6 (Sitrep) — Fiji established diplomatic relations with Kosovo on Monday, its foreign ministry said.",
		[]string{"FJI>XKX 050"}, []string{"FJI>XKX 032"}},
	{"travelled",
		"OSLO, May 6 (Sitrep) — Norway's prime minister travelled to Warsaw on Monday.",
		[]string{"NOR>POL 042"}, []string{"NOR>POL 036"}},
}

// TestReadyAct runs the stories through the whole pipeline.
func TestReadyAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, readyActStories)
	runStories(t, p, hopeToMeetStories)
	runStories(t, p, doneActStories)
}

// TestReadyActOff: with the rule off, the act is coded again.
func TestReadyActOff(t *testing.T) {
	comesBackWithout(t, coder.ReadyAct, readyActStories)
}

// TestHopeToMeetOff: with the rule off, the hoped-for visit and the round
// of talks are coded as the acts again.
func TestHopeToMeetOff(t *testing.T) {
	comesBackWithout(t, coder.HopeToMeet, hopeToMeetStories)
}
