package coder_test

import "testing"

// TestTitles10 checks the tenth session's titled people (made-up stories):
// a country's name before an unknown word and a title gives the title its
// country ("U.S. hostage envoy"); "Acting", "Outgoing", "Incoming" read as
// a gerund taking the titled name as its object leave the name the verb's
// subject; a titled name whose given name is not the KB person's is not
// that person ("former prime minister Rosa Chavez" is no Hugo Chavez); and
// the KB's row for Maria Angela Holguin as the U.N. envoy on Cyprus.
func TestTitles10(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "a country's name, an unknown word, a title",
			text: "KABUL, May 27 (Sitrep) — U.S. hostage envoy Tom Carver held talks with Afghan officials in Kabul on Monday.",
			want: []string{"USA>AFG 046", "AFG>USA 046"},
		},
	})
}
