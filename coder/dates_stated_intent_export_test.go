package coder

// StatedIntentDates switches dating a stated intent at its readiness
// word (dates_stated_intent.go).
var StatedIntentDates = &statedIntentDates
