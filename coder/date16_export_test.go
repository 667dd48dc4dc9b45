package coder

// Switch of the twelfth session's date rule (day16), for the test
// showing it is needed.
var AlsoSameOccasion = &alsoSameOccasion
