package coder

// VictimsByDateline switches the twelfth session's drop of a killing whose
// only victims are people placed by the dateline alone (lowprec16).
var VictimsByDateline = &victimsByDateline

// PaperWithdrawn switches the twelfth session's drop of a withdrawal of a
// paper or a role read as a pull-back of forces (lowprec16).
var PaperWithdrawn = &paperWithdrawn
