package coder

// The fifteenth session's nosubj19 rules, switched by their tests:
// MisplacedSubjects (a reported clause's subject read as the speech
// verb's object), CopulaConj (a copula predicate coordinated with its own
// subject), DeniedForce (agentless force denied by a side) and TroopsKept
// ("would not withdraw its troops" is 0874 negated).
var (
	MisplacedSubjects = &misplacedSubjects
	CopulaConj        = &copulaConj
	DeniedForce       = &deniedForce
	TroopsKept        = &troopsKept
)
