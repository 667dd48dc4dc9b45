package coder

import "sitrep"

// promiseEntryOn switches the "promise" condition of lexicon rows on
// (tests turn it off, so that such a row codes whatever its tense).
var promiseEntryOn = true

// promisedEntry reports that a row marked "promise" codes its trigger: the
// act is told with status as to come ("will work with", "would work with",
// "can work together"), the intent to do it (03x), and its target phrase
// names a party. "worked with the agency" is cooperation told as done,
// which the coder leaves to the rows of the act itself; "would work with
// its partners" names nobody, and a party guessed from the story is
// wrong more often than not.
func promisedEntry(status string, targets []*sitrep.ActorMention) bool {
	if !promiseEntryOn {
		return true
	}
	return (status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical) && len(targets) > 0
}
