package coder

// DemonymDescent switches the eleventh session's rule (target15) finding
// an object's country adjective on its compound modifier.
var DemonymDescent = &demonymDescent

// ConsumedObjectCountry switches the eleventh session's rule (target15)
// taking the target from the country adjective of an object the entry
// consumes.
var ConsumedObjectCountry = &consumedObjectCountry
