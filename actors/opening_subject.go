package actors

// A person who opens the sentence before is its subject, whatever the
// parse made of it (twenty-first session, pair30).

// openingSubject switches the rule below.
var openingSubject = true

// opensSentence reports that mention mi is a named person standing first
// in its sentence: "Zelensky, who was not invited to Alaska, will travel
// to Washington to meet Trump, his office said", "Young said the
// Treasury had informed Port of Spain ... on President Nicolas Maduro".
// A name that opens an English sentence is nearly always its subject,
// but the parser sometimes makes it the root (before a relative clause)
// or an adjective ("Young"); preferSubject then took the object named
// after it for the next sentence's "he". A datelined first sentence
// opens after the dateline ("PORT OF SPAIN, April 9 (Sitrep) — Keith
// Rowley said"): Process records where (mentionInfo.opens).
func opensSentence(mi mentionInfo) bool {
	return openingSubject && mi.person && mi.opens
}
