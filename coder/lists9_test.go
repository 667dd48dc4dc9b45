package coder_test

import "testing"

// TestCommaSplitLists: a list of actors the parse cut at a comma still
// acts as one ("Ninth session, second wave: coordinated actors" in
// docs/events.md). Made-up stories through the whole pipeline.
func TestCommaSplitLists(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a list whose first names the parse hung on the noun before it, the rest the verb's subject",
			"KHARTOUM, Oct 2 (Sitrep) — Fighting spread in Khartoum on Tuesday. In a joint letter on Friday, the United States, Sweden, Japan, Germany and Spain urged the Sudanese army to accept a truce.",
			[]string{"SWE>SDN 0256", "JPN>SDN 0256", "DEU>SDN 0256", "ESP>SDN 0256"}, nil},
		{"a list cut into two subjects at a comma: the first name acts with the rest on the coordinated verb",
			"DHAKA, March 5 (Sitrep) — Police in Bangladesh fired on students on Tuesday. The United States, Norway and Japan said in a joint note they were deeply worried and urged calm.",
			[]string{"USA>BGD 0256", "NOR>BGD 0256", "JPN>BGD 0256"}, nil},
		{"a subject borrowed from a clause with an object list and another subject takes no one from the other clause",
			"PRISTINA, June 3 (Sitrep) — Serbs rallied in northern Kosovo on Friday. NATO troops used tear gas and shields to disperse the crowd, and some protesters threw stones, the alliance said.",
			nil, []string{"XKX>XKX 175", "SRB>SRB 175"}},
	}
	runStories(t, p, cases)
}
