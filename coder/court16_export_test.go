package coder

// HomeCourt switches the twelfth session's rule that a lawsuit in a
// court not named as international is aimed at home (guess16).
var HomeCourt = &homeCourtSwitch
