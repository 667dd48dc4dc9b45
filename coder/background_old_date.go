package coder

// oldDatedOn switches oldDated (tests turn it off).
var oldDatedOn = true

// oldDated reports an act whose date, as dateOwn found it from the words
// around the act rather than from a time expression of the act's own
// (which background reads), falls half a year or more before the story:
// "the Foreign Office said it had informed the family of Howes, ... when
// he was kidnapped, ... of his capture on March 26, 1996", in a 1998
// story; "in June last year ... Pol Pot was arrested". (A bare year is
// left alone: the year of a name or an anniversary near a current act
// dates it wrongly often enough — "closed the border", dated 1960 — and
// a month's margin loses current acts dated a few weeks back by error.)
func (s *sent) oldDated(date string) bool {
	if !oldDatedOn || s.doc.Published.IsZero() {
		return false
	}
	if len(date) == 4 {
		return false
	}
	end := lastDay(date)
	return !end.IsZero() && end.Before(s.doc.Published.AddDate(0, 0, -180))
}
