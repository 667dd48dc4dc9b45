package actors

import (
	"strings"
	"testing"
)

// TestCoderHubStory: a story filed from a news hub about another country.
// The headline's country stays with the officials when the story names
// that country most; the dateline's country leaves the police when
// another country is named at least six times as often as the hub's.
func TestCoderHubStory(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, title, text string
		want              map[string]string // mention text -> code
	}{
		{"headline country named most", "Floods sweep across Burundi",
			"NAIROBI, March 3 (Sitrep) - The president said Burundi would talk to Rwanda. Burundi and Tanzania agreed.",
			map[string]string{"president": "BDIGOV"}},
		{"a region's officials are not the headline's", "Floods sweep across Burundi",
			"NAIROBI, March 3 (Sitrep) - The president thanked European leaders. Burundi would talk to Rwanda. Burundi and Tanzania agreed.",
			map[string]string{"president": "BDIGOV", "leaders": "GOV"}},
		{"headline country not named most", "Floods sweep across Burundi",
			"NAIROBI, March 3 (Sitrep) - The president said Rwanda would talk to Tanzania. Rwanda agreed.",
			map[string]string{"president": "GOV"}},
		{"hub named once, another country six times", "Floods in the region",
			"NAIROBI, March 3 (Sitrep) - Police made arrests. Kenya said Burundi's army, Burundi's navy and Burundi's ministers met Burundi's rebels, Burundi's judges and Burundi's clerics.",
			map[string]string{"Police": "COP"}},
		{"hub named once, another country less often", "Floods in the region",
			"NAIROBI, March 3 (Sitrep) - Police made arrests. Kenya said Burundi's army and Burundi's navy met Burundi's rebels.",
			map[string]string{"Police": "KENCOP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, tt.text, "2024-03-03")
			doc.Title = tt.title
			for i, tok := range doc.Tokens {
				if w := tt.text[tok.Start:tok.End]; w == "European" {
					doc.Tokens[i].UPOS = "ADJ" // as the tagger would
				}
			}
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			g := got(doc)
			for m, code := range tt.want {
				if !strings.Contains("; "+g+";", "; "+m+"="+code+";") {
					t.Errorf("%s: want %s=%s, got %s", tt.name, m, code, g)
				}
			}
		})
	}
}
