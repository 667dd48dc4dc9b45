package coder_test

import (
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// targetingStories: a measure whose party is named only by a participle
// "targeting X", and a later measure told as "further" (sixteenth
// session, target21). Made-up stories.
var targetingStories = []story{
	{"sanctions targeting a foreign national",
		"WELLINGTON, June 2 (Sitrep) — New Zealand imposed travel sanctions on Monday, targeting a Chinese man it said was behind the theft of tax records.",
		[]string{"NZL>CHN 163"}, []string{"NZL>NZL 163"}},
	{"further sanctions after sanctions targeting a foreign national",
		"WELLINGTON, June 2 (Sitrep) — New Zealand imposed travel sanctions on Monday, targeting a Chinese man it said was behind the theft of tax records.\n\nOfficials said Wellington could impose further sanctions next year.",
		[]string{"NZL>CHN 163"}, []string{"NZL>NZL 163"}},
}

// TestTargeting runs the stories through the whole pipeline.
func TestTargeting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), targetingStories)
}

// TestTargetingOff: with the rules off, the sanctions are not aimed at
// the businessman's country.
func TestTargetingOff(t *testing.T) {
	var cases []offCase
	for _, c := range targetingStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.TargetingClause, cases)
}

// TestFurtherMeasure: "could impose further sanctions next year", after
// sanctions targeting a Chinese man, is aimed at China again; with the
// rule off it is not coded toward China.
func TestFurtherMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, on := range []bool{true, false} {
		*coder.FurtherMeasure = on
		found := false
		for _, e := range codeStory(t, p, targetingStories[1].text).Events {
			if key(e.Source) == "NZL" && key(e.Target) == "CHN" && e.CAMEO == "163" && e.Status == sitrep.StatusHypothetical {
				found = true
			}
		}
		if found != on {
			t.Errorf("rule on=%v: further sanctions toward China coded=%v", on, found)
		}
	}
	*coder.FurtherMeasure = true
}

// codeStory codes one story as of 2024-05-28.
func codeStory(t *testing.T, p interface{ Process(*sitrep.Document) error }, text string) *sitrep.Document {
	t.Helper()
	return codeStoryOn(t, p, text, "2024-05-28")
}

// codeStoryOn codes one story published on the given day.
func codeStoryOn(t *testing.T, p interface{ Process(*sitrep.Document) error }, text, published string) *sitrep.Document {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate(published); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	return d
}

// triggerCodes codes one story of 2016-03-15 and returns the CAMEO codes
// of the events whose trigger is trigger, sorted and joined by spaces
// (the figurative and background tables' check).
func triggerCodes(t *testing.T, p interface{ Process(*sitrep.Document) error }, text, trigger string) string {
	t.Helper()
	var out []string
	for _, e := range codeStoryOn(t, p, text, "2016-03-15").Events {
		if e.Trigger.Text == trigger {
			out = append(out, e.CAMEO)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// codesOf codes one story (codeStory) and returns the CAMEO codes of its
// events that keep takes, in order, joined by spaces.
func codesOf(t *testing.T, p interface{ Process(*sitrep.Document) error }, text string, keep func(code string) bool) string {
	t.Helper()
	var out []string
	for _, e := range codeStory(t, p, text).Events {
		if keep(e.CAMEO) {
			out = append(out, e.CAMEO)
		}
	}
	return strings.Join(out, " ")
}
