package coder_test

import "testing"

// TestSubjectMisreadAsPassive: a verb the parse gives a passive subject
// but no passive auxiliary ("was", "been") is active, and its subject
// acts; a naming participle ("known as") stays what it is.
func TestSubjectMisreadAsPassive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"negotiated, with no auxiliary",
			"Kenya and Somalia agreed on Monday to end their border dispute. The defence ministers of the two countries, Ali Hassan and Omar Farah, negotiated for six hours in Nairobi.",
			[]string{"KEN>SOM 046", "SOM>KEN 046"}, nil},
	}
	runStories(t, p, cases)
}
