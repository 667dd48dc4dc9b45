package coder

import "strings"

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
// rows are lexicon.tsv's (lex22; "fire back at" and "trash" rows 1315 and
// 1305, mend17).
var forceCriticismVerbs = setOf("blast", "bash", "fire", "trash")

// armedCriticismVerbs are those of forceCriticismVerbs that an armed side
// does with force, never with words: "troops fired back at the gunmen",
// "soldiers trashed the office" (mend17). A campaign "fires back at" a
// rival and a critic "trashes" a plan.
var armedCriticismVerbs = setOf("fire", "trash")

// forceSubjects are subject nouns of an armed side that the actor
// matcher may leave without a sector ("troops fired back").
var forceSubjects = setOf("troop", "troops", "soldier", "soldiers", "police", "policeman", "policemen", "gunman", "gunmen",
	"militant", "militants", "rebel", "rebels", "fighter", "fighters", "guard", "guards", "force", "forces", "army", "militia",
	"militiaman", "militiamen", "insurgent", "insurgents", "sniper", "snipers", "marine", "marines", "commando", "commandos")

// blowTools are what a blow is dealt with, besides violenceWords.
var blowTools = setOf("cannon", "hose", "water", "bat", "club", "baton", "stick", "stone", "rock", "brick", "hammer",
	"pipe", "fist", "explosive", "dynamite", "gas", "bullet", "shotgun", "pistol")

// criticismByForceOn switches the guard (for the tests).
var criticismByForceOn = true

func (s *sent) criticismByForce(i int, a frameArgs, e *Entry) bool {
	if !criticismByForceOn || e.Code[:2] != "11" || !s.lemmaIn(forceCriticismVerbs, i) {
		return false
	}
	if s.lemmaIn(armedCriticismVerbs, i) && s.armedSource(i, a) {
		// "troops fired back at the gunmen": fire, not words.
		return true
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

// armedSource reports the act's source an armed side: an actor of an
// armed sector (armedSectors) or a force noun as the subject.
func (s *sent) armedSource(i int, a frameArgs) bool {
	if a.subj >= 0 && s.lemmaIn(forceSubjects, a.subj) {
		return true
	}
	for _, m := range s.sourceActors(i, a) {
		if armedSectors[strings.ToLower(m.Sector)] {
			return true
		}
	}
	return false
}

// armedFireBack is the entry an armed side's "fired back at" is coded
// with instead of the criticism: the fighting of the row "fire on" (190).
func (s *sent) armedFireBack(i int, a frameArgs, e *Entry) *Entry {
	if s.lemma(i) != "fire" || !s.armedSource(i, a) {
		return nil
	}
	return &Entry{Lemma: e.Lemma, Noun: e.Noun, Targets: []string{"at", "on"}, Code: "190", Name: "fire back at (armed side)", Line: e.Line}
}
