package coder

// VictimsByDateline switches the twelfth session's drop of a killing whose
// only victims are people placed by the dateline alone (lowprec16).
var VictimsByDateline = &victimsByDateline
