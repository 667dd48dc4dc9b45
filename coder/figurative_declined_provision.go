package coder

// Declining to provide or offer something. lexicon.tsv's "decline to
// say" row (frames22, line 1229) counts "provide" and "offer" among the
// verbs of saying, right for "declined to provide details" and "declined
// to offer an explanation" (011, decline comment) but wrong for
// "declined to provide tanks to Ukraine" or "declined to offer asylum":
// aid or a concession withheld, no comment declined. declinedProvision
// keeps the 011 only when what is provided or offered is words (mend17).

// declinedWords are the things provided or offered that make declining a
// declined comment.
var declinedWords = setOf("detail", "details", "information", "comment", "comments", "explanation", "explanations",
	"specifics", "clarification", "answer", "answers", "elaboration", "account", "reason", "reasons", "figure", "figures",
	"estimate", "estimates", "number", "numbers", "view", "views", "opinion", "opinions", "assessment", "prediction",
	"forecast", "timeline", "timetable", "response", "reaction", "statement", "guess", "theory", "name", "names")

// declinedProvision reports 011 "declined / refused to provide / offer
// X" where X is no word of comment (nor missing).
func (s *sent) declinedProvision(i int, a frameArgs) bool {
	if a.xcomp < 0 || !(s.lemma(a.xcomp) == "provide" || s.lemma(a.xcomp) == "offer") {
		return false
	}
	o := s.child(a.xcomp, "obj")
	return o < 0 || !s.lemmaIn(declinedWords, o)
}
