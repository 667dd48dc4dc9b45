package coder

import "sitrep"

// datelineHeadline switches the reading of a dateline that opens the
// paragraph after a headline line (dateline24): "Clinton wins primary in
// New York.\n\nNEW YORK (AP) — ...", as web copies of wire stories put
// the title above the wire's dateline. The story is filed from the
// dateline's place, and the dateline is no part of the sentence's body.
var datelineHeadline = true

// datelineSentence returns the sentence whose opening may hold the
// story's dateline (sitrep.Document.DatelineSentence), 0 with the switch
// off.
func datelineSentence(d *sitrep.Document) int {
	if !datelineHeadline {
		return 0
	}
	return d.DatelineSentence()
}
