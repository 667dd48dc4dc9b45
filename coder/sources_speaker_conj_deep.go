package coder

// speakerConjDeeps switches speakerConjDeep.
var speakerConjDeeps = true

// speakerConjDeep returns the speech verb whose speaker acts in a
// coordinated speech act that the parse hung on a word deep inside the
// reported clause: "the ministry said the talks were going ahead as
// planned and accused the rebels", with "accused" a conjunct of
// "planned"; "officials said the raid had been planned abroad and accused
// X", with the reported clause read as the object "raid" and its clause.
// The second verb has no subject of its own; whoever said the first
// thing goes on to accuse. Only when no verb on the way up has a subject
// that names an actor (then that actor may be the one who accuses) and
// the speaker names one; else -1. speakerConj handles the shallow case,
// a conjunct of the reported clause's own verb.
func (s *sent) speakerConjDeep(i int) int {
	if !speakerConjDeeps || s.rel(i) != "conj" || s.tok(i).UPOS != "VERB" || !speechAct(s.lemma(i)) || s.child(i, "nsubj") >= 0 {
		return -1
	}
	k := s.head(i)
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if s.tok(k).UPOS == "VERB" && reportsOrDenies(s.lemma(k)) && steps > 0 && k < i {
			if sp := s.frame(k).subj; sp >= 0 && len(keyed(s.argActors(sp))) > 0 {
				return k
			}
			return -1
		}
		if s.tok(k).UPOS == "VERB" && s.actorSubject(k) {
			return -1
		}
		switch s.rel(k) {
		case "ccomp", "acl", "advcl", "obj", "obl", "conj", "xcomp":
		default:
			return -1
		}
		k = s.head(k)
	}
	return -1
}

// actorSubject reports a verb whose subject (or a passive's surface
// subject) names an actor.
func (s *sent) actorSubject(v int) bool {
	f := s.frame(v)
	for _, c := range []int{f.subj, f.obj} {
		if c >= 0 && (c == f.subj || f.passive && s.rel(c) == "nsubj") && len(keyed(s.argActors(c))) > 0 {
			return true
		}
	}
	return false
}
