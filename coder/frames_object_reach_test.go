package coder_test

import (
	"testing"

	"sitrep/coder"
)

// bareObliqueStories: an object hung as an oblique with no preposition
// after a particle read as an adverb (frame29). Made-up stories.
var bareObliqueStories = []offCase{
	{"KUALA LUMPUR, May 3 (Sitrep) — Malaysia denied that its navy had forced back Rohingya refugees crossing the sea.", "MYS>MYS 174"},
}

// misreadMoreStories: a past verb of the wider set read as a modifier of
// its object (frame29). Made-up stories.
var misreadMoreStories = []offCase{
	{"LONDON, May 3 (Sitrep) — The deal came on the same weekend that Cuba met the terms of last year's accord and the United States lifted sanctions, giving Cuba access to frozen funds.", "USA>CUB 085"},
	{"AIZAWL, India, May 5 (Sitrep) — India deployed thousands of soldiers in the northeastern state of Mizoram after two days of ethnic clashes between the Mizo majority and Chakma tribes in which at least 20 people were killed, officials said.\n\nMobs torched churches, temples and homes in Aizawl and Lunglei on Wednesday night after a student march against Mizo demands for tribal status turned violent.", "IND>IND 145"},
}

// TestObjectReach: the misparsed objects give their events.
func TestObjectReach(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range append(append([]offCase{}, bareObliqueStories...), misreadMoreStories...) {
		if got := denialCodes(t, p, c.text); !got[c.want] {
			t.Errorf("no %s in %q (got %v)", c.want, c.text, got)
		}
	}
}

// TestBareObliqueOff and TestMisreadMoreOff: with the rule off, the
// events are not coded.
func TestBareObliqueOff(t *testing.T) {
	failsWithout(t, coder.BareOblique, bareObliqueStories)
}

func TestMisreadMoreOff(t *testing.T) {
	failsWithout(t, coder.MisreadMore, misreadMoreStories)
}

// TestFrame29Rows checks the session's lexicon rows: congratulations
// sent (051), a question declined (011), a police contingent sent
// (074).
func TestFrame29Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"sent congratulations",
			"MOSCOW, May 27 (Sitrep) — The leaders of Laos and Cambodia sent congratulations to Russia's president on Monday after his inauguration.",
			[]string{"LAO>RUS 051", "KHM>RUS 051"}, nil},
		{"declined a question",
			"OTTAWA, May 27 (Sitrep) — Canada's foreign minister declined a question on Monday about the expelled Indian diplomats.",
			[]string{"CAN>- 011"}, nil},
		{"sent a contingent",
			"PORT MORESBY, May 27 (Sitrep) — Fiji will send a small police contingent to Papua New Guinea next week, its government said on Monday.",
			[]string{"FJI>PNG 074"}, nil},
	})
}
