package actors

import (
	"strings"
	"testing"
)

// TestCoderSectorOwners: a bare army or rebel phrase that took the
// dateline's country goes to the country whose forces the story names,
// when the dateline's own forces are not named and that country is named
// more often than the dateline's.
func TestCoderSectorOwners(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text string
		want       map[string]string // mention text -> code
	}{
		{"another country's army named, none of the hub's",
			"NAIROBI, March 3 (Sitrep) - Kenya's president called for calm. Burundi's army fought for a week and Burundi's government said soldiers had won.",
			map[string]string{"soldiers": "BDIMIL"}},
		{"the hub's own army named",
			"NAIROBI, March 3 (Sitrep) - Kenya's army was on alert. Burundi's army fought for a week and Burundi's government said soldiers had won.",
			map[string]string{"soldiers": "KENMIL"}},
		{"the hub named as often as the other country",
			"NAIROBI, March 3 (Sitrep) - Kenya's president and Kenya's foreign minister called for calm. Burundi's army fought for a week and soldiers won.",
			map[string]string{"soldiers": "KENMIL"}},
		{"police stay with the hub",
			"NAIROBI, March 3 (Sitrep) - Kenya's president called for calm. Burundi's police made arrests and Burundi's government said police had won.",
			map[string]string{"police": "KENCOP"}},
		{"two other countries' armies: no owner",
			"NAIROBI, March 3 (Sitrep) - Kenya's president called for calm. Burundi's army and Rwanda's army fought, Burundi's government and Rwanda's government said soldiers had won.",
			map[string]string{"soldiers": "KENMIL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, tt.text, "2024-03-03")
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
