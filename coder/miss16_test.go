package coder_test

import "testing"

// TestReciprocalEach checks the distributive reciprocal: "each" (alone,
// or "each side") as the subject and "the other" as the object is each
// of the story's two sides toward the other (GUIDE: compound actors).
func TestReciprocalEach(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"a lone 'each' the parse hangs the verb on, after a comma and 'but'",
			"Armenia and Azerbaijan agreed a truce on Friday, but each accused the other on Saturday of violating it.",
			[]string{"ARM>AZE 112", "AZE>ARM 112"}, nil},
		{"a lone 'each' opening its own sentence",
			"Ecuador and Peru signed a border deal on Monday. Each blamed the other for the shooting on Tuesday.",
			[]string{"ECU>PER 112", "PER>ECU 112"}, nil},
		{"'each side' is the two sides, and 'the other' the other of them",
			"India and Pakistan exchanged fire across the frontier on Monday. Each side accused the other of firing first.",
			[]string{"IND>PAK 112", "PAK>IND 112"}, []string{"IND>IND 112", "PAK>PAK 112"}},
		{"'the other' is the other side, not an actor of the source's own country nearby",
			"NEW DELHI, May 28 (Sitrep) — Indian jets bombed Pakistani army posts on Thursday after Pakistani forces fired shells into India, killing nine people.\n\nEach side accused the other of firing first near the disputed pass. The Indian army said Pakistani troops had opened fire with mortars.",
			[]string{"IND>PAK 112", "PAK>IND 112"}, []string{"IND>IND 112", "PAK>PAK 112"}},
	})
}
