package coder_test

import "testing"

// TestMisreadGerund: a gerund the parse read as a modifier of its own
// object ("blocking roads" with "blocking" a compound or adjective of
// "roads") codes its act, with the subject of the clause above, while a
// gerund that is a noun's own modifier ("a blocking minority") codes
// none.
func TestMisreadGerund(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"after and, the noun an oblique of a reduced relative",
			"Hundreds of Kenyan teachers marched in Nairobi on Friday, waving banners and blocking roads.",
			[]string{"KEN>KEN 144"}, nil},
		{"right after its verb, the subject a pronoun",
			"Bolivian truckers rejected the offer on Monday, saying they would keep blocking bridges until the minister resigns.",
			[]string{"BOL>BOL 144"}, nil},
		{"a noun's own modifier",
			"A blocking minority of Dutch ministers rejected the plan on Monday.",
			nil, []string{"NLD>NLD 144", "NLD>NLD 191"}},
	}
	runStories(t, p, cases)
}
