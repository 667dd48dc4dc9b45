package coder

// Denials of an act a reporter's source told (eleventh session, deny15).

import "strings"

// sourcedDenial switches the rule that a denial answering an act told
// "According to X, ..." just before answers no one.
var sourcedDenial = true

// afterSourcedReport reports that the sentence before this one opens with
// "According to": "According to local media, soldiers blocked
// journalists. The army denied stopping anyone." The fronted phrase
// names the reporter's source of the act, a teller, not an accuser; a
// denial of that act with no accuser of its own answers no one (the gold
// guide's '-'), neither the act's place or victim nor a side guessed
// from the story.
func (s *sent) afterSourcedReport() bool {
	if !sourcedDenial || s.idx == 0 {
		return false
	}
	p := s.doc.Sentences[s.idx-1]
	t := strings.ToLower(strings.TrimSpace(s.doc.Text[p.Start:p.End]))
	return strings.HasPrefix(t, "according to ")
}

// deniesClause reports that denial i governs the act it denies as a
// clause or a gerund ("denied building settlements on Bhutanese land",
// "denied that it had entered Palau's zone"), not as a noun of the claim
// ("rejected the Malian accusations", whose adjective names the accuser).
func (s *sent) deniesClause(i int) bool {
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "ccomp", "xcomp":
			return true
		case "obj":
			if s.tok(c).UPOS == "VERB" {
				return true
			}
		}
	}
	return false
}

// sourcedBefore reports an "according to" set off after a clause in
// the denial's own sentence, before denial i: "Tehran had cut gas flows
// to Iraq this month, according to Iraqi grid officials; Iran's oil
// ministry denied reducing supplies". As with afterSourcedReport, the
// trailing phrase names the teller of the act denied, not an accuser:
// the denial answers no one (the gold guide's '-'). A sentence that opens
// with the teller ("According to Greek officials, Albanian police had
// stopped the diplomats; Tirana denied this") makes the claim theirs,
// and the sets code the denial toward them: not this rule.
func (s *sent) sourcedBefore(i int) bool {
	if !sourcedSameSentence {
		return false
	}
	p := s.doc.Sentences[s.idx]
	return strings.Contains(strings.ToLower(s.doc.Text[p.Start:s.tok(i).Start]), ", according to ")
}

// sourcedSameSentence switches sourcedBefore (sixteenth session, deny21).
var sourcedSameSentence = true
