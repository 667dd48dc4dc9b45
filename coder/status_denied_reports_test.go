package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// status17Stories are the thirteenth session's status cases (made-up
// stories): each names the switch of the rule that makes it right, and
// its first wanted event is the one that goes wrong without it.
var status17Stories = []struct {
	rule *bool
	story
}{
	{coder.DeniedReports, story{"a report that is denied",
		"TBILISI, May 28 (Sitrep) — Armenia denied reports that its soldiers had fired on Azerbaijani positions near the border on Sunday.",
		[]string{"ARM 19 denied"}, []string{"ARM 19 occurred"}}},
	{coder.DeniedReports, story{"a claim that is rejected",
		"ACCRA, May 28 (Sitrep) — Togo rejected a claim that its police had detained Ghanaian traders at the border.",
		[]string{"TGO 17 denied"}, []string{"TGO 17 occurred"}}},
	{coder.LeadingAccording, story{"a sentence that opens with according to",
		"BAMAKO, May 28 (Sitrep) — According to witnesses, Malian soldiers fired tear gas at demonstrators in Bamako on Saturday.",
		[]string{"MLI 17 reported"}, []string{"MLI 17 occurred"}}},
	{coder.DenierConjs, story{"an accusation beside a denial of a that-clause",
		"SKOPJE, May 28 (Sitrep) — The Serbian foreign minister denied that Serbian troops had crossed the border and accused Kosovo of spreading lies.",
		[]string{"SRB 11 occurred"}, []string{"SRB 11 denied"}}},
	{coder.DenierConjs, story{"an accusation beside a denial of a gerund",
		"KIGALI, May 28 (Sitrep) — The Burundian army denied carrying out the raid and blamed Rwandan forces for the deaths.",
		[]string{"BDI 11 occurred"}, []string{"BDI 11 denied"}}},
}

// denierConjKept: a denied clause of two bare verbs keeps both denied.
var denierConjKept = []story{
	{"both acts of a denied clause stay denied",
		"TBILISI, May 28 (Sitrep) — Armenia denied that its soldiers had shelled the village and detained Azerbaijani farmers.",
		[]string{"ARM 17 denied"}, []string{"ARM 17 occurred"}},
}

// TestStatus17 checks each story, then that it goes wrong with its rule
// switched off.
func TestStatus17(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range status17Stories {
		checkStories(t, p, []story{c.story}, rootStatus15)
	}
	checkStories(t, p, denierConjKept, rootStatus15)
	for _, c := range status17Stories {
		*c.rule = false
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		*c.rule = true
		for _, e := range d.Events {
			if rootStatus15(e) == c.want[0] {
				t.Errorf("with the rule off, %s: %s is still coded", c.name, c.want[0])
			}
		}
	}
}
