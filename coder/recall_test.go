package coder_test

import (
	"testing"

	"sitrep"
)

// runWithStatus runs stories through the pipeline like runStories, but
// each wanted or unwanted event is written "SRC>TGT CAMEO status".
func runWithStatus(t *testing.T, p interface{ Process(*sitrep.Document) error }, cases []story) {
	t.Helper()
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
	})
}

// TestDelegatesMeet: a meeting of delegates that two parties agreed or
// announced is a meeting between those parties, planned.
func TestDelegatesMeet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"ministers the two leaders agreed would meet",
			"LIMA, May 28 (Sitrep) — Peru's president and Ecuador's president spoke on Monday and agreed that their trade ministers would meet in Quito next week.",
			[]string{"PER>ECU 040 planned", "ECU>PER 040 planned"}, nil},
		{"a joint commission both governments say will meet",
			"HANOI, May 28 (Sitrep) — Vietnam and Laos said on Tuesday that a joint border commission will meet in Vientiane on Friday.",
			[]string{"VNM>LAO 040 planned", "LAO>VNM 040 planned"}, nil},
		{"commissions set up by an agreement, in a relative clause",
			"SANTIAGO, May 28 (Sitrep) — The presidents of Chile and Bolivia agreed on Monday to set up commissions on water rights and border crossings, which will meet in La Paz next month.",
			[]string{"CHL>BOL 040 planned", "BOL>CHL 040 planned"}, nil},
	}
	runWithStatus(t, p, cases)
}

// TestRequestNoun: "at X's request" is X's request (02) of the one that
// answers it, the actor of the clause it hangs on; a request made years
// before the story, dated by that clause, is background.
func TestRequestNoun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a request told in an 'at' phrase is made of the clause's actor",
			"NAIROBI, May 28 (Sitrep) — Ugandan troops crossed into South Sudan on Monday at Kenya's request, the army said.",
			[]string{"KEN>UGA 020"}, nil},
		{"the request in front of the clause",
			"BRUSSELS, May 28 (Sitrep) — At Poland's request, the European Union held an emergency meeting on Monday.",
			[]string{"POL>IGOEUREEC 020"}, nil},
		{"a request dated by its clause years before the story is not coded",
			"DOHA, May 28 (Sitrep) — Qatar agreed in 2012, at Washington's request, to host the group's office.",
			nil, []string{"USA>QAT 020"}},
	}
	runStories(t, p, cases)
}

// TestPayments: money paid to a party is aid to it (071); "paid a visit"
// is a visit, also in a clause of its own after an accusation.
func TestPayments(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"money paid to a country named as the indirect object",
			"LONDON, May 28 (Sitrep) — Under the agreement, Portugal will pay Angola 40 million euros a year for the use of the port.",
			[]string{"PRT>AGO 071"}, nil},
		{"a visit paid by a minister",
			"ACCRA, May 28 (Sitrep) — Nigeria's foreign minister paid a visit to Accra on Monday.",
			[]string{"NGA>GHA 042", "GHA>NGA 043"}, nil},
		{"a clause after ', and' with its own subject is no part of the accusation before it",
			"ACCRA, May 28 (Sitrep) — Ghana has repeatedly accused Togolese traders of smuggling fuel across the border, and Togo's foreign minister paid a visit to Accra on Monday.",
			[]string{"TGO>GHA 042"}, nil},
	}
	runStories(t, p, cases)
}

// TestJointPatrols: patrols mounted jointly by two countries are
// military cooperation each way (062).
func TestJointPatrols(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"joint patrols mounted by two countries",
			"DAKAR, May 28 (Sitrep) — Senegal and Gambia mounted joint patrols along their border on Monday.",
			[]string{"SEN>GMB 062", "GMB>SEN 062"}, nil},
	}
	runStories(t, p, cases)
}

// TestEachAppeal: an appeal for two acts of different kinds is two
// appeals; both are coded.
func TestEachAppeal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"restraint and a settlement asked of both sides",
			"ADDIS ABABA, May 28 (Sitrep) — The African Union urged Sudan and South Sudan on Monday to show restraint and to resolve the border dispute through dialogue.",
			[]string{"IGOAFRAU>SDN 020 occurred", "IGOAFRAU>SDN 027 occurred", "IGOAFRAU>SSD 027 occurred"}, nil},
		{"an appeal whose first act has no code of its own stays one appeal",
			"BRUSSELS, May 28 (Sitrep) — The European Union urged Georgia on Monday to respect the rights of protesters and to show restraint.",
			[]string{"IGOEUREEC>GEO 020 occurred"}, []string{"IGOEUREEC>GEO 0256 occurred"}},
	}
	runWithStatus(t, p, cases)
}

// TestEmbassiesAndBorders: an embassy opened in a capital is
// diplomatic cooperation with its country (050); a reopened border or
// airspace eases a closure (08).
func TestEmbassiesAndBorders(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an embassy opened in a capital",
			"SEOUL, May 28 (Sitrep) — South Korea said on Monday it would open an embassy in Hanoi next year.",
			[]string{"KOR>VNM 050"}, nil},
		{"a crossing reopened with a neighbour",
			"ZAGREB, May 28 (Sitrep) — Croatia reopened its border with Slovenia on Monday after a week of checks.",
			[]string{"HRV>SVN 081"}, nil},
	}
	runStories(t, p, cases)
}
