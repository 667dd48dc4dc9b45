package coder_test

import (
	"testing"

	"sitrep/coder"
)

// theyMetStories: "they" meeting, with no partner named, are the parties
// the sentence before named as its subject (sixteenth session, pnmiss).
// Made-up stories.
var theyMetStories = []story{
	{"the leaders of three countries",
		"The leaders of Argentina, Chile and Uruguay criticised the new tariffs on Friday. As they met in Montevideo, farmers protested outside.",
		[]string{"ARG>CHL 040", "CHL>URY 040", "URY>ARG 040"}, nil},
	{"the leaders of three countries, in turn",
		"The leaders of the Netherlands, Belgium and Luxembourg took turns praising the new rail link. As they met in Brussels, farmers blocked the roads.",
		[]string{"NLD>LUX 040", "BEL>LUX 040"}, nil},
}

// theyMetKept: "they" meeting a partner named is not turned on the
// parties before.
var theyMetKept = []story{
	{"they met a third party",
		"Kenya and Tanzania signed a border accord on Monday. They met Uganda's president in Arusha on Tuesday.",
		[]string{"KEN>UGA 040"}, []string{"KEN>TZA 040"}},
}

// TestTheyMet runs the stories through the whole pipeline.
func TestTheyMet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, theyMetStories)
	runStories(t, p, theyMetKept)
}

// TestTheyMetOff: with the rule off, the meetings are not coded so.
func TestTheyMetOff(t *testing.T) {
	var cases []offCase
	for _, c := range theyMetStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.TheyMet, cases)
}
