package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// real17DateCases: made-up stories for the seventeenth session's date
// rules (date22), by switch.
var real17DateCases = map[*bool][]date14Case{
	coder.ThisWeekPast: {
		{"a past act told 'this week' is the week's month",
			"2025-03-13", "Kenyan President William Ruto met this week with Ugandan President Yoweri Museveni in Kampala.",
			"met", "2025-03"},
		{"the same with a killing",
			"2025-03-13", "Kenya's army said it had killed 30 Somali militants near the border this week.",
			"killed", "2025-03"},
	},
	coder.OccasionAnchor: {
		{"an act told 'at the meeting' takes the meeting's day",
			"2025-03-13", "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday. Museveni told him at the meeting that Uganda was ready to help and offered condolences over the floods.",
			"offered", "2025-03-11"},
		{"'at the beginning of the meeting', the act in the told clause",
			"2025-03-13", "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday.\n\nMuseveni said he had told Ruto at the beginning of the meeting that Uganda would not accept the Kenyan proposal.",
			"accept", "2025-03-11"},
		{"'during the visit', paragraphs later",
			"2025-03-13", "Kenyan President William Ruto visited Kampala on Tuesday.\n\nThe two leaders discussed trade.\n\nKenyan police arrested protesters in Nairobi during the visit.",
			"arrested", "2025-03-11"},
	},
	coder.PastAnaphoric: {
		{"'a day earlier' after a day to come named in passing",
			"2025-03-13", "Kenyan President William Ruto addressed supporters in Nakuru on Tuesday, where he held his last rally ahead of next Tuesday's election. A day earlier, Kenyan police arrested six Ugandan protesters outside the hotel.",
			"arrested", "2025-03-10"},
	},
	coder.DatelineFiled: {
		{"an undated act of a story filed the day before it was published",
			"2025-03-14", "NAIROBI, March 13 (Xinhua) -- Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi and the two leaders signed a trade agreement.",
			"signed", "2025-03-13"},
		{"an act told 'today' there",
			"2025-03-14", "NAIROBI, March 13 (Xinhua) -- Kenya today accused Uganda of closing the border at Busia.",
			"accused", "2025-03-13"},
	},
}

// TestReal17Date checks each story's date with the rules on.
func TestReal17Date(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, real17DateCases)
	// Kept: a plan "this week" is the month too (periodDates), and a
	// week across two months is its year.
	wantEventDate(t, p, "a plan this week", "2025-03-13",
		"Kenyan President William Ruto will meet Ugandan President Yoweri Museveni this week.",
		"meet", "2025-03")
	wantEventDate(t, p, "a past act this week across two months", "2025-04-02",
		"Kenyan President William Ruto met this week with Ugandan President Yoweri Museveni.",
		"met", "2025")
	// Kept: a dateline of the publication day, and one a week before
	// (no filing delay), leave the publication day.
	wantEventDate(t, p, "a dateline of the publication day", "2025-03-14",
		"NAIROBI, March 14 (Xinhua) -- Kenya accused Uganda of closing the border at Busia.",
		"accused", "2025-03-14")
	wantEventDate(t, p, "a dateline a week before", "2025-03-14",
		"NAIROBI, March 7 (Xinhua) -- Kenya accused Uganda of closing the border at Busia.",
		"accused", "2025-03-14")
	// Kept: "a day earlier" after a past day counts from it, and a plan
	// "a day earlier" than a day to come stays ahead.
	wantEventDate(t, p, "a day earlier after a past day", "2025-03-13",
		"Kenyan President William Ruto addressed supporters in Nakuru on Tuesday. A day earlier, Kenyan police arrested six Ugandan protesters outside the hotel.",
		"arrested", "2025-03-10")
	wantEventDate(t, p, "a plan a day earlier", "2025-03-13",
		"Kenya will hold its election next Tuesday. A day earlier, Ruto will meet Museveni in Nairobi.",
		"meet", "2025-03-17")
	// Kept: "before the meeting" is another time, "at a meeting" another
	// occasion, and a plan's day is no past day to carry.
	wantEventDate(t, p, "before the meeting", "2025-03-13",
		"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday.\n\nKenyan police arrested protesters in Nairobi before the meeting.",
		"arrested", "2025-03-13")
	wantEventDate(t, p, "at a meeting", "2025-03-13",
		"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday.\n\nKenyan police arrested protesters in Nairobi at a meeting of opposition parties.",
		"arrested", "2025-03-13")
	wantEventDate(t, p, "a plan's day", "2025-03-13",
		"Kenyan President William Ruto will visit Kampala on Monday.\n\nKenyan police arrested protesters in Nairobi during the visit.",
		"arrested", "2025-03-13")
}

