package coder

import (
	"strings"

	"sitrep"
)

// accessionSwitch switches accessionTalks (tests turn it off).
var accessionSwitch = true

// accessionWords make talks a candidate's talks with a bloc.
var accessionWords = setOf("accession", "membership")

// accessionTalks reports talks on a country's joining a bloc ("accession
// talks with Ukraine and Moldova", "Tirana's talks on joining the
// European Union"): they are held between the candidate and the bloc,
// never between two countries, so a pair of countries the sentence or the
// story gives them (the candidates with each other, the candidate with a
// neighbour that threatens to block them) is none of theirs.
func (s *sent) accessionTalks(i int) bool {
	if !accessionSwitch || s.tok(i).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "compound" || r == "amod") && accessionWords[strings.ToLower(s.lemma(c))] {
			return true
		}
	}
	// "talks on joining": the parse often hangs the gerund on the verb
	// above, so read the words that follow.
	j := i + 1
	return j+1 < s.to && (s.lemma(j) == "on" || s.lemma(j) == "about") && s.lemma(j+1) == "join"
}

// withBloc keeps the events of accession talks that have a bloc (an
// international body) on one side.
func withBloc(evs []sitrep.Event) []sitrep.Event {
	kept := evs[:0]
	for _, ev := range evs {
		if ev.Source != nil && strings.HasPrefix(ev.Source.Code, "IGO") || ev.Target != nil && strings.HasPrefix(ev.Target.Code, "IGO") {
			kept = append(kept, ev)
		}
	}
	return kept
}
