package actors

import (
	"strings"
	"testing"
)

// TestKB14AddedNamesCode: a sample of the names added in the eleventh
// session codes to the right country and office on the story's date. Before
// them the coder either left these people without a country or took one
// from the dateline (a Swedish minister in a Baghdad story, a Moroccan one
// in an Algiers story).
func TestKB14AddedNamesCode(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		text, date, ent, label, want string
	}{
		{"Billstrom met reporters.", "2023-07-20", "Billstrom", "PER", "SWE"},
		{"Bourita met reporters.", "2024-02-01", "Bourita", "PER", "MAR"},
		{"Ahmed Attaf met reporters.", "2024-02-01", "Ahmed Attaf", "PER", "DZA"},
		{"Espen Barth Eide met reporters.", "2024-02-01", "Espen Barth Eide", "PER", "NOR"},
		{"Elina Valtonen met reporters.", "2024-02-01", "Elina Valtonen", "PER", "FIN"},
		{"Bakhtiyor Saidov met reporters.", "2024-02-01", "Bakhtiyor Saidov", "PER", "UZB"},
		{"Al-Zayani met reporters.", "2024-02-01", "Al-Zayani", "PER", "BHR"},
		{"Saleumxay Kommasith met reporters.", "2024-02-01", "Saleumxay Kommasith", "PER", "LAO"},
		{"Vivian Balakrishnan met reporters.", "2024-02-01", "Vivian Balakrishnan", "PER", "SGP"},
		{"Kamina Johnson Smith met reporters.", "2024-02-01", "Kamina Johnson Smith", "PER", "JAM"},
		{"Nasser Kanaani met reporters.", "2023-02-01", "Nasser Kanaani", "PER", "IRN"},
		{"Bakiyev met reporters.", "2008-02-01", "Bakiyev", "PER", "KGZ"},
		{"Diosdado Cabello met reporters.", "2024-10-01", "Diosdado Cabello", "PER", "VEN"},
		{"Mondlane met reporters.", "2024-11-01", "Mondlane", "PER", "MOZ"},
		{"Hassan Sheikh met reporters.", "2024-02-01", "Hassan Sheikh", "PER", "SOM"},
		{"CARICOM met reporters.", "2024-02-01", "CARICOM", "ORG", "IGOCRBCCM"},
		{"The Storting met.", "2024-02-01", "Storting", "ORG", "NORLEG"},
		{"The Jogorku Kenesh met.", "2024-02-01", "Jogorku Kenesh", "ORG", "KGZLEG"},
		{"Bajan officials met.", "2024-02-01", "Bajan", "NORP", "BRB"},
		{"Turkmenistani officials met.", "2024-02-01", "Turkmenistani", "NORP", "TKM"},
	}
	for _, tt := range tests {
		t.Run(tt.ent, func(t *testing.T) {
			doc := makeDoc(t, tt.text, tt.date, ent{text: tt.ent, label: tt.label})
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Actors) == 0 || !strings.HasPrefix(doc.Actors[0].Code, tt.want) {
				t.Errorf("%q on %s: got %s, want a code starting %s", tt.text, tt.date, got(doc), tt.want)
			}
		})
	}
}

// TestKB14Offices: the same person codes to the office held on the date,
// before and after a change of the 2023-2025 window.
func TestKB14Offices(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct{ text, date, ent, want string }{
		{"Nikos Dendias spoke.", "2022-05-01", "Nikos Dendias", "GRCGOV"},
		{"Nikos Dendias spoke.", "2024-05-01", "Nikos Dendias", "GRCMIL"},
		{"Leo Varadkar spoke.", "2023-05-01", "Leo Varadkar", "IRLGOV"},
		{"Juan Jose Zuniga spoke.", "2024-05-01", "Juan Jose Zuniga", "BOLMIL"},
		{"Juan Jose Zuniga spoke.", "2025-05-01", "Juan Jose Zuniga", "BOLELI"},
		{"Mohamed Bazoum spoke.", "2022-05-01", "Mohamed Bazoum", "NERGOV"},
		{"Mohamed Bazoum spoke.", "2024-05-01", "Mohamed Bazoum", "NERELI"},
	}
	for _, tt := range tests {
		t.Run(tt.ent+" "+tt.date, func(t *testing.T) {
			doc := makeDoc(t, tt.text, tt.date, ent{text: tt.ent, label: "PER"})
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Actors) == 0 || doc.Actors[0].Code != tt.want {
				t.Errorf("%q on %s: got %s, want %s", tt.text, tt.date, got(doc), tt.want)
			}
		})
	}
}
