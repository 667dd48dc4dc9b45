package coder

import (
	"strings"

	"sitrep"
)

// splitTitleSpeech switches datelineSubject for a speaker named by a
// portfolio title the parse split from its holder ("Justice | Minister
// Flavio Dino accused ...", fifteenth session, titles20; tests turn it
// off).
var splitTitleSpeech = true

// splitTitleWords are the title words a portfolio or office names before
// its holder's name: "Justice Minister", "Migrant Workers Secretary".
var splitTitleWords = setOf("minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
	"commissioner", "chief", "director")

// splitTitleHolder is the source for subject k when k is the first word
// of a title phrase whose title word the parse hung apart: by word
// order, k and at most two more nouns naming no country or IGO, then a
// title word, then a proper name ("Justice Minister Flavio Dino", with
// "Justice" the subject). The holder is the actor coder's mention over
// the title word when it placed one ("Minister Thanos Plevris", of the
// dateline), else of the dateline's country c; nil when k is no such
// word. A title with a country word ("Kenyan Foreign Minister") is the
// actor coder's.
func (s *sent) splitTitleHolder(k int, c string) *sitrep.ActorMention {
	if k < s.from || k >= s.to || s.endsInS(k) || !s.isCapital(k) {
		return nil
	}
	for j := k; j < s.to && j <= k+3; j++ {
		t := s.tok(j)
		if t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "ADJ" {
			return nil
		}
		m := s.mentionCovering(j)
		if j > k && splitTitleWords[s.lemma(j)] {
			if m != nil && m.Country != "" {
				h := *m
				h.Entry = m.Entry + " + a split title"
				return &h
			}
			if m == nil && j+1 < s.to && s.tok(j+1).UPOS == "PROPN" {
				return &sitrep.ActorMention{Span: s.tokSpan(k), Code: c, Country: c, Entry: "a split title: the dateline's country", Ref: -1}
			}
			return nil
		}
		if m != nil && (m.Country != "" || strings.HasPrefix(m.Code, "IGO")) {
			return nil
		}
	}
	return nil
}

// isCapital reports token k written with a capital ASCII letter (the
// titles it is asked of are English words).
func (s *sent) isCapital(k int) bool {
	f := s.doc.TokenText(k)
	return f != "" && 'A' <= f[0] && f[0] <= 'Z'
}
