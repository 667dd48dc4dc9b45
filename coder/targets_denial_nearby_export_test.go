package coder

// NearDenialGuess switches the eleventh session's rule (deny14) keeping
// a denial's guessed target only when named close by.
var NearDenialGuess = &nearDenialGuess
