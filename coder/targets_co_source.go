package coder

// coSourceGuard keeps the story's other side from being guessed as the
// target of an act it does together with the source (targets.go,
// inferTargets); tests switch it off to show what it does.
var coSourceGuard = true
