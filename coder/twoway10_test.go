package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// afterTalksStories tell talks in an "after" phrase of a plan: the talks
// came first and are done, not planned with the plan (tenth session,
// twoway10). Made-up stories.
var afterTalksStories = []story{
	{"agreed to reopen a border after talks",
		"ACCRA, March 4 (Sitrep) — Ghana and Togo agreed on Monday to reopen their border after talks in Accra.",
		[]string{"GHA>TGO 046 occurred", "TGO>GHA 046 occurred"}, []string{"GHA>TGO 046 planned", "TGO>GHA 046 planned"}},
	{"agreed to restore ties after days of talks",
		"LIMA, June 2 (Sitrep) — Peru and Bolivia agreed on Sunday to restore diplomatic relations after three days of talks in La Paz.",
		[]string{"PER>BOL 046 occurred", "BOL>PER 046 occurred"}, []string{"PER>BOL 046 planned", "BOL>PER 046 planned"}},
}

func twowayStatusKey(e sitrep.Event) string {
	return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
}

// TestAfterTalks runs the stories through the whole pipeline.
func TestAfterTalks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), afterTalksStories, twowayStatusKey)
}

// TestAfterTalksOff: with the rule off, the talks take the plan's status.
func TestAfterTalksOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.AfterPast = false
	defer func() { *coder.AfterPast = true }()
	p := pipeline(t)
	for _, c := range afterTalksStories {
		d := twowayDoc(t, c.text)
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Events {
			if twowayStatusKey(e) == c.not[0] {
				found = true
			}
		}
		if !found {
			t.Errorf("with the rule off, %s is not coded in %q (the test no longer shows the rule)", c.not[0], c.text)
		}
	}
}

// conditionStories have talks as the subject of an "if" clause: a
// condition on another act, no talks told (tenth session, twoway10).
// Made-up stories.
var conditionStories = []story{
	{"talks that might fail",
		"NAIROBI, March 4 (Sitrep) — Kenya's president said on Monday he would send troops to the border with Somalia if the talks with Somalia failed.",
		nil, []string{"KEN>SOM 046", "SOM>KEN 046"}},
	{"talks that might resume",
		"HANOI, June 2 (Sitrep) — Vietnam said on Sunday that if talks with China resumed, they could be held in Hanoi next year.",
		nil, []string{"VNM>CHN 046", "CHN>VNM 046"}},
}

// TestConditionSubject runs the stories through the whole pipeline.
func TestConditionSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), conditionStories)
}

// TestConditionSubjectOff: with the rule off, the talks are coded.
func TestConditionSubjectOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ConditionSwitch = false
	defer func() { *coder.ConditionSwitch = true }()
	p := pipeline(t)
	for _, c := range conditionStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("with the rule off, %s is not coded in %q (the test no longer shows the rule)", c.not[0], c.text)
		}
	}
}

func twowayDoc(t *testing.T, text string) *sitrep.Document {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	return d
}
