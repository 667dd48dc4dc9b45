package coder

// refusedActs switches consumeRefusedAct and refusedTalks.
var refusedActs = true

// refusedTalkVerbs are the verbs whose object, a meeting or talks, makes
// a refusal one to meet or negotiate ("refused to hold talks", "refused
// to resume negotiations").
var refusedTalkVerbs = setOf("hold", "resume", "start", "begin", "open", "restart", "attend", "join", "enter", "reopen")

// refusedTalkNouns are the objects of refusedTalkVerbs that make the
// refusal one to meet or negotiate (the nouns of "reject talks", 125).
var refusedTalkNouns = setOf("talk", "negotiation", "dialogue", "meeting", "summit")

// consumeRefusedAct marks as consumed the act a refusal or rejection at i
// (root 12) leaves undone: its infinitive or gerund complement and that
// clause's nouns ("refused to hold talks with Armenia", "ruled out
// sending troops", "rejected calls to withdraw troops"). The gold guide
// codes the refusal alone; the act refused or demanded did not happen,
// so it is neither coded as done nor as denied (denial is of an act said
// to have happened). Only clauses of the refusing verb itself and
// infinitives of a demand noun it rejects, never a that-clause ("rejected
// claims that its troops crossed": a denial, coded elsewhere).
func (s *sent) consumeRefusedAct(consumed map[int]bool, i int, a frameArgs) {
	if !refusedActs || !refusalVerbs[s.lemma(i)] || s.negatedVerb(i) {
		// (Not "defied the ban to protest": the protest was held. Not
		// "did not rule out closing the airspace": the closing is a
		// possibility, which the gold sets code.)
		return
	}
	for _, c := range s.kids(i) {
		switch r := s.rel(c); {
		case r == "xcomp" || r == "advcl" && s.infinitive(c):
			s.consume(consumed, c, false)
			s.consumeNouns(consumed, c)
		case r == "obj" && s.tok(c).UPOS == "VERB":
			// "ruled out sending troops" parsed with the gerund its object.
			s.consume(consumed, c, false)
			s.consumeNouns(consumed, c)
		}
	}
	if a.obj >= 0 && s.lemmaIn(demandNounsRejected, a.obj) {
		for _, c := range s.kids(a.obj) {
			if r := s.rel(c); (r == "acl" || r == "xcomp") && s.infinitive(c) {
				s.consume(consumed, c, false)
				s.consumeNouns(consumed, c)
			}
		}
	}
}

// refusalVerbs are the 12x verbs whose complement is an act left undone.
var refusalVerbs = setOf("refuse", "decline", "reject", "rule", "rebuff", "dismiss")

// demandNounsRejected are the demands whose infinitive is the act a
// rejection leaves undone ("rejected calls to resign").
var demandNounsRejected = setOf("call", "demand", "request", "ultimatum", "pressure", "appeal", "proposal", "plan", "offer")

// refusedTalks reports a general refusal (120) whose refused act is a
// meeting or talks, which the gold guide codes 125: "refused to hold
// talks with Armenia", "refused to resume negotiations".
func (s *sent) refusedTalks(i int, code string) bool {
	if !refusedActs || code != "120" {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "xcomp" || !refusedTalkVerbs[s.lemma(c)] {
			continue
		}
		if o := s.child(c, "obj"); o >= 0 && refusedTalkNouns[s.lemma(o)] {
			return true
		}
	}
	return false
}
