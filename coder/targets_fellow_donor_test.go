package coder_test

import (
	"testing"

	"sitrep/coder"
)

// fellowDonorStories give aid from two countries in one sentence: the
// one named first, subject of its own clause, is no recipient of the
// other's aid (pair30). Made-up stories.
var fellowDonorStories = []story{
	{"two givers in coordinated clauses",
		"KYIV, July 12 (Sitrep) — Ukraine asked its allies for more air defence. Germany announced a new arms package, and France said it would send long-range missiles.",
		nil, []string{"FRA>DEU 072", "FRA>DEU 070"}},
}

// notFellowDonorStories name a subject of another clause that gives
// nothing: the aid goes to it (review finding 4). Made-up stories.
var notFellowDonorStories = []story{
	{"a needy subject of another clause",
		"KYIV, July 12 (Sitrep) — Russian missiles struck Kyiv. Ukraine's army is running out of shells, and Germany said it would send more ammunition.",
		[]string{"DEU>UKR 072"}, nil},
}

// TestNotFellowDonor: only a subject of a giving or pledging clause is a
// fellow giver.
func TestNotFellowDonor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), notFellowDonorStories)
}

// TestFellowDonor runs the stories through the whole pipeline.
func TestFellowDonor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), fellowDonorStories)
}

// TestFellowDonorOff: with the rule off, the fellow giver is the target.
func TestFellowDonorOff(t *testing.T) {
	comesBackWithout(t, coder.FellowDonor, fellowDonorStories)
}
