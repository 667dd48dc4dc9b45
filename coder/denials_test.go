package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// TestTrailingChargeDenials: denials told by a trailing "a charge X
// rejected", and "had no links with", "had nothing to do with" (the
// twelfth pass in docs/events.md). Made-up stories through the whole
// pipeline; with the rule off each case fails.
func TestTrailingChargeDenials(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a trailing charge rejected is a denial answering the accuser",
			"NAIROBI, Jan 10 (Sitrep) — Uganda accused Kenya on Friday of arming rebels near the border, a charge the Kenyan government rejected.",
			[]string{"KEN>UGA 016"}, nil},
		{"a trailing charge parsed with its noun as the subject (the denier its apposition)",
			"ADDIS ABABA, April 2 (Sitrep) — Ethiopia accused Eritrea on Tuesday of sending troops across the border, a charge Eritrea has long rejected.",
			[]string{"ERI>ETH 016"}, nil},
		{"a charge made by an unnamed group answers no one the coder names",
			"LIMA, March 2 (Sitrep) — Peru's interior ministry said on Sunday that protests had ended. Human rights groups accused the police of using excessive force, a charge the ministry rejected.",
			[]string{"PER>- 016"}, []string{"PER>PER 016"}},
		{"had no links with a party of another country, said of oneself, is a denial toward it",
			"VILNIUS, Oct 4 (Sitrep) — Lithuania expelled a Belarusian diplomat on Friday. Belarus's foreign ministry said its embassy had no links with any Lithuanian party.",
			[]string{"BLR>LTU 016"}, nil},
		{"had nothing to do with an act is a denial with no target named",
			"ANKARA, Aug 9 (Sitrep) — A blast hit a fuel depot near the Syrian border on Thursday. A Turkish government spokesman said Ankara had nothing to do with the explosion.",
			[]string{"TUR>- 016"}, nil},
	}
	runStories(t, p, cases)
}

// TestNoPartDenialsOff: with the "had nothing to do with" rule off, its
// cases fail.
func TestNoPartDenialsOff(t *testing.T) {
	failsWithout(t, coder.NoPartDenial, []offCase{
		{"VILNIUS, Oct 4 (Sitrep) — Lithuania expelled a Belarusian diplomat on Friday. Belarus's foreign ministry said its embassy had no links with any Lithuanian party.", "BLR>LTU 016"},
		{"ANKARA, Aug 9 (Sitrep) — A blast hit a fuel depot near the Syrian border on Thursday. A Turkish government spokesman said Ankara had nothing to do with the explosion.", "TUR>- 016"},
	})
}

// TestTrailingChargeDenialsOff: with the zero-relative rule off, its
// cases fail.
func TestTrailingChargeDenialsOff(t *testing.T) {
	failsWithout(t, coder.ZeroRelative, []offCase{
		{"NAIROBI, Jan 10 (Sitrep) — Uganda accused Kenya on Friday of arming rebels near the border, a charge the Kenyan government rejected.", "KEN>UGA 016"},
		{"LIMA, March 2 (Sitrep) — Peru's interior ministry said on Sunday that protests had ended. Human rights groups accused the police of using excessive force, a charge the ministry rejected.", "PER>- 016"},
	})
}

// offCase is a story and the event its rule codes in it.
type offCase struct{ text, want string }

// failsWithout switches a rule off and checks that none of the cases
// still codes its event.
func failsWithout(t *testing.T, rule *bool, cases []offCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*rule = false
	defer func() { *rule = true }()
	p := pipeline(t)
	for _, c := range cases {
		if got := denialCodes(t, p, c.text); got[c.want] {
			t.Errorf("with the rule off, %s is still coded in %q", c.want, c.text)
		}
	}
}

// denialCodes runs one story and returns its events as "SRC>TGT CAMEO".
func denialCodes(t *testing.T, p interface{ Process(*sitrep.Document) error }, text string) map[string]bool {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, e := range d.Events {
		got[key(e.Source)+">"+key(e.Target)+" "+e.CAMEO] = true
	}
	return got
}
