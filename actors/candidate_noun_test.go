package actors

import (
	"strings"
	"testing"
)

// TestCandidateNoun: candidates are actors (nouns.tsv), of the country
// their party adjective or phrase gives; a nominee is not one (the
// president's nominee for a ministry is no opposition, review29 finding
// 7). Made-up sentences.
func TestCandidateNoun(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct{ text, want string }{
		{"The leading Republican candidates debated in Iowa.", "candidates=USAOPP"},
		{"The Democratic candidate spoke in Ohio.", "candidate=USAOPP"},
		{"Two Kenyan presidential hopefuls met in Nairobi.", "=KENOPP"},
	}
	for _, tc := range cases {
		doc := makeDoc(t, tc.text, "2024-03-01")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); !strings.Contains(g, tc.want) {
			t.Errorf("%q: got %s, want %s", tc.text, g, tc.want)
		}
	}
	for _, text := range []string{"The president's nominee for defence minister spoke in Ohio."} {
		doc := makeDoc(t, text, "2024-03-01")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); strings.Contains(g, "OPP") {
			t.Errorf("%q: got %s, want no OPP", text, g)
		}
	}
}
