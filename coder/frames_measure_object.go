package coder

// mend29: an entry that takes any object (obj=*) reads it as the thing
// acted on; "the yuan appreciated 0.3 percent", "shares rose 2 points"
// have an object that only measures the change, and the entry's act
// ("appreciate" as approval) is not told.

// measureObjectSwitch switches measureObject off for tests.
var measureObjectSwitch = true

// measureUnits are nouns that count an amount, not a party or a thing.
var measureUnits = setOf("percent", "per cent", "percentage", "%", "point", "cent", "pip", "notch", "basis")

// measureObject reports that object o is an amount: a number, or a unit
// of measure counted by a number ("0.3 percent").
func (s *sent) measureObject(o int) bool {
	if !measureObjectSwitch || o < 0 {
		return false
	}
	if s.tok(o).UPOS == "NUM" {
		return true
	}
	return measureUnits[s.lemma(o)] && s.child(o, "nummod") >= 0
}
