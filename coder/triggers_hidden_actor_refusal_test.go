package coder_test

import (
	"testing"

	"sitrep/coder"
)

// scheduledStories put a meeting in an infinitive the parse hangs on
// "is expected" or "are scheduled" as an adverbial clause: the one
// expected meets (eleventh session, noevent11). Made-up stories.
var scheduledStories = []story{
	{"one leader expected to meet another",
		"BUCHAREST, May 27 (Sitrep) — Romanian President Klaus Iohannis is expected to meet Moldovan President Maia Sandu in Chisinau next week.",
		[]string{"ROU>MDA 040", "MDA>ROU 040"}, nil},
	{"two leaders scheduled to meet",
		"ROME, May 27 (Sitrep) — Italian Prime Minister Giorgia Meloni and Tunisian President Kais Saied are scheduled to meet in Tunis on Friday.",
		[]string{"ITA>TUN 040", "TUN>ITA 040"}, nil},
}

// TestScheduledSubject runs the stories through the whole pipeline.
func TestScheduledSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), scheduledStories)
}

// TestScheduledSubjectOff: with the rule off, no meeting is coded. (The
// second story parses as a complement and needs no rule.)
func TestScheduledSubjectOff(t *testing.T) {
	failsWithout(t, coder.ScheduledSubject, []offCase{
		{scheduledStories[0].text, "ROU>MDA 040"},
	})
}

// noTalksStories rule talks out with "there will be no talks": a refusal
// made now (125), not talks that will not happen (eleventh session,
// noevent11). Made-up stories; the past "there were no talks" stays
// talks not held.
var noTalksStories = []story{
	{"there would be no talks",
		"MOSCOW, May 27 (Sitrep) — Russia's foreign ministry said on Monday there would be no talks with Ukraine.",
		[]string{"RUS>UKR 125"}, []string{"RUS>UKR 046", "UKR>RUS 046"}},
	{"there will be no negotiations",
		"ADDIS ABABA, May 27 (Sitrep) — Ethiopia's government said there will be no negotiations with Eritrea.",
		[]string{"ETH>ERI 125"}, []string{"ETH>ERI 046", "ERI>ETH 046"}},
}

// TestExistentialRefusal runs the stories through the whole pipeline, and
// a past "there were no talks", which is no refusal.
func TestExistentialRefusal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), append(noTalksStories, story{"there were no talks",
		"MOSCOW, May 27 (Sitrep) — Russia's foreign ministry said there were no talks with Ukraine last week.",
		nil, []string{"RUS>UKR 125"}}))
}

// TestExistentialRefusalOff: with the rule off, the talks come back as
// negated consultation.
func TestExistentialRefusalOff(t *testing.T) {
	comesBackWithout(t, coder.ExistentialRefusal, noTalksStories)
}
