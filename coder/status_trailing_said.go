package coder

// trailingSays switches trailingSaid (tests turn it off).
var trailingSays = true

// trailingSaid reports a sentence root r, a speech verb after the
// verb i of an act, that only names who told what precedes it: "Protesters
// gathered outside the court, and police arrested twelve of them,
// witnesses said". Its subject follows a comma and stands right before
// it, and nothing of its own follows it but time and punctuation. The
// parse often hangs the first clause of such a sentence below the second
// by a relation the walk up does not climb (an acl of a noun, an obl),
// so the saying above it is found from the root instead.
func (s *sent) trailingSaid(r, i int) bool {
	if !trailingSays || r <= i || !speechVerbs[s.lemma(r)] || s.tok(r).UPOS != "VERB" || s.tok(i).UPOS != "VERB" {
		// (A clause's act: a noun in a phrase, "struck the camp at
		// Benin's request, the presidency said", is no told act.)
		return false
	}
	subj := s.child(r, "nsubj")
	if subj < 0 || subj > r {
		return false
	}
	// The subject's phrase runs from the comma to the verb.
	left := subj
	for j := subj - 1; j > i; j-- {
		if !s.below(j, subj) {
			break
		}
		left = j
	}
	if left-1 <= i || s.lemma(left-1) != "," {
		return false
	}
	for j := left; j < r; j++ {
		if !s.below(j, subj) && !(s.head(j) == r && (s.rel(j) == "advmod" || s.rel(j) == "aux")) {
			// "..., the ministry also said", "..., police had said".
			return false
		}
	}
	for _, c := range s.kids(r) {
		if c > r && s.rel(c) != "punct" && s.rel(c) != "obl" {
			return false
		}
	}
	return true
}
