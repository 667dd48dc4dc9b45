package coder

// superlativeFrameSwitch: a time that bounds a comparison ("one of its
// largest air attacks of the winter", "the deadliest strike this year")
// tells the stretch the act is compared within, not the act's day: the
// season or the year dated the attack launched overnight (gold: the
// publication day).
var superlativeFrameSwitch = true

// superlativeFrame reports a time expression whose head h hangs on a
// noun modified by a superlative adjective ("largest", "deadliest",
// "worst").
func (s *sent) superlativeFrame(h int) bool {
	if !superlativeFrameSwitch {
		return false
	}
	n := s.head(h)
	if n < 0 || s.tok(n).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(n) {
		if s.rel(c) == "amod" && s.tok(c).XPOS == "JJS" {
			return true
		}
	}
	return false
}
