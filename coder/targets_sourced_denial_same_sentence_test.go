package coder_test

import (
	"testing"

	"sitrep/coder"
)

// sameSentenceSourcedStories deny an act their own sentence told first
// with a trailing ", according to X": X is the teller, not an accuser,
// and the denial answers no one (the gold guide's '-'), neither the
// act's victim or place nor the story's earlier accuser (sixteenth
// session, deny21). Made-up stories.
var sameSentenceSourcedStories = []story{
	{"the victim of the denied act",
		"ANKARA, May 27 (Sitrep) — Turkish warships blocked a Greek survey vessel near Kastellorizo on Sunday, according to Greek newspapers; the Turkish navy denied stopping any ship.",
		[]string{"TUR>- 016"}, []string{"TUR>GRC 016"}},
	{"the story's earlier accuser",
		"TBILISI, May 27 (Sitrep) — Georgia accused Russia of moving border markers last month. Russian troops fenced off a village near Gori on Sunday, according to local residents; Moscow denied building any fence.",
		[]string{"RUS>- 016"}, []string{"RUS>GEO 016"}},
}

// sameSentenceKeptStories are denials the rule leaves: a sentence that
// opens with its teller makes the claim the teller's own.
var sameSentenceKeptStories = []story{
	{"a fronted teller",
		"ANKARA, May 27 (Sitrep) — According to Greek officials, Turkish warships blocked a Greek survey vessel near Kastellorizo on Sunday; Ankara denied this.",
		[]string{"TUR>GRC 016"}, []string{"TUR>- 016"}},
}

// TestSameSentenceSourcedDenial runs the stories through the whole
// pipeline.
func TestSameSentenceSourcedDenial(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, sameSentenceSourcedStories)
	runStories(t, p, sameSentenceKeptStories)
}

// TestSameSentenceSourcedDenialOff: with the rule off, the victim or the
// earlier accuser is the target again.
func TestSameSentenceSourcedDenialOff(t *testing.T) {
	comesBackWithout(t, coder.SourcedSameSentence, sameSentenceSourcedStories)
}
