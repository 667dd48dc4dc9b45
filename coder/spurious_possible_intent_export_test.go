package coder

// PossibleIntent switches the drop of an intent to cooperate (03) that
// its own verb makes a mere possibility (spur17).
var PossibleIntent = &possibleIntentSwitch
