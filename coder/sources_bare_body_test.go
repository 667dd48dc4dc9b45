package coder_test

import (
	"testing"

	"sitrep/coder"
)

// bareBodyStories: a denial by a government body named bare ("the
// ministry", "the commission"), in a story filed from one of its two
// sides, with no addressee (fifteenth session, govbody20). Made-up
// stories.
var bareBodyStories = []story{
	{"a council denies a delay",
		"LUSAKA, June 2 (Sitrep) — Zambia summoned Malawi's ambassador on Monday after Malawi accused Zambia of closing the border. The council denied any delay.",
		[]string{"ZMB>MWI 016"}, nil},
	{"a commission denies a charge",
		"LUSAKA, June 2 (Sitrep) — Zambia summoned Malawi's ambassador on Monday after Malawi accused Zambia of rigging the border vote. The electoral commission denied that votes had been lost.",
		[]string{"ZMB>MWI 016"}, nil},
	{"a ministry the parse splits from its article",
		"LUSAKA, June 2 (Sitrep) — Zambia closed its border with Malawi on Monday, and Malawi protested. The transport ministry denied that any trucks had been stranded.",
		[]string{"ZMB>MWI 016"}, nil},
}

// bareBodyKept: not a body that says it is no one's of the dateline.
var bareBodyKept = []story{
	{"a foreign government denies",
		"LUSAKA, June 2 (Sitrep) — Zambia summoned Malawi's ambassador on Monday after Malawi accused Zambia of closing the border. No foreign government denied any fraud.",
		nil, []string{"ZMB>MWI 016"}},
}

// TestBareBody runs the stories through the whole pipeline.
func TestBareBody(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, bareBodyStories)
	runStories(t, p, bareBodyKept)
}

// TestBareBodyOff: with the rule off, the denials have no source.
func TestBareBodyOff(t *testing.T) {
	var cases []offCase
	for _, c := range bareBodyStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.BareBodyDenials, cases)
}
