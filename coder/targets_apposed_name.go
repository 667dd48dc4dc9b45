package coder

import "sitrep"

// apposedTargetOn switches apposedTarget (tests turn it off).
var apposedTargetOn = true

// apposedTarget is the actor an argument names in its apposition when
// the argument itself names none (twenty-third session, lex32): "discussed
// the crisis with his closest ally, British Prime Minister Tony Blair",
// "met the party's candidate, Jane Doe,". The target's side of
// apposedActor, which finds a subject so (sources_apposed_name.go).
func (s *sent) apposedTarget(k int) *sitrep.ActorMention {
	if !apposedTargetOn {
		return nil
	}
	return s.apposedActor(k)
}
