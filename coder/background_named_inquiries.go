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

// namedInquiry reports such a noun as the trigger.
func (s *sent) namedInquiry(i int) bool {
	if !namedInquiriesOn || s.tok(i).UPOS != "NOUN" || !namedInquiries[s.lemma(i)] {
		return false
	}
	return s.timexOf(i) == nil && s.carriedTimex(i) == nil
}
