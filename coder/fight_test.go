package coder_test

import "testing"

// TestFighting: strikes, tolls and attacks told by misread participles,
// passives and nouns (the thirteenth pass in docs/events.md). Made-up
// stories through the whole pipeline.
func TestFighting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a firing the tagger read as an adjective of the missiles is still the forces' strike on the country",
			"Laotian forces fired missiles at Thailand on Sunday.",
			[]string{"LAO>THA 195"}, nil},
		{"the misread firing reaches a target named by an adjective of the positions hit",
			"Laotian forces fired rockets at Thai positions on Sunday.",
			[]string{"LAO>THA 195"}, nil},
		{"a toll told in the passive is done by the other side of the clash it happened in",
			"Twenty Indian soldiers were killed in a clash with Pakistani troops on Monday.",
			[]string{"PAK>IND 190"}, nil},
		{"a toll told in the passive is done by the attacker named after \"by\" on the attack",
			"Three Kenyan soldiers were wounded in an attack by Somali militants on Monday.",
			[]string{"SOM>KEN 190"}, nil},
		{"an attack told by a noun has the country of its adjective as attacker when it names its victim",
			"Nine drones crossed into Latvian airspace during a Belarusian attack on western Lithuania.",
			[]string{"BLR>LTU 190"}, nil},
	}
	runStories(t, p, cases)
}
