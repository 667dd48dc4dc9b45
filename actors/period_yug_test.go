package actors

import "testing"

// TestSerbiaInYugoslavia: until the FRY became Serbia and Montenegro
// (2003-02-04), Serbia, Montenegro and their adjectives code the state,
// YUG; after, SRB and MNE. "Serb", the people's name, is SRB in any year. LookupCountryAt follows the same dated rows.
func TestSerbiaInYugoslavia(t *testing.T) {
	kb := testKB(t)
	c := NewCoder(kb)
	for _, tc := range []struct{ text, date, want string }{
		{"Serbian police detained two men.", "1998-03-08", "Serbian police=YUGCOP"},
		// "Serb" names the people, not Belgrade's state: "Bosnian Serb
		// forces" and "Croatian Serb" rebels were no FRY forces (mend17).
		{"Serb police detained two men.", "1998-03-08", "Serb police=SRBCOP"},
		{"Serbian troops crossed the border.", "1991-09-01", "Serbian troops=YUGMIL"},
		{"Montenegro protested.", "1999-04-01", "Montenegro=YUG"},
		{"Serb police detained two men.", "2015-03-08", "Serb police=SRBCOP"},
		{"Montenegro protested.", "2010-04-01", "Montenegro=MNE"},
	} {
		doc := makeDoc(t, tc.text, tc.date)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tc.text+" "+tc.date, got(doc), tc.want, "")
	}
	for _, tc := range []struct{ name, date, want string }{
		{"Serbian", "1998-03-08", "YUG"},
		{"Serb", "1998-03-08", "SRB"},
		{"Serbian", "2015-03-08", "SRB"},
		{"Moscow", "1990-08-15", "SUN"},
		{"Moscow", "2015-03-08", "RUS"},
		{"France", "1998-03-08", "FRA"},
	} {
		if iso, ok := kb.LookupCountryAt(tc.name, day(tc.date)); !ok || iso != tc.want {
			t.Errorf("LookupCountryAt(%q, %s) = %q, %v; want %q", tc.name, tc.date, iso, ok, tc.want)
		}
	}
}
