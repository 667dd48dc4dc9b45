package actors

import (
	"strings"
	"testing"
)

// TestStoryAcronym: an acronym the story defines after a body's name is
// that body for the rest of the story; the case fails with the rule off.
func TestStoryAcronym(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "Reporters Without Borders (RSF) counted the jailed reporters. Later RSF said the number had doubled."
	run := func() string {
		doc := makeDoc(t, text, "2024-05-03", ent{"Reporters Without Borders", "ORG", 0}, ent{"RSF", "ORG", 1})
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	want := "RSF=NGOMED"
	wantCodes(t, "RSF defined", run(), want, "SDNREB")
	old := SetStoryAcronym(false)
	if g := run(); strings.Contains(g, want) {
		t.Errorf("with the rule off: got %s, want no %s", g, want)
	}
	SetStoryAcronym(old)
	// Undefined, RSF is still Sudan's Rapid Support Forces.
	doc := makeDoc(t, "The RSF shelled the town.", "2024-05-03", ent{"RSF", "ORG", 0})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	wantCodes(t, "RSF undefined", got(doc), "RSF=SDNREB", "")
}
