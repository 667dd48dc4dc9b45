package coder

// readAdjacentInfinitive takes an infinitive that follows its verb at once
// ("declined to discuss details", "vowed to retaliate") as the verb's
// complement when the parse hung it as an adverbial clause: real copy's
// longer sentences often get that parse, and an entry naming the
// complement (xcomp=…) then failed. Only with "to" right after the verb,
// so a purpose clause after an object or a phrase ("sent troops to
// protect", "flew to Doha to meet") is left as it was; it decides only
// entries that name their complement, as the complement is read only for
// them.
var readAdjacentInfinitive = true

// adjacentInfinitive reports whether c, an adverbial clause of verb i, is
// an infinitive whose "to" comes right after i.
func (s *sent) adjacentInfinitive(i, c int) bool {
	if !readAdjacentInfinitive || c < i || s.tok(i).UPOS != "VERB" || s.tok(c).UPOS != "VERB" {
		return false
	}
	m := s.child(c, "mark")
	return m == i+1 && s.lemma(m) == "to" && m < c
}