// TestReal17DateOff shows each story misdated with its rule off.
func TestReal17DateOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, real17DateCases)
}

// triggerStatus returns the status of the first event on trigger in a
// made-up story published on 2025-03-13, or "" when none is coded.
func triggerStatus(t *testing.T, text, trigger string) string {
	t.Helper()
	p := pipeline(t)
	d := &sitrep.Document{ID: "t", Text: text}
	d.Published, _ = sitrep.ParseDate("2025-03-13")
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.Trigger.Text == trigger {
			return e.Status
		}
	}
	return ""
}

// TestIntentStatedNow: an intent to cooperate told with "would" is
// stated now (occurred); planned with the rule off; an invitation stays
// planned.
func TestIntentStatedNow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	t.Cleanup(func() { *coder.IntentStatedNow = true })
	cases := []struct{ text, trigger string }{
		{"Kenya's foreign ministry said Kenya would keep working with Uganda on border security.", "keep"},
		{"The Ugandan government said it would keep honouring the trade agreement with Kenya.", "keep"},
	}
	for _, on := range []bool{true, false} {
		*coder.IntentStatedNow = on
		want := sitrep.StatusOccurred
		if !on {
			want = sitrep.StatusPlanned
		}
		for _, c := range cases {
			if got := triggerStatus(t, c.text, c.trigger); got != want {
				t.Errorf("rule %v: %q: status %q, want %s", on, c.text, got, want)
			}
		}
	}
	*coder.IntentStatedNow = true
	if got := triggerStatus(t, "Ruto said he would invite Museveni to Nairobi.", "invite"); got != sitrep.StatusPlanned {
		t.Errorf("an invitation to come: status %q, want planned", got)
	}
}

// TestDiscloseReveal: what an actor "disclosed" or "revealed" another
// had done is that actor's word, reported, as with "said".
func TestDiscloseReveal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	for _, c := range []struct{ text, trigger string }{
		{"Kenyan officials disclosed on Sunday that Uganda had asked Kenya for military aid.", "asked"},
		{"Kenyan officials revealed that Ugandan troops had attacked Kenyan police in Busia.", "attacked"},
	} {
		if got := triggerStatus(t, c.text, c.trigger); got != sitrep.StatusReported {
			t.Errorf("%q: status %q, want reported", c.text, got)
		}
	}
}

// TestFactClause: an act told in a "while" or "because" clause is not
// made hypothetical by the main clause's "may" or "could"; with the rule
// off it is; the main clause's own act stays hypothetical.
func TestFactClause(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	t.Cleanup(func() { *coder.FactClauses = true })
	cases := []struct{ text, trigger string }{
		{"Kenya may be reluctant to act while Foreign Minister Musalia Mudavadi negotiates with Uganda over the border.", "negotiates"},
		{"Kenya could expel the Ugandan ambassador because Ugandan troops attacked Kenyan police in Busia.", "attacked"},
	}
	for _, on := range []bool{true, false} {
		*coder.FactClauses = on
		want := sitrep.StatusOccurred
		if !on {
			want = sitrep.StatusHypothetical
		}
		for _, c := range cases {
			if got := triggerStatus(t, c.text, c.trigger); got != want {
				t.Errorf("rule %v: %q: status %q, want %s", on, c.text, got, want)
			}
		}
	}
	*coder.FactClauses = true
	if got := triggerStatus(t, cases[1].text, "expel"); got != sitrep.StatusHypothetical {
		t.Errorf("the main clause's act: status %q, want hypothetical", got)
	}
}
