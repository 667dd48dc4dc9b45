package coder

// Switches of the twelfth session's weekday rules (weekday16), for the
// tests showing each is needed.
var (
	OwnRelativeDay         = &ownRelativeDay
	WordsParticipleMadeNow = &wordsParticipleMadeNow
)
