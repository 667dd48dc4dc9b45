package actors

// Twenty-third session (review37): a country after "to" in a recipient's
// slot is the recipient, not a place.

// recipientSlots switches the rule (tests turn it off).
var recipientSlots = true

// recipientWords are words after which "to X" names who receives or is
// addressed, not where something goes: goods and help given ("sent
// humanitarian aid to Turkey", "halted gas supplies to Latvia", "shipped
// vaccines to Kenya") and addresses ("protested to Croatia"). Motion and
// place words ("flew to Beijing", "deployed a carrier to the
// Mediterranean") keep "to" a locative.
var recipientWords = map[string]bool{
	"aid": true, "assistance": true, "help": true, "supplies": true, "supply": true, "deliveries": true,
	"shipments": true, "exports": true, "fuel": true, "vaccines": true, "weapons": true, "arms": true,
	"ammunition": true, "loan": true, "loans": true, "grant": true, "grants": true, "funding": true,
	"donation": true, "donations": true, "relief": true, "food": true, "medicine": true, "medicines": true,
	"protested": true, "protest": true, "appealed": true, "complained": true, "apologised": true, "apologized": true,
}

// interventionWords are nouns after which "in X" names the country
// acted on ("threatened military intervention in Niger").
var interventionWords = map[string]bool{
	"intervention": true, "interference": true, "meddling": true,
}

// recipientSlot reports the preposition at k opening a recipient's slot
// rather than a place: "to" after a word of recipientWords, "in" after
// one of interventionWords.
func (s *scanner) recipientSlot(k int) bool {
	if !recipientSlots || k == 0 {
		return false
	}
	w, prev := s.words[k], s.words[k-1]
	switch {
	case equalFoldASCII(w, "to"):
		return s.in(recipientWords, prev)
	case equalFoldASCII(w, "in"):
		return s.in(interventionWords, prev)
	}
	return false
}

// equalFoldASCII compares w with the lowercase word lower, ignoring ASCII
// case.
func equalFoldASCII(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
