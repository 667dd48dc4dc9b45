package actors

import (
	"testing"
)

// TestOwnedMateriel: weapons named with the force that has them ("navy
// gunboats") are that force, of the country the dateline gives; weapons
// alone ("gunboats") are still no actor.
func TestOwnedMateriel(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"the force and its weapons", "LIMA, March 3 (Sitrep) - Navy gunboats shelled the camp.", "Navy gunboats=PERMIL", ""},
		{"an army drone", "LIMA, March 3 (Sitrep) - An army drone struck the camp.", "army drone=PERMIL", ""},
		{"weapons alone", "LIMA, March 3 (Sitrep) - Gunboats shelled the camp.", "", "Gunboats="},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-03", ent{"LIMA", "LOC", 0})
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}
