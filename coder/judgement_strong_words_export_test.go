package coder

// StrongNegative switches the words of blame of judge29 (strongNegative,
// approvalWords negated, a resolved "he" or "she" judged).
var StrongNegative = &strongNegativeSwitch

// SpeechObl switches the that-clause hung on a speech verb's oblique or
// object (speechBesideObl).
var SpeechObl = &speechOblSwitch

// SpeechConj switches the verdict coordinated with a speech complement.
var SpeechConj = &speechConjSwitch

// JudgedOwners switches the owners of judged acts beyond the possessive
// (doingOwner, blameNounOwned).
var JudgedOwners = &ownersSwitch
