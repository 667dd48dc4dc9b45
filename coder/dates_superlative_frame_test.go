package coder_test

import (
	"testing"

	"sitrep/coder"
)

// superlativeStories compare the act within a stretch of time: the act
// keeps the publication day (twenty-first session, date30). Made-up
// stories, published on 2024-05-28.
var superlativeStories = []story{
	{"the largest attack of the winter",
		"Russia launched one of its largest air attacks of the winter on Ukraine overnight.",
		[]string{"RUS>UKR 190 2024-05-28"}, nil},
}

// TestSuperlativeFrame: the winter does not date the attack.
func TestSuperlativeFrame(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), superlativeStories, datedKey)
}

// TestSuperlativeFrameOff: with the rule off, the attack is dated by the
// winter before the story and dropped as background.
func TestSuperlativeFrameOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.SuperlativeFrame = false
	defer func() { *coder.SuperlativeFrame = true }()
	var off []story
	for _, c := range superlativeStories {
		off = append(off, story{c.name + " (rule off)", c.text, nil, c.want})
	}
	checkStories(t, pipeline(t), off, datedKey)
}
