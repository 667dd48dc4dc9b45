package coder_test

import (
	"testing"

	"sitrep/coder"
)

// agreedPassiveStories tell of an agreement in an agentless passive after
// the two sides' talks: it is the sides' agreement (twelfth session,
// fresh16r). Made-up stories.
var agreedPassiveStories = []story{
	{"no agreement reached, after talks",
		"OSLO, May 27 (Sitrep) — Norway and Iceland held two days of talks on fishing quotas in Reykjavik. No agreement was reached, and the two delegations will meet again in June.",
		[]string{"NOR>ISL 057 negated", "ISL>NOR 057 negated"}, nil},
	{"a deal that could be signed",
		"OSLO, May 27 (Sitrep) — Norway and Iceland held two days of talks on fishing quotas in Reykjavik. Norway's minister said a deal on quotas could be signed before the end of the month.",
		[]string{"NOR>ISL 057 hypothetical", "ISL>NOR 057 hypothetical"}, nil},
}

// homeAgreementStories are one country's own affairs: no side is guessed.
var homeAgreementStories = []story{
	{"talks at home",
		"NAIROBI, May 27 (Sitrep) — Kenya's government and striking doctors held talks in Nairobi on Monday. No agreement was reached, and the strike will go on.",
		nil, []string{"KEN>KEN 057 negated", "KEN>KEN 057 occurred"}},
}

// TestAgreedPassive runs the stories through the whole pipeline.
func TestAgreedPassive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	checkStories(t, p, agreedPassiveStories, statusKey)
	checkStories(t, p, homeAgreementStories, statusKey)
}

// TestAgreedPassiveOff: with the rule off, the agreements are gone.
func TestAgreedPassiveOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.AgreedPassive = false
	defer func() { *coder.AgreedPassive = true }()
	var gone []story
	for _, c := range agreedPassiveStories {
		gone = append(gone, story{c.name, c.text, nil, c.want})
	}
	checkStories(t, pipeline(t), gone, statusKey)
}

// TestNoPassiveSubjectOff: with the status rule off, "No agreement was
// reached" is told as occurred.
func TestNoPassiveSubjectOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.NoPassiveSubject = false
	defer func() { *coder.NoPassiveSubject = true }()
	c := agreedPassiveStories[0]
	checkStories(t, pipeline(t), []story{{c.name, c.text, []string{"NOR>ISL 057 occurred"}, c.want}}, statusKey)
}
