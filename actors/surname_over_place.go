package actors

import (
	"strings"

	"sitrep"
)

// surnameOverPlaceOn switches surnameOverPlace (session 20, actor29);
// tests turn it off to show what it adds.
var surnameOverPlaceOn = true

// surnameOverPlace turns a one-word phrase the KB reads as a place or body
// into a bare surname when an
// earlier mention of the story named a person with that surname: "Anne
// Hidalgo ... Hidalgo said" is the mayor, not the Mexican state. Without
// this the later surname took the place's country. The tagger often
// marks such a surname a place itself, so a preposition before the word
// is what keeps the place.
func (s *scanner) surnameOverPlace(doc *sitrep.Document, info []mentionInfo, p pending) (pending, bool) {
	if !surnameOverPlaceOn || p.end-p.start != 1 || p.m.Person || p.pronoun || p.anaphor || p.plural {
		return p, false
	}
	if p.start > 0 && placePrepositions[strings.ToLower(s.words[p.start-1])] {
		return p, false // "flew to Jordan" after "Michael Jordan": the place
	}
	// A surname is written as a name: "The UN" after "Kim Jong Un" is the
	// body (capitals, and a determiner a bare surname does not take).
	if raw := s.words[p.start]; !capitalised(raw) || !hasLower(raw) ||
		p.start > 0 && s.in(determiners, s.words[p.start-1]) {
		return p, false
	}
	w := strings.ToLower(s.words[p.start])
	if !earlierSurname(doc, info, w) {
		return p, false
	}
	return pending{start: p.start, end: p.end, m: Match{Person: true}, surname: w}, true
}

// placePrepositions before a word make it a place.
var placePrepositions = map[string]bool{"in": true, "to": true, "from": true, "at": true, "into": true,
	"near": true, "across": true, "toward": true, "towards": true, "via": true, "of": true}

// earlierSurname reports whether w is the last word of an earlier coded
// person's name. Unlike knownSurname it leaves out inner words, which in
// a titled name may be a body ("acting Taliban prime minister Mohammad
// Hassan Akhund" ... "the Taliban").
func earlierSurname(doc *sitrep.Document, info []mentionInfo, w string) bool {
	for k := range info {
		if info[k].person && doc.Actors[k].Code != "" && info[k].surname == w {
			return true
		}
	}
	return false
}
