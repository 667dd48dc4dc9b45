package coder

// Twenty-third session (review37): "took X hostage".

// hostageFrames switches the hostage complement (tests turn it off).
var hostageFrames = true

// heldAsHostage reports a second object c of take/hold that says what the
// first is held as ("took dozens of foreign workers hostage"): the
// complement, not the object, so the captives stay the object (the
// target of the 181 row "take xcomp=hostage").
func (s *sent) heldAsHostage(i, c int) bool {
	return hostageFrames && (s.lemma(i) == "take" || s.lemma(i) == "hold") && (s.lemma(c) == "hostage" || s.lemma(c) == "captive")
}
