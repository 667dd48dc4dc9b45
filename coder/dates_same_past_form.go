package coder

// samePastFormWeekday: verbs whose past is their plain form ("hit",
// "cut", "shut") are tagged in the present after a plural subject
// ("Turkish drones hit Kurdish fighters near Qamishli on Saturday, the
// same group said"), and aheadVerb read the present of a timetable, so
// the Saturday became the coming one. A timetable is not told with these
// verbs and a weekday; such a verb is read in the past.
var samePastFormWeekday = true

// samePastForms are verbs whose past tense is spelled as their plain form.
var samePastForms = setOf("hit", "cut", "shut", "put", "set", "beat", "cast", "spread", "hurt",
	"let", "quit", "shed", "split", "burst", "thrust", "upset", "broadcast", "bid", "forecast", "cost")

// samePastForm reports a word spelled alike in the present and the past.
func samePastForm(w string) bool {
	return samePastFormWeekday && samePastForms[w]
}
