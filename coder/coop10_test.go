package coder_test

import "testing"

// TestCoop10ReadyToSend checks the tenth session's offers of material help
// told by "ready/willing to send, contribute, provide ...": an intent to
// give aid (033), not the sending done (074) or nothing; an outsider's
// offer in a story of a country and an international body goes to the
// country, not to the body.
func TestCoop10ReadyToSend(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "ready to send more troops",
			text: "MOGADISHU, May 27 (Sitrep) — Al Shabaab fighters attacked a Somali army base on Monday, killing 20 soldiers. " +
				"Somalia's president appealed for help. Kenya said it was ready to send more troops.",
			want: []string{"KEN>SOM 033"},
		},
		{
			name: "ready to contribute police, to the country not the body",
			text: "UNITED NATIONS, May 27 (Sitrep) — The U.N. Security Council approved a new force for Haiti on Monday. " +
				"Haiti's prime minister welcomed the U.N. vote. Chile said it was ready to contribute police officers.",
			want: []string{"CHL>HTI 033"},
			not:  []string{"CHL>IGOUNO 033"},
		},
	})
}
