package coder_test

import (
	"testing"

	"sitrep/coder"
)

// samePastFormStories tell an act with a verb spelled alike in the
// present and the past and a bare weekday: the weekday is the last one,
// not the coming one (twenty-first session, date30). Made-up stories,
// published on 2024-05-28 (a Tuesday).
var samePastFormStories = []story{
	{"hit with a plural subject, told by a monitor",
		"Syrian drones hit Turkish soldiers near Kilis on Saturday, the same group said.",
		[]string{"SYR>TUR 195 2024-05-25"}, []string{"SYR>TUR 195 2024-06-01"}},
	{"hit, another monitor",
		"Russian jets hit Ukrainian positions near Bakhmut on Saturday, the monitor said.",
		[]string{"RUS>UKR 195 2024-05-25"}, []string{"RUS>UKR 195 2024-06-01"}},
}

// TestSamePastForm: the weekday is read in the past.
func TestSamePastForm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), samePastFormStories, datedKey)
}

// TestSamePastFormOff: with the rule off, the weekday is the coming one.
func TestSamePastFormOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.SamePastFormWeekday = false
	defer func() { *coder.SamePastFormWeekday = true }()
	var off []story
	for _, c := range samePastFormStories {
		off = append(off, story{c.name + " (rule off)", c.text, c.not, nil})
	}
	checkStories(t, pipeline(t), off, datedKey)
}
