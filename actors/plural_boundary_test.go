package actors

import (
	"strings"
	"testing"
)

// TestPluralBoundary: a plural noun does not swallow the person or country
// after it; the cases fail with the rule off.
func TestPluralBoundary(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want             string
	}{
		{"person", "Biden told reporters Putin had miscalculated.", "2022-03-01",
			[]ent{{"Biden", "PER", 0}, {"Putin", "PER", 0}}, "reporters=MED; Putin=RUSGOV"},
		{"country", "Scholz assured protesters Germany would act.", "2022-03-01",
			[]ent{{"Scholz", "PER", 0}, {"Germany", "LOC", 0}}, "protesters=CVL; Germany=DEU"},
	}
	for _, tc := range cases {
		run := func() string {
			doc := makeDoc(t, tc.text, tc.date, tc.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			return got(doc)
		}
		wantCodes(t, tc.name, run(), tc.want, "")
		old := SetPluralBoundary(false)
		if g := run(); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetPluralBoundary(old)
	}
	// A plural before a list of names is their title.
	doc1 := makeDoc(t, "He blamed opposition leaders Leopoldo Lopez and Antonio Ledezma.", "2017-08-01", ent{"Leopoldo Lopez", "PER", 0}, ent{"Antonio Ledezma", "PER", 0})
	if err := c.Process(doc1); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "list", got(doc1), "opposition leaders Leopoldo Lopez=VENOPP", "")
	// A capitalised plural is a title over the names after it.
	doc0 := makeDoc(t, "Presidents Leonid Kuchma and Boris Yeltsin met.", "1998-02-27", ent{"Leonid Kuchma", "PER", 0}, ent{"Boris Yeltsin", "PER", 0})
	if err := c.Process(doc0); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "Presidents", got(doc0), "Presidents Leonid Kuchma=UKRGOV", "")
	// A place after "in" still places the plural.
	doc := makeDoc(t, "Police detained protesters in Kyiv.", "2022-03-01", ent{"Kyiv", "LOC", 0})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "in Kyiv", got(doc), "protesters in Kyiv=UKRCVL", "")
}
