package actors

import (
	"strings"
	"testing"
)

// TestNamedInFull: a surname several KB people share is the one the story
// named in full; the cases fail with the rule off.
func TestNamedInFull(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want             string
	}{
		{"Kevin, not Amber Rudd", "Prime Minister Kevin Rudd called the vote. Later Rudd spoke.", "2016-05-03",
			[]ent{{"Kevin Rudd", "PER", 0}, {"Rudd", "PER", 1}}, "Rudd=AUSELI"},
		{"Dick, not Liz Cheney", "Former Vice President Dick Cheney backed the bill. Cheney said it was fair.", "2021-05-12",
			[]ent{{"Dick Cheney", "PER", 0}, {"Cheney", "PER", 1}}, "Cheney=USAELI"},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, tc.date, tc.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		// The bare surname is the last actor of the text.
		g := run()
		if !strings.HasSuffix(g, tc.want) {
			t.Errorf("%s: got %s, want last %s", tc.name, g, tc.want)
		}
		old := SetNamedInFull(false)
		if g := run(); strings.HasSuffix(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no last %s", tc.name, g, tc.want)
		}
		SetNamedInFull(old)
	}
	// Kevin Rudd's second term (people.tsv), and a bare "Rudd" with no
	// full name still decided by date.
	for _, tc := range []struct{ text, date, want string }{
		{"Prime Minister Kevin Rudd called the election.", "2013-08-20", "Kevin Rudd=AUSGOV"},
		{"Foreign Minister Kevin Rudd flew to Cairo.", "2011-02-01", "Kevin Rudd=AUSGOV"},
		{"Rudd said the plan was fair.", "2016-08-20", "Rudd=GBRGOV"},
	} {
		doc := makeDoc(t, tc.text, tc.date)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tc.text, got(doc), tc.want, "")
	}
}
