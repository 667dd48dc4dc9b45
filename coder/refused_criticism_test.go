package coder_test

import (
	"testing"

	"sitrep/coder"
)

// refusedCriticismStories: a criticism, accusation or threat declined or
// refused is coded negated (eighteenth session, miss26), and the refusal
// is no rejection (120) of the party spared. Made-up stories.
var refusedCriticismStories = []story{
	{"declined to criticise",
		"ANKARA — Germany said it regretted the vote but declined to criticise Turkey directly.",
		[]string{"DEU>TUR 111 negated"}, []string{"DEU>TUR 120 occurred"}},
	{"declined to threaten",
		"WASHINGTON — This week President Joe Biden declined to threaten Moscow with new sanctions.",
		[]string{"USA>RUS 130 negated"}, []string{"USA>RUS 120 occurred"}},
	{"declined at first to criticise, an adverbial clause in the parse",
		"The Russian president declined at first to criticize the Ukrainian government.",
		[]string{"RUS>UKR 111 negated"}, []string{"RUS>UKR 120 occurred"}},
	{"refused to condemn",
		"ATHENS — Greece's prime minister on Monday refused to condemn Turkey over the incident.",
		[]string{"GRC>TUR 111 negated"}, []string{"GRC>TUR 120 occurred"}},
}

// TestRefusedCriticism runs the stories through the whole pipeline.
func TestRefusedCriticism(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), refusedCriticismStories)
}

// TestRefusedCriticismOff: with the rule off, each story goes wrong (the
// act declined is not coded negated, or the refusal is a rejection).
func TestRefusedCriticismOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.RefusedCriticism = false
	defer func() { *coder.RefusedCriticism = true }()
	p := pipeline(t)
	for _, c := range refusedCriticismStories {
		if wrong, got := goesWrong(t, p, c, withStatus); !wrong {
			t.Errorf("with the rule off, %s: still right (got %v)", c.name, got)
		}
	}
}

// TestRefusedAttack: an armed attack refused is no act at all (notDoneAct),
// not an attack coded negated: refusedCriticism takes verbal acts only.
func TestRefusedAttack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"an army refused to attack",
			"The Syrian army refused to attack Turkish positions on Friday.",
			nil, []string{"SYR>TUR 190"}},
	})
}
