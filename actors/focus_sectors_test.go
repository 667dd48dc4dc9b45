package actors

import "testing"

// TestCoderHeadlineFocusSectors: in a story filed from one country and
// headlined on another, the headline's country gives its country not
// only to officials and forces but to the other country-less sides of
// that country's strife: rebels, police, protesters, courts, parliament.
// A headline that names the dateline's country keeps the dateline's.
func TestCoderHeadlineFocusSectors(t *testing.T) {
	c := NewCoder(testKB(t))
	const text = "MANILA, Jan 9 (Sitrep) - The military denied the air strikes and accused the rebels of attacking a polling station. " +
		"Police detained ten opposition activists. The court ordered parliament dissolved."
	tests := []struct {
		name, title, want string
	}{
		{"headlined on another country", "Fighting mars second phase of Myanmar vote",
			"military=MMRMIL; rebels=MMRREB; Police=MMRCOP; opposition activists=MMROPP; court=MMRJUD; parliament=MMRLEG"},
		{"headline names the dateline's country", "Philippines says Myanmar vote flawed",
			"military=PHLMIL; rebels=PHLREB; Police=PHLCOP; opposition activists=PHLOPP; court=PHLJUD; parliament=PHLLEG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, text, "2026-01-09")
			doc.Title = tt.title
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); g != tt.want {
				t.Errorf("title %q:\n got  %s\n want %s", tt.title, g, tt.want)
			}
		})
	}
}
