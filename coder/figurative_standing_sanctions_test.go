package coder_test

import (
	"strings"
	"testing"

	"sitrep/coder"
)

// TestStandingSanctions: sanctions named as a thing already in force
// (blamed, enforced, lifted, exempted from, defied) impose nothing
// (figurative_standing_sanctions.go); sanctions imposed or announced keep
// their 163. Each case with the rule must differ from the rule switched
// off, or it tests nothing; where undatedSanctions
// (background_undated_sanctions.go) leaves the noun uncoded too, only
// switching both off brings the 163 back.
func TestStandingSanctions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	// "the United States lifted sanctions" below is the misparse the rule
	// was written for ("lifted" a modifier of the noun); frame29's
	// misreadPast reads it as the verb and its object, which leaves no
	// noun to code, so the case tests the rule with that repair off.
	*coder.MisreadMore = false
	defer func() { *coder.MisreadMore = true }()
	const (
		none     = iota // no rule's case: the 163 stays
		alone           // standing-sanctions alone: switched off, a 163 comes back
		withBoth        // undatedSanctions covers it too: both switched off
	)
	cases := []struct {
		text string
		rule int
		want string
	}{
		{"The Venezuelan president blamed the United States embargo for the power cuts.", alone, ""},
		// "new" keeps undatedSanctions off (mend18).
		{"Fuel shipments reached North Korea from Russia on Monday despite new U.N. sanctions.", alone, ""},
		{"The Chilean navy was helping enforce United Nations sanctions on North Korea on Friday.", withBoth, ""},
		{"The U.S. Treasury on Monday granted a one-year exemption from Belarus sanctions for medical supplies.", withBoth, ""},
		{"Fuel shipments reached North Korea from Russia on Monday despite the U.N. sanctions.", withBoth, ""},
		{"The treaty was signed on the weekend that the United States lifted sanctions, giving Iran access to billions in frozen funds.", withBoth, ""},
		{"The European Union imposed new sanctions on Belarus on Monday.", none, "163"},
		{"The Cuban foreign minister said the U.S. economic embargo remained in force.", none, "163"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return strings.HasPrefix(code, "163") })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: 163 events %q, want %q", c.text, got, c.want)
		}
		if c.rule == none {
			continue
		}
		coder.SetFigurative("standing-sanctions", false)
		*coder.UndatedSanctions = c.rule != withBoth
		off := codes(c.text)
		coder.SetFigurative("standing-sanctions", true)
		*coder.UndatedSanctions = true
		if off == c.want {
			t.Errorf("%q: with standing-sanctions off (undated sanctions on=%v) still %q: the case does not test the rule", c.text, c.rule != withBoth, off)
		}
	}
}
