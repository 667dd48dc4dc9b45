package coder_test

import (
	"testing"

	"sitrep/coder"
)

// weekday16Cases: made-up stories for the weekday16 rules, by switch.
var weekday16Cases = map[*bool][]date14Case{
	coder.OwnRelativeDay: {
		{"a reported act misread as a relative clause keeps its own day",
			"2025-03-21", "Chilean police said they fired tear gas at students in Santiago on Thursday.",
			"fired", "2025-03-20"},
		{"so does the first verb of a relative clause whose conjunct names the day",
			"2025-03-21", "Ghana said its envoy, who met the Togolese president and signed a trade deal with Togo on Tuesday, would return home.",
			"met", "2025-03-18"},
	},
	coder.WordsParticipleMadeNow: {
		{"an accusation told by a participle under a modal clause is made on the sentence's day",
			"2024-05-16", "Jordan's king dissolved parliament on Friday and said the constitution would be reviewed, accusing lawmakers of undermining the state.",
			"accusing", "2024-05-10"},
		{"the same under a passive with would",
			"2024-05-16", "Nigeria's president said on Tuesday that talks with Niger would be postponed, accusing its junta of bad faith.",
			"accusing", "2024-05-14"},
	},
}

// TestWeekday16 checks each story's date with the rules on, and the
// cases they leave alone.
func TestWeekday16(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, weekday16Cases)
	// A verb of the main clause the parse coordinates into a relative
	// clause does not take the relative clause's day.
	wantEventDate(t, p, "a main verb misread as a relative clause's conjunct keeps the story day", "2025-03-21",
		"In Accra, President John Mahama kept the army on alert, a state he ordered on Tuesday, and blamed Togo for the raid.",
		"blamed", "2025-03-21")
}

// TestWeekday16Off shows each story misdated with its rule switched off.
func TestWeekday16Off(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, weekday16Cases)
}
