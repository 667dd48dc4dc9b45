package coder_test

import "testing"

// TestFresh13HandOverBase checks that a military base or camp handed over
// to another side is property returned (0842), whether the parse reads
// "over" as a particle or as a preposition.
func TestFresh13HandOverBase(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"a base handed over to the host's army",
			"France handed over its last military base in Chad to the Chadian army on Thursday.",
			[]string{"FRA>TCD 0842"}, nil},
		{"an airbase handed over",
			"Britain handed over the airbase to the Omani air force on Monday.",
			[]string{"GBR>OMN 0842"}, nil},
		{"a camp handed over, planned",
			"Italy will hand over the camp near Misrata to the Libyan army next month.",
			[]string{"ITA>LBY 0842"}, nil},
	})
}
