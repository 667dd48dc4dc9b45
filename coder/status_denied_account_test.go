package coder_test

import (
	"testing"

	"sitrep/coder"
)

// deniedAccountStories: a denial of "the account", "the claim" or "it" in
// the next sentence makes the acts told there denied. Made-up sentences.
var deniedAccountStories = []story{
	{"denied the account",
		"Serbian police arrested three Kosovo officials on Friday, Pristina said. Belgrade denied the account.",
		[]string{"SRB>XKX 173 denied"}, []string{"SRB>XKX 173 reported", "SRB>XKX 173 occurred"}},
	{"denied the claim",
		"Azerbaijani forces shelled Armenian villages on Sunday, Armenian officials said. Baku denied the claim.",
		nil, []string{"AZE>ARM 194 reported", "AZE>ARM 195 reported", "AZE>ARM 194 occurred", "AZE>ARM 195 occurred"}},
}

func TestDeniedAccount(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), deniedAccountStories)
	// An accusation in the sentence before is what the denial answers.
	runWithStatus(t, pipeline(t), []story{
		{"denied the accusation of an accusation",
			"Peruvian police detained two Bolivian traders on Monday. Bolivia accused Peru of harassing its citizens. Lima denied the accusation.",
			[]string{"PER>BOL 173 occurred"}, nil},
	})
}

// TestDeniedAccountOff: without the rule each story goes wrong.
func TestDeniedAccountOff(t *testing.T) {
	failsWithoutKeyed(t, coder.DeniedAccounts, deniedAccountStories, withStatus)
}
