package coder_test

import (
	"testing"

	"sitrep/coder"
)

// issuedTextActs are acts whose doer is a text named again, told by the
// issuer in an earlier sentence (nineteenth session, cross28). Made-up
// stories.
var issuedTextActs = []story{
	{"a resolution adopted the sentence before condemns",
		"ACCRA, May 27 (Sitrep) — Ghanaian lawmakers adopted a resolution on the border dispute on Monday. The resolution condemned Togo for closing the crossing at Aflao.",
		[]string{"GHA>TGO 111"}, nil},
	{"a statement the issuer spoke in the sentence before accuses",
		"ACCRA, May 27 (Sitrep) — Ghana said in a statement on Monday that Togo had closed the crossing at Aflao. The statement accused Togo of breaking a regional agreement.",
		[]string{"GHA>TGO 112"}, nil},
}

// unissuedTexts name a text told before with an actor that is not its
// issuer: one that vetoed or rejected it (review21 finding 2). The
// text's later act is not that actor's. Made-up stories.
var unissuedTexts = []story{
	{"a vetoed resolution is not the vetoer's",
		"UNITED NATIONS, May 27 (Sitrep) — Russia vetoed a resolution on the siege of Aleppo on Monday. The resolution condemned Syria for bombing hospitals.",
		nil, []string{"RUS>SYR 111"}},
	{"a rejected report is not the rejecter's",
		"KIEV, May 27 (Sitrep) — Russia rejected a report on the crash of the airliner on Monday. The report accused Ukraine of failing to close its airspace.",
		nil, []string{"RUS>UKR 112"}},
}

// issuedTextJudged are judgements of a text named again: aimed at its
// issuer, not at the story's other side. Made-up stories.
var issuedTextJudged = []story{
	{"a case backed by a third country",
		"ARUSHA, May 27 (Sitrep) — Kenya has filed a case at the East African Court of Justice accusing Uganda of seizing Kenyan fishermen on Lake Victoria. Tanzania said it backed the case.",
		[]string{"TZA>KEN 051"}, []string{"TZA>UGA 051"}},
}

// issuedTextCycles are sentences whose text noun's earlier mention has
// the noun itself as its issuer's clause subject ("In a statement ...,
// the statement accused"): filedIssuer went round forever and the
// process died of a stack overflow (review21). Coding them must end;
// no event is asked of them.
var issuedTextCycles = []story{
	{"said-in statement, then the statement accuses",
		"In a statement on Friday, the statement accused Israel of blocking aid.", nil, nil},
	{"citing a report, then the report accuses",
		"Citing a report released in March, the report accuses Israel of blocking aid.", nil, nil},
	{"referring to a resolution, then the resolution condemns",
		"Referring to a resolution adopted in 2016, the resolution condemns Israel.", nil, nil},
	{"after a statement, then the statement released later accuses",
		"After an initial statement on Friday, the statement released on Sunday accused Israel of blocking aid.", nil, nil},
	{"drawing on a report, then the report criticises",
		"Drawing on a report published last year, the report criticises Israel.", nil, nil},
}

// unissuedTextBranches pin two stops of the rule (review21 finding 5):
// an indefinite earlier mention with no issuer ends the search, so a
// text told before it is not reached; and a text the judge's own side
// issued leaves the judgement's target to the story's sides (without
// the stop the target is the judge's own country and the event is
// dropped as a self-pair; whether the sides' guess is right is that
// rule's question, not this one's). Made-up stories.
var unissuedTextBranches = []story{
	{"an indefinite mention with no issuer ends the search",
		"ACCRA, May 27 (Sitrep) — Ghanaian lawmakers adopted a resolution on the border dispute on Monday. A resolution was also tabled in the regional assembly. The resolution condemned Togo for closing the crossing at Aflao.",
		nil, []string{"GHA>TGO 111"}},
	{"praise of one's own side's case keeps the story's sides",
		"ARUSHA, May 27 (Sitrep) — Kenya has filed a case at the East African Court of Justice accusing Uganda of seizing Kenyan fishermen on Lake Victoria. Kenya's foreign minister praised the case on Tuesday.",
		[]string{"KEN>UGA 051"}, []string{"KEN>KEN 051"}},
}

// TestFiledIssuer runs the stories through the whole pipeline.
func TestFiledIssuer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, issuedTextActs)
	runStories(t, p, issuedTextJudged)
	runStories(t, p, issuedTextCycles)
	runStories(t, p, unissuedTexts)
	runStories(t, p, unissuedTextBranches)
}

// TestFiledIssuerOff: with the rule off, the text's act has no source,
// and the judgement of the text goes to the story's other side again.
func TestFiledIssuerOff(t *testing.T) {
	var cases []offCase
	for _, c := range issuedTextActs {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.FiledIssuers, cases)
	comesBackWithout(t, coder.FiledIssuers, issuedTextJudged)
}
