package coder

// Words aimed at armed groups the text places in no country are aimed
// at the speaker's own country (pair19).

import (
	"strings"

	"sitrep"
)

// armedAtHomeSwitch switches armedTargets.
var armedAtHomeSwitch = true

// armedWords name armed groups the text may give no country: rebelNouns
// and the bare gunmen.
var armedWords = setOf("gunman")

// armedTargets returns the target of words or a stance aimed at armed
// groups the text places in no country of their own ("accused rebel
// groups of violating the truce", "condemned the gunmen", "would not
// negotiate with the rebels"), nil when the rule does not apply. When
// the sentence gives them no actor, or the actor coder placed them only
// by the dateline or the headline ("gunmen" in a Skopje story, "rebels"
// in a Johannesburg one), they are, like the rebel positions an army
// bombs (rebelPositions), the source's own country's at home. (A third
// party's words keep the actor coder's placement: "Syria and Russia
// accused rebels of staging the attack", in a story of Western strikes,
// has Syria's rebels; with no placement at all the source's own country
// is still the best guess.) Only where the frame gave no other target.
func (s *sent) armedTargets(code string, a frameArgs, src *sitrep.ActorMention, targets []*sitrep.ActorMention) []*sitrep.ActorMention {
	if !armedAtHomeSwitch || src == nil || src.Country == "" {
		return nil
	}
	switch code[:2] {
	case "02", "04", "10", "11", "12", "13":
	default:
		return nil
	}
	args := append([]int(nil), a.obl["with"]...)
	args = append(args, a.obl["against"]...)
	if a.obj >= 0 {
		args = append(args, a.obj)
	}
	for _, k := range args {
		if !s.armedNoun(k) {
			continue
		}
		ms := keyed(s.argActors(k))
		weak := len(ms) > 0
		for _, m := range ms {
			if !strings.Contains(m.Entry, "+ dateline") && !strings.Contains(m.Entry, "+ headline") {
				weak = false
			}
		}
		if len(ms) > 0 && !weak || len(targets) > len(ms) {
			continue
		}
		if weak && s.art.third(actorKey(src)) {
			// (A third party's words: the placement stands.)
			return nil
		}
		return s.atHome(k, src.Country)
	}
	return nil
}

// armedNoun reports a noun naming armed groups: "rebels", "gunmen",
// "rebel groups", "Iran-backed militias".
func (s *sent) armedNoun(k int) bool {
	if s.lemmaIn(rebelNouns, k) || s.lemmaIn(armedWords, k) {
		return true
	}
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "amod" || r == "compound") && s.lemmaIn(rebelNouns, c) {
			return true
		}
	}
	return false
}
