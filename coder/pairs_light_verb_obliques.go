package coder

// The thirteenth session's actor-pair fixes (pair17).

// lightObliques switches the rule that a noun act carried by a light
// verb takes the prepositional phrases the parse hung on that verb.
var lightObliques = true

// carriedObliques adds to obl, the obliques of noun i, those of the
// light verb whose object it is, for each preposition the noun has none
// of: "will pay a visit next week to Hanoi", "made a surprise trip on
// Sunday to Jakarta", "launched an offensive on Monday against the
// rebels". A phrase after the noun but past a date or another adverbial
// is most often hung on the verb, yet it completes the noun's act (the
// visit is to Hanoi), as English word order puts the noun's own phrase
// after it. Only phrases after the noun are taken: one before it is the
// verb's own ("in Hanoi he paid a visit").
func (s *sent) carriedObliques(i int, obl map[string][]int) {
	if !lightObliques || s.tok(i).UPOS != "NOUN" || s.rel(i) != "obj" {
		return
	}
	h := s.head(i)
	if h < 0 || !lightVerbs[s.lemma(h)] {
		return
	}
	var cands []int
	for _, c := range s.kids(h) {
		if c > i && s.rel(c) == "obl" {
			cands = append(cands, c)
		}
	}
	// A copy: growing cands below must not overwrite the words still to
	// be scanned.
	scan := append(append([]int(nil), cands...), s.kids(i)...)
	for _, c := range scan {
		if c > i && s.whenWord(c) {
			// "made a trip on Sunday to Jakarta", with "to Jakarta"
			// hung on "Sunday": a date has no such phrase of its own.
			cands = append(cands, s.timeNmods(c)...)
		}
	}
	for _, c := range cands {
		if p := s.caseOf(c); p != "" && len(obl[p]) == 0 {
			obl[p] = append(obl[p], c)
		}
	}
}

// whenWord reports a token that names a time: a weekday, a month, or a
// span noun ("next week", "on Sunday", "in March"). ("Yesterday" has
// never been one here; dayWords has it.)
func (s *sent) whenWord(k int) bool {
	w := s.lowerWord(k)
	return dayWords[w] && w != "yesterday" || monthNames[w] || spanNouns[s.lemma(k)]
}

// timeNmods returns the nmod phrases hung on time phrase c after it: a
// time has no such phrase of its own, the parse hung there the act's
// partner or place ("met on Thursday with the Chinese president").
func (s *sent) timeNmods(c int) []int {
	var out []int
	for _, k := range s.kids(c) {
		if k > c && s.rel(k) == "nmod" {
			out = append(out, k)
		}
	}
	return out
}
