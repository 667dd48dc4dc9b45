package coder

// talksSettingOn switches talksSetting off for tests.
var talksSettingOn = true

// talksSetting reports a talks noun named only as the setting of another
// thing: "was expelled from peace talks", "had rejected it in peace
// talks following the 1988 cease-fire", "the chief negotiator in the
// talks", "the topic is not expected to surface in the talks". The talks
// are where the other act happened or a person's role, not news of talks
// held; real copy names a long-running negotiation this way again and
// again. Joining, taking part in or handling something in talks still
// tells of the talks (the verbs in talksTakenPart).
func (s *sent) talksSetting(i int, e *Entry) bool {
	if !talksSettingOn || e.Code != "046" || s.tok(i).UPOS != "NOUN" {
		return false
	}
	if l := s.lemma(i); l != "talk" && l != "talks" && l != "negotiation" {
		return false
	}
	if r := s.rel(i); r != "obl" && r != "nmod" {
		return false
	}
	if p := s.caseOf(i); p != "in" && p != "from" {
		return false
	}
	h := s.head(i)
	if h < 0 || s.lemmaIn(talksTakenPart, h) {
		return false
	}
	// "would not take part in any talks", with the talks hung on "take".
	return !(s.lemma(h) == "take" && s.child(h, "obj") >= 0 && s.lemma(s.child(h, "obj")) == "part")
}

// talksTakenPart are the heads under which "in talks" or "from talks"
// still tells of the talks themselves.
// "Met the rebel commander in talks brokered by Norway": the talks are
// the meeting.
var talksTakenPart = setOf("part", "participate", "engage", "involve", "join", "handle", "resolve", "settle", "discuss", "agree", "round", "progress", "breakthrough", "meet", "sit")
