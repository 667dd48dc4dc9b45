package coder

import "sitrep"

// ownGovernment switches ownGovernmentAddressed (sixteenth session,
// target21; tests turn it off).
var ownGovernment = true

// ownGovernmentAddressed is the speaker's own government when a
// country's lawmakers, parties, opposition or campaigners address "the
// government" bare in an appeal, demand or accusation: as the object
// ("South Korean lawmakers urged the government to suspend aid to
// Cambodia") or as the subject of the clause demanded ("Iranian
// lawmakers demanded that the government reduce ties with Moscow").
// The actor coder reads such a "the government" as the last government
// the article named, often a foreign one (Cambodia's, "the government of
// Hun Manet"), and with no addressee the clause's other country was
// guessed. A state's own words to "the government" are about another
// country's and are left alone. Nil when the rule does not apply.
func (s *sent) ownGovernmentAddressed(cd candidate, sources []*sitrep.ActorMention, code string) *sitrep.ActorMention {
	if !ownGovernment || len(sources) != 1 || sources[0].Country == "" {
		return nil
	}
	src := sources[0]
	switch code[:2] {
	case "02", "10", "11", "12", "13":
	default:
		return nil
	}
	ks := []int{cd.args.obj, cd.args.iobj}
	if cd.args.ccomp >= 0 {
		ks = append(ks, s.child(cd.args.ccomp, "nsubj"))
	}
	if !homeSpeaker(src) {
		return nil
	}
	for _, k := range ks {
		if k < 0 || !s.bareGovernment(k) {
			continue
		}
		return s.governmentOf(k, src.Country, domesticEntry)
	}
	return nil
}

// bareGovernment reports "the government" with nothing else in its
// phrase: no adjective, compound, possessor or "of" phrase.
func (s *sent) bareGovernment(k int) bool {
	if s.lemma(k) != "government" || s.endsInS(k) || k == s.from || s.lemma(k-1) != "the" {
		return false
	}
	for _, c := range s.kids(k) {
		switch s.rel(c) {
		case "det", "acl", "punct":
			// ("urged the government to cut aid": the parse may hang
			// the infinitive on the noun.)
		default:
			return false
		}
	}
	return true
}

// homeSpeaker reports a country's own actor with no state office: its
// opposition, parties, legislators, civilians, students, rebels or
// campaign groups.
func homeSpeaker(m *sitrep.ActorMention) bool {
	if homeGroup(m) {
		return true
	}
	if len(m.Code) < 6 || m.Code[:3] != m.Country {
		return false
	}
	switch m.Code[3:6] {
	case "LEG", "REB", "INS", "NGO", "LAB":
		return true
	}
	return false
}
