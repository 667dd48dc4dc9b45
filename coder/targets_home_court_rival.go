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
// guess16: all six such guesses from outside the sentence were wrong,
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

// rivalSwitch switches rivalRejected (tests turn it off).
var rivalSwitch = true

// rivalRejected reports a rejection or refusal (12) whose frame names no
// target, when the trigger's clause names a rebel group, an opposition
// or a party of the source's own country (same): "ruled out talks with
// the rebel leadership until it is disarmed", "rejected a call by
// opposition leader X to publish the text". The rival at home is whom
// the rejection answers, not the story's other side named in earlier
// sentences (twelfth session, guess16). Citizens and the state's own
// organs ("will not extradite its citizens", "would not negotiate its
// judiciary's decisions") are no such party; nor are other roots, where
// the same switch cost as many events as it gained.
func (s *sent) rivalRejected(code string, same *sitrep.ActorMention, i int) bool {
	return rivalSwitch && code[:2] == "12" && same != nil && homeRival(same) && s.inTriggerClause(same, i)
}

// homeRival reports an actor of a country's own politics that contends
// with its government: rebels, insurgents, the opposition, a party.
func homeRival(m *sitrep.ActorMention) bool {
	if m.Country == "" || len(m.Code) < 6 || m.Code[:3] != m.Country {
		return false
	}
	switch m.Code[3:6] {
	case "OPP", "PTY", "REB", "INS":
		return true
	}
	return false
}
