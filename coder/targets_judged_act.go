package coder

import "sitrep"

// judgedActSwitch switches judgedActSide (tests turn it off).
var judgedActSwitch = true

// oneSidedActs are nouns for a step of policy one side took alone: what
// an outsider welcomes, praises, demands or condemns when it names no one
// ("welcomed the decision", "condemned the ban"). Not acts of two ("the
// agreement", "the talks", "the step"), whose both sides the outsider
// addresses, nor words and judgments ("the ruling", "the statement"),
// often made by a court or a speaker who is neither side.
var oneSidedActs = setOf("decision", "move", "ban", "vote", "measure", "announcement", "policy")

// actRec is an event's source, by the byte offset of its trigger.
type actRec struct {
	at  int
	key string
}

// noteAct records the source of a coded event that is a step of policy
// (judgedActSide): intents, meetings, cooperation, aid, yielding (03-08),
// cutting or restricting ties (16), bans and expulsions (17). Not words
// of reproach, demands, threats or protest (09-15), which answer a step
// more often than they take one, nor force (18-20), which no one calls a
// decision.
func (a *article) noteAct(ev sitrep.Event) {
	switch ev.CAMEO[:2] {
	case "03", "04", "05", "06", "07", "08", "16", "17":
	default:
		return
	}
	if ev.Source != nil && ev.Status != sitrep.StatusNegated && ev.Status != sitrep.StatusDenied {
		a.acts = append(a.acts, actRec{ev.Trigger.Start, eventActorKey(ev.Source)})
	}
}

// judgedActSide narrows the two sides a third party's praise, demand or
// criticism with no target named would reach (inferTargets) to the one
// that did the act it judges, when its object names a one-sided act ("the
// United States welcomed the decision", after the story told one side's
// decision): the side whose step of policy an earlier sentence told
// last, when it is the story's most-mentioned actor. The gold coders
// code the welcome toward the decision's maker, not toward the country
// the decision was about. Nil (both sides stay) when the object is no
// such act, or no earlier sentence tells a step of either side, or the
// last one told is the lesser side's.
func (s *sent) judgedActSide(i int, code string, sides []*sitrep.ActorMention) []*sitrep.ActorMention {
	if !judgedActSwitch || len(sides) != 2 {
		return nil
	}
	switch code[:2] {
	case "05", "10", "11":
	default:
		return nil
	}
	obj := s.child(i, "obj")
	if obj < 0 || !oneSidedActs[s.lemma(obj)] {
		return nil
	}
	from := s.doc.Tokens[s.from].Start
	for k := len(s.art.acts) - 1; k >= 0; k-- {
		r := s.art.acts[k]
		if r.at >= from {
			continue
		}
		for _, m := range sides {
			if actorKey(m) != r.key {
				continue
			}
			if r.key != s.art.ranked[0] {
				// The last act told is the story's lesser side's (often
				// its answer to the other's act): which act is judged
				// is not clear.
				return nil
			}
			return []*sitrep.ActorMention{m}
		}
	}
	if judgedUntoldSwitch && len(s.art.ranked) > 0 {
		// No earlier sentence tells a step of either side ("Sri Lanka
		// will not allow foreign research vessels to dock ... Indian
		// officials welcomed the decision"): the step judged is the
		// story's, taken by its most-mentioned actor when that is one of
		// the two sides.
		for _, m := range sides {
			if actorKey(m) == s.art.ranked[0] {
				return []*sitrep.ActorMention{m}
			}
		}
	}
	return nil
}

// judgedUntoldSwitch switches judgedActSide's fallback to the story's
// most-mentioned side when no step of either side was told (tests turn
// it off).
var judgedUntoldSwitch = true
