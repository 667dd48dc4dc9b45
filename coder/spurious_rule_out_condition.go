package coder

// openRuleOut switches openPossibility (tests turn it off).
var openRuleOut = true

// openPossibility reports a refusal told as "did not rule out" (spur15):
// "Algeria did not rule out closing its airspace", "Beijing has not ruled
// out new curbs" leave an act open, which the gold codes as that act,
// hypothetical (status.go reads the same words, notRuledOut, for the
// act's status); the negated "rule out" refuses nothing and is no 12x
// event of its own.
func (s *sent) openPossibility(i int) bool {
	return openRuleOut && s.notRuledOut(i)
}

// conditionActs switches conditionRefusal (tests turn it off).
var conditionActs = true

// conditionRefusal reports a refusal (12) whose trigger is the verb of
// an "if" or "unless" clause: "sanctions would follow if Iran refused to
// let inspectors in" sets a condition on another act; nobody has refused
// anything. (Not every act: "if Venezuela attacked Guyana" the gold codes
// as a hypothetical attack, and "could request it" as a hypothetical
// appeal; a refusal as a condition it never codes.)
func (s *sent) conditionRefusal(i int, code string) bool {
	return conditionActs && code[:2] == "12" && s.ifClause(i)
}
