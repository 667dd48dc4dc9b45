package coder_test

import (
	"testing"

	"sitrep/coder"
)

// datelineCrowdStories: a crowd the actor coder places nowhere protests
// in a story filed from a city of one of its two main sides, which is
// not about that country's own affairs alone (sixteenth session,
// realmiss). Made-up stories.
var datelineCrowdStories = []story{
	{"protesters rally in a story filed from a region of one side",
		"BELFAST, Northern Ireland — Sinn Fein said on Tuesday it would go back to the power-sharing talks, and Ireland praised the decision. Irish ministers met Sinn Fein leaders in Dublin. About 3,000 protesters rallied in Derry against the marching season.",
		[]string{"GBR>GBR 141"}, nil},
	{"demonstrators march",
		"BELFAST, Northern Ireland — Sinn Fein said on Tuesday it would go back to the power-sharing talks, and Ireland praised the decision. Irish ministers met Sinn Fein leaders in Dublin. Demonstrators marched through the city centre on Wednesday against the new curfew.",
		[]string{"GBR>GBR 141"}, nil},
}

// datelineCrowdKept: a crowd of another country, named so, is not the
// dateline's.
var datelineCrowdKept = []story{
	{"foreign protesters",
		"BELFAST, Northern Ireland — Sinn Fein said on Tuesday it would go back to the power-sharing talks, and Ireland praised the decision. Irish ministers met Sinn Fein leaders in Dublin. Foreign protesters rallied in Derry against the marching season.",
		nil, []string{"GBR>GBR 141"}},
}

// TestDatelineCrowd runs the stories through the whole pipeline.
func TestDatelineCrowd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, datelineCrowdStories)
	runStories(t, p, datelineCrowdKept)
}

// TestDatelineCrowdOff: with the rule off, the protests have no source.
func TestDatelineCrowdOff(t *testing.T) {
	var cases []offCase
	for _, c := range datelineCrowdStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.DatelineCrowd, cases)
}
