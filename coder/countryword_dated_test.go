package coder_test

import (
	"testing"

	"sitrep"
)

// TestCountryWordDated: a country adjective the actor coder leaves on a
// thing ("burned Serbian flags") names the state of the story's date:
// Yugoslavia in 1998, Serbia in 2015 (seventeenth session, actor22).
// Made-up story.
func TestCountryWordDated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	text := "ATHENS, Greece (AP)_ Hundreds of Greek students marched in Athens on Sunday, burning Serbian flags."
	for _, tc := range []struct{ date, want string }{{"1998-03-08", "GRC>YUG 141"}, {"2015-03-08", "GRC>SRB 141"}} {
		d := &sitrep.Document{ID: "t", Text: text}
		var err error
		if d.Published, err = sitrep.ParseDate(tc.date); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		var all []string
		for _, e := range d.Events {
			k := key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO
			all = append(all, k)
			found = found || k == tc.want
		}
		if !found {
			t.Errorf("%s: no %s in %v", tc.date, tc.want, all)
		}
	}
}
