package coder_test

import (
	"testing"

	"sitrep/coder"
)

// asideSubjectStories: a subject parted from its verb by an aside set
// off by commas is still the verb's (lex32); a participle after its noun
// takes no subject so. Made-up stories.
var asideSubjectStories = []story{
	{"a letter between the minister and the verb",
		"CAIRO (Sitrep) — Egypt's foreign minister, in a letter to the Arab League, also urged Sudan to stop the fighting.",
		[]string{"EGY>SDN 0256"}, nil},
	{"have, in fact, accused",
		"CAIRO (Sitrep) — Egyptian officials have, in fact, accused Ethiopia of filling the dam.",
		[]string{"EGY>ETH 112"}, nil},
	{"including, read as a preposition, in the aside",
		"NAIROBI (Sitrep) — Several leading Kenyan lawmakers, including two former ministers, criticised Uganda over the border closure.",
		[]string{"KEN>UGA 111"}, nil},
	{"a participle after its noun: the report praised, no subject found",
		"NAIROBI (Sitrep) — The report, released on Monday by Kenyan officials, praised Tanzania for its help.",
		nil, []string{"KEN>TZA 051"}},
}

// TestAsideSubject runs the stories through the whole pipeline.
func TestAsideSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), asideSubjectStories)
}

// TestAsideSubjectOff: with the rule off, the verbs past the aside find
// no source.
func TestAsideSubjectOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.AsideSubject = false
	defer func() { *coder.AsideSubject = true }()
	runStories(t, pipeline(t), []story{
		{"a letter between, rule off", asideSubjectStories[0].text, nil, []string{"EGY>SDN 0256"}},
		{"have, in fact, rule off", asideSubjectStories[1].text, nil, []string{"EGY>ETH 112"}},
		{"including, rule off", asideSubjectStories[2].text, nil, []string{"KEN>UGA 111"}},
	})
}
