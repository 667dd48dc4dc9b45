package coder_test

import "testing"

// TestSpeakerAfterObject: "he" after a clause whose last person is its
// object is the clause's subject (actors: preferSubject), so what he
// does is coded from the subject; and a request made in a participle
// after "wrote to X" is aimed at X, the letter's addressee, even when
// another country is named inside the request (docs/events.md,
// "Eighth session: 'he'/'she' after an object person"). Made-up stories.
func TestSpeakerAfterObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"he after a received guest is the host",
			"BERLIN, May 28 (Sitrep) — German Chancellor Olaf Scholz received Israeli Prime Minister Benjamin Netanyahu in Berlin on Monday. He criticised the strikes on Rafah and demanded a ceasefire.",
			[]string{"DEU>PSE 111"}, []string{"ISR>PSE 111"}},
		{"a request in a letter goes to its addressee",
			"NAIROBI, May 28 (Sitrep) — The Somali president wrote to Kenya's president on Friday, asking for troops to halt what he called an invasion by Ethiopia.",
			[]string{"SOM>KEN 020"}, []string{"SOM>ETH 020"}},
	}
	runStories(t, p, cases)
}
