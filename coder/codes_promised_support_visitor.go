package coder

// promisedSupportOn switches promisedSupport on (tests turn it off).
var promisedSupportOn = true

// continuing are verbs whose infinitive or gerund goes on with an act
// ("would keep supporting", "will continue to support").
var continuing = setOf("keep", "continue")

// promisedSupport reports a verb of support told with "will" or "would"
// in reported speech ("said it would support the plan", "said Moscow
// would keep supporting the bid"): support promised in words is an
// intent (032), stated now, not the support itself (051). The gold
// guide codes the promise, as it does cooperation and help promised
// (031, 033).
func (s *sent) promisedSupport(i int) bool {
	if !promisedSupportOn || s.lemma(i) != "support" {
		return false
	}
	v := i
	if h := s.head(i); h >= 0 && s.rel(i) == "xcomp" && continuing[s.lemma(h)] {
		v = h
	}
	return s.willAux(v) && (s.speechHead(v, false) >= 0 || s.thatClause(v))
}

// visitorNameOn switches visitorName on (tests turn it off).
var visitorNameOn = true

// visitorName reports a person's name as the object of an entry whose
// target is a visitor (converse 042): "welcomed Macron at the airport"
// receives a visitor (043) as "welcomed the president" does, not the
// praise of a decision (051).
func (s *sent) visitorName(k int, e *Entry) bool {
	return visitorNameOn && e.Converse == "042" && s.personEntity(k)
}
