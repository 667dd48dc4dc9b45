package coder_test

import (
	"testing"

	"sitrep/coder"
)

// strongWordStories: a speaker's verdict told with a word of blame the
// older lists lacked (judge29). Made-up stories.
var strongWordStories = []story{
	{"an act called unilateral",
		"NEW DELHI (Sitrep) — India's foreign minister Arun Mehta said Nepal's decision to close the crossing was unilateral.",
		[]string{"IND>NPL 111"}, nil},
	{"an actor called insolent in a quote",
		"WASHINGTON (Sitrep) — \"U.S. Governor Ellen Ridge was very insolent,\" U.S. Senator Mark Dalton told reporters on Tuesday.",
		[]string{"USA>USA 111"}, nil},
	{"a resolved he judged",
		"WASHINGTON (Sitrep) — U.S. Governor Tom Ridge spoke in Ohio on Monday. \"He is unstable,\" U.S. Senator Mark Dalton told reporters on Tuesday.",
		[]string{"USA>USA 111"}, nil},
	{"a negated word of approval",
		"BERLIN (Sitrep) — German Defence Minister Karl Brandt said Russia's remarks were not acceptable.",
		[]string{"DEU>RUS 111"}, nil},
}

// strongWordGuards: no criticism for a claim called ridiculous (a
// denial), a guess, or a negated word of blame.
var strongWordGuards = []story{
	{"a claim called ridiculous is a denial",
		"MOSCOW (Sitrep) — Russia's foreign ministry said Poland's accusation was ridiculous.",
		nil, []string{"RUS>POL 111"}},
	{"a guess under would",
		"NEW DELHI (Sitrep) — India's foreign minister Arun Mehta said Nepal's decision would be unilateral.",
		nil, []string{"IND>NPL 111"}},
	{"a negated word of blame",
		"NEW DELHI (Sitrep) — India's foreign minister Arun Mehta said Nepal's decision was not unilateral.",
		nil, []string{"IND>NPL 111"}},
	{"'unilateral' modifying a move describes it (review23 finding 9)",
		"WASHINGTON (Sitrep) — The State Department said Israel's unilateral move would help the talks.",
		nil, []string{"USA>ISR 111"}},
	{"'aggressive' modifying a campaign describes it (review23 finding 9)",
		"BEIJING (Sitrep) — China's foreign ministry said Japan's aggressive campaign had won votes in the region.",
		nil, []string{"CHN>JPN 111"}},
}

// TestStrongWords runs the stories through the whole pipeline.
func TestStrongWords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, strongWordStories)
	runStories(t, p, strongWordGuards)
}

// TestStrongWordsOff: with the words off, the wanted events are lost.
func TestStrongWordsOff(t *testing.T) {
	lostWithoutJudge(t, coder.StrongNegative, strongWordStories)
}

// speechOblStories: the that-clause the parse hangs on the speech verb's
// oblique or object is its complement.
var speechOblStories = []story{
	{"said on a day that",
		"NEW DELHI (Sitrep) — India's foreign minister Arun Mehta said on Saturday that Nepal's decision was unacceptable.",
		[]string{"IND>NPL 111"}, nil},
}

// TestSpeechObl runs the stories, and loses them with the rule off.
func TestSpeechObl(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), speechOblStories)
	lostWithoutJudge(t, coder.SpeechObl, speechOblStories)
}

// speechConjStories: a verdict coordinated with the told clause.
var speechConjStories = []story{
	{"and is in breach",
		"BRUSSELS (Sitrep) — \"The missile test carried out by North Korea threatens the region and is in clear breach of the resolutions,\" NATO Secretary General Lars Holm said.",
		[]string{"IGOWSTNAT>PRK 111"}, nil},
}

// TestSpeechConj runs the stories, and loses them with the rule off.
func TestSpeechConj(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), speechConjStories)
	lostWithoutJudge(t, coder.SpeechConj, speechConjStories)
}

// ownedStories: the owner of a judged act, named other than by a
// possessive, is the one criticised.
var ownedStories = []story{
	{"the subject that made the remarks",
		"WASHINGTON (Sitrep) — The State Department said Colombia's president had made reckless remarks.",
		[]string{"USA>COL 111"}, nil},
	{"a noun of blame staged by its owner",
		"MOSCOW (Sitrep) — Russian Foreign Minister Pavel Orlov said on Monday that Ukraine had staged a provocation.",
		[]string{"RUS>UKR 111"}, nil},
}

// ownedGuards: a noun of blame that only names what another is told of.
var ownedGuards = []story{
	{"a party to another's aggression",
		"KYIV (Sitrep) — Ukraine's foreign ministry said the report proved that Belarus was a party to Russia's aggression.",
		nil, []string{"UKR>RUS 111"}},
	{"a country named before a policy is its topic (review23 finding 7)",
		"WASHINGTON (Sitrep) — The State Department said the reckless China policy had failed.",
		nil, []string{"USA>CHN 111"}},
	{"a place named before an attack is its victim (review23 finding 7)",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that the brutal Gaza attack had killed 40 people.",
		nil, []string{"USA>PSE 111"}},
}

// TestJudgedOwners runs the stories, and loses them with the rule off.
func TestJudgedOwners(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ownedStories)
	runStories(t, p, ownedGuards)
	lostWithoutJudge(t, coder.JudgedOwners, ownedStories)
}

// TestBlameRows: the rows judge29 added to the lexicon (boo, and the
// words of class:judgement that call gives its object).
func TestBlameRows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"booed",
			"WASHINGTON (Sitrep) — Supporters of U.S. Senator Mark Dalton loudly booed U.S. Governor Ellen Ridge on Tuesday.",
			[]string{"USA>USA 111"}, nil},
		{"called antisemitic",
			"JERUSALEM (Sitrep) — Israeli Foreign Minister Avi Peretz called Colombia's president antisemitic on Wednesday.",
			[]string{"ISR>COL 111"}, nil},
	})
}
