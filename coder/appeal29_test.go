package coder_test

import (
	"testing"

	"sitrep/coder"
)

// apologyDemandStories: an appeal that asks its addressee to apologise is
// a demand (100), and a call for an official's impeachment a demand for a
// change of leadership (1041), not a bare appeal (020) (appeal29). Made-up
// stories.
var apologyDemandStories = []story{
	{"called on a neighbour to apologise",
		"ROME, May 28 (Sitrep) — Italy's foreign ministry on Tuesday called on Malta to apologise for the remarks of its interior minister.",
		[]string{"ITA>MLT 100"}, []string{"ITA>MLT 020"}},
	{"urged a neighbour to apologise",
		"ATHENS, May 28 (Sitrep) — Greece urged Turkey to apologise for the incident off Lesbos.",
		[]string{"GRC>TUR 100"}, []string{"GRC>TUR 020"}},
}

// impeachmentStories: the call for an impeachment, which line 1139's call
// for anything would take as a bare appeal.
var impeachmentStories = []story{
	{"called for a minister's impeachment",
		"LIMA, May 28 (Sitrep) — Peruvian opposition lawmakers on Tuesday called for the impeachment of Interior Minister Juan Santiváñez over the police response to the protests.",
		[]string{"PER>PER 1041"}, []string{"PER>PER 020"}},
}

// coSourceAppealStories: two leaders who appeal together do not appeal to
// each other, though each is the story's other side for the other.
var coSourceAppealStories = []story{
	{"a joint appeal of the story's two sides",
		"ASTANA, May 28 (Sitrep) — Russia and Kazakhstan signed a trade agreement on Tuesday. In a joint statement, Putin and Tokayev called for the swift ratification of the agreement.",
		nil, []string{"RUS>KAZ 020", "KAZ>RUS 020"}},
}

// rejectedRemarksStories: remarks rejected are disapproved of (111), not a
// proposal rejected (120).
var rejectedRemarksStories = []story{
	{"rejected a leader's remarks",
		"ANKARA, May 28 (Sitrep) — Turkey on Tuesday rejected the Greek prime minister's remarks about the Aegean islands.",
		[]string{"TUR>GRC 111"}, []string{"TUR>GRC 120"}},
}

// heldTopicStories: an appeal told as what critics say of its speaker is
// the topic of their criticism, not an appeal of the story.
var heldTopicStories = []story{
	{"criticism that a leader was urging a neighbour",
		"WARSAW, May 28 (Sitrep) — The remarks drew criticism that Orban was urging Ukraine to give up territory.",
		nil, []string{"HUN>UKR 020"}},
}

// audienceStories: an appeal to people at large names no party.
var audienceStories = []story{
	{"called on critics at large",
		"CARACAS, May 28 (Sitrep) — Venezuela and Guyana traded accusations over the Essequibo region on Tuesday. Maduro called on critics to stop spreading lies about the referendum.",
		nil, []string{"VEN>GUY 020", "VEN>VEN 020"}},
}

// promisedActStories: a pledge to impose sanctions is the sanctions,
// planned, not an intent (030) beside them.
var promisedActStories = []story{
	{"pledged to impose sanctions",
		"BRUSSELS, May 28 (Sitrep) — Belarus forced a passenger jet to land in Minsk on Sunday. The European Union pledged on Tuesday to impose further sanctions on Belarus.",
		[]string{"IGOEUREEC>BLR 163"}, []string{"IGOEUREEC>BLR 030"}},
}

// readinessNounStories: an interest in resuming talks offers them (036);
// no talks are held.
var readinessNounStories = []story{
	{"interest in resuming talks",
		"BEIRUT, May 28 (Sitrep) — Israeli and Lebanese forces exchanged fire on Monday. Lebanon has indicated its interest in resuming talks with Israel.",
		[]string{"LBN>ISR 036"}, []string{"LBN>ISR 046", "ISR>LBN 046"}},
	{"a desire to resume talks (review23 finding 6)",
		"BEIRUT, May 28 (Sitrep) — Israeli and Lebanese forces exchanged fire on Monday. Lebanon has expressed a desire to resume talks with Israel.",
		[]string{"LBN>ISR 036"}, []string{"LBN>ISR 046", "ISR>LBN 046"}},
}

