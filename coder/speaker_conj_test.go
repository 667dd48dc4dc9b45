package coder_test

import (
	"testing"

	"sitrep"
)

// TestSpeakerConj: a speech act the parse coordinates with the clause a
// speaker reports or denies is the speaker's, made now, when that
// clause's subject names no actor (the sixth session's pass on entries
// that made no event, docs/events.md).
func TestSpeakerConj(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an accusation after a denial is the denier's, and not itself denied",
			"BOGOTA, May 27 (Sitrep) — Colombia's government denied that the shipment was linked to the rebels and accused Venezuela of a smear campaign.",
			[]string{"COL>VEN 016 occurred", "COL>VEN 112 occurred"}, []string{"COL>VEN 112 denied"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
	})
}
