package coder

// readAdjacentInfinitive takes an infinitive that follows its verb at once
// ("declined to discuss details", "vowed to retaliate") as the verb's
// complement when the parse hung it as an adverbial clause: real copy's
// longer sentences often get that parse (a relative clause on the subject,
// "Egypt, which criticised the plan, declined to comment"), and an entry
// naming the complement (xcomp=…) then failed. Only with "to" right after
// the verb, or after the verb's own adverbs and phrases
// (readSpacedInfinitive), so a purpose clause after an object ("sent
// troops to protect") is left as it was; it decides only entries that
// name their complement, as the complement is read only for them.
var readAdjacentInfinitive = true

// adjacentInfinitive reports whether c, an adverbial clause of verb i, is
// an infinitive whose "to" comes right after i, or after words of i's
// adverbs and obliques only.
func (s *sent) adjacentInfinitive(i, c int) bool {
	if !readAdjacentInfinitive || c < i || s.tok(i).UPOS != "VERB" || s.tok(c).UPOS != "VERB" {
		return false
	}
	m := s.child(c, "mark")
	if m < 0 || m > c || s.lemma(m) != "to" || m <= i {
		return false
	}
	if !readSpacedInfinitive {
		return m == i+1
	}
	// Only the verb's adverbs and phrases between ("declined again to
	// comment", "agreed with Iran in principle to resume"): no object.
	for k := i + 1; k < m; k++ {
		h := k
		for n := 0; h >= 0 && s.head(h) != i; n++ {
			if n > s.to-s.from {
				return false
			}
			h = s.head(h)
		}
		if h < 0 {
			return false
		}
		switch s.rel(h) {
		case "advmod", "obl", "punct":
		case "obj":
			if !s.dayAsObject(i, h) {
				// (A bare day read as the object is a time.)
				return false
			}
		default:
			return false
		}
	}
	return true
}

// readSpacedInfinitive lets adverbs and prepositional phrases of the verb
// stand between it and the infinitive.
var readSpacedInfinitive = true
