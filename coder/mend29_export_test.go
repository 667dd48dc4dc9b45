package coder

// MeasureObject switches the guard (mend29) that keeps an any-object
// entry from reading an amount ("appreciated 0.3 percent") as its object.
var MeasureObject = &measureObjectSwitch

// CalledToRole switches the guard (mend29) that reads "called Bennett as
// a witness" as no telephone call.
var CalledToRole = &calledToRoleSwitch
