package actors

// A person who opens the sentence before is its subject, whatever the
// parse made of it (twenty-first session, pair30).

import "sitrep"

// openingSubject switches the rule below.
var openingSubject = true

// opensSentence reports that mention mi is a named person standing first
// in its sentence: "Zelensky, who was not invited to Alaska, will travel
// to Washington to meet Trump, his office said", "Young said the
// Treasury had informed Port of Spain ... on President Nicolas Maduro".
// A name that opens an English sentence is nearly always its subject,
// but the parser sometimes makes it the root (before a relative clause)
// or an adjective ("Young"); preferSubject then took the object named
// after it for the next sentence's "he".
func opensSentence(doc *sitrep.Document, mi mentionInfo) bool {
	if !openingSubject || !mi.person || mi.sent < 0 || mi.sent >= len(doc.Sentences) {
		return false
	}
	return mi.start == doc.Sentences[mi.sent].TokStart
}
