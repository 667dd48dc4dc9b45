package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// TestRejectedComplaints: a complaint, protest, objection or account
// another side made, when rejected or dismissed, is a denial (016)
// answering that side, not a rejection (120) (ninth session, denials).
// Made-up stories through the whole pipeline; without the lexicon's
// nouns each case is coded 120 or not at all.
func TestRejectedComplaints(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a rejected complaint is a denial",
			"OSLO, Feb 3 (Sitrep) — Norway lodged a complaint with Russia on Monday over a trawler seized in the Barents Sea. Russia rejected the complaint on Tuesday.",
			[]string{"RUS>NOR 016"}, []string{"RUS>NOR 120"}},
		{"a rejected protest, with its maker as possessive, is a denial toward the maker",
			"HANOI, June 8 (Sitrep) — A Chinese foreign ministry spokesman said on Friday the reef was Chinese territory and rejected Vietnam's protest.",
			[]string{"CHN>VNM 016"}, []string{"CHN>VNM 120"}},
		{"a rejected objection is a denial",
			"DHAKA, Sept 2 (Sitrep) — Bangladesh objected on Monday to a new Indian dam on a shared river. India rejected the objection on Tuesday.",
			[]string{"IND>BGD 016"}, []string{"IND>BGD 120"}},
		{"a dismissed account is a denial",
			"RABAT, Nov 14 (Sitrep) — Algeria said Moroccan drones had struck a convoy near the border. Morocco dismissed the Algerian account as baseless on Thursday.",
			[]string{"MAR>DZA 016"}, nil},
		{"a rejected proposal stays a rejection",
			"LIMA, May 5 (Sitrep) — Ecuador offered to host talks on the border dispute. Peru rejected the proposal on Friday.",
			[]string{"PER>ECU 125"}, []string{"PER>ECU 016"}},
	}
	runStories(t, p, cases)
}

// whichDenialStories are denials told by ", which X denied" after the
// claim they answer.
var whichDenialStories = []story{
	{"an accusation answered by ', which X denied' is a denial toward the accuser",
		"KAMPALA, May 1 (Sitrep) — Uganda accused Kenya on Tuesday of arming rebels near the border, which Kenya denied.",
		[]string{"KEN>UGA 016"}, nil},
	{"a denial after an accusation by two countries answers both",
		"TEHRAN, May 1 (Sitrep) — Britain and France have accused Iran of supplying drones to the rebels, which Tehran denies.",
		[]string{"IRN>GBR 016", "IRN>FRA 016"}, nil},
	{"a demand turned down with ', which X rejected' stays a rejection",
		"ZAGREB, May 1 (Sitrep) — Croatia demanded that Serbia take back the migrants, which Serbia rejected.",
		[]string{"SRB>HRV 120"}, []string{"SRB>HRV 016"}},
}

// TestWhichClauseDenials: an accusation's "of" phrase ends at ", which X
// denied", so the denial is coded, answering the accusation's makers.
func TestWhichClauseDenials(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), whichDenialStories)
}

// TestWhichDeniedStatus: the act a claim asserts before ", which X
// denied" is denied; the denial itself is made on the story's day.
func TestWhichDeniedStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	cases := []story{
		{"a reported act answered by ', which X denied' is denied",
			"KAMPALA, May 1 (Sitrep) — Ugandan officials said Kenyan troops had crossed the border on Tuesday, which Kenya denied.",
			[]string{"KEN>UGA 192 denied", "KEN>UGA 016 occurred"}, []string{"KEN>UGA 192 reported"}},
		{"a demand before ', which X rejected' is not denied",
			"ZAGREB, May 1 (Sitrep) — Croatia demanded that Serbia take back the migrants, which Serbia rejected.",
			[]string{"HRV>SRB 100 occurred"}, []string{"HRV>SRB 100 denied"}},
	}
	checkStories(t, pipeline(t), cases, statusKey)
}

// TestWhichClauseDenialsOff: with the ", which X denied" rule off, the
// denials and the denied status are not coded.
func TestWhichClauseDenialsOff(t *testing.T) {
	failsWithout(t, coder.WhichDenial, []offCase{
		{whichDenialStories[0].text, "KEN>UGA 016"},
		{whichDenialStories[1].text, "IRN>FRA 016"},
	})
	if testing.Short() {
		return
	}
	*coder.WhichDenial = false
	defer func() { *coder.WhichDenial = true }()
	d := &sitrep.Document{ID: "t", Text: "KAMPALA, May 1 (Sitrep) — Ugandan officials said Kenyan troops had crossed the border on Tuesday, which Kenya denied."}
	d.Published, _ = sitrep.ParseDate("2024-05-28")
	if err := pipeline(t).Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.CAMEO == "192" && e.Status == sitrep.StatusDenied {
			t.Errorf("with the rule off, the crossing is still denied")
		}
	}
}

// deniedToldStories are acts told in one sentence and denied in a later
// one by their doer's side.
var deniedToldStories = []story{
	{"an act others told is denied by a later 'denied that ... had crossed'",
		"VILNIUS, Aug. 2 (Sitrep) — Two Belarusian military helicopters crossed into Lithuanian airspace on Tuesday, Lithuania's defence minister said. Belarus denied on Wednesday that its helicopters had crossed the border.",
		[]string{"BLR>LTU 150 denied"}, []string{"BLR>LTU 150 occurred"}},
	{"an act others told is denied by a later gerund",
		"KYIV, June 24 (Sitrep) — Ukrainian officials said Russian forces had shelled Kharkiv on Monday. Russia denied shelling the city.",
		[]string{"RUS>UKR 194 denied"}, []string{"RUS>UKR 194 reported"}},
	{"an act the doer's own side told is not denied by a later qualified denial",
		"TEHRAN, June 24 (Sitrep) — Iran's Revolutionary Guards said Iran had fired missiles at a U.S. base in Qatar on Monday. Iran's military denied firing any missiles after the deadline.",
		[]string{"IRN>USA 195 occurred"}, []string{"IRN>USA 195 denied"}},
}

// statusKey writes an event as "SRC>TGT CAMEO status".
func statusKey(e sitrep.Event) string {
	return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + string(e.Status)
}

// TestDeniedToldActs: a denial answers the act told before it with the
// same verb, by the denier's side, unless that side told it itself.
func TestDeniedToldActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), deniedToldStories, statusKey)
}

// TestDeniedToldActsOff: with the rule off, the acts told before stay as
// told.
func TestDeniedToldActsOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.DeniedTold = false
	defer func() { *coder.DeniedTold = true }()
	checkStories(t, pipeline(t), []story{
		// (Reported since status18: the trailing "Lithuania's defence
		// minister said" is another country's word.)
		{deniedToldStories[0].name, deniedToldStories[0].text, []string{"BLR>LTU 150 reported"}, nil},
		{deniedToldStories[1].name, deniedToldStories[1].text, []string{"RUS>UKR 194 reported"}, nil},
	}, statusKey)
}
