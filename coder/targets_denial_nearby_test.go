package coder_test

import (
	"testing"

	"sitrep/coder"
)

// farDenialStories deny something with no accuser named in the denial's
// sentence or the one before it: the denial answers no one (the gold
// guide's '-'), not the story's other side named sentences earlier
// (eleventh session, deny14). Made-up stories.
var farDenialStories = []story{
	{"denied any role, the other side named three sentences before",
		"KAMPALA, May 27 (Sitrep) — Uganda closed its border with Kenya on Monday after clashes between herders left six people dead. Traders said hundreds of lorries were stuck at the Malaba crossing. Farmers in the area said they had lost cattle to raiders. Heavy rain also cut a road near Busia. Kenya's interior ministry denied any role in the raids.",
		[]string{"KEN>- 016"}, []string{"KEN>UGA 016"}},
	{"denied that it had armed them",
		"BANGUI, May 27 (Sitrep) — Chad reopened its border with the Central African Republic on Monday, two weeks after a dispute over grazing land. Officials said trade had resumed slowly. Villagers said armed men had crossed from the north in April. The Central African government denied that it had armed the herders.",
		[]string{"CAF>- 016"}, []string{"CAF>TCD 016"}},
}

// nearDenialStories name the side the denial answers in the sentence
// before it: that guess stays.
var nearDenialStories = []story{
	{"the side named just before",
		"KAMPALA, May 27 (Sitrep) — Uganda closed its border with Kenya on Monday after clashes between herders left six people dead. Traders said hundreds of lorries were stuck at the Malaba crossing. Uganda's army said the raiders had come from across the border. Kenya denied any role.",
		[]string{"KEN>UGA 016"}, []string{"KEN>- 016"}},
}

// TestFarDenial runs the stories through the whole pipeline.
func TestFarDenial(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, farDenialStories)
	runStories(t, p, nearDenialStories)
}

// TestFarDenialOff: with the rule off, the story's other side is guessed
// again.
func TestFarDenialOff(t *testing.T) {
	comesBackWithout(t, coder.NearDenialGuess, farDenialStories)
}
