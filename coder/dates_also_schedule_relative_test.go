package coder_test

import (
	"testing"

	"sitrep/coder"
)

// date16Cases: made-up stories for the day16 rules, by switch.
var date16Cases = map[*bool][]date14Case{
	coder.AlsoSameOccasion: {
		{"an act told with 'also' after a paragraph break takes the lead's day",
			"2025-03-13", "ACCRA, March 13 (Sitrep) — Ghanaian President John Mahama held talks with Togo's President Faure Gnassingbe in Accra on Tuesday.\n\nGhana and Togo also signed an agreement on electricity supplies.",
			"signed", "2025-03-11"},
		{"'also' in the same paragraph is no new act of the story's day",
			"2025-03-13", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Tuesday. Kenya and Uganda also signed a deal on a joint oil pipeline.",
			"signed", "2025-03-11"},
	},
	coder.PastScheduleDay: {
		{"a visit called off is dated by the coming day it was planned for",
			"2025-03-13", "Ghana's foreign minister cancelled a visit to Togo planned for Wednesday.",
			"visit", "2025-03-19"},
		{"the same with a visit where he had been due",
			"2025-03-13", "Kenya's president cancelled a visit to Uganda, where he had been due to attend a summit on Friday.",
			"visit", "2025-03-14"},
	},
}

// TestDate16 checks each story's date with the rules on, and the cases
// they leave alone.
func TestDate16(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, date16Cases)
	// Without "also", a plain past act after a paragraph break keeps
	// the story's day, as before.
	wantEventDate(t, p, "a plain act after a paragraph break keeps the story day", "2025-03-13",
		"ACCRA, March 13 (Sitrep) — Ghanaian President John Mahama held talks with Togo's President Faure Gnassingbe in Accra on Tuesday.\n\nGhana and Togo signed an agreement on electricity supplies.",
		"signed", "2025-03-13")
	// With no day in the sentence before, "also" carries none.
	wantEventDate(t, p, "no day before, none carried", "2025-03-13",
		"Ghanaian President John Mahama held talks with Togo's President Faure Gnassingbe in Accra. Ghana and Togo also signed an agreement on electricity supplies.",
		"signed", "2025-03-13")
}

// TestDate16Off shows each story misdated with its rule switched off.
func TestDate16Off(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, date16Cases)
}
