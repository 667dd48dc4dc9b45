package actors

import "strings"

// usPartyAdjectiveOn switches usPartyAdjective (session 20, actor29);
// tests turn it off to show what it adds.
var usPartyAdjectiveOn = true

// usPartyAdjective returns "USA" for a country-less office of politics
// right after "Republican" or "Democratic" ("Republican Secretary of State
// Dana Fisk", "Democratic Gov. Ann Polk", "Republican senators"): US copy
// gives an officeholder's party so, and the office alone has no country.
// A capitalised word before the adjective makes it part of another name
// ("Irish Republican Army", "Social Democratic", "Christian Democratic"),
// and so does the sentence's first word being one ("Republican" opening
// it is still the party).
func usPartyAdjective(words []string, from int, p pending) string {
	if !usPartyAdjectiveOn || p.start <= from || p.m.Country != "" || !partySectors[p.m.Sector] ||
		p.pronoun || p.anaphor || p.surname != "" || p.possessor != "" {
		return ""
	}
	w := words[p.start-1]
	if w != "Republican" && w != "Democratic" {
		return ""
	}
	if k := p.start - 2; k >= from && capitalised(words[k]) && !strings.EqualFold(words[k], "the") {
		return ""
	}
	return "USA"
}

// partySectors are the offices a party adjective may qualify.
var partySectors = map[string]bool{"GOV": true, "LEG": true, "PTY": true, "OPP": true, "JUD": true}
