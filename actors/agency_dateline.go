package actors

// agencyDateline switches the reading of datelines with no comma after
// the place: "MOSCOW (AP) -", "GENEVA (Reuters) —", "KYIV — Police...".
// Without it the coder took "MOSCOW" for the Russian government and "AP"
// for an actor, and "Police" got no country.
var agencyDateline = true
