package coder_test

import (
	"testing"

	"sitrep/coder"
)

// falseClaimStories are claims a speaker tells false, and denials of an
// accusation several sides made together (tenth session, claims10).
// Made-up stories.
var falseClaimStories = []story{
	{"an accusation said to be unfounded is denied, to its maker",
		"VILNIUS, May 3 (Sitrep) — Lithuania accused Belarus of sending migrants across the border. The Belarusian foreign ministry said the accusations were unfounded.",
		[]string{"BLR>LTU 016"}, nil},
	{"a claim said to have no basis is denied",
		"RABAT, Feb 2 (Sitrep) — Algeria accused Morocco of spying on its diplomats. Morocco's government said the allegation had \"no basis in fact\".",
		[]string{"MAR>DZA 016"}, nil},
	{"the clause hung on 'in a statement' is read too, and answers the story's last accuser",
		"BEIRUT, April 9 (Sitrep) — Syrian troops shelled a village in Lebanon on Monday, Lebanese officials said. Jordan accused Syria of letting smugglers cross the border. Syria's army closed two crossings. Hezbollah said in a statement that the accusation was \"absurd\".",
		[]string{"LBN>JOR 016"}, nil},
	{"an accusation the accused called absurd, in a relative clause, is denied to its maker",
		"BAKU, July 1 (Sitrep) — Azerbaijani police said two Georgian reporters worked for Georgia's intelligence service, an accusation Tbilisi called \"absurd\".",
		[]string{"GEO>AZE 016"}, nil},
	{"a claim told true is no denial",
		"VILNIUS, May 3 (Sitrep) — Lithuania accused Belarus of sending migrants across the border. The Polish foreign ministry said the accusation was serious.",
		nil, []string{"POL>LTU 016", "POL> 016"}},
	{"a denial answers every coordinated maker of the accusation",
		"DOHA, June 5 (Sitrep) — Egypt and Bahrain cut ties with Qatar on Monday, accusing it of funding militants. Qatar's foreign ministry denied the charge.",
		[]string{"QAT>BHR 016", "QAT>EGY 016"}, nil},
}

// TestFalseClaims runs the stories through the whole pipeline.
func TestFalseClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), falseClaimStories)
}

// TestFalseClaimsOff: with the rule off, no denial is coded.
func TestFalseClaimsOff(t *testing.T) {
	failsWithout(t, coder.FalseClaims, []offCase{
		{falseClaimStories[0].text, "BLR>LTU 016"},
		{falseClaimStories[1].text, "MAR>DZA 016"},
		{falseClaimStories[3].text, "GEO>AZE 016"},
	})
}

// TestFalseClaimLastOff: with the story's last accusation off, the
// speaker's denial is not answered to its maker.
func TestFalseClaimLastOff(t *testing.T) {
	failsWithout(t, coder.FalseClaimLast, []offCase{
		{falseClaimStories[2].text, "LBN>JOR 016"},
	})
}

// TestCoAccusersOff: with the rule off, the denial answers only the last
// of the coordinated accusers.
func TestCoAccusersOff(t *testing.T) {
	failsWithout(t, coder.CoAccusers, []offCase{
		{falseClaimStories[5].text, "QAT>EGY 016"},
	})
}
