package coder

import (
	"strings"

	"sitrep"
)

// bareBodySpeech switches datelineSubject for a bare body's denial
// ("the ministry denied ...") without an addressee (fifteenth session,
// govbody20; tests turn it off). A denial (016) needs no addressee,
// which datelineSubject asks of other verbal acts: "WINDHOEK — the
// tourism ministry denied that any cancellations had been reported",
// filed from a side's capital, is that country's ministry whatever it
// denies. Demands and accusations still need one: their targets are
// guessed otherwise ("the strike committee demanded that the government
// withdraw", coded against the UN).
var bareBodySpeech = true

// bareBodyNouns head what a story calls a country's own government body
// once it is plain whose: "the ministry", "the cabinet", "the election
// commission".
var bareBodyNouns = setOf("government", "ministry", "cabinet", "presidency", "junta", "commission", "committee",
	"council", "administration")

// bareBody reports subject k a government body named bare: one of
// bareBodyNouns with "the" and no possessor, no "of" phrase and no
// country word in its phrase ("the tourism ministry", "the election
// commission"; not "Kenya's ministry", "the ministry of Ghana", "no
// foreign government"). The article is found by word order: the parse
// may hang "The tourism" apart from "ministry", as a second subject.
func (s *sent) bareBody(k int) bool {
	if !bareBodyNouns[s.lemma(k)] || s.endsInS(k) || s.child(k, "nmod") >= 0 {
		return false
	}
	// Read by word order ("The tourism ministry", which the parse may
	// split into two subjects): "the", then at most three nouns or
	// adjectives that name no country, then k.
	j := k - 1
	for ; j >= s.from && j >= k-3; j-- {
		if u := s.tok(j).UPOS; u != "NOUN" && u != "ADJ" && u != "PROPN" {
			break
		}
		if m := s.mentionCovering(j); m != nil && (m.Country != "" || strings.HasPrefix(m.Code, "IGO")) {
			return false
		}
	}
	if j < s.from || s.lemma(j) != "the" {
		return false
	}
	for _, m := range s.actorsIn(k) {
		if m.Country != "" || strings.HasPrefix(m.Code, "IGO") {
			return false
		}
	}
	return true
}

// governmentOf is body k coded as the government of country c.
func (s *sent) governmentOf(k int, c, entry string) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: s.tokSpan(k), Code: c + "GOV", Country: c, Sector: "GOV", Entry: entry, Ref: -1}
}
