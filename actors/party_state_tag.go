package actors

import "strings"

// partyStateTagOn switches partyStateTag (tests turn it off to show what
// it adds).
var partyStateTagOn = true

// partyStateTag codes a name the KB does not know as a US legislator
// (USALEG) when US news copy sets a party-state tag after it: "Rep. Bob
// Goodlatte (R-Va.)", "Sen. Roger Wicker, R-Miss.,", "Zoe Lofgren
// (D-Calif.)". The tag is a party letter (R, D or I), a hyphen and a US
// state as AP style or the postal service abbreviates it, or in full, in
// brackets or between commas. Only members of Congress (and state
// legislators) are tagged so; a later bare surname refers back to the name.
func (s *scanner) partyStateTag(e entitySpan, to int) (pending, bool) {
	if !s.tagAfter(e.end, to) {
		return pending{}, false
	}
	p := pending{start: e.start, end: e.end, m: Match{Code: "USALEG", Country: "USA", Sector: "LEG", Entry: "party-state tag", Person: true}}
	return p, true
}

// tagCountries gives a legislator's title with no country of its own
// ("Senator Martha Quell (D-Ohio)", "Representative Walter Brinkley,
// R-Texas,") the United States when a party-state tag follows it.
func (s *scanner) tagCountries(pend []pending, to int) {
	for k := range pend {
		p := &pend[k]
		if p.m.Country == "" && (p.m.Sector == "LEG" || isTitleSector(p.m.Sector)) && !p.plural && !p.anaphor && s.tagAfter(p.end, to) {
			p.m.Country, p.m.Code = "USA", "USA"+p.m.Sector
			p.m.Entry += " + party-state tag"
			p.local = false
		}
	}
}

// tagAfter reports a party-state tag at word end, in brackets or between
// commas (or ending the sentence after a comma).
func (s *scanner) tagAfter(end, to int) bool {
	if !partyStateTagOn || end+4 > to {
		return false
	}
	var close string
	switch s.words[end] {
	case "(":
		close = ")"
	case ",":
		close = ","
	default:
		return false
	}
	var tag strings.Builder
	k := end + 1
	for ; k < to && k <= end+6 && s.words[k] != close; k++ {
		tag.WriteString(s.words[k])
	}
	switch {
	case k < to && s.words[k] == close:
	case k == to && close == ",":
		// "..., said Sen. Roger Wicker, R-Miss." ending the sentence.
	default:
		return false
	}
	return isPartyStateTag(tag.String())
}

// isPartyStateTag reports whether t (the tag's words joined without
// spaces) is "R-Va.", "D-N.Y.", "I-Vt.", "R-Texas", "D-CA" or the like.
func isPartyStateTag(t string) bool {
	if len(t) < 4 || t[1] != '-' || !strings.ContainsRune("RDI", rune(t[0])) {
		return false
	}
	st := strings.ToLower(strings.ReplaceAll(t[2:], ".", ""))
	return usStates[st]
}

// usStates holds the US states (and DC) by full name without spaces, AP
// abbreviation and postal code, lowercased and without dots.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`
alabama ala al alaska ak arizona ariz az arkansas ark ar california calif cal ca
colorado colo co connecticut conn ct delaware del de florida fla fl georgia ga
hawaii hi idaho id illinois ill il indiana ind in iowa ia kansas kan kans ks
kentucky ky louisiana la maine me maryland md massachusetts mass ma michigan mich mi
minnesota minn mn mississippi miss ms missouri mo montana mont mt nebraska neb nebr ne
nevada nev nv newhampshire nh newjersey nj newmexico nm newyork ny northcarolina nc
northdakota nd ohio oh oklahoma okla ok oregon ore oreg or pennsylvania pa penn
rhodeisland ri southcarolina sc southdakota sd tennessee tenn tn texas tex tx utah ut
vermont vt virginia va washington wash wa westvirginia wva wv wisconsin wis wisc wi
wyoming wyo wy dc`) {
		m[s] = true
	}
	return m
}()
