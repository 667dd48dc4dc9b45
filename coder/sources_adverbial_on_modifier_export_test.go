package coder

// The eighteenth session's subj26 rules, switched by their tests:
// AdverbialOnModifier (a participle clause the parse hung on an adjective
// or noun takes the subject of the verb above) and InGerund ("alone in
// warning": the gerund after "in" shares the adjective's subject).
var (
	AdverbialOnModifier = &adverbialOnModifierOn
	InGerund            = &inGerundOn
)
