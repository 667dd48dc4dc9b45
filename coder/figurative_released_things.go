package coder

import "strings"

// Things released that are no persons freed (pnspur23; a case of
// figurative, figurative.go, switched as "release-relative").

// releasedThingAbove reports a release whose thing released is the noun
// its relative clause describes ("cables that were later released by
// WikiLeaks", "the ad that Trump released today", "a fact sheet
// lawmakers released Monday", "transcripts that he plans to release"),
// or an object of the campaign's own wares ("released a parody website",
// "released another brochure"): documents, not persons freed (0841).
func (s *sent) releasedThingAbove(i int, a frameArgs) bool {
	if a.obj >= 0 && s.lemmaIn(releasedWares, a.obj) {
		return true
	}
	if a.obj >= 0 && s.tok(a.obj).UPOS != "PRON" {
		return false
	}
	k := i
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if strings.HasPrefix(s.deprel(k), "acl") {
			h := s.head(k)
			return h >= 0 && (s.lemmaIn(releasedThings, h) || s.lemmaIn(releasedWares, h))
		}
		if r := s.rel(k); r != "xcomp" && r != "ccomp" && r != "conj" {
			return false
		}
		k = s.head(k)
	}
	return false
}

// releasedWares are things a campaign or a group puts out, beside the
// documents of releasedThings (figurative.go).
var releasedWares = setOf("website", "site", "webpage", "robocall", "brochure", "flyer", "leaflet", "pamphlet", "amount",
	"sum", "propaganda", "mailer", "graphic", "infographic", "sheet", "op-ed")
