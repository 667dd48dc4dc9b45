package coder_test

import (
	"testing"

	"sitrep/coder"
)

// happeningTopicStories tell of a refusal to comment on a happening no
// party owns (a strike, a deal, ship movements): it is aimed at no one,
// not at the story's other side (pair18). Made-up stories.
var happeningTopicStories = []story{
	{"a refusal to comment on a strike",
		"QUITO, May 3 (Sitrep) — Colombia recalled its ambassador from Quito on Monday. Ecuador's foreign ministry declined to comment on the strike.",
		[]string{"ECU>- 011"}, []string{"ECU>COL 011"}},
	{"a refusal to comment on ship movements",
		"OSLO, May 3 (Sitrep) — Denmark expelled a Norwegian diplomat on Monday. Norway declined to comment on submarine movements.",
		[]string{"NOR>- 011"}, []string{"NOR>DNK 011"}},
}

// ownedTopicStories keep the guessed or named target when the topic names
// a party, has an owner or is someone's words or decision.
var ownedTopicStories = []story{
	{"a topic that names a country",
		"QUITO, May 3 (Sitrep) — Colombia recalled its ambassador from Quito on Monday. Ecuador's foreign ministry declined to comment on Colombia.",
		[]string{"ECU>COL 011"}, nil},
	{"a topic that is someone's words",
		"QUITO, May 3 (Sitrep) — Colombia recalled its ambassador from Quito on Monday. Ecuador's foreign ministry declined to comment on the request.",
		[]string{"ECU>COL 011"}, nil},
	{"a topic with an owner",
		"QUITO, May 3 (Sitrep) — Colombia recalled its ambassador from Quito on Monday. Ecuador's foreign ministry declined to comment on their criticism.",
		[]string{"ECU>COL 011"}, nil},
}

// TestHappeningTopic runs the stories through the whole pipeline.
func TestHappeningTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, happeningTopicStories)
	runStories(t, p, ownedTopicStories)
}

// TestHappeningTopicOff: with the rule off, a guessed target comes back.
func TestHappeningTopicOff(t *testing.T) {
	comesBackWithout(t, coder.HappeningTopic, happeningTopicStories)
}
