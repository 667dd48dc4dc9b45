package coder

import (
	"strings"

	"sitrep"
)

// toldForceOnly switches the eleventh session's rule (deny11) that keeps
// acts only planned or weighed out of the story's last forceful act.
var toldForceOnly = true

// toldForce reports whether a forceful or coercive event may stand for
// "the violence" or "the strikes" others later condemn: only an act told
// as done ("said it was considering sanctions, and France condemned the
// violence" condemns the police's shooting, not the sanctions weighed).
func toldForce(ev sitrep.Event) bool {
	if !toldForceOnly {
		return true
	}
	return ev.Status == sitrep.StatusOccurred || ev.Status == sitrep.StatusReported
}

// homeProsecution switches the eleventh session's rule for warnings of
// prosecution (prosecutionWarned).
var homeProsecution = true

// prosecutionWarned reports a warning or threat (13x) whose clause is
// that someone the sentence does not place abroad will be prosecuted,
// charged, jailed or punished ("warned that anyone who stirred up unrest
// would be prosecuted", "warning that they would face charges"): a
// government prosecutes at home, so the warning is aimed at its own
// country's people, not at the story's other side.
func (s *sent) prosecutionWarned(i int, src *sitrep.ActorMention) bool {
	if !homeProsecution {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "ccomp" {
			continue
		}
		for _, m := range s.actorsUnder(c) {
			if m.Country != src.Country {
				return false
			}
		}
		lo, hi := s.subtree(c)
		for k := lo; k <= hi; k++ {
			if prosecutionWords[s.lemma(k)] {
				return true
			}
		}
	}
	return false
}

// prosecutionWords tell an act of a country's courts or police.
var prosecutionWords = setOf("prosecute", "prosecution", "charge", "jail", "prison", "imprisonment", "punish", "punishment", "arrest", "trial")

// coupAttempt switches the eleventh session's reading of a bare "the
// attempt" after a coup (coupBefore).
var coupAttempt = true

// coupBefore reports a bare "the attempt" (no "to" clause, no noun of its
// own) in a story that has already told of a coup: "ECOWAS condemned the
// attempt" is the coup attempt, criticism aimed at the country it was
// made in, not at both sides of the story.
func (s *sent) coupBefore(k int) bool {
	if !coupAttempt || s.lemma(k) != "attempt" {
		return false
	}
	if d := s.child(k, "det"); d < 0 || s.lemma(d) != "the" {
		return false
	}
	for _, c := range s.kids(k) {
		switch s.rel(c) {
		case "acl", "compound", "nmod", "amod":
			return false
		}
	}
	before := strings.ToLower(s.doc.Text[:s.doc.Tokens[k].Start])
	for w := range coupNouns {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}
