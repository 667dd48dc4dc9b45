package actors

import (
	"strings"
	"testing"
)

// TestTitleAbbrevs: a person the KB does not know, after "Sen.", "Rep." or
// "Gov.", is a legislator or a governor, as after "Senator"; the tests
// fail with the rule off (the titles lose their period and name no
// actor). Off is not the state before the rule: nouns.tsv no longer lists
// the titles as honorifics, so with the switch off they are plain words.
func TestTitleAbbrevs(t *testing.T) {
	c := NewCoder(testKB(t))
	kb := testKB(t)
	cases := []struct {
		name, text, ent, want string
	}{
		{"senator", "Sen. Marla Quist criticized the plan on Monday.", "Marla Quist", "Sen. Marla Quist=LEG"},
		{"representative", "On Monday, Rep. Dale Orrin praised the governor.", "Dale Orrin", "Rep. Dale Orrin=LEG"},
		{"governor", "Gov. Nora Vell signed the bill.", "Nora Vell", "Gov. Nora Vell=GOV"},
	}
	run := func(text, name string) string {
		doc := makeDoc(t, text, "2016-05-03", ent{name, "PER", 0})
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	// Code reads a short text the same way.
	codes := func(s string) bool {
		m, ok := kb.Code(s, day("2016-05-03"))
		return ok && m.Sector == "LEG"
	}
	short := []string{"Sen. Marla Quist", "Rep. Dale Orrin"}
	for _, tc := range cases {
		if g := run(tc.text, tc.ent); !strings.Contains(g, tc.want) {
			t.Errorf("%s: got %s, want %s", tc.name, g, tc.want)
		}
	}
	for _, s := range short {
		if !codes(s) {
			t.Errorf("Code(%q): want a LEG match", s)
		}
	}
	old := SetTitleAbbrevs(false)
	defer SetTitleAbbrevs(old)
	for _, tc := range cases {
		if g := run(tc.text, tc.ent); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
	}
	for _, s := range short {
		if codes(s) {
			t.Errorf("Code(%q) with the rule off: want no LEG match", s)
		}
	}
}

// TestRepublicAbbrev: "Rep." also shortens "Republic"; the countries so
// written are aliases, so the title does not make them legislators.
// (In running text "Dem. Rep. of Congo" is still cut after "Dem.".)
func TestRepublicAbbrev(t *testing.T) {
	kb := testKB(t)
	for s, want := range map[string]string{"Central African Rep.": "CAF", "Dem. Rep. of Congo": "COD"} {
		if m, ok := kb.Code(s, day("2016-05-03")); !ok || m.Code != want {
			t.Errorf("Code(%q) = %+v, %v; want %s", s, m, ok, want)
		}
	}
}
