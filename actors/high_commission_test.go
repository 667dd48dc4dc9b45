package actors

import (
	"testing"
)

// TestHighCommission: a Commonwealth country's high commission is its
// embassy, coded to the country its adjective names (pair19); its high
// commissioner stays a person, and a plain commission is still a body.
func TestHighCommission(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"high commission", "Students marched to the Ghanaian High Commission on Friday.", "Ghanaian High Commission=GHAGOV", ""},
		{"deputy high commission", "Traders rallied outside the Malawian deputy high commission on Friday.", "Malawian deputy high commission=MWIGOV", ""},
		{"embassy unchanged", "Students marched to the Ghanaian embassy on Friday.", "Ghanaian embassy=GHAGOV", ""},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-03")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}
