package coder_test

import "testing"

// TestJudgementReadAsObject: "called X a Y" with the judgement parsed as
// the object and the thing judged left elsewhere (a modifier of the
// judgement, the noun a relative clause hangs on, the noun before a zero
// relative) still meets the naming entry's complement; "what it called"
// glosses another act and judges nothing.
func TestJudgementReadAsObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"the thing judged a modifier of the judgement",
			"Chad shelled a Sudanese border post on Monday. Sudan called the shelling aggression.",
			[]string{"SDN>TCD 111"}, nil},
		{"a zero relative",
			"Chad expelled two Sudanese diplomats on Friday, a step Sudan called a provocation.",
			[]string{"SDN>TCD 111"}, nil},
		{"a relative clause",
			"Ghana closed its border with Togo, a decision that Lome called a mistake.",
			[]string{"TGO>GHA 111"}, nil},
		{"what it called",
			"Kenya expelled the Somali envoy, in what Mogadishu called an affront.",
			[]string{"KEN>SOM 174"}, []string{"SOM>KEN 111"}},
	}
	runStories(t, p, cases)
}
