package coder

// Fourteenth session (lowprec18): two frame conditions that take away
// events no reader codes.

// hybridAttackSwitch switches hybridAttack.
var hybridAttackSwitch = true

// hybridAttack reports an attack word with the modifier "hybrid": "what it
// called hybrid attacks", "this is a hybrid attack". A hybrid attack is
// pressure by other means than arms (sabotage, disinformation, drones over
// airports): no use of force (19), whatever the sentence says of it.
func (s *sent) hybridAttack(i int) bool {
	if !hybridAttackSwitch {
		return false
	}
	return s.hasKid(i, "amod", "hybrid") || s.hasKid(i, "compound", "hybrid")
}

// troopsBackSwitch switches troopsBack.
var troopsBackSwitch = true

// troopsBack reports a deployment verb (154) sent back or home: "ordered
// the troops back to their barracks", "sent the soldiers home" call forces
// off; they mobilise no one. The adverb is the verb's, or stands right
// after its object (a parse may hang it on a later verb).
func (s *sent) troopsBack(i int, a frameArgs, e *Entry) bool {
	if !troopsBackSwitch || e.Code != "154" {
		return false
	}
	if s.hasKid(i, "advmod", "back", "home") {
		return true
	}
	k := a.obj + 1
	return a.obj > i && k < s.to && s.tok(k).UPOS == "ADV" && (s.lemma(k) == "back" || s.lemma(k) == "home")
}
