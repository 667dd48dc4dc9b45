package coder

// thirdTalksOneSide switches off, for tests, the guess of one side only
// for a third party's talks with no partner named (the guess is made in
// build, beside the other target guesses).
var thirdTalksOneSide = true
