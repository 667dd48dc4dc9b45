package coder

// Switches of the eleventh session's subj14 rules, for the tests that
// show each one is needed.
var (
	IESPlurals      = &iesPlurals
	EpithetSpeakers = &epithetSpeakers
	RefusedOneWay   = &refusedOneWay
	BlocMembersOn   = &blocMembersOn
)
