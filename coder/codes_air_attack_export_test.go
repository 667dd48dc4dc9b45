package coder

// AirAttacks switches the air attack code, 195 from the doer's weapon
// (review37).
var AirAttacks = &airAttacks
