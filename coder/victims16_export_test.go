package coder

// VictimsByDateline switches the twelfth session's drop of a killing whose
// only victims are people placed by the dateline alone (lowprec16).
var VictimsByDateline = &victimsByDateline

// PaperWithdrawn switches the twelfth session's drop of a withdrawal of a
// paper or a role read as a pull-back of forces (lowprec16).
var PaperWithdrawn = &paperWithdrawn

// UnnamedKillers switches the fourteenth session's drop of a violent act
// of an unnamed killer coded with the victims' country on both ends
// (force18).
var UnnamedKillers = &unnamedKillers
