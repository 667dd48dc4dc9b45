package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// sayingStories tell a said act to one target with its day, then one to
// another target with none: the second is a saying of its own, on the
// publication day (thirteenth session, date17). Made-up stories,
// published on 2024-05-28 (a Tuesday).
var sayingStories = []story{
	{"an accusation of another target is not the lead's retold",
		"ACCRA, May 28 (Sitrep) — Ghana accused Togo on Sunday of sheltering gunmen near the border. Ghana's foreign minister accused Burkina Faso of arming the rebels.",
		[]string{"GHA>TGO 112 2024-05-26", "GHA>BFA 112 2024-05-28"}, []string{"GHA>BFA 112 2024-05-26"}},
	{"an appeal to another target is not the lead's retold",
		"LIMA, May 28 (Sitrep) — Peru urged Bolivia on Saturday to reopen the border crossing. The Peruvian foreign ministry urged Chile to keep its ports open to Peruvian trucks.",
		[]string{"PER>BOL 020 2024-05-25", "PER>CHL 020 2024-05-28"}, []string{"PER>CHL 020 2024-05-25"}},
}

// datedKey writes an event as "SRC>TGT CAMEO DATE".
func datedKey(e sitrep.Event) string {
	return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Date
}

// TestSayingsKeepTarget: the second saying keeps the publication day.
func TestSayingsKeepTarget(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), sayingStories, datedKey)
}

// TestSayingsKeepTargetOff: with the rule off, the second saying takes
// the first one's day.
func TestSayingsKeepTargetOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.SayingsKeepTarget = false
	defer func() { *coder.SayingsKeepTarget = true }()
	p := pipeline(t)
	for _, c := range sayingStories {
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		back := false
		for _, e := range d.Events {
			back = back || datedKey(e) == c.not[0]
		}
		if !back {
			t.Errorf("%s: with the rule off, no %s (the test no longer shows the rule)", c.name, c.not[0])
		}
	}
}

// date17bCases: a plan announced on a named day is not set for that day;
// an act done "this year" is dated by the year (date17b). Made-up;
// 2025-03-13 is a Thursday.
var date17bCases = map[*bool][]date14Case{
	coder.PlanNotSaidDay: {
		{"a plan told before 'said on Wednesday' keeps the story's day",
			"2025-03-13", "Ghana will close its border with Togo, the foreign ministry said on Wednesday.",
			"close", "2025-03-13"},
		{"the same with 'announced on Tuesday'",
			"2025-03-13", "Kenya will expel Uganda's ambassador, a government spokesman announced on Tuesday.",
			"expel", "2025-03-13"},
	},
	coder.YearOfDoneAct: {
		{"an act done 'this year' is dated by the year",
			"2025-03-13", "Ghana's navy has seized 40 Togolese fishing boats this year.",
			"seized", "2025"},
		{"the same with a plain past act",
			"2025-03-13", "Kenyan police arrested 30 Ugandan traders this year, the ministry said.",
			"arrested", "2025"},
	},
}

// TestDate17b checks the cases' dates, and that a plan's own day
// is still the coming one.
func TestDate17b(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, date17bCases)
	wantEventDate(t, p, "a plan's own day named after it", "2025-03-13",
		"Ghana will hold talks with Togo on Monday, the ministry said.",
		"hold", "2025-03-17")
}

// TestDate17bOff shows each case misdated with its rule off (plans by
// the coming weekday, this year's acts by the story day).
func TestDate17bOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, date17bCases)
}
