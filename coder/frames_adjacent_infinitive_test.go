package coder_test

import (
	"testing"

	"sitrep/coder"
)

// adjacentInfinitiveStories: an infinitive right after its verb that the
// parse hung as an adverbial clause (here after a relative clause on the
// subject), read as the verb's complement (seventeenth session, frames22).
// Made-up stories.
var adjacentInfinitiveStories = []offCase{
	{"CAIRO, May 27 (Sitrep) — Ethiopia filled the dam on Monday. Egypt, which criticised the plan last year, declined to comment.", "EGY>- 011"},
	{"DOHA, May 27 (Sitrep) — Sudan and Chad exchanged fire on Monday. Qatar, which has hosted earlier talks, offered to mediate.", "QAT>SDN 039"},
	{"BRASILIA, May 27 (Sitrep) — Brazil's foreign ministry declined to discuss the proposal with Argentina.", "BRA>ARG 011"},
}

// TestAdjacentInfinitive: the complement decides the entry ("declined to
// comment", "offered to mediate") and, consumed, codes no act of its own
// (no mediation done).
func TestAdjacentInfinitive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range adjacentInfinitiveStories {
		if got := denialCodes(t, p, c.text); !got[c.want] {
			t.Errorf("no %s in %q (got %v)", c.want, c.text, got)
		}
	}
	if got := denialCodes(t, p, adjacentInfinitiveStories[1].text); got["QAT>SDN 045"] {
		t.Errorf("the offered mediation coded as done: %v", got)
	}
}

// TestAdjacentInfinitiveOff: with the rule off, none of them is coded.
func TestAdjacentInfinitiveOff(t *testing.T) {
	failsWithout(t, coder.AdjacentInfinitive, adjacentInfinitiveStories)
}

// spacedInfinitiveStories: the same with the verb's adverb or phrase
// between it and the infinitive. Made-up stories.
var spacedInfinitiveStories = []offCase{
	{"LIMA, May 27 (Sitrep) — Peru's foreign ministry, which summoned the envoy last week, declined again to comment on Monday.", "PER>- 011"},
	{"SANTIAGO, May 27 (Sitrep) — Chile, which hosted the summit, pressed for Bolivian officials to return to the table.", "CHL>BOL 020"},
}

// TestSpacedInfinitive: an adverb or a phrase of the verb may stand
// between it and its infinitive.
func TestSpacedInfinitive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range spacedInfinitiveStories {
		if got := denialCodes(t, p, c.text); !got[c.want] {
			t.Errorf("no %s in %q (got %v)", c.want, c.text, got)
		}
	}
}

// TestSpacedInfinitiveOff: with the spaced reading off, neither is coded.
func TestSpacedInfinitiveOff(t *testing.T) {
	failsWithout(t, coder.SpacedInfinitive, spacedInfinitiveStories)
}
