package coder

import "sitrep"

// notRuledOut switches openPossibility (tests turn it off).
var notRuledOut = true

// openPossibility reports a refusal told as "did not rule out" (spur15):
// "Algeria did not rule out closing its airspace", "Beijing has not ruled
// out new curbs" leave an act open, which the gold codes as that act,
// hypothetical; the negated "rule out" refuses nothing and is no 12x
// event of its own.
func openPossibility(e *Entry, ev *sitrep.Event) bool {
	return notRuledOut && e.Lemma == "rule" && e.Prt == "out" && ev.Status == sitrep.StatusNegated
}
