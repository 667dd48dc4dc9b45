package coder

// endorsedThingOn switches endorsedThing off for tests.
var endorsedThingOn = true

// endorsedThing reports "support" or "back" (051) whose object is a thing
// that names no party ("supports efforts to reduce excess capacity",
// "will support the bill despite his reservations", "will keep supporting
// voluntary returns", "to back the judges' statement"): what is endorsed
// is a measure or a policy, not an actor, so the frame gives no target.
// The usual guess (the nearest actor of another country, the story's
// other side) then picks whoever drafted, opposes or is merely named in
// the article; careful coders code no such endorsement. As for a thing
// blamed (blamedThing), a party of the story is guessed only if named in
// the act's sentence or the one before (namedNearby). An object that
// names its party, by a possessor or an actor inside it, keeps it
// ("supported Seoul's decision", "would support its development").
func (s *sent) endorsedThing(i int, cd candidate) bool {
	o := cd.args.obj
	if !endorsedThingOn || o < 0 || cd.entry.Code != "051" {
		return false
	}
	if l := s.lemma(i); l != "support" && l != "back" {
		return false
	}
	return s.partylessThing(o) && s.child(o, "nmod:poss") < 0
}
