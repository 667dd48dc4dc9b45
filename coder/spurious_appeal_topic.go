package coder

// An appeal told as what others say of its speaker ("raised concerns and
// criticism that Trump was urging a foreign government to spy") is the
// topic of their criticism or fear, not an appeal the story tells: the
// real coders code the criticism, not the appeal (appeal29).

// topicGuard switches heldTopic (tests turn it off).
var topicGuard = true

// topicNouns name what others say or feel about an act: a clause under
// them is their content.
var topicNouns = setOf("criticism", "concern", "fear", "worry", "complaint", "allegation", "accusation", "charge", "claim",
	"suggestion", "speculation", "rumour", "rumor", "perception", "impression")

// heldTopic reports a verb i that is the that-clause of a topic noun:
// the clause's head, or the noun right before its "that" (the parse
// hangs "concerns among experts and criticism that ..." on "experts", and
// may read the clause as a relative one with "that" its object).
func (s *sent) heldTopic(i int) bool {
	if !topicGuard {
		return false
	}
	if r := s.rel(i); r != "acl" && r != "ccomp" { // (rel strips "acl:relcl" to "acl")
		return false
	}
	m := -1
	for _, c := range s.kids(i) {
		if c < i && s.lemma(c) == "that" && (s.rel(c) == "mark" || s.rel(c) == "obj") {
			m = c
		}
	}
	if m < 0 {
		return false
	}
	for _, n := range []int{s.head(i), m - 1} {
		if n >= s.from && topicNouns[s.lemma(n)] && s.tok(n).UPOS == "NOUN" {
			return true
		}
	}
	return false
}
