package actors

import (
	"testing"
)

// TestModelDesignation: a warplane's model between the country adjective
// and the noun ("Chilean F-16 jets", "Iranian Su-35 fighter jets") does not
// break the phrase; a model with no country adjective before it, or with
// no military noun after it, codes nothing new.
func TestModelDesignation(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"split at the hyphen", "Chilean F-16 jets flew over the border town.", "Chilean F-16 jets=CHLMIL", ""},
		{"three-letter prefix", "Two Iranian MiG-29 fighter jets crossed the line.", "Two Iranian MiG-29 fighter jets=IRNMIL", ""},
		{"no adjective before", "F-16 jets flew over the border town.", "", "F-16 jets="},
		{"no military noun after", "Chilean F-16 sales rose last year.", "", "Chilean F-16 sales="},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-03")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}
