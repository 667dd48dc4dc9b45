package actors

import (
	"strings"
	"testing"
)

// TestHomeInstitutionAnaphor: in a story filed from Abuja that has told
// Nigeria's government bare, "the government" after "the Swiss
// government" is still Nigeria's (pair30); with the rule off it is the
// Swiss one. Made-up sentences.
func TestHomeInstitutionAnaphor(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "ABUJA, May 7 (Sitrep) — The rebels freed 40 hostages held for months , the government said . " +
		"The talks were mediated by the Swiss government . " +
		"A campaign group urged the government to free the others ."
	run := func() string {
		doc := makeDoc(t, text, "2017-05-07")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		var last string
		for _, a := range doc.Actors {
			if a.Text == "government" {
				last = a.Code
			}
		}
		return got(doc) + " | last government=" + last
	}
	if g := run(); !strings.Contains(g, "last government=NGAGOV") {
		t.Errorf("got %s, want the last government NGAGOV", g)
	}
	homeInstitutionAnaphor = false
	defer func() { homeInstitutionAnaphor = true }()
	if g := run(); !strings.Contains(g, "last government=CHEGOV") {
		t.Errorf("with the rule off: got %s, want the last government CHEGOV", g)
	}
}

// TestHomeInstitutionAnaphorForeignStory: a story that never told the
// home government keeps "the government" for the foreign one named last.
func TestHomeInstitutionAnaphorForeignStory(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "ABUJA, May 7 (Sitrep) — The talks were mediated by the Swiss government . " +
		"The government said they would go on ."
	doc := makeDoc(t, text, "2017-05-07")
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "foreign story", got(doc), "government=CHEGOV>", "government=NGAGOV")
}

// TestHomeInstitutionAnaphorHubStory: in a story filed from a hub about
// another country, the bare "the government" whose country came only
// from the dateline loses it again (undateline); an anaphor sent home to
// it goes back to the foreign government it followed (review finding 1).
func TestHomeInstitutionAnaphorHubStory(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "DUBAI, May 7 (Sitrep) — Iran 's foreign minister said on Monday the government would not negotiate with Washington . " +
		"The Iranian government rejected the U.S. offer . " +
		"The government said it would expel the Swiss envoy ."
	doc := makeDoc(t, text, "2017-05-07")
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	var last string
	for _, a := range doc.Actors {
		if a.Text == "government" {
			last = a.Code
		}
	}
	if last != "IRNGOV" {
		t.Errorf("got %s (last government=%s), want the last government IRNGOV", got(doc), last)
	}
}

// TestHomeInstitutionAnaphorForeignSubject: a foreign government that is
// its clause's subject is the one the next "the government" tells again,
// even in a story that told the home government bare (review finding 2).
func TestHomeInstitutionAnaphorForeignSubject(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "ABUJA, May 7 (Sitrep) — The rebels freed 40 hostages held for months , the government said . " +
		"The Swiss government said on Monday it would host new talks in Geneva . " +
		"The government said it would send envoys to Nigeria next week ."
	doc := makeDoc(t, text, "2017-05-07")
	// "government" of "The Swiss government" is the subject of "said".
	s := doc.Sentences[1]
	for i := s.TokStart; i < s.TokEnd; i++ {
		if doc.TokenText(i) == "government" {
			doc.Tokens[i].Head, doc.Tokens[i].Deprel = i+1, "nsubj"
		}
	}
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	var last string
	for _, a := range doc.Actors {
		if a.Text == "government" {
			last = a.Code
		}
	}
	if last != "CHEGOV" {
		t.Errorf("got %s (last government=%s), want the last government CHEGOV", got(doc), last)
	}
}
