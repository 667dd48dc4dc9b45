package coder

// A lexicon entry that names a preposition with any noun ("call on=*",
// "agree with=*", "lash out at=*") names a prepositional verb: its phrase
// follows the trigger. Two phrases that the parse hangs on the trigger are
// not that phrase (twenty-first session, spur30):
//
//   - a phrase fronted before the trigger: "On Twitter, Jeb Bush called
//     Trump unhinged" is no "call on" Twitter;
//   - a phrase after another phrase of the trigger with a different
//     preposition, that phrase not a time: "called with foreign envoys on
//     the unrest", "called for talks with the party on a transfer of
//     power" are no "call on" the unrest or the transfer. A time between
//     ("agreed on Monday with Russia") does not part them.
//
// (A phrase after the object of a naming verb is objectBefore's, which
// now reads every object of the trigger: "what she called a matter for
// Fiji", where the parse gives "call" two objects, "what" and "matter".)

// phraseOrderOn switches frontedPhrase and phraseAfterPhrase.
var phraseOrderOn = true

// frontedPhrase reports that the phrase noun o comes before the trigger.
func (s *sent) frontedPhrase(a frameArgs, o int) bool {
	return phraseOrderOn && o < a.self
}

// phraseAfterPhrase reports that between the trigger and the phrase noun o
// of preposition p there is the noun of another prepositional phrase,
// not a time, hung on the trigger.
func (s *sent) phraseAfterPhrase(a frameArgs, p string, o int) bool {
	if !phraseOrderOn {
		return false
	}
	for q, nouns := range a.obl {
		if q == p {
			continue
		}
		for _, n := range nouns {
			if n > a.self && n < o && !s.isTime(n) && s.caseOf(n) != "" && s.nominal(n) && !s.settingPhrase(q, n) {
				return true
			}
		}
	}
	return false
}

// settingPhrases are the nouns of phrases that tell where or how a thing
// was said, by preposition: "called in a statement on Russia to
// withdraw", "urged at a news conference on ..." (mend25). Such a phrase
// between the trigger and the entry's phrase does not part them. The
// nouns are the coder's occasions (occasionNouns, dates.go; anchorOccasions,
// dates_occasion_anchor.go), with the written media of speech besides.
var settingPhrases = map[string]map[string]bool{
	"in": unionOf(occasionNouns, setOf("communique", "communiqué", "tweet", "editorial", "op-ed")),
	"at": anchorOccasions,
}

// unionOf returns a new set of the words of all sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// settingPhrase reports the noun n of a q-phrase that is a medium or a
// setting of speech (settingPhrases).
func (s *sent) settingPhrase(q string, n int) bool {
	return s.lemmaIn(settingPhrases[q], n)
}
