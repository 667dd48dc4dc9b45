package coder

import "strings"

// Twenty-third session (review37): acts the gold guide codes with no
// target when none is named.

// targetlessActs switches the acts kept without a target (tests turn it
// off).
var targetlessActs = true

// targetlessAct reports an act of a kind the guide codes with target "-"
// when the sentence names no one it is aimed at: military exercises and
// displays of force ("Russia conducted naval exercises in the Baltic
// Sea", 15x), a ceasefire declared to no one named (0871) and a ship
// seized at sea (1711). Elsewhere a missing target is still the sign of
// a misread sentence. Missiles fired at a ship (195) are kept too, by
// their own row: missiles fired at nothing named are most often misread.
func targetlessAct(code string, e *Entry) bool {
	if !targetlessActs {
		return false
	}
	if e != nil && e.Lemma == "patrol" {
		// "A Dutch frigate is patrolling the Persian Gulf": routine
		// patrols aimed at no one are no show of force.
		return false
	}
	return strings.HasPrefix(code, "15") || code == "0871" || code == "1711" || e != nil && e.Name == "fire missiles at a ship"
}

// exerciseHeld reports exercises held (150 by the guide, once 152): held
// by two countries together they are still military cooperation (062).
func (s *sent) exerciseHeld(code string, obj int) bool {
	return code == "150" && obj >= 0 && exerciseNouns[s.lemma(obj)]
}
