package coder

import (
	"strings"

	"sitrep"
)

// warnedThreat switches dropWarnedThreat (tests turn it off).
var warnedThreat = true

// dropWarnedThreat drops a threat (root 13) told inside a warning of the
// same pair in the same sentence: "warned that Seoul would respond",
// "warned that the rebels would strike back", "warned ... saying Tehran
// would take serious measures". The threatened act is what the warning
// says, one act told by two words; the gold codes it once, by the warning.
// Only a threat whose trigger follows the warning's: a threat told first
// and a warning after it are more often two acts.
func dropWarnedThreat(evs []sitrep.Event) []sitrep.Event {
	if !warnedThreat {
		return evs
	}
	return keepEvents(evs, func(i int) bool { return !insideWarning(evs, i) })
}

// insideWarning reports a threat record evs[i] that follows, in its
// sentence, a warning of the same pair.
func insideWarning(evs []sitrep.Event, i int) bool {
	e := evs[i]
	if !strings.HasPrefix(e.CAMEO, "13") || warnRule(e.Rule) || e.Source == nil || e.Target == nil {
		return false
	}
	for j, f := range evs {
		if j == i || !warnRule(f.Rule) || f.Source == nil || f.Target == nil || f.Sentence != e.Sentence {
			continue
		}
		if f.Trigger.Start < e.Trigger.Start &&
			eventActorKey(f.Source) == eventActorKey(e.Source) && eventActorKey(f.Target) == eventActorKey(e.Target) {
			return true
		}
	}
	return false
}

// warnRule reports a rule of the verb "warn" (lexicon rows "warn", "warn
// that", "warn of ...").
func warnRule(rule string) bool {
	if !strings.HasPrefix(rule, "lexicon:") {
		return false
	}
	_, name, _ := strings.Cut(rule, " ")
	return name == "warn" || strings.HasPrefix(name, "warn ")
}
