package coder_test

import "testing"

// TestAnnouncedNounAct: a noun act that is the object of a verb that
// announces or weighs it is the verb's subject's act, as under a light
// verb ("launched an offensive").
func TestAnnouncedNounAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"sanctions considered",
			"The European Union said it would consider new sanctions on Belarus.",
			[]string{"IGOEUREEC>BLR 163"}, nil},
		{"sanctions announced",
			"Washington announced new sanctions on Iran's oil ministry on Monday.",
			[]string{"USA>IRN 163"}, nil},
		{"sanctions weighed",
			"Canada is weighing sanctions against Venezuelan officials, the foreign minister said.",
			[]string{"CAN>VEN 163"}, nil},
	}
	runStories(t, p, cases)
}
