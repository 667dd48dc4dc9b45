package coder

import (
	"time"

	"sitrep"
)

// The sixteenth session's rule for "the eve of" an act (realdate),
// behind a switch so a test can show it is what makes it pass.

// eveDay: an act named as what a day is the eve of ("on the eve of the
// return to peace talks", "this is the eve of the Pope's visit") is the
// next day's, and still to come when that day is after the story's. The
// noun took the day its sentence tells, the eve's own.
var eveDay = true

// eveOf reports trigger noun i told after "the eve of", directly or as
// the noun of a noun there ("the eve of the return to peace talks").
func (s *sent) eveOf(i int) bool {
	if !eveDay || s.tok(i).UPOS != "NOUN" {
		return false
	}
	for k, steps := i, 0; k >= 0 && steps < 3; k, steps = s.head(k), steps+1 {
		h := s.head(k)
		if h < 0 || s.rel(k) != "nmod" || s.tok(h).UPOS != "NOUN" {
			return false
		}
		if s.lemma(h) == "eve" {
			return s.caseOf(k) == "of"
		}
	}
	return false
}

// dayAfterEve returns the day after date (a day) for an act told after
// "the eve of", and the status it then has: planned when that day is
// after the story's and the act was told as occurred. ok is false when
// the rule does not apply.
func (s *sent) dayAfterEve(i int, date, prec, status string) (string, string, bool) {
	if prec != "day" || !s.eveOf(i) {
		return "", "", false
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return "", "", false
	}
	next := t.AddDate(0, 0, 1).Format("2006-01-02")
	if !s.doc.Published.IsZero() && next > s.doc.Published.Format("2006-01-02") && status == sitrep.StatusOccurred {
		status = sitrep.StatusPlanned
	}
	return next, status, true
}
