package actors

import (
	"strings"
	"testing"
)

// TestCandidateNoun: candidates and nominees are actors (nouns.tsv), of
// the country their party adjective or phrase gives. Made-up sentences.
func TestCandidateNoun(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct{ text, want string }{
		{"The leading Republican candidates debated in Iowa.", "candidates=USAOPP"},
		{"The Democratic nominee spoke in Ohio.", "nominee=USAOPP"},
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
}
