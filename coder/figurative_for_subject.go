package coder

// forSubject returns the subject that "for" gives a passive infinitive
// trigger with no subject of its own, or -1: "arranged for a lot of
// those emails to be released", "called for the report to be
// released". The parse hangs the "for" phrase on the verb above as an
// oblique and the infinitive beside it; what is released (or freed,
// expelled) is the "for" phrase, not the doer of the verb above.
func (s *sent) forSubject(i int) int {
	if s.child(i, "aux:pass") < 0 || s.child(i, "mark") < 0 || s.child(i, "nsubj:pass", "nsubj") >= 0 {
		return -1
	}
	if m := s.child(i, "mark"); s.lemma(m) != "to" {
		return -1
	}
	h := s.head(i)
	if h < 0 {
		return -1
	}
	for _, c := range s.kids(h) {
		if c > h && c < i && s.rel(c) == "obl" && s.caseOf(c) == "for" {
			return c
		}
	}
	return -1
}
