package coder

import (
	"sitrep"
	"sitrep/cameo"
)

// talksTopicSwitch switches talksTopic (tests turn it off).
var talksTopicSwitch = true

// talksSpanSwitch switches the frame passing through "a day of talks".
var talksSpanSwitch = true

// topicHeads are nouns whose "on", "for", "about" or "over" phrase names
// talks as a subject or a goal, not talks held: "the decision on talks",
// "the basis for talks", "no date for talks", "the prospect of talks".
var topicHeads = setOf("decision", "basis", "condition", "precondition", "prospect", "date", "hope", "chance",
	"framework", "proposal", "plan", "offer", "call", "demand", "request", "invitation", "idea", "question",
	"debate", "vote", "deadline", "timetable", "obstacle", "door", "path", "way", "roadmap", "preparation")

// talksTopic reports a talks noun i told as the topic of another noun
// ("the decision on accession talks") or as a past point in a "since"
// clause ("the first since talks broke down"): no talks held that the
// sentence reports, so no 046 of its own.
func (s *sent) talksTopic(i int) bool {
	if !talksTopicSwitch || !talksNouns[s.lemma(i)] {
		return false
	}
	h := s.head(i)
	if h < 0 {
		return false
	}
	switch s.rel(i) {
	case "nmod":
		switch s.caseOf(i) {
		case "on", "for", "about", "over", "of", "toward", "towards":
			return topicHeads[s.lemma(h)]
		}
	case "obl":
		// "saw no basis for talks", with the phrase hung on the verb:
		// the topic noun is the verb's object just before it.
		switch s.caseOf(i) {
		case "on", "for", "about", "over":
			o := s.child(h, "obj")
			return o >= 0 && o < i && topicHeads[s.lemma(o)]
		}
	case "nsubj":
		// "since talks broke down", "since talks stalled": a clause of
		// "since" dates something else from a past point. (The parse
		// may hang the "since" on the noun.)
		return s.childLemma(h, "mark", "since") || s.childLemma(i, "mark", "since")
	}
	return false
}

// talksSpan returns the talks noun of "a second day of talks", "three
// rounds of negotiations" (a span or session that measures talks out), so
// the verb's frame ("held ...") takes the talks; else -1.
func (s *sent) talksSpan(c int) int {
	if !talksSpanSwitch || !(spanNouns[s.lemma(c)] || s.lemma(c) == "session") {
		return -1
	}
	if o := s.child(c, "nmod"); o >= 0 && s.caseOf(o) == "of" && talksNouns[s.lemma(o)] {
		return o
	}
	return -1
}

// heldBrokered adds, to the talks a verb holds ("held a second day of
// U.S.-brokered talks"), the broker's mediation toward each party (045),
// as brokered gives it for talks told by their noun alone; the broker is
// no party of the 046.
func (s *sent) heldBrokered(evs []sitrep.Event, talks int) []sitrep.Event {
	if !talksSpanSwitch || talks < 0 || !talksNouns[s.lemma(talks)] {
		return evs
	}
	brokers := s.brokerActors(talks, false)
	if len(brokers) == 0 {
		return evs
	}
	mediate, _ := cameo.Lookup("045")
	isBroker := map[string]bool{}
	for _, b := range brokers {
		isBroker[actorKey(b)] = true
	}
	seen := map[string]bool{}
	var out, added []sitrep.Event
	for _, e := range evs {
		if e.CAMEO != "046" {
			out = append(out, e)
			continue
		}
		party := e.Source
		switch {
		case isBroker[eventActorKey(e.Source)]:
			// The broker read as a side (a side the parse lost): it
			// mediates toward the other.
			party = e.Target
		case !isBroker[eventActorKey(e.Target)]:
			out = append(out, e)
		}
		if party == nil || isBroker[eventActorKey(party)] {
			continue
		}
		for _, b := range brokers {
			if k := actorKey(b) + ">" + eventActorKey(party); !seen[k] {
				seen[k] = true
				m := e
				m.Source, m.Target = eventActor(b), party
				recode(&m, mediate)
				added = append(added, m)
			}
		}
	}
	return append(out, added...)
}
