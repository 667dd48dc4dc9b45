package coder

import "strings"

// waterNamesOn switches waterName off for tests.
var waterNamesOn = true

// waterWords end the names of seas and gulfs that begin with a country
// word: "the Persian Gulf", "the Arabian Sea", "the Indian Ocean", "the
// Korea Strait" (setOf lower-cases them; waterName asks for a capital in
// the text).
var waterWords = setOf("Gulf", "Sea", "Ocean", "Strait", "Straits", "Channel", "Bay")

// waterName reports a country word j that opens the name of a body of
// water: a ship "patrolling the Persian Gulf" patrols no Iran.
func (s *sent) waterName(j int) bool {
	if !waterNamesOn || j+1 >= s.to {
		return false
	}
	w := s.doc.TokenText(j + 1)
	return waterWords[strings.ToLower(w)] && w != strings.ToLower(w)
}
