package coder

import "sitrep"

// datelineOfficer switches the dateline's country for officers the
// actor coder placed nowhere who arrest or beat (fourteenth session,
// subject18; tests turn it off).
var datelineOfficer = true

// datelinePoliceOn switches bare "police" among the dateline's officers
// (sixteenth session, realmiss; tests turn it off).
var datelinePoliceOn = true

// policeSubject returns the subject of trigger i when it is a bare
// "police" or "riot police" the actor coder placed nowhere, else -1.
// Real wire copy ("BELFAST (AP)_ ... Police arrested six men") names its
// own police so; officerNouns leaves the word out because in a story of
// one country's own affairs homeActor places it already.
func (s *sent) policeSubject(i int, a frameArgs) int {
	k := s.unplacedSubject(i, a)
	if k < 0 || s.tok(k).UPOS != "NOUN" && s.tok(k).UPOS != "PROPN" || s.lemma(k) != "police" {
		return -1
	}
	return k
}

// datelineOfficers is the source of an arrest or an assault (roots 17,
// 18) by officers or guards the actor coder placed nowhere, in a story
// filed from a country that is one of its two main sides: that
// country's police ("KATHMANDU — officers detained two border traders",
// "PORT VILA — a man was beaten by officers"). officersSubject places
// them at home only in stories of one country's own affairs; a story
// filed from the capital of a side tells its own police's acts.
func (s *sent) datelineOfficers(i int, a frameArgs) []*sitrep.ActorMention {
	f := s.filedFromSide()
	if f == "" {
		return nil
	}
	k := s.officersSubject(i, a)
	if k < 0 && datelinePoliceOn {
		k = s.policeSubject(i, a)
	}
	if k < 0 || s.foreignersHit(a) || s.otherSide(k, f) {
		return nil
	}
	if s.hasKid(k, "det", "the", "these", "those") {
		// "the officers boarded the boat and seized fish": officers
		// named before, whose country the earlier phrase told.
		return nil
	}
	if h := s.homeActorOf(k, s.actorAt(k), f); h != nil {
		return []*sitrep.ActorMention{h}
	}
	return nil
}

// officersObject returns the object of trigger i that the actor coder
// placed nowhere and that names no country ("detained eleven of them";
// "had beaten detainees", with the parse hanging the verb on its object
// as an adjective); else -1.
func (s *sent) officersObject(i int, a frameArgs) int {
	o := a.obj
	if o < 0 && s.rel(i) == "amod" {
		o = s.head(i)
	}
	if o < 0 || actorKey(s.actorAt(o)) != "" || s.objectDemonym(o) != nil {
		return -1
	}
	return o
}
