package coder_test

import (
	"testing"

	"sitrep/coder"
)

// genericConsultStories tell one encounter twice, by a specific word
// (a call, talks) and by a bare "met" or "spoke with" (tenth session,
// spur13): the gold codes it once, by the specific word. Made-up stories.
var genericConsultStories = []story{
	{"talks told again as a meeting",
		"NAIROBI, March 4 (Sitrep) — Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Monday. The two ministers met for three hours and discussed trade.",
		[]string{"KEN>UGA 046"}, []string{"KEN>UGA 040"}},
	{"a call told again as speaking with",
		"LIMA, June 2 (Sitrep) — Peru's president spoke by telephone with Chile's president on Sunday. Peru's president spoke with the Chilean leader about the border, his office said.",
		[]string{"PER>CHL 041"}, []string{"PER>CHL 040"}},
}

// TestGenericConsult runs the stories through the whole pipeline.
func TestGenericConsult(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), genericConsultStories)
}

// TestGenericConsultOff: with the rule off, the bare meeting is coded
// beside the talks.
func TestGenericConsultOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.GenericConsult = false
	defer func() { *coder.GenericConsult = true }()
	p := pipeline(t)
	for _, c := range genericConsultStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("with the rule off, %s is not coded in %q (the test no longer shows the rule)", c.not[0], c.text)
		}
	}
}

// relativeThingStories have a killing told in a relative clause on a
// thing ("fighting that killed", "a bombing that killed"), which the
// parse reads as a clause of its own: its doer is not the nearest name
// before it (tenth session, spur13). Made-up stories.
var relativeThingStories = []story{
	{"fighting that killed, in a story of a truce hosted by a third country",
		"DOHA, March 4 (Sitrep) — Sudan and South Sudan agreed on Monday to a truce at talks hosted by Qatar's emir, ending a week of fighting that killed more than 40 people.",
		nil, []string{"QAT>QAT 190", "QAT>QATCVL 190"}},
	{"an attack that killed, in a story of a retaliation",
		"ANKARA, June 2 (Sitrep) — Turkey fired 40 rockets at a Syrian army base on Friday in retaliation for a chemical weapons attack that killed more than 30 people in a rebel-held village.",
		[]string{"TUR>SYR 195"}, []string{"SYR>TUR 190"}},
}

// TestRelativeThing runs the stories through the whole pipeline.
func TestRelativeThing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), relativeThingStories)
}

// TestRelativeThingOff: with the rule off, some unwanted event comes
// back in each story (else the test would not show the rule).
func TestRelativeThingOff(t *testing.T) {
	// lowprec16's drop of killed "people" placed only by the dateline
	// would cover for this rule: switch it off too.
	*coder.VictimsByDateline = false
	defer func() { *coder.VictimsByDateline = true }()
	comesBackWithout(t, coder.RelativeNoun, relativeThingStories)
}

// violatedStories: "violate" is a ceasefire violation (196) only for a
// ceasefire or a truce; a decision said to violate an agreement, or one's
// own denial of having violated one, is no use of force, and no one
// violates its own airspace (tenth session, spur13). Made-up stories;
// the first three code a 196 with the lexicon row before the change.
var violatedStories = []story{
	{"a decision said to violate agreements",
		"YEREVAN, June 2 (Sitrep) — Armenia's foreign ministry called Azerbaijan's decision regrettable and said it violated regional agreements on transit.",
		[]string{"ARM>AZE 111"}, []string{"ARM>AZE 196"}},
	{"a denial of having violated an agreement",
		"SOFIA, June 2 (Sitrep) — Bulgaria's president said on Monday he had not violated the 2019 border agreement with North Macedonia.",
		nil, []string{"BGR>MKD 196"}},
	{"a drone said to have violated the speaker's airspace",
		"ANKARA, June 2 (Sitrep) — Turkey's air force shot down a Syrian drone on Sunday, saying it had violated Turkish airspace near the border.",
		nil, []string{"TUR>SYR 196", "TUR>TUR 150"}},
	{"a ceasefire violated is still a violation",
		"KHARTOUM, June 2 (Sitrep) — Ethiopian troops violated the ceasefire on the border on Monday, Sudan's army said.",
		[]string{"ETH>SDN 196"}, nil},
}

// TestViolated runs the stories through the whole pipeline.
func TestViolated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), violatedStories)
}

// defendedLandStories: land, sovereignty or interests defended are a
// posture, not a verbal defence (052) of the other side named in the
// story (tenth session, spur13). Made-up stories.
var defendedLandStories = []story{
	{"a vow to defend every inch of territory",
		"LIMA, June 2 (Sitrep) — Peru's president said his country did not seek a quarrel with Ecuador but would defend every inch of its territory.",
		nil, []string{"PER>ECU 052"}},
	{"measures to defend interests",
		"NAIROBI, June 2 (Sitrep) — Kenya told the African Union in a letter on Sunday that it would take all measures to defend its interests if Somalia went ahead with the new port.",
		nil, []string{"KEN>SOM 052", "IGOAFRAU>SOM 052"}},
}

// TestDefendedLand runs the stories through the whole pipeline.
func TestDefendedLand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), defendedLandStories)
}

// TestDefendedLandOff: with the rule off, some 052 of the unwanted ones
// comes back in each story.
func TestDefendedLandOff(t *testing.T) {
	comesBackWithout(t, coder.DefendedLand, defendedLandStories)
}

// comesBackWithout switches a removal rule off and checks that each
// story codes at least one of its unwanted events again: the mirror of
// failsWithout, for rules that take events away.
func comesBackWithout(t *testing.T, rule *bool, stories []story) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*rule = false
	defer func() { *rule = true }()
	p := pipeline(t)
	for _, c := range stories {
		got := denialCodes(t, p, c.text)
		back := false
		for _, k := range c.not {
			back = back || got[k]
		}
		if !back {
			t.Errorf("with the rule off, none of %v is coded in %q (got %v)", c.not, c.text, got)
		}
	}
}