// looseAidStories: the verb "aid" told as done codes no aid (070).
var looseAidStories = []story{
	{"ships aided by other navies",
		"MANILA, May 28 (Sitrep) — Chinese vessels blocked a Philippine supply boat on Monday. The Philippine ships are aided by Japan and Australia.",
		nil, []string{"JPN>CHN 070", "AUS>CHN 070", "JPN>PHL 070", "AUS>PHL 070"}},
}

// subjectTimeStories: "now" in the subject's description does not date
// the act; "last year" does, and the appeal is background.
var subjectTimeStories = []story{
	{"now a think tank's director, urged last year",
		"LONDON, May 28 (Sitrep) — Ukraine asked Britain for more air defence systems on Tuesday. Johnson, now director of a think tank, urged Ukraine last year to reject any ceasefire.",
		nil, []string{"GBR>UKR 020"}},
}

// dutyNounStories: talks a party "should" engage in are asked for, not
// held.
var dutyNounStories = []story{
	{"should engage in talks",
		"PRETORIA, May 28 (Sitrep) — South Africa's foreign minister said on Tuesday that Rwanda should withdraw its troops from eastern Congo and engage in serious talks with Kinshasa.",
		nil, []string{"RWA>COD 046", "COD>RWA 046"}},
}

// dutyNounGuardStories: talks that are not what the duty asks for are
// kept (review24 finding 5).
var dutyNounGuardStories = []story{
	{"must, then a conjunct with its own subject and tense",
		"KAMPALA, May 28 (Sitrep) — Uganda must pull its soldiers out of South Sudan, and Uganda's defence minister joined talks with his Sudanese counterpart in Juba on Monday.",
		[]string{"UGA>SDN 046"}, nil},
	{"should, then a conjunct with its own subject and tense",
		"KAMPALA, May 28 (Sitrep) — Uganda should pull its soldiers out of South Sudan, and Uganda's defence minister joined talks with his Sudanese counterpart in Juba on Monday.",
		[]string{"UGA>SDN 046"}, nil},
}

// pleaStories: a plea in court is no appeal, with "innocent" read as the
// modifier of "charges".
var pleaStories = []story{
	{"pleaded innocent to charges",
		"MOSCOW, May 28 (Sitrep) — Russia accused Ukraine of sabotage on Tuesday. A Ukrainian journalist held in Moscow has pleaded innocent to charges that she spied for Kyiv.",
		nil, []string{"UKR>RUS 020", "UKR>UKR 020"}},
}

// meansGerundStories: the doer of "by rejecting" is the clause's subject,
// not the noun the parse hangs the gerund on (whom the rejection is aimed
// at is not what these stories test).
var meansGerundStories = []story{
	{"dealt a blow to a policy by rejecting a treaty",
		"BUDAPEST, May 28 (Sitrep) — Hungarian lawmakers dealt a blow to European Union foreign policy by rejecting a treaty that would tie Serbia closer to the bloc.",
		nil, []string{"IGOEUREEC>HUN 120"}},
}

// TestAppeal29 runs the stories through the whole pipeline.
func TestAppeal29(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, apologyDemandStories)
	runStories(t, p, impeachmentStories)
	runStories(t, p, coSourceAppealStories)
	runStories(t, p, rejectedRemarksStories)
	runStories(t, p, heldTopicStories)
	runStories(t, p, audienceStories)
	runStories(t, p, promisedActStories)
	runStories(t, p, readinessNounStories)
	runStories(t, p, looseAidStories)
	runStories(t, p, subjectTimeStories)
	runStories(t, p, dutyNounStories)
	runStories(t, p, dutyNounGuardStories)
	runStories(t, p, pleaStories)
	runStories(t, p, meansGerundStories)
}

// TestAppeal29Off: with the switches off, the bare appeals come back.
func TestAppeal29Off(t *testing.T) {
	comesBackWithout(t, coder.ListedFirst, impeachmentStories)
	comesBackWithout(t, coder.CoSourceAppeal, coSourceAppealStories)
	comesBackWithout(t, coder.HeldTopic, heldTopicStories)
	comesBackWithout(t, coder.AudienceAppeal, audienceStories)
	comesBackWithout(t, coder.PromisedAct, promisedActStories)
	comesBackWithout(t, coder.ReadinessNoun, readinessNounStories)
	comesBackWithout(t, coder.LooseAid, looseAidStories)
	comesBackWithout(t, coder.SubjectTime, subjectTimeStories)
	comesBackWithout(t, coder.DutyNoun, dutyNounStories)
	comesBackWithout(t, coder.PleaNext, pleaStories)
	comesBackWithout(t, coder.MeansGerund, meansGerundStories)
}
