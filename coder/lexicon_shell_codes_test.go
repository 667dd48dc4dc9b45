package coder_test

import "testing"

// TestShellingCodes: shelling is artillery fire, 194 (the gold guide:
// "artillery, shelling, rockets and tanks 194"), verb and noun alike
// (review36 finding 10). Made-up sentences.
func TestShellingCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"shelled",
			"Eritrean troops shelled the Ethiopian town of Zalambessa on Friday.",
			[]string{"ERI>ETH 194"}, []string{"ERI>ETH 195"}},
		{"the shelling of",
			"Ethiopia condemned the shelling of Zalambessa by Eritrean troops on Friday.",
			nil, []string{"ERI>ETH 195"}},
	})
}
