package coder

import (
	"strings"

	"sitrep"
	"sitrep/geo"
)

// homeVisitSwitch switches homeVisit (tests turn it off).
var homeVisitSwitch = true

// homeVisit keeps, of a visit's events (042 and its converse 043), only
// those whose host is the country the destination lies in, when that
// country is the visitor's own: "Marape might visit Arawa" (a town of
// Papua New Guinea) or "Modi's visit to India's Lakshadweep islands" is
// a trip at home, and the story's other side, which the coder otherwise
// makes the host, receives no one.
func (s *sent) homeVisit(evs []sitrep.Event, i int) []sitrep.Event {
	if !homeVisitSwitch {
		return evs
	}
	home := s.destinationCountry(i)
	if home == "" {
		return evs
	}
	kept := evs[:0]
	for _, ev := range evs {
		visitor, host := ev.Source, ev.Target
		if ev.CAMEO == "043" {
			visitor, host = host, visitor
		}
		if (ev.CAMEO == "042" || ev.CAMEO == "043") && visitor != nil && host != nil && visitor.Country == home &&
			host.Country != home {
			continue
		}
		kept = append(kept, ev)
	}
	return kept
}

// destinationCountry returns the country a visit trigger's destination
// names: the possessor of the place ("India's Lakshadweep islands") or,
// for a place the actor coder left uncoded, the gazetteer's country of a
// town ("Arawa"). "" when there is none.
func (s *sent) destinationCountry(i int) string {
	dest := s.destination(i)
	if dest < 0 || s.mentionCovering(dest) != nil {
		return ""
	}
	for _, c := range s.kids(dest) {
		if s.deprel(c) == "nmod:poss" {
			// (The actor coder often leaves a country that owns a
			// place uncoded: read it as a place.)
			if m := s.mentionCovering(c); m != nil {
				return m.Country
			}
			return gazetteerCountry(s.doc.TokenText(c), true)
		}
	}
	if s.tok(dest).UPOS != "PROPN" {
		return ""
	}
	start, end := s.span(dest)
	return gazetteerCountry(s.doc.Text[start:end], false)
}

// gazetteerCountry returns the country of a place name: a country's own
// name when country is set, else a town or region.
func gazetteerCountry(name string, country bool) string {
	g, err := geo.Load()
	if err != nil {
		return ""
	}
	if p, ok := g.Lookup(name); ok && (p.Feature == "PCLI") == country {
		return p.Country
	}
	return ""
}

// destination returns the place a visit goes to: the object of "visit",
// or the word after "to" of "travel to", "a visit to", "trip to"; -1
// when there is none.
func (s *sent) destination(i int) int {
	for _, c := range s.kids(i) {
		r := s.rel(c)
		if r == "obj" && s.tok(i).UPOS == "VERB" {
			return c
		}
		if (r == "obl" || r == "nmod") && s.caseOf(c) == "to" {
			return c
		}
	}
	// The parse often hangs a bare place name on the time phrase after
	// it ("visit Arawa next month"): read the next word.
	if j := i + 1; j < s.to && s.tok(i).UPOS == "VERB" && s.lemma(i) == "visit" && s.tok(j).UPOS == "PROPN" {
		return j
	}
	// ... or the "to" phrase after it on the verb above ("visit last
	// week to India's islands"): the first "to" within a few words, with
	// no verb or punctuation between.
	for j := i + 1; j < s.to && j <= i+4; j++ {
		if u := s.tok(j).UPOS; u == "VERB" || u == "PUNCT" || u == "AUX" {
			break
		}
		if s.deprel(j) == "case" && strings.ToLower(s.lemma(j)) == "to" {
			if h := s.head(j); h > j && s.inside(h) {
				return h
			}
			break
		}
	}
	return -1
}
