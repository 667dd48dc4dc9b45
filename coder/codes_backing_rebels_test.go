package coder_test

import (
	"testing"

	"sitrep/coder"
)

// backRebelsStories back an armed group: coded as aid (070), not as
// endorsement (051) (fourteenth session, lowprec18c). Made-up stories.
var backRebelsStories = []story{
	{"denied supporting the rebels",
		"KAMPALA, May 3 (Sitrep) — Uganda's foreign minister on Friday denied that Uganda supported the M23 rebels fighting in eastern Congo.",
		[]string{"UGA>COD 070"}, []string{"UGA>COD 051"}},
	{"denies backing an armed group",
		"NIAMEY, June 2 (Sitrep) — Niger's government on Monday denied backing any armed group in northern Mali.",
		nil, []string{"NER>MLI 051"}},
}

// TestBackRebels runs the stories through the whole pipeline.
func TestBackRebels(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), backRebelsStories)
}

// TestBackRebelsOff: with the rule off, the endorsement comes back.
func TestBackRebelsOff(t *testing.T) {
	comesBackWithout(t, coder.BackRebels, backRebelsStories)
}
