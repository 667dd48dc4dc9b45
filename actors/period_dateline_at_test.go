package actors

import "testing"

// TestDatelineAtItsDate: a dateline's country is read at the story's
// date (LookupCountryAt): "MOSCOW" filed in 1990 places the story's
// country-less police in the Soviet Union, in 2015 in Russia (mend17).
func TestDatelineAtItsDate(t *testing.T) {
	kb := testKB(t)
	c := NewCoder(kb)
	for _, tc := range []struct{ text, date, want string }{
		{"MOSCOW, Aug. 15 (AP) - Police detained two men.", "1990-08-15", "Police=SUNCOP"},
		{"MOSCOW, Aug. 15 (AP) - Police detained two men.", "2015-08-15", "Police=RUSCOP"},
	} {
		doc := makeDoc(t, tc.text, tc.date)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tc.text+" "+tc.date, got(doc), tc.want, "")
	}
}
