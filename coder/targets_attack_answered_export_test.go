package coder

// AttackAnswered switches attackAnswered: an answer to an attack is aimed
// at the attacker (seventeenth session, actor22).
var AttackAnswered = &attackAnsweredOn
