package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// dueInStories: "X is due in PLACE" announces a visit (042, and 043 from
// the host), planned; not when the trip is told with its purpose, which
// the gold guide codes instead (lex32). Made-up stories.
var dueInStories = []story{
	{"due in a capital on a day",
		"ROME (Sitrep) — Italian Foreign Minister Paolo Verdi is due in Ankara on Thursday, the ministry said.",
		[]string{"ITA>TUR 042", "TUR>ITA 043"}, nil},
	{"due in a country next week",
		"OSLO (Sitrep) — Norwegian Prime Minister Lars Berg is due in Chile next week, officials said.",
		[]string{"NOR>CHL 042", "CHL>NOR 043"}, nil},
	{"due in a capital for talks: the talks, not the trip",
		"ROME (Sitrep) — Italian Foreign Minister Paolo Verdi is due in Ankara on Thursday for talks on migration.",
		nil, []string{"ITA>TUR 042"}},
	{"due in a capital to mediate: not the trip",
		"ROME (Sitrep) — Italian Foreign Minister Paolo Verdi is due in Ankara on Thursday to mediate between the parties.",
		nil, []string{"ITA>TUR 042"}},
}

// TestDueIn runs the stories through the whole pipeline.
func TestDueIn(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), dueInStories)
}

// TestDueInOff: with the rule off, "is due in Ankara" codes no visit.
func TestDueInOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.DueIn = false
	defer func() { *coder.DueIn = true }()
	runStories(t, pipeline(t), []story{{"due in a capital, rule off",
		dueInStories[0].text, nil, []string{"ITA>TUR 042"}}})
}

// TestDueInPlanned: the visit told by "is due in" is planned.
func TestDueInPlanned(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), []story{{"due in a capital: planned",
		dueInStories[0].text, []string{"ITA>TUR 042 planned"}, nil}}, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
	})
}
