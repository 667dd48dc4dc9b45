package coder_test

import "testing"

// TestDateParagraphIsNoLead: a story whose first paragraph is only its
// date (as wiki news stories are printed) has its lead in the paragraph
// after, so the other side named there is a side of the story and not a
// passing mention. Made-up story through the whole pipeline.
func TestDateParagraphIsNoLead(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"the side named in the paragraph after a date paragraph is the target of a threat",
			"Friday, May 24, 2024\n\nThe Serbian army was placed on high alert on Thursday after clashes with Kosovo police in the north.\n\nSerbian President Aleksandar Vucic said the army would attack any police unit that entered Serb villages. The Serbian defence ministry said the army was ready.",
			[]string{"SRB>XKX 138"}, []string{"SRB>SRB 138"}},
	}
	runStories(t, p, cases)
}
