package quote

import (
	"strings"
	"testing"
)

// speakerOf returns the speaker span's text and the resolved speaker of the
// first quote whose content holds part, or "?" when none does.
func speakerOf(t *testing.T, text, part string) (string, string) {
	t.Helper()
	for _, q := range find(t, text) {
		if strings.Contains(q.Text, part) {
			res := ""
			if q.SpeakerResolved != nil {
				res = q.SpeakerResolved.Text
			}
			if q.Speaker == nil {
				return "-", res
			}
			return q.Speaker.Text, res
		}
	}
	return "?", ""
}

// A quote a colon introduces is a sentence of the speaker before the colon,
// not of whoever speaks in the next sentence (review31 #1); one ending in a
// comma is still attributed by what follows it.
func TestColonQuoteSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{`Smith said: "We will win." Jones said: "We will lose."`, "win", "Smith"},
		{`Smith said: "We will win." Jones said: "We will lose."`, "lose", "Jones"},
		{`The senator said: "We will not give up." Her aides applauded.`, "give up", "The senator"},
		{`The mayor asked: "Who pays for this?" Nobody answered.`, "pays", "The mayor"},
		{`The clerk seemed to admit it: "She signed the form," he said.`, "signed", "he"},
	} {
		if got, _ := speakerOf(t, tc.text, tc.part); got != tc.want {
			t.Errorf("%s\n  quote with %q: speaker %q, want %q\n%s", tc.text, tc.part, got, tc.want, show(find(t, tc.text)))
		}
	}
}

// Without a tagger, a speaker before a relative clause is read before it,
// not inverted after the cue (review31 #5).
func TestRelativeClauseSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{"The report, which was released Tuesday, said the economy grew.", "economy", "The report"},
		{"The governor, who took office in May, said the budget was balanced.", "budget", "The governor"},
		// The inverted reading still holds where no relative clause is.
		{"The budget was balanced, said Ann Cole, who heads the office.", "budget", "Ann Cole"},
	} {
		if got, _ := speakerOf(t, tc.text, tc.part); got != tc.want {
			t.Errorf("%s\n  quote with %q: speaker %q, want %q\n%s", tc.text, tc.part, got, tc.want, show(find(t, tc.text)))
		}
	}
}
