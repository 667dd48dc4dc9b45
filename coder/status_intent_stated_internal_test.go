package coder

import (
	"testing"

	"sitrep"
)

// TestIntentsStatedByCode: an intent stated now is made occurred by its
// trigger and its code; another planned event of the same trigger stays
// planned (mend17: the mark was the trigger's offset alone).
func TestIntentsStatedByCode(t *testing.T) {
	a := &article{intentsNow: map[intentKey]bool{{start: 10, code: "036"}: true}}
	evs := []sitrep.Event{
		{CAMEO: "036", Status: sitrep.StatusPlanned, Trigger: sitrep.Span{Start: 10}},
		{CAMEO: "042", Status: sitrep.StatusPlanned, Trigger: sitrep.Span{Start: 10}},
	}
	a.intentsStated(evs)
	if evs[0].Status != sitrep.StatusOccurred {
		t.Errorf("the intent: %s, want occurred", evs[0].Status)
	}
	if evs[1].Status != sitrep.StatusPlanned {
		t.Errorf("the visit of the same trigger: %s, want planned", evs[1].Status)
	}
}
