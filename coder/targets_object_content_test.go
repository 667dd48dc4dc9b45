package coder_test

import (
	"testing"

	"sitrep/coder"
)

// billContentStories tell of an act on a bill described by what the bill
// would do to another country: the bill is of the home legislature, and
// the country inside the clause is no target (pair23). Made-up stories.
var billContentStories = []story{
	{"a veto of a bill that would let people sue a country",
		"WASHINGTON, May 3 (Sitrep) — Canada and the United States disagreed on timber tariffs on Monday. The U.S. president is expected to veto legislation that would allow fishermen to sue Canada.",
		[]string{"USA>USA 129"}, []string{"USA>CAN 129"}},
	{"a threat to veto a bill that allows lawsuits against a country",
		"WASHINGTON, May 3 (Sitrep) — Mexico and the United States held talks on water rights on Monday. The White House threatened to veto the bill that allows lawsuits against Mexico.",
		[]string{"USA>USA 130"}, []string{"USA>MEX 130"}},
}

// objectContentKept: a clause set off by a comma, one whose subject is a
// party, and a free relative keep the party as the target.
var objectContentKept = []story{
	{"a non-restrictive clause with a party for its subject",
		"STOCKHOLM, May 3 (Sitrep) — Turkey's foreign ministry condemned the rally, which Swedish police had authorised.",
		[]string{"TUR>SWE 111"}, nil},
	{"a free relative",
		"MANILA, May 3 (Sitrep) — The Philippines condemned what it called the dangerous actions of Chinese vessels.",
		[]string{"PHL>CHN 111"}, nil},
}

// TestObjectContent runs the stories through the whole pipeline.
func TestObjectContent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, billContentStories)
	runStories(t, p, objectContentKept)
}

// TestObjectContentOff: with either rule off, the country inside the
// clause comes back as the target.
func TestObjectContentOff(t *testing.T) {
	comesBackWithout(t, coder.ObjectContent, billContentStories)
	comesBackWithout(t, coder.BillContent, billContentStories)
}
