package coder

import "os"

// Eleventh session (subj14): triggers the lexicon knew that coded nothing.

// iesPlurals switches the reading of a plural in -ies as its -y noun
// ("supplies" as "supply") when the tagger gave it as its own lemma.
var iesPlurals = os.Getenv("SUBJ14_NOIES") == ""

// epithetSpeakers switches the reading of "the kingdom", "the country" as
// the subject of what its speaker says.
var epithetSpeakers = os.Getenv("SUBJ14_NOEPI") == ""

// speakerEpithet reports a subject k that is a definite epithet for a
// country ("Bahraini officials said the kingdom would not reopen its
// embassy", "the minister said the country would send troops") under a
// speech verb: like "it" there, the speaker's own country.
func (s *sent) speakerEpithet(k int) bool {
	return epithetSpeakers && s.rel(k) == "nsubj" && s.epithet(k)
}

// refusedOneWay switches the one-way reading of a refusal of an act the
// lexicon codes each way (Mutual): "Bahrain would not reopen its embassy
// in Tehran" is Bahrain's refusal; Iran has refused nothing.
var refusedOneWay = os.Getenv("SUBJ14_NOONEWAY") == ""
