package coder

// A refusal to comment on a happening answers no one (pair18).

import "strings"

// happeningTopicSwitch switches happeningTopic.
var happeningTopicSwitch = true

// happeningTopic reports a refusal to comment whose topic is a happening
// no party owns ("declined to comment on the strike", "on the deal", "on
// submarine movements"): like a refusal with no topic it is aimed at no
// one (the gold guide's "-"). A topic that names a party ("on China", "on
// the China agreement"), has an owner ("on their criticism", "on his visa
// status") or is someone's words ("on the request", "on the decision")
// answers that party, and the target is found as before.
func (s *sent) happeningTopic(cd candidate) bool {
	if !happeningTopicSwitch {
		return false
	}
	for _, k := range []int{cd.trig, cd.args.xcomp} {
		if k < 0 {
			continue
		}
		for _, c := range s.kids(k) {
			if r := s.rel(c); (r == "obl" || r == "nmod") && s.caseOf(c) == "on" && !s.isTime(c) {
				return s.unownedHappening(c)
			}
		}
	}
	return false
}

// unownedHappening reports topic noun c as a thing that happened, with no
// party, owner or speaker in its phrase.
func (s *sent) unownedHappening(c int) bool {
	if s.tok(c).UPOS != "NOUN" || saidNouns[s.lemma(c)] {
		return false
	}
	for _, k := range s.kids(c) {
		switch s.rel(k) {
		case "nmod", "compound", "acl":
			if r := s.deprel(k); r == "nmod:poss" || s.actorAt(k) != nil && !strings.HasPrefix(s.actorAt(k).Entry, "place") {
				return false
			}
			if s.rel(k) == "acl" {
				return false
			}
		}
		if s.deprel(k) == "nmod:poss" {
			return false
		}
	}
	return true
}

// saidNouns are someone's words or decisions: a refusal to comment on
// them answers the one who said or took them ("declined to comment on the
// decision", after a recall of an envoy).
var saidNouns = setOf("request", "criticism", "claim", "accusation", "charge", "allegation", "report", "remark",
	"statement", "comment", "call", "demand", "complaint", "proposal", "offer", "letter", "warning", "threat", "question",
	"decision", "move", "step", "plan", "order", "ruling", "policy", "announcement")
