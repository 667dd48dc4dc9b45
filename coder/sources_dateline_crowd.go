package coder

import "sitrep"

// datelineCrowdOn switches the dateline's people as the doers of a
// protest by a crowd the actor coder placed nowhere (sixteenth session,
// realmiss; tests turn it off).
var datelineCrowdOn = true

// datelineCrowd is the source of a protest (root 14) whose subject is a
// crowd noun the actor coder placed nowhere ("Catholic protesters
// rallied in Portadown", "marchers blocked the road"), in a story filed
// from a country that is one of its two main sides: that country's
// people, as homeCrowd gives them in a story of one country's own
// affairs. Real wire copy filed from a side's city tells its own
// streets so; the crowd of another country names it ("Turkish
// protesters") and is placed by the actor coder.
func (s *sent) datelineCrowd(i int, a frameArgs) *sitrep.ActorMention {
	if !datelineCrowdOn {
		return nil
	}
	f := s.filedFromSide()
	if f == "" {
		return nil
	}
	k := s.unplacedSubject(i, a)
	if k < 0 || s.tok(k).UPOS != "NOUN" || !crowdNouns[s.lemma(k)] || s.otherSide(k, f) {
		return nil
	}
	return &sitrep.ActorMention{Span: s.tokSpan(k), Code: f + "CVL", Country: f, Sector: "CVL", Entry: homeCrowdEntry, Ref: -1}
}
