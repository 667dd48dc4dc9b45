package coder

// ToldForceOnly switches the eleventh session's rule keeping planned or
// weighed acts out of the story's last forceful act.
var ToldForceOnly = &toldForceOnly

// HomeProsecution switches the eleventh session's rule aiming a warning
// of prosecution at the warner's own country.
var HomeProsecution = &homeProsecution

// CoupAttempt switches the eleventh session's reading of a bare "the
// attempt" after a coup.
var CoupAttempt = &coupAttempt
