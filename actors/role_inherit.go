package actors

// inheritRoleOn switches the role a bare surname or a pronoun takes over
// from the mention it refers to (Process): "King Hussein of Jordan" ...
// "Hussein" ... "the king" finds the king through the surname, when the
// full name lies beyond the anaphor window. Tests turn it off.
var inheritRoleOn = true
