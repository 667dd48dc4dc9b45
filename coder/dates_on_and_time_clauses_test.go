package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
	"sitrep/nlp"
)

type date14Case struct {
	name, published, text, trigger, want string
}

// date14Cases: made-up stories for the two date14 rules, by switch.
var date14Cases = map[*bool][]date14Case{
	coder.OnDayNotPossessive: {
		{"a day after 'on' before a possessive object dates the act",
			"2025-03-13", "Ghana and Togo rejected on Tuesday Nigeria's proposal to share the customs post.",
			"rejected", "2025-03-11"},
		{"the same with a signing",
			"2025-03-13", "Kenya and Uganda signed on Tuesday Ethiopia's proposal for a joint border force.",
			"signed", "2025-03-11"},
	},
	coder.AfterClauseDay: {
		{"a day in an 'after' clause is that clause's act's",
			"2025-03-13", "Ghana accused Togo of using trade as a weapon after Lome closed the border on Tuesday.",
			"accused", "2025-03-13"},
		{"a day in a 'before' clause is that clause's act's",
			"2025-03-13", "The Kenyan president held talks with Ruto and signed trade agreements with Uganda before flying to Addis Ababa on Tuesday.",
			"signed", "2025-03-13"},
	},
	// The parser reads "after" as the preposition of the clause's subject
	// and its verb as a conjunct of the accusation.
	coder.TimeClauseByOrder: {
		{"a day after an 'after' read as a preposition is the clause's",
			"2024-03-14", "Togo sent a protest note to Ghana after Ghanaian navy boats blocked a Togolese patrol on the Volta river on Sunday, the latest incident in a long dispute.",
			"sent", "2024-03-14"},
	},
}

// TestDate14 checks each story's date with the rules on.
func TestDate14(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, date14Cases)
	// Kept as they were: a day that is a noun's ("Tuesday's attack")
	// and a month already past.
	wantEventDate(t, p, "a noun's day does not date the act", "2025-03-13",
		"Ghana condemned Tuesday's attack on Togo's embassy.", "condemned", "2025-03-13")
	wantEventDate(t, p, "the main clause's day still dates it", "2025-03-13",
		"Ghana recalled its ambassador from Togo on Tuesday after Lome closed the border.",
		"recalled", "2025-03-11")
}

// TestDate14Off shows each story misdated (or its event lost) with its
// rule switched off.
func TestDate14Off(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, date14Cases)
}

// dated14 reports whether the story codes an event on the trigger with
// the wanted date.
func dated14(t *testing.T, p interface{ Process(*sitrep.Document) error }, c date14Case) bool {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: c.text}
	var err error
	if d.Published, err = sitrep.ParseDate(c.published); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.Trigger.Text == c.trigger && e.Date == c.want {
			return true
		}
	}
	return false
}

// wantCaseDates checks every case's date with the rules on.
func wantCaseDates(t *testing.T, p *nlp.Pipeline, rules map[*bool][]date14Case) {
	t.Helper()
	for _, cases := range rules {
		for _, c := range cases {
			wantEventDate(t, p, c.name, c.published, c.text, c.trigger, c.want)
		}
	}
}

// datedWrongWithout turns each rule off in turn and checks that its
// cases are no longer dated as wanted, so that each case shows its rule.
func datedWrongWithout(t *testing.T, rules map[*bool][]date14Case) {
	t.Helper()
	for rule, cases := range rules {
		func() {
			*rule = false
			defer func() { *rule = true }()
			p := pipeline(t)
			for _, c := range cases {
				if dated14(t, p, c) {
					t.Errorf("%s: still dated %s with the rule off", c.name, c.want)
				}
			}
		}()
	}
}
