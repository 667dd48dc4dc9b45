package actors

import (
	"strings"
	"testing"
)

// TestOutOfOffice: a person past the end of their last government or
// military role is a former leader (ELI); the cases fail with the rule off.
func TestOutOfOffice(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want, not        string
	}{
		{"former prime minister", "Former Prime Minister Fumio Kishida met students in Osaka.", "2025-06-01",
			[]ent{{"Fumio Kishida", "PER", 0}, {"Osaka", "LOC", 0}}, "Kishida=JPNELI", "JPNGOV"},
		{"bare name years later", "Viktor Yushchenko spoke at a forum in Kyiv.", "2025-06-01",
			[]ent{{"Viktor Yushchenko", "PER", 0}, {"Kyiv", "LOC", 0}}, "Yushchenko=UKRELI", "UKRGOV"},
		{"former vice president", "Former Vice President Dick Cheney backed the bill.", "2021-05-12",
			[]ent{{"Dick Cheney", "PER", 0}}, "Cheney=USAELI", "USAGOV"},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, tc.date, tc.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		wantCodes(t, tc.name, run(), tc.want, tc.not)
		old := SetOutOfOffice(false)
		if g := run(); !strings.Contains(g, tc.not) {
			t.Errorf("%s: with the rule off: got %s, want %s", tc.name, g, tc.not)
		}
		SetOutOfOffice(old)
	}
	// Still in office, or dead in office on the story's day: the office.
	for _, tc := range []struct{ text, date, want string }{
		{"Prime Minister Fumio Kishida met students.", "2023-06-01", "Kishida=JPNGOV"},
		{"State media said President Ebrahim Raisi had died.", "2024-05-20", "Raisi=IRNGOV"},
	} {
		doc := makeDoc(t, tc.text, tc.date)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tc.text, got(doc), tc.want, "")
	}
}
