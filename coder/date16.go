package coder

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
