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

// TestFresh13ExerciseNoun checks that a military exercise told by its noun
// is cooperation (062) between the sides named around it: after "with" or
// "between", in its modifiers ("Hungarian-Slovak"), or, when it is joint,
// by the verb it hangs on; and that an exercise halted, or one with a
// single side, codes no 062.
func TestFresh13ExerciseNoun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"a joint exercise with a partner, under a verb of taking part",
			"Kenya will take part in a joint naval exercise with Tanzania in June.",
			[]string{"KEN>TZA 062", "TZA>KEN 062"}, nil},
		{"the two sides of an exercise in its modifier",
			"Austria tightened controls at the border ahead of large Hungarian-Slovak military exercises.",
			[]string{"HUN>SVK 062", "SVK>HUN 062"}, []string{"AUT>HUN 062", "AUT>SVK 062"}},
		{"joint exercises the verb's object commits to",
			"The new pact commits Chile and Peru to joint exercises every year.",
			[]string{"CHL>PER 062", "PER>CHL 062"}, nil},
		{"an exercise suspended is no exercise",
			"Washington said it had suspended a joint naval exercise with the Philippine navy.",
			nil, []string{"USA>PHL 062", "PHL>USA 062"}},
		{"one side's exercise",
			"Lithuania said Russian military exercises near the border were a provocation.",
			nil, []string{"RUS>LTU 062", "LTU>RUS 062"}},
	})
}
