package actors

import (
	"strings"
	"testing"
)

// TestPartyStateTag: a name the KB does not know, followed by a US
// party-state tag in brackets or between commas, is a US legislator, and a
// later bare surname refers back to it; the test fails with the rule off.
func TestPartyStateTag(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text, date string
		ents             []ent
		want, not        string
	}{
		{
			name: "bracketed state",
			text: "Representative Walter Brinkley (R-Texas) opposed the bill. Brinkley said it would fail.",
			date: "2016-03-04",
			ents: []ent{{"Walter Brinkley", "PER", 0}, {"Brinkley", "PER", 1}},
			want: "Walter Brinkley=USALEG; Brinkley=USALEG>0",
		},
		{
			name: "between commas, full state name",
			text: "Senator Martha Quell, D-Ohio, backed the measure.",
			date: "2016-03-04",
			ents: []ent{{"Martha Quell", "PER", 0}},
			want: "Martha Quell=USALEG",
		},
		{
			name: "postal code",
			text: "Dana Oakes (I-VT) voted no.",
			date: "2016-03-04",
			ents: []ent{{"Dana Oakes", "PER", 0}},
			want: "Dana Oakes=USALEG",
		},
		{
			name: "a place after the hyphen is no state",
			text: "Dana Oakes (D-Paris) voted no.",
			date: "2016-03-04",
			ents: []ent{{"Dana Oakes", "PER", 0}},
			not:  "Dana Oakes=",
		},
		{
			name: "no party letter",
			text: "Dana Oakes (X-Texas) voted no.",
			date: "2016-03-04",
			ents: []ent{{"Dana Oakes", "PER", 0}},
			not:  "Dana Oakes=",
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, tt.date, tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
	old := SetPartyStateTag(false)
	defer SetPartyStateTag(old)
	for _, tt := range tests[:3] {
		doc := makeDoc(t, tt.text, tt.date, tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); strings.Contains(g, "USALEG") {
			t.Errorf("%s: coded with the rule off: %s", tt.name, g)
		}
	}
}

// TestIsPartyStateTag checks the tag's spellings.
func TestIsPartyStateTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"R-Va.": true, "D-Calif.": true, "I-Vt.": true, "R-Texas": true, "R-TX": true,
		"D-N.Y.": true, "D-N.Y": true, "R-S.C.": true, "D-NewYork": true, "R-Wisc.": true,
		"D-Paris": false, "X-Texas": false, "R-": false, "RTexas": false, "D-Ontario": false,
	} {
		if got := isPartyStateTag(tag); got != want {
			t.Errorf("isPartyStateTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

// TestUSPoliticians samples the US rows of the seventeenth session: dated
// roles (a bare surname alias answers by the story's date), and namesakes
// later than a row that its surname must not take.
func TestUSPoliticians(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct{ text, at, code, entry string }{
		{"Ted Cruz", "2016-03-01", "USALEG", "Ted Cruz"},
		{"Kasich", "2016-03-01", "USAGOV", "John Kasich"},
		{"Kasich", "1995-03-01", "USALEG", "John Kasich"},
		{"Ben Carson", "2016-01-10", "USAOPP", "Ben Carson"},
		{"Ben Carson", "2018-01-10", "USAGOV", "Ben Carson"},
		{"Romney", "2012-09-01", "USAOPP", "Mitt Romney"},
		{"Romney", "2020-09-01", "USALEG", "Mitt Romney"},
		{"Comey", "2016-07-05", "USACOP", "James Comey"},
		{"Comey", "2018-04-15", "USAELI", "James Comey"},
		{"Chris Christie", "2016-02-01", "USAGOV", "Chris Christie"},
		{"Paul Ryan", "2016-06-01", "USALEG", "Paul Ryan"},
		{"Antonin Scalia", "2015-06-01", "USAJUD", "Antonin Scalia"},
		{"Merrick Garland", "2016-03-16", "USAJUD", "Merrick Garland"},
		{"Reince Priebus", "2016-05-01", "USAPTY", "Reince Priebus"},
		{"Reince Priebus", "2017-03-01", "USAGOV", "Reince Priebus"},
		{"Sarah Huckabee Sanders", "2018-01-01", "USAGOV", "Sarah Huckabee Sanders"},
		{"Hillary", "2016-03-01", "USAOPP", "Hillary Clinton"},
		{"Bernie", "2016-03-01", "USALEG", "Bernie Sanders"},
		{"Jeb", "2015-09-01", "USAOPP", "Jeb Bush"},
		{"Zohran Mamdani", "2026-02-01", "USAGOV", "Zohran Mamdani"},
	} {
		m, ok := kb.Code(c.text, day(c.at))
		if !ok || m.Code != c.code || !strings.Contains(m.Entry, c.entry) {
			t.Errorf("%q on %s: got %q %q (%v), want %s %s", c.text, c.at, m.Code, m.Entry, ok, c.code, c.entry)
		}
	}
	// Surnames a later namesake in the news shares are no aliases.
	for _, c := range []struct{ text, at, notEntry string }{
		{"Cruz", "2017-09-25", "Ted Cruz"},         // Carmen Yulin Cruz, San Juan's mayor
		{"Scalia", "2019-10-01", "Antonin Scalia"}, // Eugene Scalia, labor secretary
		{"McCain", "2023-04-05", "John McCain"},    // Cindy McCain at the WFP
		{"Kushner", "2025-06-01", "Jared Kushner"}, // Charles Kushner, ambassador to France
		{"Sanders", "2023-02-01", "Bernie Sanders"},
		{"Ryan", "2016-06-01", "Paul Ryan"},
		{"Graham", "2016-06-01", "Lindsey Graham"},
	} {
		if m, ok := kb.Code(c.text, day(c.at)); ok && strings.Contains(m.Entry, c.notEntry) {
			t.Errorf("%q on %s coded as %s (%s)", c.text, c.at, m.Code, m.Entry)
		}
	}
}
