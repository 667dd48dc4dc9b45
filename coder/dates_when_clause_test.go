package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// realDateCases: made-up stories for the sixteenth session's date rules
// (realdate), by switch.
var realDateCases = map[*bool][]date14Case{
	coder.WhenClauseDay: {
		{"a 'when' clause read as a relative clause of the day",
			"2025-03-14", "Ruto drew applause from the crowd of journalists on Thursday when he lashed out at Uganda for having closed the border.",
			"lashed", "2025-03-13"},
		{"the same, shorter",
			"2025-03-14", "Ruto won praise from the audience on Thursday when he lashed out at Uganda.",
			"lashed", "2025-03-13"},
	},
	coder.EveDay: {
		{"an act the day is the eve of is the next day's",
			"2025-03-13", "Kampala was calm on what is the eve of the Kenyan president's visit to Uganda.",
			"visit", "2025-03-14"},
		{"the eve of a noun's noun, dated by the sentence's day",
			"2025-03-13", "Ugandan police seized weapons near the border on Tuesday, on the eve of the return to peace talks between Uganda and Rwanda.",
			"talks", "2025-03-12"},
	},
	coder.TripPurposeDay: {
		{"what a trip is for, as a to-infinitive, takes the trip's day",
			"2025-03-13", "Kenyan President William Ruto will travel to Kampala on Monday to mediate between Uganda and Rwanda.",
			"mediate", "2025-03-17"},
	},
}

// TestRealDate checks each story's date with the rules on.
func TestRealDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, realDateCases)
	// Kept: a "when" clause with no day named keeps the story's day, and
	// a trip's purpose with a day of its own takes that day.
	wantEventDate(t, p, "a 'when' clause with no day", "2025-03-14",
		"Ruto won praise from the audience when he lashed out at Uganda.",
		"lashed", "2025-03-14")
	wantEventDate(t, p, "a trip's purpose with a day of its own", "2025-03-13",
		"Kenyan President William Ruto will travel to Kampala on Monday to mediate between Uganda and Rwanda on Tuesday.",
		"mediate", "2025-03-18")
	// The eve's act, after the story's day, is a plan.
	d := &sitrep.Document{ID: "t", Text: "Kampala was calm on what is the eve of the Kenyan president's visit to Uganda."}
	d.Published, _ = sitrep.ParseDate("2025-03-13")
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	visits := 0
	for _, e := range d.Events {
		if e.Trigger.Text == "visit" {
			visits++
			if e.Status != sitrep.StatusPlanned {
				t.Errorf("the eve's visit: status %s, want planned", e.Status)
			}
		}
	}
	if visits == 0 {
		t.Errorf("the eve's visit: no event (events %+v)", d.Events)
	}
}

// TestRealDateOff shows each story misdated with its rule off.
func TestRealDateOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, realDateCases)
}

// headlineStory is a made-up web story whose first line is its title.
const headlineStory = "Ghana rebukes Togo over border closure\n\n" +
	"Ghana's foreign minister rebuked Togo on Tuesday for closing the border at Aflao, " +
	"saying the closure hurt traders on both sides."

// TestHeadlineDay: the headline's act takes the body's day and merges
// with it; with the rule off it keeps the publication day, a second record.
func TestHeadlineDay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	t.Cleanup(func() { *coder.HeadlineDay = true })
	for _, on := range []bool{true, false} {
		*coder.HeadlineDay = on
		p := pipeline(t)
		d := &sitrep.Document{ID: "t", Title: "Ghana rebukes Togo over border closure", Text: headlineStory}
		d.Published, _ = sitrep.ParseDate("2025-03-13")
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		days := map[string]bool{}
		for _, e := range d.Events {
			if e.Source != nil && e.Source.Country == "GHA" && e.Target != nil && e.Target.Country == "TGO" && e.CAMEO[:2] == "11" {
				days[e.Date] = true
			}
		}
		want := map[string]bool{"2025-03-11": true}
		if !on {
			want["2025-03-13"] = true
		}
		if len(days) != len(want) || !days["2025-03-11"] || !on && !days["2025-03-13"] {
			t.Errorf("headline rule %v: GHA>TGO 11 dated %v, want %v (events %+v)", on, days, want, d.Events)
		}
	}
}
