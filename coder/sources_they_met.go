package coder

import "sitrep"

// The sixteenth session's real-news source fix (pnmiss): "they" meeting,
// the parties the sentence before named as its subject.

// theyMetOn switches theyMet (tests turn it off).
var theyMetOn = true

// meetingVerbs are the verbs of a meeting whose plural subject meets
// among itself when no partner is named.
var meetingVerbs = setOf("meet", "confer")

// theyMet returns the parties "they" stands for as the subject of a
// meeting verb i with no partner named ("The leaders of the United
// States, Canada and Mexico took turns rebutting ... As they met in
// Ottawa"): the actors the subject of the sentence before names, when
// they are two or more. Real copy names the parties once and then meets
// them as "they"; a single antecedent is the actor coder's to resolve.
// A coordination the parse kept whole is found by the article's actor
// lists already; this one takes the subject the parse split ("The
// leaders of the United States" one subject, "Canada and Mexico" another).
// nil, or two parties or more.
func (s *sent) theyMet(k, i int, a frameArgs) []*sitrep.ActorMention {
	if !theyMetOn || s.lemma(k) != "they" || s.tok(k).UPOS != "PRON" || !meetingVerbs[s.lemma(i)] {
		return nil
	}
	if a.obj >= 0 || len(a.obl["with"]) > 0 {
		return nil
	}
	p := s.previous()
	if p == nil {
		return nil
	}
	var ms []*sitrep.ActorMention
	for r := p.from; r < p.to; r++ {
		if p.rel(r) != "root" {
			continue
		}
		for _, c := range p.kids(r) {
			if p.rel(c) == "nsubj" {
				ms = append(ms, p.actorsIn(c)...)
			}
		}
	}
	if ms = byKey(ms); len(ms) < 2 {
		return nil
	}
	return ms
}
