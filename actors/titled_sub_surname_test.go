package actors

import (
	"strings"
	"testing"
)

// TestTitledSubSurname: a title and surname, or a bare surname, of a
// person named in full only inside a larger phrase is that person; the
// tests fail with the rule off. Made-up sentences.
func TestTitledSubSurname(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want             string
	}{
		{"senator after a modifier phrase",
			"Bernie Sanders supporters marched in Ohio on Monday. Later, Sen. Sanders criticized the plan.", "2016-05-03",
			[]ent{{"Bernie Sanders", "PER", 0}, {"Sanders", "PER", 1}}, "Sen. Sanders=USALEG"},
		{"bare surname after a modifier phrase",
			"Bernie Sanders volunteers gathered in Iowa. Sanders thanked the crowd.", "2016-01-20",
			[]ent{{"Bernie Sanders", "PER", 0}, {"Sanders", "PER", 1}}, "Sanders=USALEG"},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, tc.date, tc.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		if g := run(); !strings.Contains(g, tc.want) {
			t.Errorf("%s: got %s, want %s", tc.name, g, tc.want)
		}
		old := SetTitledSubSurname(false)
		if g := run(); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetTitledSubSurname(old)
	}
}
