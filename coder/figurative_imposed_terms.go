package coder

// Terms imposed. "impose" with no sanction named codes a sanction (163).
// Courts and legislatures also impose things that sanction no one abroad
// or at home: "Judge Cacheris imposed a 52-month sentence" (a court's
// sentence, told with the conviction), "the deadline Congress imposed in
// the NDAA" (a date set by law). Neither is a sanction (twenty-first
// session, spur30).

// imposedTerms are things imposed that are no sanctions.
var imposedTerms = setOf("sentence", "deadline", "timeline", "timetable")

// imposedTerm reports an "impose" trigger whose object, or the noun its
// clause (relative or participle) describes ("the deadline Congress imposed"), is one of
// imposedTerms.
func (s *sent) imposedTerm(i int, a frameArgs) bool {
	if s.lemma(i) != "impose" {
		return false
	}
	k := a.obj
	if k < 0 && s.rel(i) == "acl" {
		k = s.head(i)
	}
	return k >= 0 && s.lemmaIn(imposedTerms, k)
}
