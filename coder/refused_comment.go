package coder

// Twenty-first session (judge30): "Macron's office would not confirm the
// report", "Tallinn would not speculate on the culprit". A comment
// withheld under "will" or "would" is a refusal to comment made as it
// is told (011, occurred), as "declined to comment" is: the written gold
// codes all six such sentences of the tuning sets so. "Would not
// comment" is one of them too, but its gold target is the story's other
// side, which the coder does not find: left out (it added only pairs
// with no target). Not "did not comment" or "has not commented", which
// the gold codes as often as not (a silence reported, not a refusal),
// nor "could not confirm" (not knowing); not "would not discuss", a
// refusal of talks (refuseTalksEntry).

// refusedCommentSwitch switches refusedComment off (tests).
var refusedCommentSwitch = true

// commentVerbs are the verbs of a comment a source may withhold.
var commentVerbs = setOf("confirm", "speculate")

// refuseCommentEntry codes "would not confirm" as declining to comment
// (011), made now; its target is found as for "declined to comment".
var refuseCommentEntry = &Entry{Lemma: "(refusal)", Code: "011", Name: "would not confirm"}

// refusedComment reports a verb of commentVerbs negated under "will" or
// "would" (refusedVerb).
func (s *sent) refusedComment(i int) bool {
	return refusedCommentSwitch && s.lemmaIn(commentVerbs, i) && s.refusedVerb(i)
}

// confirmedTopic reports a refusal of refuseCommentEntry to confirm a
// thing it names as its object ("would not confirm the report", "would
// not confirm that"): the thing is what it would not comment on, as
// commentTopic's on-phrase is, and the refusal answers the side that
// told it.
func (s *sent) confirmedTopic(cd candidate) bool {
	return cd.entry == refuseCommentEntry && s.lemma(cd.trig) == "confirm" && cd.args.obj >= 0
}
