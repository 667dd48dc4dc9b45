package coder_test

import "testing"

// TestBackgroundOccasion: an act told as done in an occasion that a year
// dates ("in the 1967 war", "during the 2014 offensive") is background
// when the year is over before the story. Made-up stories through the
// whole pipeline (published 2024-05-28).
func TestBackgroundOccasion(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an act in an occasion of a past year is background",
			"Syrians want the Golan Heights, captured by Israel in the 1967 war, returned to them.",
			nil, []string{"ISR>SYR 192"}},
		{"an act during an occasion of a past year, the phrase hung on the object, is background",
			"Azerbaijani troops shelled Armenian villages during the 2016 offensive.",
			nil, []string{"AZE>ARM 195"}},
		{"an occasion of the story's year is news",
			"Israeli troops captured the Syrian village in the 2024 offensive.",
			[]string{"ISR>SYR 192"}, nil},
	}
	runStories(t, p, cases)
}

// TestBackgroundAfterClause: an undated "after" or "when" clause belongs
// to the time of the clause it hangs on; a crowd storming a building is a
// violent protest (145), armed men storming it an attack (19x).
func TestBackgroundAfterClause(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a storming told after a past year's act is background",
			"Kuwait cut ties with Iraq in 2016 after Iraqi protesters stormed the Kuwaiti embassy in Baghdad.",
			nil, []string{"IRQ>KWT 145"}},
		{"the same storming without a past year is news",
			"Iraqi protesters stormed the Kuwaiti embassy in Baghdad on Monday.",
			[]string{"IRQ>KWT 145"}, nil},
		{"armed men storming a building attack it",
			"Heavily armed Iraqi men stormed the Kuwaiti embassy in Baghdad on Monday.",
			[]string{"IRQ>KWT 190"}, []string{"IRQ>KWT 145"}},
	}
	runStories(t, p, cases)
}
