package coder

import (
	"strings"

	"sitrep"
)

// possibleIntentSwitch switches possibleIntent (tests turn it off).
var possibleIntentSwitch = true

// possibleIntent reports an intent to cooperate (03) that its own verb
// puts as a mere possibility, with "could", "might" or "may": "said it
// might offer emergency support", "Singapore could invite Indonesia to
// join later". CAMEO's 03 is a stated willingness; a possibility a
// speaker raises commits nobody to anything, and the gold guide codes 03
// only as occurred (none of the fifteen tuning sets' gold 03 events is
// hypothetical). A willingness put under a condition ("ready for talks if
// the attacks stop") is still stated, and kept.
func (s *sent) possibleIntent(i int, ev *sitrep.Event) bool {
	if !possibleIntentSwitch || !strings.HasPrefix(ev.CAMEO, "03") || ev.Status != sitrep.StatusHypothetical {
		return false
	}
	return s.tok(i).UPOS == "VERB" && s.hasKid(i, "aux", possibleAux...)
}

// possibleAux are the modals of possibility.
var possibleAux = []string{"could", "might", "may"}
