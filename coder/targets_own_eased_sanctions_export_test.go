package coder

// OwnEasedSanctions switches the rule (review22 finding 6) dropping a
// guessed target of the source's own country for an easing of sanctions.
var OwnEasedSanctions = &ownEasedSanctionsOn
