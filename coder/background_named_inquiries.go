package coder

// namedInquiriesOn switches namedInquiry off for tests.
var namedInquiriesOn = true

// namedInquiries are nouns a story uses as the name of an inquiry that
// runs through it: "the FBI investigation into her email server", "who is
// under criminal investigation for corruption", "depending on the outcome
// of the FBI investigation". Named with no time of their own or of the
// verb that carries them they are the affair's standing background, not
// news of an inquiry opened; an inquiry opened, launched or ordered is
// coded by its verb ("opened an investigation", "ordered an inquiry"),
// and a dated noun ("an investigation launched on Monday") is left to the
// other background rules.
var namedInquiries = setOf("investigation")

// inquiryOpeners are verbs whose object or "to" phrase is an inquiry
// begun: "led to an FBI investigation into whether ..." ("lead" with
// "to" only: "is leading the investigation" is the standing one), "prompted an
// investigation", "launched an investigation". The noun under them tells
// of the inquiry's start, news, not of the standing affair.
var inquiryOpeners = setOf("prompt", "trigger", "spark", "launch", "open", "order", "announce", "begin", "start",
	"initiate", "demand", "request", "seek")

// namedInquiry reports such a noun as the trigger.
func (s *sent) namedInquiry(i int) bool {
	if !namedInquiriesOn || s.tok(i).UPOS != "NOUN" || !namedInquiries[s.lemma(i)] {
		return false
	}
	if h := s.head(i); h >= 0 && s.tok(h).UPOS == "VERB" && (s.lemmaIn(inquiryOpeners, h) || s.lemma(h) == "lead" && s.caseOf(i) == "to") {
		// ("led to an investigation"; not "is leading the
		// investigation", the standing inquiry.)
		return false
	}
	return s.timexOf(i) == nil && s.carriedTimex(i) == nil
}
