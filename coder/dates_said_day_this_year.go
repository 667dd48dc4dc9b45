package coder

import (
	"strings"

	"sitrep"
)

// sayingsKeepTarget switches on the thirteenth session's rule that a
// said act (a statement, appeal, accusation, protest) is taken for an
// earlier telling only with the same target (for its tests).
var sayingsKeepTarget = true

// anyTargetRetold reports acts whose retelling may name another target:
// acts on the ground ("Israel struck Hezbollah sites on Saturday" ...
// "its strikes") and meetings or agreements. A said act told to another
// target is another saying, often that day's ("accused Ankara on
// Tuesday" ... "He accused Washington of ..."), and keeps its own date.
func anyTargetRetold(code string) bool {
	return !sayingsKeepTarget || material(code) || occasion(code)
}

// planNotSaidDay switches on the thirteenth session's rule that a plan
// is not dated by the day its announcement was made.
var planNotSaidDay = true

// saidDay reports a day told right after a past speech verb ("the
// ministry said on Tuesday", "announced Wednesday"): the day of the
// saying. A plan the speaker announces ("Cuba will release 500
// prisoners, the ministry said on Tuesday") is not set for that day, and
// turning the weekday forward, as for a plan, gave the coming Tuesday.
func (s *sent) saidDay(tx *sitrep.Timex) bool {
	if !planNotSaidDay {
		return false
	}
	d := s.doc
	v := -1
	for j := s.from; j < s.to && d.Tokens[j].End <= tx.Start; j++ {
		v = j
	}
	// Step back over "on", "late on", "early on".
	for steps := 0; v >= s.from && steps < 2 && dayOpeners[strings.ToLower(d.TokenText(v))]; steps++ {
		v--
	}
	return v >= s.from && s.tok(v).UPOS == "VERB" && s.tok(v).XPOS == "VBD" && speechVerbs[s.lemma(v)]
}

var dayOpeners = setOf("on", "late", "early")

// yearOfDoneAct switches on the thirteenth session's rule that an act
// told as done "this year" is dated by the year.
var yearOfDoneAct = true

// doneThisYear reports an act of the given status that "this year"
// dates by itself: one told as done ("has seized more than 100 boats
// this year"), which the gold guide dates by its year as it dates
// "earlier this month" by the month. A possibility ("could impose
// sanctions this year") is left with the story's day: dated by the
// year it no longer merged with a wrongly paired twin (dev11).
func doneThisYear(status string) bool {
	return yearOfDoneAct && (status == sitrep.StatusOccurred || status == sitrep.StatusReported)
}
