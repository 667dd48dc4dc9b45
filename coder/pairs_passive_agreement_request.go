package coder

import (
	"sitrep"
	"sitrep/cameo"
)

// noPassiveSubject switches the status rule (status.go) that a passive
// whose subject is told with "no" is negated (tests turn it off).
var noPassiveSubject = true

// agreedPassiveOn switches agreedPassive (tests turn it off).
var agreedPassiveOn = true

// agreedPassive returns the parties of an agreement told in an agentless
// passive ("No agreement was reached", "an accord on fishing was signed"):
// the clause names no one, and an agreement is made between the story's
// two sides, as talks named by a noun are (the gold guide codes "no
// agreement was signed" as the signing, negated). Not in a story of one
// country's own affairs, nor when a body of countries is among the two
// sides (it brokers or hosts, it is no party). Nil when the rule does not
// apply.
func (s *sent) agreedPassive(i int, cd candidate, code string) []*sitrep.ActorMention {
	if !agreedPassiveOn || code != "057" || !cd.args.passive || cd.args.subj >= 0 || s.tok(i).UPOS != "VERB" {
		return nil
	}
	if cd.args.obj < 0 || cd.entry.Obj == nil {
		// The agreement must be the clause's own subject, named by a
		// frame that asks for it: "before an agreement was signed" with
		// the noun torn away, or "the text is expected to be signed",
		// leave it unsure what was agreed and by whom.
		return nil
	}
	if s.art.domestic() {
		return nil
	}
	sides := s.art.dyad(s.tok(i).Start)
	if len(sides) < 2 || len(s.withoutBodies(sides, -1)) < len(sides) {
		return nil
	}
	return sides
}

// receivedRequestOn switches requestReceived (tests turn it off).
var receivedRequestOn = true

// requestNouns are what a side receives from another that asks it for
// something.
var requestNouns = setOf("request", "appeal", "plea")

// requestReceived reports a reception whose object is a request ("said it
// had received no request from Brazil", "had not received any request for
// help"): what is told is the other side's appeal to the receiver, not a
// visit (the lexicon's receive, 043 with its converse 042).
func (s *sent) requestReceived(i int, cd candidate) bool {
	return receivedRequestOn && s.lemma(i) == "receive" && cd.entry.Converse != "" && cd.args.obj >= 0 && requestNouns[s.lemma(cd.args.obj)]
}

// asRequest keeps, of a reception's events, those from the side received
// (the converse code), as that side's appeal (020) to the receiver.
func asRequest(evs []sitrep.Event, converse string) []sitrep.Event {
	appeal, _ := cameo.Lookup("020")
	var out []sitrep.Event
	for _, ev := range evs {
		if ev.CAMEO != converse {
			continue
		}
		recode(&ev, appeal)
		out = append(out, ev)
	}
	return out
}
