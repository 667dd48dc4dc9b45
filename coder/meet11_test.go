package coder_test

import (
	"testing"

	"sitrep/coder"
)

// visitMeetStories tell a visit or its hosting and, in another sentence
// of the same day, that the two sides met: one encounter, coded by the
// visit (eleventh session, meet11). Made-up stories.
var visitMeetStories = []story{
	{"a trip, then a meeting the same day",
		"VIENNA, June 2 (Sitrep) — Austria's chancellor travelled to Warsaw on Monday for his first foreign trip. He met Polish Prime Minister Donald Tusk on Monday and praised Poland's support for Ukraine, his office said.",
		[]string{"AUT>POL 042", "POL>AUT 043"}, []string{"AUT>POL 040", "POL>AUT 040"}},
	{"a hosting, then a meeting the same day",
		"NAIROBI, June 2 (Sitrep) — Kenya's President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Tuesday. Ruto met Abiy at State House in Nairobi on Tuesday, and the two leaders discussed the drought.",
		[]string{"KEN>ETH 043", "ETH>KEN 042"}, []string{"KEN>ETH 040", "ETH>KEN 040"}},
}

// TestVisitMeet runs the stories through the whole pipeline.
func TestVisitMeet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), visitMeetStories)
}

// TestVisitMeetOff: with the widening off, the bare meeting comes back.
func TestVisitMeetOff(t *testing.T) {
	comesBackWithout(t, coder.VisitConsult, visitMeetStories)
}

// guestlessStories host a summit or meetings and name no guest: no
// target is guessed from the story's sides (eleventh session, meet11).
// Made-up stories.
var guestlessStories = []story{
	{"a summit hosted, in a relative clause",
		"YEREVAN, June 2 (Sitrep) — Armenia accused Azerbaijan on Monday of shelling border villages. Kazakhstan, which hosted the summit, said it would keep supporting Armenia's bid to join the bloc.",
		nil, []string{"KAZ>ARM 043", "KAZ>AZE 043", "ARM>KAZ 042", "AZE>KAZ 042"}},
	{"meetings hosted by a presidency",
		"BERLIN, June 2 (Sitrep) — Germany and Austria said they would skip informal meetings hosted by the Slovak presidency, after Slovakia's prime minister held talks with Russia's president in Moscow.",
		[]string{"SVK>RUS 046"}, []string{"SVK>RUS 043", "SVK>DEU 043", "SVK>AUT 043", "RUS>SVK 042"}},
}

// TestGuestless runs the stories through the whole pipeline.
func TestGuestless(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), guestlessStories)
}

// TestGuestlessOff: with the rule off, a guessed guest comes back.
func TestGuestlessOff(t *testing.T) {
	comesBackWithout(t, coder.Guestless, guestlessStories)
}
