package coder_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// refusedCriticismStories: a criticism, accusation or threat declined or
// refused is coded negated (eighteenth session, miss26). Made-up stories.
var refusedCriticismStories = []struct {
	name, text, want string
}{
	{"declined to criticise",
		"ANKARA — Germany said it regretted the vote but declined to criticise Turkey directly.", "DEU>TUR 111"},
	{"declined to threaten",
		"WASHINGTON — This week President Joe Biden declined to threaten Moscow with new sanctions.", "USA>RUS 130"},
	{"declined at first to criticise, an adverbial clause in the parse",
		"The Russian president declined at first to criticize the Ukrainian government.", "RUS>UKR 111"},
	{"refused to condemn",
		"ATHENS — Greece's prime minister on Monday refused to condemn Turkey over the incident.", "GRC>TUR 111"},
}

// negatedEvents codes text as of 2024-05-28 and returns its negated
// events as "SRC>TGT CODE", and all its events the same way.
func negatedEvents(t *testing.T, p interface{ Process(*sitrep.Document) error }, text string) (negated, all map[string]bool) {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	negated, all = map[string]bool{}, map[string]bool{}
	for _, e := range d.Events {
		k := key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO
		all[k] = true
		if e.Status == sitrep.StatusNegated {
			negated[k] = true
		}
	}
	return negated, all
}

// TestRefusedCriticism: the act declined is coded negated; the refusal
// is no rejection (120) of the party spared.
func TestRefusedCriticism(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range refusedCriticismStories {
		neg, all := negatedEvents(t, p, c.text)
		if !neg[c.want] {
			t.Errorf("%s: no negated %s in %v", c.name, c.want, all)
		}
		for k := range all {
			if _, code, _ := strings.Cut(k, " "); strings.HasPrefix(code, "12") {
				t.Errorf("%s: a rejection %s coded", c.name, k)
			}
		}
	}
}

// TestRefusedCriticismOff: with the rule off, the declined act is not
// coded negated.
func TestRefusedCriticismOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.RefusedCriticism = false
	defer func() { *coder.RefusedCriticism = true }()
	p := pipeline(t)
	for _, c := range refusedCriticismStories {
		if neg, _ := negatedEvents(t, p, c.text); neg[c.want] {
			t.Errorf("with the rule off, %s: %s still coded negated", c.name, c.want)
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
