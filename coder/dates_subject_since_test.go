package coder_test

import (
	"testing"

	"sitrep/coder"
)

// subjectSinceStories name when the subject's state began, inside the
// subject: the act keeps the publication day (twenty-first session,
// date30). Made-up stories, published on 2024-05-28.
var subjectSinceStories = []story{
	{"a leader in power since a year",
		"Kagame, in power since 2000, thanked voters and warned Burundi against meddling in the vote.",
		[]string{"RWA>BDI 130 2024-05-28"}, []string{"RWA>BDI 130 2000"}},
}

// TestSubjectSince: the act is not dated by the subject's "since".
func TestSubjectSince(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), subjectSinceStories, datedKey)
}

// TestSubjectSinceOff: with the rule off, the act takes the year (and
// may be dropped as background dated before the story).
func TestSubjectSinceOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.SubjectSince = false
	defer func() { *coder.SubjectSince = true }()
	var off []story
	for _, c := range subjectSinceStories {
		off = append(off, story{c.name + " (rule off)", c.text, nil, c.want})
	}
	checkStories(t, pipeline(t), off, datedKey)
}
