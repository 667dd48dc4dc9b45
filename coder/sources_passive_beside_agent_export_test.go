package coder

// PassiveBesideAgents switches keeping a passive subject's conjuncts out
// of the sources when the by-agent is the subject
// (sources_passive_beside_agent.go).
var PassiveBesideAgents = &passiveBesideAgents
