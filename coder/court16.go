package coder

import (
	"strings"

	"sitrep"
)

// homeCourtSwitch switches homeCourt (tests turn it off).
var homeCourtSwitch = true

// homeCourt reports a lawsuit (115) whose frame names no defendant, in a
// sentence that names no international court or body: "said they would
// challenge the deal in court", "asked the Supreme Court to halt the
// transfer". Such a case goes before the source's own courts, against
// its own government's decision, so the target is at home, not the
// story's other side guessed from earlier sentences (twelfth session,
// guess16: all five such guesses from outside the sentence were wrong,
// and the gold codes these cases X>X). A case taken to "an international
// court", the ICJ or the Security Council keeps the foreign party.
func (s *sent) homeCourt(code string, src *sitrep.ActorMention) bool {
	if !homeCourtSwitch || !strings.HasPrefix(code, "115") || src.Country == "" {
		return false
	}
	if s.anyLemma(internationalWords) {
		return false
	}
	lo, hi := s.doc.Sentences[s.idx].Start, s.doc.Sentences[s.idx].End
	for j := range s.doc.Actors {
		m := &s.doc.Actors[j]
		if m.Start >= lo && m.End <= hi && strings.HasPrefix(actorKey(m), "IGO") {
			return false
		}
	}
	return true
}

// internationalWords mark a court or forum abroad ("an international
// tribunal", "the world court"); a bare "tribunal" may be at home.
var internationalWords = setOf("international", "world")
