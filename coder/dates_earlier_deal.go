package coder

import (
	"strconv"
	"strings"
)

// datedDealSwitch switches datedDeal (tests turn it off).
var datedDealSwitch = true

// partNouns name a share of the thing they are "of": "mediated parts of
// the 2025 treaty".
var partNouns = setOf("part", "parts", "much", "most", "some", "section", "stage", "phase")

// datedDeal reports a meeting-family verb i told in the past of a deal,
// meeting or talks that it names by an earlier date: "Kuwait, which
// mediated the 2021 reconciliation", "had hosted the 2019 summit",
// "mediated parts of the 2025 treaty". In English an act named by
// its year or month is one already known to the reader, told as the
// actor's past, not the news; the guide codes no background older than
// the story.
func (s *sent) datedDeal(i int) bool {
	if !datedDealSwitch || s.tok(i).UPOS != "VERB" || !strings.Contains(s.tok(i).Feats, "Tense=Past") {
		return false
	}
	o := s.child(i, "obj")
	if o < 0 {
		return false
	}
	if n := s.child(o, "nmod"); n >= 0 && s.caseOf(n) == "of" && partNouns[s.lemma(o)] {
		o = n
	}
	return s.earlierDate(o)
}

// earlierDate reports a noun o modified, before it, by a year before the
// publication's ("the 2021 reconciliation"). (A month's name, "the
// November agreement", was tried: see docs/events.md, meet18.)
func (s *sent) earlierDate(o int) bool {
	pub := s.doc.Published
	if pub.IsZero() {
		return false
	}
	for _, c := range s.kids(o) {
		if c > o {
			continue
		}
		w := s.lowerWord(c)
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y > 1900 && y < pub.Year() {
			return true
		}
	}
	return false
}

// frontedBareSwitch switches frontedBare (tests turn it off).
var frontedBareSwitch = true

// frontedBare reports a year k that opens the sentence with no comma
// after it, the clause's subject next: "In 2016 China closed the
// crossing and froze talks". A bare year set first dates all the
// sentence tells, as a fronted date with a comma does.
func (s *sent) frontedBare(k int) bool {
	w := s.doc.TokenText(k)
	if _, err := strconv.Atoi(w); err != nil || len(w) != 4 {
		return false
	}
	h := s.head(k)
	return h >= 0 && s.rel(k) == "obl" && s.rel(h) == "root" && s.child(h, "nsubj", "nsubj:pass") > k
}
