package coder

import "sitrep"

// Twenty-third session (review37): a crowd of no country of its own is
// the people of the place its protest names.

// crowdPlaces switches the rule (tests turn it off).
var crowdPlaces = true

// crowdPlacePreps introduce where a crowd acts.
var crowdPlacePreps = []string{"in", "at", "outside", "across", "through", "near"}

// crowdOfPlace is the civilians a crowd subject with no country of its
// own stands for, from the city or country its protest names: "protesters
// gathered outside the Israeli embassy in Amman" are Jordanians,
// "protesters rallied in Belgium" and "dockworkers in Belgium went on
// strike" Belgians, not the people of the only country the story names
// otherwise. nil when the subject has a country or no place is named.
func (s *sent) crowdOfPlace(i int, a frameArgs) *sitrep.ActorMention {
	k := a.subj
	if !crowdPlaces || k < 0 {
		return nil
	}
	if m := s.mentionCovering(k); m == nil || m.Country != "" || m.Sector != "CVL" {
		return nil
	}
	country := ""
	see := func(n int) {
		if country != "" || n < 0 {
			return
		}
		if m := s.placeActor(n); m != nil {
			country = m.Country
			return
		}
		// "outside the Israeli embassy in Amman": the place of the
		// building the crowd stands at.
		for _, c := range s.kids(n) {
			if s.rel(c) == "nmod" && s.caseOf(c) == "in" {
				if m := s.placeActor(c); m != nil && country == "" {
					country = m.Country
				}
			}
		}
	}
	for _, p := range crowdPlacePreps {
		for _, n := range a.obl[p] {
			see(n)
		}
	}
	// "dockworkers in Belgium": the place on the crowd itself.
	for _, c := range s.kids(k) {
		if s.rel(c) == "nmod" && (s.caseOf(c) == "in" || s.caseOf(c) == "at") {
			see(c)
		}
	}
	if country == "" {
		return nil
	}
	return &sitrep.ActorMention{Span: s.tokSpan(k), Code: country + "CVL", Country: country, Sector: "CVL", Entry: "crowd of the place", Ref: -1}
}
