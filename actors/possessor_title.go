package actors

import (
	"strings"

	"sitrep"
)

// possessorTitleOn switches possessorTitle (session 20, actor29); tests
// turn it off to show what it adds.
var possessorTitleOn = true

// possessorTitle returns the country of the person an office in the
// possessive stands for inside a country-less phrase: "the prime
// minister's spokesman" after "David Cameron" is Cameron's (GBR). The
// office alone ("the prime minister") already refers back so; inside the
// possessive the whole phrase was coded as a bare spokesperson, with no
// country, and so were the "the spokesman" mentions after it.
func (c *Coder) possessorTitle(doc *sitrep.Document, s *scanner, info []mentionInfo, sent int, p pending) string {
	if !possessorTitleOn || p.m.Country != "" || p.m.Sector == "" || p.plural || p.pronoun || p.surname != "" ||
		p.end-p.start < 3 {
		return ""
	}
	for j := p.start + 1; j < p.end-1; j++ {
		if !isPossessive(s.words[j]) {
			continue
		}
		st := p.start // the office refers back only with its article
		if st > 0 && strings.EqualFold(s.words[st-1], "the") {
			st--
		}
		ch, _ := s.chainAt(st, j)
		if !ch.ok || !ch.anaphor || ch.to != j || ch.match.Country != "" || ch.plural {
			return ""
		}
		q := pending{start: ch.from, end: ch.to, m: ch.match, anaphor: true, human: ch.human}
		if k := c.antecedent(doc, info, sent, q); k >= 0 {
			return doc.Actors[k].Country
		}
		return ""
	}
	return ""
}
