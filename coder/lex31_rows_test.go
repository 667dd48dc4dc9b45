package coder_test

import (
	"testing"

	"sitrep/coder"
)

// lex31RowStories: words news commonly uses for acts the lexicon had no
// row for (twenty-second session, lex31). Made-up stories; each wanted
// event is missed without its row.
var lex31RowStories = []story{
	{"assaulted a journalist",
		"KIEV — Russian soldiers assaulted a Ukrainian journalist at a checkpoint on Monday, Ukraine said.",
		[]string{"RUS>UKR 182"}, nil},
	{"felt sympathy for victims",
		"TOKYO — Japan's prime minister said on Monday that he felt deep sympathy for the Chinese victims of the flood.",
		[]string{"JPN>CHN 018"}, nil},
	{"assassination attempt on a president",
		"LIMA — Peruvian gunmen carried out an assassination attempt on Bolivia's president on Monday, Bolivia said.",
		[]string{"PER>BOL 185"}, nil},
	{"attempt on a president's life",
		"CARACAS — Colombian rebels made an attempt on the life of Venezuela's president on Monday, Venezuela said.",
		[]string{"COL>VEN 185"}, nil},
	{"had praise for",
		"BERLIN — Germany's chancellor had praise for France on Monday.",
		[]string{"DEU>FRA 051"}, nil},
	{"a denunciation of",
		"JERUSALEM — Egypt's repeated denunciation of Israel angered Israeli officials on Monday.",
		[]string{"EGY>ISR 111"}, nil},
	{"a critique of",
		"ROME — France's critique of Italy angered Italian officials on Monday.",
		[]string{"FRA>ITA 111"}, nil},
	{"coordinates with",
		"AMMAN — Jordan coordinates with Egypt on border crossings, the Jordanian foreign minister said on Monday.",
		[]string{"JOR>EGY 060", "EGY>JOR 060"}, nil},
	{"appreciated help",
		"MADRID — Spain's prime minister said on Monday that he appreciated Portugal's help.",
		[]string{"ESP>PRT 051"}, nil},
	{"embraced a new president",
		"ROME — Italy's prime minister was quick to embrace Hungary's new president on Monday.",
		[]string{"ITA>HUN 051"}, nil},
	{"sounded off on",
		"LONDON — The British foreign secretary sounded off on France on Monday.",
		[]string{"GBR>FRA 111"}, nil},
	{"would work with",
		"QUITO — Ecuador said on Monday it would work with Peru to reopen the border.",
		[]string{"ECU>PER 030"}, nil},
	{"worked with (told as done)",
		"QUITO — Ecuador worked with Peru on the border on Monday, officials said.",
		nil, []string{"ECU>PER 030"}},
	{"rammed a boat",
		"HANOI — Chinese coast guard boats rammed a Vietnamese fishing boat on Monday, Vietnam said.",
		[]string{"CHN>VNM 171"}, nil},
	{"likened to",
		"ANKARA — Turkey's president likened Greece to a pirate on Monday.",
		[]string{"TUR>GRC 111"}, nil},
	{"scuffled with police",
		"NAIROBI — Kenyan protesters scuffled with Ugandan police at the border on Monday.",
		[]string{"KEN>UGA 145"}, nil},
}

// TestLex31Rows runs the stories through the whole pipeline. The rows
// cannot be switched off; each story was checked by hand to fail with its
// row taken out of coder/lexicon.tsv.
func TestLex31Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), lex31RowStories)
}

// TestLex31PromiseOff shows the "promise" condition at work: without it,
// cooperation told as done is coded as an intent.
func TestLex31PromiseOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	defer func(v bool) { *coder.PromiseEntry = v }(*coder.PromiseEntry)
	*coder.PromiseEntry = false
	runStories(t, pipeline(t), []story{
		{"worked with (told as done), gate off",
			"QUITO — Ecuador worked with Peru on the border on Monday, officials said.",
			[]string{"ECU>PER 030"}, nil},
	})
}
