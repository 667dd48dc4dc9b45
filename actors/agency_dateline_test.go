package actors

import (
	"strings"
	"testing"
)

// TestAgencyDateline: a dateline with the agency's credit or a dash after
// the place is no actor and gives its country; the cases fail with the
// rule off.
func TestAgencyDateline(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text string
		ents       []ent
		want, not  string
	}{
		{"credit and hyphen", "MOSCOW (AP) - Police arrested protesters.", []ent{{"MOSCOW", "LOC", 0}, {"AP", "ORG", 0}}, "Police=RUSCOP", "AP="},
		{"credit and em dash", "CAIRO (Reuters) — Police arrested protesters.", []ent{{"CAIRO", "LOC", 0}, {"Reuters", "ORG", 0}}, "Police=EGYCOP", "CAIRO="},
		{"credit and double hyphen", "LIMA (AP) -- Police arrested protesters.", []ent{{"LIMA", "LOC", 0}}, "Police=PERCOP", "LIMA="},
		{"dash alone", "ANKARA — Police arrested protesters.", []ent{{"ANKARA", "LOC", 0}}, "Police=TURCOP", "ANKARA="},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, "2023-01-10", tc.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		wantCodes(t, tc.name, run(), tc.want, tc.not)
		old := SetAgencyDateline(false)
		if g := run(); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetAgencyDateline(old)
	}
	// A hyphenated modifier at the start is no dateline.
	doc := makeDoc(t, "NATO-led forces attacked the town.", "2011-04-01", ent{"NATO", "ORG", 0})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "NATO-led", got(doc), "forces=", "")
}
