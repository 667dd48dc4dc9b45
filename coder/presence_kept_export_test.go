package coder

// KeptForcesModal switches the fifteenth session's rule that forces a
// party keeps in a country are coded only as what it will, would or could
// keep there, in a country the in-phrase names (fresh18, presence_kept.go).
var KeptForcesModal = &keptForcesModalSwitch
