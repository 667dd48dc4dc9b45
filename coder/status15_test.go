package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// rootStatus15 writes an event as "SRC root status" (made-up stories).
func rootStatus15(e sitrep.Event) string {
	return key(e.Source) + " " + e.CAMEO[:2] + " " + e.Status
}

// status15Stories are the eleventh session's status cases: each names the
// switch of the rule that makes it right.
var status15Stories = []struct {
	rule *bool
	story
}{
	{coder.OwnTenses, story{"a conjunct with its own auxiliary is not under the first one's would",
		"ACCRA, May 28 (Sitrep) — Ghana said the summit would go ahead next month, and that Togo troops had been sent to the border.",
		[]string{"TGO 15 occurred"}, []string{"TGO 15 planned"}}},
	{coder.RuledOut, story{"not ruling out leaves the act possible",
		"SANTIAGO, May 28 (Sitrep) — Chile said on Friday it did not rule out closing its border with Argentina.",
		[]string{"CHL 19 hypothetical"}, []string{"CHL 19 occurred"}}},
	{coder.RuledOut, story{"not ruling out, without a speaker",
		"CHISINAU, May 28 (Sitrep) — Moldova did not rule out expelling Russian diplomats.",
		[]string{"MDA 17 hypothetical"}, []string{"MDA 17 occurred"}}},
	{coder.PastClauses, story{"a past time clause under a future act is done",
		"DAKAR, May 28 (Sitrep) — Senegal will hold talks with Gambia next week, hours after Gambian soldiers seized two Senegalese fishing boats.",
		[]string{"GMB 17 occurred", "SEN 04 planned"}, []string{"GMB 17 planned"}}},
}

// TestStatus15 checks each story, then that it goes wrong with its rule
// switched off.
func TestStatus15(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range status15Stories {
		checkStories(t, p, []story{c.story}, rootStatus15)
	}
	for _, c := range status15Stories {
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

// TestStatus15Shared: a bare conjunct shares the first one's "would"
// (made-up story).
func TestStatus15Shared(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), []story{{"a bare conjunct keeps the plan",
		"SANTIAGO, May 28 (Sitrep) — Chile said on Friday it would close its border with Argentina and expel two diplomats.",
		[]string{"CHL 19 planned", "CHL 17 planned"}, []string{"CHL 19 occurred", "CHL 17 occurred"}}}, rootStatus15)
}
