package coder

import (
	"strings"

	"sitrep"
)

// Private resignations. A resignation is coded 0831 (yield to demands for
// a change in leadership) when an office-holder of a state or a party
// leaves it. News copy also tells of executives, journalists and other
// private people quitting their posts ("the company's chief financial
// officer resigned", "several of the site's reporters resigned in
// protest"), whom the actor coder knows only by a country, a company or a
// newsroom: no leadership of anyone changes (twenty-first session,
// spur30).

// privateResignOn switches privateResignation off for tests.
var privateResignOn = true

// privateSectors are the sectors of people whose posts are no office of
// a state: none at all (a person the coder knows only by country), the
// press, business, schools and hospitals.
var privateSectors = setOf("", "MED", "BUS", "EDU", "HLH")

// privateResignation reports a change in leadership (0831) whose source is
// a private person. A business mention that names a state's own bank or
// company (stateBusiness) holds an office: "Lebanon's central bank
// governor resigned" (mend25; the actor coder codes an unnamed "central
// bank" by its noun "bank", BUS, while the named ones in its table,
// "Bank of Japan", are GOV).
func privateResignation(code string, src *sitrep.ActorMention) bool {
	return privateResignOn && code == "0831" && src != nil && len(src.Code) >= 3 && src.Code[:3] != "IGO" && privateSectors[strings.ToLower(src.Sector)] &&
		!(src.Sector == "BUS" && stateBusiness(src.Text))
}

// stateWords mark a business mention as the state's own: "central bank",
// "state-owned oil company", "the state railway".
var stateWords = setOf("central", "state", "state-owned", "state-run", "state-controlled")

// stateBusiness reports a mention text with a word of stateWords.
func stateBusiness(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '\'' || r == '’' }) {
		if stateWords[w] {
			return true
		}
	}
	return false
}
