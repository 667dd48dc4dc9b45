package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestBackgroundStates runs made-up sentences through the real pipeline:
// a participle of accusation or detention that describes a noun, a plea
// in court and a hope that asks nothing of anyone are no events
// (figurative_background_states.go); the same verbs told as acts keep
// their codes. With the named rule switched off each case must come out
// differently.
func TestBackgroundStates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		rule, text, trigger string
		want                string
	}{
		{"legal-state", "Venezuela freed Pedro Gomez, a Colombian engineer accused of sabotage, and thanked Colombia for its help.", "accused", ""},
		{"legal-state", "Ecuador freed Luis Ortega, a Peruvian fisherman charged with smuggling, on Monday.", "charged", ""},
		{"", "Ecuador charged four Peruvian fishermen with smuggling.", "charged", "173"},
		{"", "Colombia accused Venezuela of sabotage on Monday.", "accused", "112"},
		{"court-plea", "A former Chilean senator pleaded guilty to bribery in a Peruvian court on Tuesday.", "pleaded", ""},
		{"", "A former Chilean senator pled guilty to bribery in a Peruvian court on Tuesday.", "pled", ""},
		{"", "The Chilean president pleaded with Peru to reopen the border.", "pleaded", "020"},
		{"hope-state", "The Chilean president is hoping voters will back her reforms.", "hoping", ""},
		{"hope-state", "Chilean officials hope they will win the case at the court in The Hague.", "hope", ""},
		{"", "The Chilean president hoped Peru would reopen the border.", "hoped", "020"},
		{"", "The Chilean foreign ministry refused to say whether Peru had been warned.", "refused", "011"},
		{"", "The Chilean delegation refused to answer questions about the Peruvian fishermen.", "refused", "011"},
		{"refused-words", "The Chilean president refused to say the words Peruvian sea at the summit.", "refused", ""},
		{"declined-provision", "Chile declined to provide fighter jets to Peru on Monday.", "declined", ""},
		{"declined-provision", "The Chilean government declined to offer asylum to the Peruvian dissident.", "declined", ""},
		{"", "The Chilean foreign ministry declined to provide details of the talks with Peru.", "declined", "011"},
		{"", "The Chilean embassy declined to offer an explanation for the delay.", "declined", "011"},
		{"", "The Chilean finance minister declined to offer an estimate of the cost.", "declined", "011"},
		{"insist-claim", "The Chilean foreign minister insisted that Chile had never violated Peruvian waters.", "insisted", ""},
		{"", "Bolivia insisted that Chile return its coastline.", "insisted", "100"},
		{"release-relative", "The Republican National Committee on Tuesday released a parody website mocking Hillary Clinton.", "released", ""},
		{"release-relative", "The Democrats will release transcripts that Senator Ted Cruz has said he plans to release with the final report.", "release", ""},
		{"", "Chile released two Peruvian fishermen on Monday.", "released", "0841"},
		{"rally-setting", "Senator Marco Rubio lashed out against the governor at a noisy rally in Reno on Saturday.", "rally", ""},
		{"rally-setting", "Jeb Bush, speaking at a rally in Tampa, said the police had failed the city.", "rally", ""},
		{"", "Thousands of Chilean students held a rally against the government in Santiago on Saturday.", "held", "141"},
	}
	codes := func(text, trigger string) string { return triggerCodes(t, p, text, trigger) }
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if c.rule == "" {
			continue
		}
		coder.SetFigurative(c.rule, false)
		off := codes(c.text, c.trigger)
		coder.SetFigurative(c.rule, true)
		if off == c.want {
			t.Errorf("%q: rule %s switched off still gives %q: the case does not test the rule", c.text, c.rule, off)
		}
	}
}
