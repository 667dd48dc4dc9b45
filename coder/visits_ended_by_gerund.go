package coder

// visitEndedByGerundOn switches the climb of visitNounTraveller from a
// verb that ends or frames a visit but has no subject of its own
// (eighteenth session, noun27).
var visitEndedByGerundOn = true

// gerundSubject returns the subject verb h shares with the clause it
// hangs on when h has none of its own: "made the comments just before
// ending a three-day trip to Vietnam", "left Hanoi after wrapping up a
// visit" (a gerund or participle after before, after, while, when, by,
// without, or an infinitive). The walk climbs at most two such clauses;
// -1 when no subject is found.
func (s *sent) gerundSubject(h int) int {
	if !visitEndedByGerundOn {
		return -1
	}
	for n := 0; h >= 0 && n < 2; n++ {
		// (The caller found h without a subject: the first frame is
		// not built again.)
		if n > 0 {
			if sb := s.frame(h).subj; sb >= 0 {
				return sb
			}
		}
		r := s.rel(h)
		if r != "advcl" && r != "xcomp" || !sharesSubject(s, h) {
			return -1
		}
		h = s.head(h)
		if h < 0 || s.tok(h).UPOS != "VERB" {
			return -1
		}
	}
	if h >= 0 {
		return s.frame(h).subj
	}
	return -1
}
