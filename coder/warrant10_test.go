package coder_test

import "testing"

// TestArrestWarrants: a warrant issued for someone is an arrest ordered
// of them (173), and an arrest the police are dared to try is none
// (docs/events.md, "Tenth session: verbal10"). Made-up stories.
func TestArrestWarrants(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"warrants issued for foreigners",
			"VILNIUS, May 28 (Sitrep) — Lithuania has issued international arrest warrants for two Russian military intelligence officers over an arson attack on a Vilnius shopping centre.",
			[]string{"LTU>RUS 173"}, nil},
		{"an arrest dared",
			"HARARE, May 28 (Sitrep) — Zimbabwean opposition leader Tendai Moyo said on Thursday he would not bow to what he called a politicised court and dared the national police to try to arrest him in Bulawayo.",
			nil, []string{"ZWE>ZWE 173"}},
	})
}
