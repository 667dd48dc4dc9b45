package actors

import "testing"

// A dateline town the KB does not know, followed by its country ("KOHIMA,
// India, May 5"), gives the story's country-less local phrases that
// country, as a known town does. Made-up sentences.
func TestDatelineCountry(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct{ name, text, want, not string }{
		{"town and country", "KOHIMA, India, May 5 (Sitrep) — Police detained 40 people .", "Police=INDCOP", ""},
		{"two-word town", "PORT DICKSON, Malaysia, May 5 (Sitrep) — Police detained 40 people .", "Police=MYSCOP", ""},
		{"no country after the town", "KOHIMA, May 5 (Sitrep) — Police detained 40 people .", "Police=COP", "INDCOP"},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-05-05")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}

// TestDatelineCountryOff: without the rule the police have no country.
func TestDatelineCountryOff(t *testing.T) {
	datelineCountry = false
	defer func() { datelineCountry = true }()
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "KOHIMA, India, May 5 (Sitrep) — Police detained 40 people .", "2024-05-05")
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "off", got(doc), "Police=COP", "INDCOP")
}
