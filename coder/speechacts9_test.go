package coder_test

import "testing"

// TestSpeechActsSummonVoice: "summon" and "voice" are speech acts a speaker
// goes on to do after reporting something, so when the parse hangs them on
// the reported clause ("said the measures were ... and summoned the
// ambassador") they take the speaker (docs/events.md, "Ninth session,
// fourth wave"). Made-up stories; each fails without the two words in
// speechActs.
func TestSpeechActsSummonVoice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an ambassador summoned after a reported passive is the speaker's act (114)",
			`The Kenyan foreign ministry said the Ugandan measures were "based on nothing but rumours" and summoned the Ugandan ambassador on Tuesday.`,
			[]string{"KEN>UGA 114"}, nil},
		{"the same with an envoy and a place",
			`The Kenyan foreign ministry said the new sanctions were "built on nothing but lies and rumours" and summoned the Ugandan envoy in Nairobi on Monday night.`,
			[]string{"KEN>UGA 114"}, nil},
		{"support voiced after a that-clause is the speaker's (051)",
			"Turkey's foreign ministry said on Monday that the verdict was politically motivated and voiced support for Azerbaijan.",
			[]string{"TUR>AZE 051"}, nil},
	}
	runStories(t, p, cases)
}
