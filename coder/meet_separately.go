package coder

// meetSeparately switches separately off for tests.
var meetSeparately = true

// separately reports a reciprocal act its coordinated subjects do each
// on their own: "the two leaders meet separately with the envoy", "will
// be received individually". They meet the third party, not one
// another, so the act is not turned on the subjects themselves. The
// adverb is read as a modifier of the trigger or as the word right after
// it, where a parse of a long sentence may have hung it elsewhere.
func (s *sent) separately(i int) bool {
	if !meetSeparately {
		return false
	}
	apart := func(k int) bool {
		l := s.lemma(k)
		return l == "separately" || l == "individually"
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "advmod" && apart(c) {
			return true
		}
	}
	return i+1 < s.to && apart(i+1)
}
