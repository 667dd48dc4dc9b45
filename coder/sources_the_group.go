package coder

import (
	"strings"

	"sitrep"
)

// groupAntecedents switches groupAntecedent.
var groupAntecedents = true

// groupModifiers may modify "the group" and still leave it a second mention
// of an armed group ("the militant group", "the armed group").
var groupModifiers = setOf("armed", "militant", "rebel", "insurgent", "jihadist", "islamist", "extremist")

// orgSectors are the sectors (lower case, as setOf keeps them) of bodies news may call "the group" on a
// second mention: armed groups, but also parties, charities, rights
// groups, companies and blocs.
var orgSectors = setOf("REB", "CRM", "PTY", "OPP", "NGO", "HRI", "BUS", "IGO")

// groupAntecedent codes "the group", left uncoded by the actor coder,
// as the armed group named last before it in the story ("Abu Sayyaf
// militants held the sailors ...; the group released them", "the group
// denied it"): news calls a rebel or militant group "the group" on its
// second mention. Only when the last body named before it, within the
// last few sentences, is an armed group of a known country: "the group"
// after a rights group, a party or a company is that body, which the
// gold guide seldom codes.
func (s *sent) groupAntecedent(k int) *sitrep.ActorMention {
	if !groupAntecedents || s.lemma(k) != "group" || s.endsInS(k) || s.child(k, "nmod:poss") >= 0 || s.child(k, "nmod") >= 0 || s.child(k, "compound") >= 0 {
		return nil
	}
	if det := s.child(k, "det"); det < 0 || s.lemma(det) != "the" {
		return nil
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "amod" && !groupModifiers[s.lemma(c)] {
			return nil
		}
	}
	d := s.doc
	at := s.tok(k).Start
	lo := d.Sentences[max(s.idx-3, 0)].Start
	for j := len(d.Actors) - 1; j >= 0; j-- {
		m := &d.Actors[j]
		if m.End > at || m.Start < lo || !orgSectors[strings.ToLower(m.Sector)] {
			continue
		}
		if m.Sector != "REB" || m.Country == "" {
			return nil
		}
		c := *m
		c.Span, c.Entry, c.Ref = s.tokSpan(k), "the group: the armed group named before", -1
		return &c
	}
	return nil
}

// armedMarches switches armedMarch.
var armedMarches = true

// armedMarch reports a march (a protest, 14) whose doers are all armed
// forces or armed groups: troops or rebels that march on a town advance
// on it; they do not demonstrate.
func armedMarch(lemma, code string, sources []*sitrep.ActorMention) bool {
	if !armedMarches || lemma != "march" || code[:2] != "14" || len(sources) == 0 {
		return false
	}
	for _, m := range sources {
		if sec := strings.ToUpper(m.Sector); sec != "REB" && sec != "MIL" {
			return false
		}
	}
	return true
}
