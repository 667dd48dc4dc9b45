package coder

import "sitrep"

// speakerInvestigatorsOn switches the speaker's country for an inquiry
// by a bare investigative body (eighteenth session, legal26; tests turn
// it off).
var speakerInvestigatorsOn = true

// unplacedPatientsGuard switches the guard below for people the coder
// cannot place (tests turn it off to show it is needed).
var unplacedPatientsGuard = true

// investigatorNouns are bare nouns for the bodies that investigate or
// prosecute on a state's behalf.
var investigatorNouns = setOf("prosecutor", "investigator", "police", "committee", "commission", "agency", "inspector",
	"detective", "jury", "regulator", "attorney", "bureau", "authority", "ministry")

// speakerInvestigators is the source of an investigation (root 09,
// trigger i) done by a body the actor coder placed in no country, told
// in a sentence whose speaker it did place: the speaker's country
// ("the spokesman said a committee was investigating the case", "the
// minister said prosecutors would open an inquiry", "officials said the
// two were being questioned by security agencies"). A government tells
// of its own bodies' inquiries; reports of another state's inquiry name
// that state.
func (s *sent) speakerInvestigators(i int, a frameArgs) []*sitrep.ActorMention {
	if !speakerInvestigatorsOn {
		return nil
	}
	k := s.unplacedSubject(i, a)
	if k < 0 && a.passive && a.agent >= 0 && actorKey(s.actorAt(a.agent)) == "" {
		k = a.agent
	}
	if k < 0 || s.tok(k).UPOS != "NOUN" || !s.lemmaIn(investigatorNouns, k) {
		return nil
	}
	if o := a.obj; unplacedPatientsGuard && (a.passive && o < 0 || o >= 0 && (s.tok(o).UPOS == "PRON" || s.tok(o).UPOS == "DET") && actorKey(s.actorAt(o)) == "") {
		// "said both were being investigated", "said they were being
		// questioned": people the coder cannot place, often the other
		// side's, for whom the speaker's own country would stand too.
		return nil
	}
	sp := s.speakerOf(i)
	if sp == nil || sp.Country == "" || len(actorKey(sp)) != 3 {
		return nil
	}
	c := sp.Country
	return []*sitrep.ActorMention{{Span: s.tokSpan(k), Code: c, Country: c, Entry: "the speaker's country", Ref: -1}}
}
