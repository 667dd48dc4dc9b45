package coder_test

import (
	"testing"

	"sitrep/coder"
)

// perfectInfinitiveStories condemn a claim told in the perfect
// infinitive with a day: the day is the claimed act's, and the
// condemning keeps the publication day (twenty-first session, date30).
// Made-up stories, published on 2024-05-28 (a Tuesday).
var perfectInfinitiveStories = []story{
	{"a noun's perfect infinitive",
		"Kenya condemned Somalia's claim to have shelled the border town on Sunday.",
		[]string{"KEN>SOM 111 2024-05-28", "SOM>KEN 194 2024-05-26"}, []string{"KEN>SOM 111 2024-05-26"}},
	{"the perfect infinitive hung on the verb",
		"Ghana condemned Togo's claim to have arrested the smugglers on Friday.",
		[]string{"GHA>TGO 111 2024-05-28"}, []string{"GHA>TGO 111 2024-05-24"}},
}

// TestPerfectInfinitive: the condemning is not dated by the claimed act.
func TestPerfectInfinitive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), perfectInfinitiveStories, datedKey)
}

// TestPerfectInfinitiveOff: with the rule off, the condemning takes the
// claimed act's day.
func TestPerfectInfinitiveOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.PerfectInfinitive = false
	defer func() { *coder.PerfectInfinitive = true }()
	var off []story
	for _, c := range perfectInfinitiveStories {
		off = append(off, story{c.name + " (rule off)", c.text, c.not, nil})
	}
	checkStories(t, pipeline(t), off, datedKey)
}
