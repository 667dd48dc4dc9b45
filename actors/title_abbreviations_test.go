package actors

import (
	"strings"
	"testing"
)

// TestTitleAbbrevs: a person the KB does not know, after "Sen.", "Rep." or
// "Gov.", is a legislator or a governor, as after "Senator"; the tests
// fail with the rule off (the titles were honorifics and named no actor).
func TestTitleAbbrevs(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, ent, want string
	}{
		{"senator", "Sen. Marla Quist criticized the plan on Monday.", "Marla Quist", "Sen. Marla Quist=LEG"},
		{"representative", "On Monday, Rep. Dale Orrin praised the governor.", "Dale Orrin", "Rep. Dale Orrin=LEG"},
		{"governor", "Gov. Nora Vell signed the bill.", "Nora Vell", "Gov. Nora Vell=GOV"},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, "2016-05-03", ent{tc.ent, "PER", 0})
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		if g := run(); !strings.Contains(g, tc.want) {
			t.Errorf("%s: got %s, want %s", tc.name, g, tc.want)
		}
		old := SetTitleAbbrevs(false)
		if g := run(); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetTitleAbbrevs(old)
	}
	// Code reads a short text the same way.
	kb := testKB(t)
	for _, s := range []string{"Sen. Marla Quist", "Rep. Dale Orrin"} {
		if m, ok := kb.Code(s, day("2016-05-03")); !ok || m.Sector != "LEG" {
			t.Errorf("Code(%q) = %+v, %v; want a LEG match", s, m, ok)
		}
	}
}
