package coder_test

import (
	"fmt"
	"testing"

	"sitrep"
)

// TestUndatelinedStories: in a story with no dateline (its first
// paragraph only a date) a bare institution name many countries use
// belongs to the country the story is about, unless the KB's own country
// is named in the story.
func TestUndatelinedStories(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	// A bare "Supreme Court" is the story's country's, unless the KB's
	// own country is named in the story.
	lead := "Tuesday, May 28, 2024\n\nThe Portuguese Constitutional Court upheld a housing tax on Monday. Portugal's Socialist deputies welcomed the decision%s. The Portuguese finance minister said Lisbon would collect it soon.\n\nThe opposition party on Tuesday sharply criticised the Supreme Court over the ruling."
	for _, c := range []struct{ extra, want string }{
		{"", "PRTJUD"},
		{", and American investors in Lisbon complained", "USAJUD"},
	} {
		d := &sitrep.Document{ID: "t", Text: fmt.Sprintf(lead, c.extra)}
		d.Published, _ = sitrep.ParseDate("2024-05-28")
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		code := ""
		for _, a := range d.Actors {
			if a.Text == "Supreme Court" {
				code = a.Code
			}
		}
		if code != c.want {
			t.Errorf("%q: Supreme Court = %q, want %s", c.extra, code, c.want)
		}
	}
}

// TestOneCountrySpeech: in a story of one country alone, what its actors
// say with no one named is said at home; deeds with no one named get no
// guessed target.
func TestOneCountrySpeech(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"criticism naming no one in a story of one country is said at home",
			"Tuesday, May 28, 2024\n\nThe Peruvian bishops' conference on Tuesday called the new pension law \"dangerous\" and \"unjust\". The Peruvian Congress passed the law last week.",
			[]string{"PER>PER 11"}, nil},
		{"a deed naming no one in a story of one country gets no target",
			"Tuesday, May 28, 2024\n\nThe Peruvian bishops' conference on Tuesday called the new pension law \"dangerous\". Many Peruvian students helped her leave the organisation.",
			nil, []string{"PER>PER 16"}},
		{"a condemnation of fighting is not aimed at home",
			"Tuesday, May 28, 2024\n\nGunmen shot dead two guards at a Peruvian mine on Monday. The Peruvian mining ministry on Tuesday condemned the killing of the guards.",
			nil, []string{"PER>PER 11"}},
	}
	checkStories(t, p, cases, rootKey)
}

// rootKey writes an event as "SRC>TGT" and its two-digit root.
func rootKey(e sitrep.Event) string {
	return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO[:2]
}
