package coder_test

import "testing"

// TestApposTitleSubject: a title with the name in apposition ("The EU's
// foreign policy chief, Josep Borrell, urged ...") is the verb's subject
// even where the parse hangs the title on the verb as an oblique and the
// name on the comma (repairApposSubject; docs/events.md, "Ninth session,
// fourth wave"). Made-up stories; each fails without the repair.
func TestApposTitleSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an appeal by the titled official (020)",
			"The European Union's foreign policy chief, Josep Borrell, urged Serbia to release the detained journalists.",
			[]string{"IGOEUREEC>SRB 0253"}, nil},
		{"a call on a country by the titled official (020)",
			"The African Union Commission chairperson, Mahmoud Ali Youssouf, called on Sudan to reopen the border crossings.",
			[]string{"IGOAFRAU>SDN 020"}, nil},
		{"praise and a planned mission by the titled official",
			"The African Union Commission chairperson, Mahmoud Ali Youssouf, praised Kenya and will send envoys to Juba next week.",
			[]string{"IGOAFRAU>KEN 051", "IGOAFRAU>SSD 042"}, nil},
	}
	runStories(t, p, cases)
}
