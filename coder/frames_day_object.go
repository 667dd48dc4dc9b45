package coder

// dayObjectOn switches dayAsObject off for tests.
var dayObjectOn = true

// dayAsObject reports object c of verb i that is a bare day right after
// the verb ("called Wednesday for the judge to resign", "agreed Tuesday
// to", "rejected Monday a plan"): wire copy puts the day there with no
// preposition, and the parse sometimes makes it the object. A day is the
// act's time; taken as the object it fails every entry that names one,
// and a naming verb reads it as the thing named. Only a weekday or
// today, tomorrow, tonight, yesterday, with nothing of its own ("the
// Monday before" is no bare day).
func (s *sent) dayAsObject(i, c int) bool {
	if !dayObjectOn || c != i+1 || len(s.kids(c)) > 0 {
		return false
	}
	return dayWords[s.lemma(c)]
}
