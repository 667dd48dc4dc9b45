package coder

import "strings"

// An appeal to a speaker's audience or opponents at large ("called on
// leaders not to feed that dark impulse", "urged critics to stop spreading
// lies", "asked everyone to stay calm") is exhortation, not an appeal to a
// party: the written and real coders code none there, where the coder
// guessed a side of the story or the speaker's own country as its target
// (appeal29). Unlike worldAddressee's donors and governments, which keep
// the appeal toward '-', no event is coded.

// audienceSwitch switches audienceNoun (tests turn it off).
var audienceSwitch = true

// audienceWords are plural nouns for people at large an appeal is made to.
var audienceWords = setOf("leader", "critic", "attendee", "listener", "viewer", "reader", "follower", "people", "delegate")

// audiencePronouns stand for people at large. (Not "those": "urged those
// still inside to give themselves up" names a group of the story.)
var audiencePronouns = setOf("everyone", "everybody", "anyone", "anybody")

// audienceNoun reports a phrase c for an audience at large: a plural
// noun of audienceWords or a pronoun of audiencePronouns, with no actor
// in it and no possessor ("his supporters", "Bosnia's leaders" are
// someone's own).
func (s *sent) audienceNoun(c int) bool {
	if !audienceSwitch || len(s.argActors(c)) > 0 || s.child(c, "nmod:poss") >= 0 {
		return false
	}
	l := s.lemma(c)
	return audiencePronouns[l] || audienceWords[l] && (strings.HasPrefix(s.tok(c).XPOS, "NNS") || l == "people")
}

// audienceAppeal reports an appeal verb i whose addressee (object, or
// on- or to-phrase) is an audience at large (appealAddressee).
func (s *sent) audienceAppeal(i int) bool {
	return s.appealAddressee(i) == addresseeAudience
}
