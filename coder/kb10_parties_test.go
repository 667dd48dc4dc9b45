package coder_test

import (
	"testing"

	"sitrep"
)

// TestKnownPartiesAndCompanies: parties and state companies added to the
// actor knowledge base in the tenth session (kb10) are actors, so what
// they do codes an event. Made-up stories through the whole pipeline.
func TestKnownPartiesAndCompanies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a Ghanaian party accusing the government",
			"ACCRA, Nov 3 (Sitrep) — The New Patriotic Party accused the Ghanaian government of fraud after Saturday's vote, and the National Democratic Congress denied it.",
			[]string{"GHAPTY>GHAGOV 112"}, nil},
		{"an Iraqi Kurdish party denying ties to a Turkish rebel group",
			"SULAIMANIYAH, Iraq, June 2 (Sitrep) — The Patriotic Union of Kurdistan denied on Monday that it had given shelter to the PKK.",
			[]string{"IRQPTY>TURREBPKK 016"}, nil},
		{"a Russian state company blamed for a cut",
			"CHISINAU, Feb 9 (Sitrep) — Moldova blamed Gazprom for the halt in gas deliveries on Friday.",
			[]string{"MDA>RUSBUS 112"}, nil},
		{"the acronym of an Iraqi Kurdish party",
			"ERBIL, Iraq, Aug 12 (Sitrep) — The KDP accused Baghdad on Tuesday of withholding salaries.",
			[]string{"IRQPTY>IRQGOV 112"}, nil},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return code(e.Source) + ">" + code(e.Target) + " " + e.CAMEO
	})
}

func code(a *sitrep.EventActor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}
