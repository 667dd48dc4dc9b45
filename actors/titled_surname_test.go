package actors

import (
	"strings"
	"testing"
)

// TestTitledSurname: a title before the surname of a person named in full
// earlier is that person; the tests fail with the rule off.
func TestTitledSurname(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want             string
	}{
		{"secretary and surname",
			"Hillary Clinton spoke in Ohio on Monday. Later, Secretary Clinton criticized the plan.", "2016-05-03",
			[]ent{{"Hillary Clinton", "PER", 0}, {"Clinton", "PER", 1}}, "Secretary Clinton=USA"},
		{"senator and surname",
			"Bernie Sanders campaigned in Iowa. Voters cheered when Senator Sanders spoke.", "2016-01-20",
			[]ent{{"Bernie Sanders", "PER", 0}, {"Sanders", "PER", 1}}, "Senator Sanders=USA"},
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
		old := SetTitledSurname(false)
		if g := run(); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetTitledSurname(old)
	}
}
