package coder

import "sitrep"

// The twelfth session's date rule (day16), behind a switch so a test
// can show it is what makes it pass.

// alsoSameOccasion: an act told with "also" and no day of its own goes
// on with the day the sentence before gave.
var alsoSameOccasion = true

// alsoAct reports a clause verb v modified by "also" ("Turkey and Qatar
// also signed a memorandum", "the two envoys also spoke briefly"): a
// further act of the occasion just told, so it takes that occasion's
// day (narrativeDay) even after a paragraph break, where a plain past
// act would not. As a retelling "also" still marks a new act
// (newActWords): it is not the same act, only the same day.
func (s *sent) alsoAct(v int) bool {
	return alsoSameOccasion && s.hasKid(v, "advmod", "also")
}

// pastScheduleDay: a visit or act called off is dated by the day it was
// to take place, the next such day.
var pastScheduleDay = true

// wasScheduled reports a day named for what was to come when told of
// ("cancelled a visit planned for Wednesday", "called off a trip to
// Beijing, where he had been due to attend a parade on Friday"): for an
// act not made, a bare weekday is the coming one, as for a plan. Only
// for negated acts: "was due to land on Monday" told as done may be a
// day already past.
func (s *sent) wasScheduled(tx *sitrep.Timex) bool {
	return pastScheduleDay && s.scheduledBefore(tx.Start, true)
}

// ownRelativeDay: a day told in a relative clause dates the acts of that
// clause, the trigger's among them.
var ownRelativeDay = true

// sameRelative reports a time expression in a relative clause (or an
// apposition with a clause) that trigger i is itself told in: "police
// said they fired tear gas at protesters on Saturday", with "fired"
// misread as a relative clause of "they" and the day hung on another
// verb of it. A day inside a relative clause is kept from the acts
// outside it (inRelative), not from its own.
func (s *sent) sameRelative(tx *sitrep.Timex, i int) bool {
	if !ownRelativeDay {
		return false
	}
	r := s.relativeOf(tx)
	if r < 0 {
		return false
	}
	// Not through a conjunct: "a state he ordered on Friday, and blamed
	// Kurti" is often parsed with "blamed" coordinated inside the
	// relative clause, where it is the main clause's second verb.
	for steps := 0; i >= 0 && steps < 20; i, steps = s.head(i), steps+1 {
		if i == r {
			return true
		}
		if s.rel(i) == "conj" {
			return false
		}
	}
	return false
}

// wordsParticipleMadeNow: an act in words told by a bare participle
// is made when the sentence's actor speaks, not when the clause it
// hangs on would come.
var wordsParticipleMadeNow = true

// participleSaid reports trigger i told as a bare present participle
// adjunct ("..., accusing it of persecuting farmers"): no auxiliary,
// marker or subject of its own, so its modality is not that of the
// planned or conditional clause the parse hangs it on, and it takes the
// day of the telling (status occurred dates it by the sentence's day).
func (s *sent) participleSaid(i int) bool {
	if !wordsParticipleMadeNow || s.tok(i).XPOS != "VBG" || s.rel(i) != "advcl" {
		return false
	}
	return s.child(i, "aux") < 0 && s.child(i, "mark") < 0 && s.child(i, "nsubj") < 0
}
