package coder_test

import "testing"

// TestSpokenActsNotReported: a statement, a meeting or a protest relayed
// by another side is still occurred (the gold guide's "verbal acts
// reported in the story"); force relayed by another side stays reported.
func TestSpokenActsNotReported(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a denial in a relative clause after what the press reported",
			"N'DJAMENA, May 28 (Sitrep) — Chadian media reported that Sudan had moved tanks to the border on Monday, which Sudanese officials denied.",
			[]string{"SDN>TCD 016 occurred"}, nil},
		{"a telephone call both governments announced",
			"TASHKENT, May 28 (Sitrep) — Uzbekistan's foreign minister spoke by telephone with his Tajik counterpart on Monday, both governments said.",
			[]string{"UZB>TJK 041 occurred", "TJK>UZB 041 occurred"}, nil},
		{"shelling another side tells of stays reported",
			"N'DJAMENA, May 28 (Sitrep) — Chad's army said Sudanese troops had shelled the border town of Adre on Monday.",
			[]string{"SDN>TCD 194 reported"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestDueTo: "is due to visit", however the parse hangs the infinitive on
// "due", is a plan.
func TestDueTo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"due to visit, with a day after it and a speaker after that",
			"ZAGREB, May 28 (Sitrep) — Slovenian Prime Minister Janez Novak is due to visit Zagreb on Sunday, his office said.",
			[]string{"SVN>HRV 042 planned"}, nil},
		{"due to hold talks",
			"VIENNA, May 28 (Sitrep) — The foreign ministers of Austria and Hungary are due to hold talks in Vienna on Friday, officials said.",
			[]string{"AUT>HUN 046 planned"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestPledgedAid: aid pledged is aid yet to be given, planned (the day it
// keeps is in TestEventDates).
func TestPledgedAid(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"money pledged in aid",
			"COLOMBO, May 28 (Sitrep) — Japan pledged $50 million in emergency aid to Sri Lanka after the floods.",
			[]string{"JPN>LKA 070 planned"}, nil},
		{"aid sent is done",
			"COLOMBO, May 28 (Sitrep) — Japan sent $50 million in emergency aid to Sri Lanka after the floods.",
			nil, []string{"JPN>LKA 070 planned"}},
	}
	runWithStatus(t, p, cases)
}

// TestTimeClauseNarrated: a clause placing a statement in time ("said on
// Monday, a day after X expelled Y's envoy") is the story's narration,
// not the speaker's word: the act in it is not reported.
func TestTimeClauseNarrated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a day after, the clause hung on the statement",
			"LIMA, May 28 (Sitrep) — Peru's foreign minister said on Tuesday that Lima was recalling its ambassador from Caracas, a day after Venezuela expelled Peru's diplomats.",
			[]string{"VEN>PER 174 occurred"}, nil},
		{"the act the statement reports stays reported",
			"LIMA, May 28 (Sitrep) — Peru's foreign minister said on Tuesday that Venezuela had expelled Peru's diplomats.",
			[]string{"VEN>PER 174 reported"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestTriedActs: an attempt is an act that happened ("protesters tried
// to storm the building"), not a plan.
func TestTriedActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a crowd that tried to storm a building",
			"ANKARA, May 28 (Sitrep) — Turkish police detained 20 protesters who tried to storm the Israeli embassy in Ankara on Monday night.",
			[]string{"TUR>ISR 145 occurred"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestConditionalThreat: a threat whose act hangs on a condition is made
// all the same.
func TestConditionalThreat(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"threatened to fight if",
			"PORT-AU-PRINCE, May 28 (Sitrep) — A Haitian gang leader threatened to fight the Kenyan police officers if they tried to disarm his men.",
			[]string{"HTI>KEN 138 occurred"}, nil},
		{"warned that the consequences would be grave if",
			"WASHINGTON, May 28 (Sitrep) — President Biden said on Monday that he had warned Putin that the consequences for Russia would be grave if the dissident died in prison.",
			[]string{"USA>RUS 130 occurred"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestWeighedSanctions: sanctions a government is considering or weighing
// may never come; the event coded on the verb of weighing is hypothetical.
func TestWeighedSanctions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"sanctions being considered",
			"OTTAWA, May 28 (Sitrep) — Canada is considering sanctions against Nicaraguan officials over the vote.",
			[]string{"CAN>NIC 163 hypothetical"}, []string{"CAN>NIC 163 occurred"}},
		{"tariffs weighed",
			"CANBERRA, May 28 (Sitrep) — Australia is weighing new tariffs on goods from Fiji.",
			[]string{"AUS>FJI 163 hypothetical"}, nil},
		{"sanctions imposed are done",
			"OTTAWA, May 28 (Sitrep) — Canada imposed sanctions on Nicaraguan officials over the vote.",
			[]string{"CAN>NIC 163 occurred"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestVisitNotMade: a visit refused ("will not travel to") or called off
// did not happen; the gold guide codes the visit and its hosting as
// negated, not as a rejection of talks (125).
func TestVisitNotMade(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a minister who will not travel",
			"OTTAWA, May 28 (Sitrep) — Canada's foreign minister will not travel to Havana as planned, her office said on Tuesday.",
			[]string{"CAN>CUB 042 negated", "CUB>CAN 043 negated"}, []string{"CAN>CUB 125 occurred"}},
		{"a trip called off",
			"DAKAR, May 28 (Sitrep) — Belgium's trade minister called off her trip to Senegal after Dakar expelled a Belgian diplomat.",
			[]string{"BEL>SEN 042 negated", "SEN>BEL 043 negated"}, []string{"BEL>SEN 042 occurred"}},
		{"talks refused stay a rejection",
			"LIMA, May 28 (Sitrep) — Peru's government said it would not negotiate with Chile over the border.",
			[]string{"PER>CHL 125 occurred"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestTrailingAttribution: a bare "..., witnesses said" the parse hangs
// below the act (parataxis) rather than above it still tells on whose word
// the act rests.
func TestTrailingAttribution(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"witnesses tell of the police, a second speaker after them",
			"KHARTOUM, May 28 (Sitrep) — Sudanese riot police fired tear gas and rubber bullets at protesters in the town of Atbara on Tuesday, witnesses said, and hospital staff said at least two people were hurt.",
			[]string{"SDN>SDN 175 reported"}, nil},
		{"the police tell of their own act",
			"KHARTOUM, May 28 (Sitrep) — Sudanese riot police fired tear gas and rubber bullets at protesters in the town of Atbara on Tuesday, the police said, and hospital staff said at least two people were hurt.",
			[]string{"SDN>SDN 175 occurred"}, nil},
	}
	runWithStatus(t, p, cases)
}
