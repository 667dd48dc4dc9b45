package coder_test

import (
	"testing"

	"sitrep"
)

// withdrawFromBodyStories: leaving a committee or an organisation reduces
// relations (160), and a team leaving a sporting fixture is no event; neither
// is a military retreat (0874). Tenth session, killsrc10. Made-up stories.
var withdrawFromBodyStories = []story{
	{"leaving a joint commission",
		"NIAMEY, May 3 (Sitrep) — Niger said on Friday it was withdrawing from a joint border commission with Benin after the two countries failed to agree on trade.",
		[]string{"NER>BEN 160"}, []string{"NER>BEN 0874"}},
	{"troops still retreat",
		"KHARTOUM, June 9 (Sitrep) — Sudan withdrew its troops from the border town on Sunday under a deal with Chad, officials said.",
		[]string{"SDN>TCD 0874"}, nil},
}

func TestWithdrawFromBody(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), withdrawFromBodyStories)
}

// sportFixtureStories: no retreat is coded, whatever the pair.
var sportFixtureStories = []story{
	{"a board leaving a championship",
		"COLOMBO, June 9 (Sitrep) — Sri Lanka protested to India on Sunday over the arrest of its fishermen. Sri Lanka withdrew from a four-nation championship in India, officials said.",
		nil, []string{"0874"}},
	{"a team pulling out of a series",
		"DHAKA, June 9 (Sitrep) — Bangladesh accused Myanmar on Sunday of shelling a border village. Bangladesh's cricket board withdrew from a triangular series in Myanmar in protest.",
		nil, []string{"0874"}},
}

func TestWithdrawFromFixture(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), sportFixtureStories, func(e sitrep.Event) string { return e.CAMEO })
}
