package coder_test

import (
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// TestKbusfix23 runs made-up sentences of US campaign copy through the
// pipeline: idioms the attack and money rows read literally, laws kept,
// support withheld from a person, a refused endorsement, a refusal on a
// condition, an attack named by its place. Each case names its switch;
// switched off, the sentence must come out differently. Controls ("")
// keep their codes.
func TestKbusfix23(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	fig := func(rule string) func(bool) { return func(on bool) { coder.SetFigurative(rule, on) } }
	switches := map[string]func(bool){
		"pay-price":           fig("pay-price"),
		"attack-idiom-at":     fig("attack-idiom-at"),
		"firing-dismissal":    fig("firing-dismissal"),
		"comply-norm":         fig("comply-norm"),
		"violence-doctrine":   fig("violence-doctrine"),
		"withheld-backing":    fig("withheld-backing"),
		"named-attack":        fig("named-attack"),
		"refused-endorsement": coder.SetRefusedEndorsement,
	}
	cases := []struct {
		rule, text, trigger string
		want                string // "CAMEO status" on trigger, sorted, joined by ";"; "" for none
	}{
		{"pay-price", "Senator Ted Cruz said Russia paid a small price for the hack of American computers.", "paid", ""},
		{"", "Mexico will pay for the flights of the Venezuelan delegation, the Mexican foreign minister said.", "pay", "071 planned"},
		{"attack-idiom-at", "Canadian Prime Minister Justin Trudeau said the American tariffs strike at the heart of Canada's economy.", "strike", ""},
		{"firing-dismissal", "Senator Ted Cruz said the Mexican ambassador tied the leak to his firing in June.", "firing", ""},
		{"comply-norm", "The Mexican government said the Canadian mining company complies with Mexican environmental laws.", "complies", ""},
		{"", "Iraq complied with the American demand on Monday.", "complied", "080 occurred"},
		{"violence-doctrine", "Lindsey Graham, a champion of foreign military interventionism, has waged donor-driven attacks on GOP voters.", "attacks", "111 occurred"},
		{"withheld-backing", "Donald Trump withheld support from Senator John McCain on Tuesday.", "withheld", ""},
		{"", "The United States withheld aid from Egypt on Tuesday.", "withheld", "162 occurred"},
		{"refused-endorsement", "Donald Trump refused to endorse Senator John McCain on Monday.", "endorse", "051 negated"},
		{"refused-endorsement", "Donald Trump refused to endorse Senator John McCain on Monday.", "refused", ""},
		{"refused-endorsement", "Donald Trump said he would not accept Senator Ted Cruz's endorsement if it were offered.", "accept", ""},
		{"", "Venezuela said it would not accept the ruling of the Guyanese court.", "accept", "120 occurred"},
		{"named-attack", "Before the Paris terror attacks, Senator Marco Rubio said Syrian refugees were welcome in the United States.", "attacks", ""},
		{"named-attack", "An Iraqi official said the American envoy had a heart attack on Monday.", "attack", ""},
		{"", "A Taliban attack on Afghan police killed three officers in Kabul.", "attack", "190 occurred"},
	}
	codes := func(text, trigger string) string {
		d := &sitrep.Document{ID: "t", Text: text}
		var err error
		if d.Published, err = sitrep.ParseDate("2016-03-15"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		var out []string
		for _, e := range d.Events {
			if e.Trigger.Text == trigger {
				out = append(out, e.CAMEO+" "+e.Status)
			}
		}
		sort.Strings(out)
		return strings.Join(out, ";")
	}
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if c.rule == "" {
			continue
		}
		set := switches[c.rule]
		set(false)
		off := codes(c.text, c.trigger)
		set(true)
		if off == c.want {
			t.Errorf("%s: %q: switched off still gives %q: the case does not test the rule", c.rule, c.text, off)
		} else {
			t.Logf("%s: off %q", c.rule, off)
		}
	}
}
