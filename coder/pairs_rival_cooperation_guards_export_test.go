package coder

// Switches of the rivalCooperation guards (rival24) for tests.
var (
	RivalFollowers      = &rivalFollowersOn
	RivalCounterfactual = &rivalCounterfactualOn
	RivalReturn         = &rivalReturnOn
	RivalPossible       = &rivalPossibleOn
)
