package coder_test

import "testing"

// TestKbus23Rows checks the lexicon row of kbus23: "fired back" with no
// "at" is a retort (111), not fire on a target (190). A made-up story; the
// wanted event fails without the row.
func TestKbus23Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{name: "fired back", text: "PARIS — Germany's chancellor criticised France's budget on Monday. France's finance minister fired back hours later, calling the remarks unhelpful.", want: []string{"FRA>DEU 111"}, not: []string{"FRA>DEU 190"}},
	})
}
