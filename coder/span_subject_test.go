package coder_test

import (
	"testing"

	"sitrep"
)

// TestSpanSubject: "two days after police arrested him", "hours after
// police arrested him", read by the parse with
// the span of time as the verb's subject, or with the clause's verb as
// the sentence's root and "after police" a modifier of a noun before it:
// the noun after the conjunction is the clause's subject (docs/events.md,
// "Tenth session: verbal10"). Made-up stories.
func TestSpanSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"days read as the subject",
			"HARARE, May 28 (Sitrep) — A Zimbabwean court charged opposition leader Tendai Moyo with treason on Tuesday, two days after police arrested him at his home in a night raid.",
			[]string{"ZWECOP>ZWEOPP 173"}, nil},
		{"after-clause read as the root",
			"QUITO, May 28 (Sitrep) — Former Ecuadorean President Pedro Salas was flown to Madrid on Tuesday night to face charges of crimes against humanity at the International Criminal Court, hours after police arrested him at Quito's airport on his return from Miami.",
			[]string{"ECUCOP>ECUGOV 173"}, nil},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		code := func(a *sitrep.EventActor) string {
			if a == nil {
				return "-"
			}
			return a.Code
		}
		return code(e.Source) + ">" + code(e.Target) + " " + e.CAMEO
	})
}
