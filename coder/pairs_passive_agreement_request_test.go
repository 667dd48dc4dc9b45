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

// requestStories tell of a request received: the requester's appeal to
// the receiver, not a visit. Made-up stories.
var requestStories = []story{
	{"no request received, the requester named",
		"KAMPALA, May 27 (Sitrep) — Uganda said on Monday it had received no request from Kenya to extradite the opposition politician.",
		[]string{"KEN>UGA 020 negated"}, []string{"UGA>KEN 043 negated", "KEN>UGA 042 negated"}},
	{"a request received",
		"VILNIUS, May 27 (Sitrep) — Lithuania has received a request from Poland for two more border guard patrols, the interior ministry said.",
		[]string{"POL>LTU 020 occurred"}, []string{"LTU>POL 043 occurred", "POL>LTU 042 occurred"}},
}

// TestReceivedRequest runs the stories through the whole pipeline.
func TestReceivedRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), requestStories, statusKey)
}

// TestReceivedRequestOff: with the rule off, the reception is a visit
// again.
func TestReceivedRequestOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ReceivedRequest = false
	defer func() { *coder.ReceivedRequest = true }()
	c := requestStories[0]
	checkStories(t, pipeline(t), []story{{c.name, c.text, []string{"KEN>UGA 042 negated"}, c.want}}, statusKey)
}
