package coder_test

import "testing"

// TestPlannedThisWeek: a planned act "this week" or "this month" falls
// in that month (the gold guide dates "next week" so), and so does a past
// act told "this week".
func TestPlannedThisWeek(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, published, text, trigger, want string
	}{
		{"talks to go on this week fall in the week's month",
			"2025-03-11", "Ghana's foreign minister said Ghana and Togo would hold talks this week on the border.",
			"hold", "2025-03"},
		{"a visit this month falls in the month",
			"2025-03-11", "Kenya's president will visit Uganda this month, his office said.",
			"visit", "2025-03"},
		{"a week across two months falls in the year",
			"2025-03-31", "Ghana's foreign minister said Ghana and Togo would hold talks this week on the border.",
			"hold", "2025"},
		// (date11 kept the story's day for a past act; since date22,
		// dates_this_week.go, it is the week's month as well, as the
		// gold of the written and real sets dates it.)
		{"a past act this week falls in the week's month too",
			"2025-03-11", "Ghana and Togo held talks this week on the border.",
			"held", "2025-03"},
	}
	for _, c := range cases {
		wantEventDate(t, p, c.name, c.published, c.text, c.trigger, c.want)
	}
}

// TestToldActDay: a day named inside the clause an accusation or denial
// tells of dates that act, not the accusation or the denial, which keep
// the story's day; a day of the speaker's own verb still dates it.
func TestToldActDay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, text, trigger, want string
	}{
		{"a denial of what soldiers had done on Sunday",
			"Togo's army denied that Ghanaian soldiers had crossed the border on Sunday.",
			"denied", "2025-03-11"},
		{"an accusation of a raid on Saturday",
			"Ghana accused Togo of sending troops into the village of Kpalime on Saturday night.",
			"accused", "2025-03-11"},
		{"the speaker's own day still dates the accusation",
			"Ghana accused Togo on Saturday of sending troops across the border.",
			"accused", "2025-03-08"},
	}
	for _, c := range cases {
		wantEventDate(t, p, c.name, "2025-03-11", c.text, c.trigger, c.want)
	}
}

// TestVerdictInRelative: a verdict told in a relative clause with a
// subject of its own ("an attack that Ghana condemned") is not dated by
// the day the main clause gives the attack.
func TestVerdictInRelative(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, text, trigger, want string
	}{
		{"the condemnation keeps the story's day",
			"Togo's army shelled a border village on Sunday, killing three farmers, in an attack that Ghana condemned as a crime.",
			"condemned", "2025-03-11"},
		{"the attack keeps its day",
			"Togo's army shelled a border village on Sunday, killing three farmers, in an attack that Ghana condemned as a crime.",
			"shelled", "2025-03-09"},
	}
	for _, c := range cases {
		wantEventDate(t, p, c.name, "2025-03-11", c.text, c.trigger, c.want)
	}
}
