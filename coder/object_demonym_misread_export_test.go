package coder

// DemonymObject switches the repair that reads "met Ukrainian President
// X", parsed with the country adjective as a complement, as an object
// (meetr18).
var DemonymObject = &demonymObjectSwitch
