package coder

// Verbs of criticism that are verbs of force too. Wire and campaign copy
// "blasts" and "bashes" rivals (111), but a coast guard "blasted the boat
// with water cannon" and jets "blasted positions": the blow, not a word.
// criticismByForce drops the criticism reading when the verb says what
// struck (a weapon or a tool of force in its "with" phrase, also one the
// parse hung on the object) or strikes a place (strikePlaces: "blasted
// the village"), and when a particle makes the verb another ("blasted out
// a barrage of releases", "blasted through the record"). The act itself is coded by the words that name it
// ("fired water cannon"), so the blow is left to them.

// forceCriticismVerbs are the verbs of criticism the guard reads; the
// rows are lexicon.tsv's (lex22).
var forceCriticismVerbs = setOf("blast", "bash")

// blowTools are what a blow is dealt with, besides violenceWords.
var blowTools = setOf("cannon", "hose", "water", "bat", "club", "baton", "stick", "stone", "rock", "brick", "hammer",
	"pipe", "fist", "explosive", "dynamite", "gas", "bullet", "shotgun", "pistol")

// criticismByForceOn switches the guard (for the tests).
var criticismByForceOn = true

func (s *sent) criticismByForce(i int, a frameArgs, e *Entry) bool {
	if !criticismByForceOn || e.Code[:2] != "11" || !s.lemmaIn(forceCriticismVerbs, i) {
		return false
	}
	if a.prt != "" || s.hasParticle(i, "out") || s.hasParticle(i, "through") || s.hasParticle(i, "in") {
		// "blasted out news releases", "blasted through its record",
		// "bash in the door": a particle makes it no criticism.
		return true
	}
	with := a.obl["with"]
	if a.obj >= 0 {
		with = append(with[:len(with):len(with)], s.nmodsWith(a.obj, "with")...)
	}
	for _, k := range with {
		if s.wordIn(violenceWords, k) || s.wordIn(blowTools, k) {
			return true
		}
	}
	return s.struckPlace(a)
}
