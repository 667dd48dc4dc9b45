package coder

import (
	"strings"

	"sitrep"
)

// Eleventh session (subj14): triggers the lexicon knew that coded nothing.

// iesPlurals switches the reading of a plural in -ies as its -y noun
// ("supplies" as "supply") when the tagger gave it as its own lemma.
var iesPlurals = true

// epithetSpeakers switches the reading of "the kingdom", "the country" as
// the subject of what its speaker says.
var epithetSpeakers = true

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
var refusedOneWay = true

// blocMemberNouns name the places of a bloc's member states. (Not
// "members", "countries": "urged EU countries to" is often coded as an
// appeal to the bloc.)
var blocMemberNouns = setOf("capital")

// blocMembersOn switches blocMembers.
var blocMembersOn = true

// blocMembers reports a plural noun k of the members' places named by a
// bloc that modifies it ("embassies in all ASEAN capitals", "envoys in
// EU capitals"): the member countries, each one of its own, are meant,
// not the bloc as a body.
func (s *sent) blocMembers(k int, m *sitrep.ActorMention) bool {
	if !blocMembersOn || !strings.HasPrefix(actorKey(m), "IGO") || !blocMemberNouns[s.lemma(k)] || !s.endsInS(k) {
		return false
	}
	t := s.firstTokIn(m)
	return t >= 0 && t != k && s.head(t) == k && s.deprel(t) == "compound"
}
