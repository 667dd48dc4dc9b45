package coder_test

import (
	"testing"

	"sitrep/coder"
)

// dayObjectStories: a bare day right after the verb, parsed as its
// object, is a time (eighteenth session, frame26), and a call for a
// leader to resign is a demand for a change of leadership (1041).
// Made-up stories.
var dayObjectStories = []story{
	{"called Wednesday for a leader to resign",
		"ANKARA — Turkey's president called Wednesday for Greece's prime minister to resign.",
		[]string{"TUR>GRC 1041"}, []string{"TUR>GRC 020"}},
	{"called for a leader to resign",
		"ANKARA — Turkey's president called for Greece's prime minister to resign after the vote.",
		[]string{"TUR>GRC 1041"}, []string{"TUR>GRC 020"}},
	{"called for a country to step up its efforts: no resignation",
		"PARIS — France called Tuesday for Germany to step up its efforts in the Sahel.",
		nil, []string{"FRA>DEU 1041"}},
	{"called for a leader to resign, no day: the infinitive on the noun",
		"ANKARA — Turkey's president called for Greece's prime minister to resign.",
		[]string{"TUR>GRC 1041"}, []string{"TUR>GRC 020"}},
}

// TestDayObject runs the stories through the whole pipeline.
func TestDayObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), dayObjectStories)
}

// forNounStories: the infinitive hung on a for-noun that cannot act is
// the noun's own complement, not the verb's: the caller quits nothing
// (review19). Made-up stories.
var forNounStories = []struct{ name, text string }{
	{"called for a plan to quit",
		"LONDON — Britain's opposition leader called for a plan to quit the European Union by 2030."},
	{"called for a law to quit",
		"LONDON — Britain's opposition leader called for a law to quit the European Union."},
}

// TestForInfinitiveNoun: no call for a resignation (1041) when the
// for-noun is a thing ("a law to quit").
func TestForInfinitiveNoun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range forNounStories {
		if got := codesOf(t, p, c.text, func(code string) bool { return code == "1041" }); got != "" {
			t.Errorf("%s: got %s", c.name, got)
		}
	}
}

// TestDayObjectOff: with the rule off, the day is the object and the
// call for the resignation is read as naming the day.
func TestDayObjectOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.DayObject = false
	defer func() { *coder.DayObject = true }()
	runStories(t, pipeline(t), []story{{"called Wednesday, rule off",
		dayObjectStories[0].text, nil, []string{"TUR>GRC 1041"}}})
}

// TestForInfinitiveOff: with the for-infinitive rule off, "called for
// Greece's prime minister to resign" (the parse hangs the infinitive on
// the noun) is no demand for a resignation. The story has no day, so
// dayAsObject plays no part; the one with "after the vote"
// (dayObjectStories[1]) is parsed otherwise and needs neither rule.
func TestForInfinitiveOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ForInfinitive = false
	defer func() { *coder.ForInfinitive = true }()
	runStories(t, pipeline(t), []story{{"called for a leader to resign, rule off",
		dayObjectStories[3].text, nil, []string{"TUR>GRC 1041"}}})
}
