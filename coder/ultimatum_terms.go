package coder

// ultimatumTermsOn switches consumeUltimatumTerms off for tests.
var ultimatumTermsOn = true

// ultimatumTerms are the participles that state an ultimatum's terms.
var ultimatumTerms = setOf("demand", "require", "order", "insist")

// consumeUltimatumTerms takes the participle that states the terms of
// the ultimatum coded at trigger i ("issued an ultimatum on behalf of the
// allies demanding that Iraq withdraw"): an adverbial clause after the
// trigger, hung by the parse on the trigger or on a verb above it
// ("forestalled talks by issuing an ultimatum ..., demanding"). The demand
// is the ultimatum's own (139 is the codebook's demand with a deadline),
// not a second event (100). The climb stays in the trigger's clause: it
// crosses no clause boundary but the trigger's own adverbial or
// complement link to its verb ("by issuing"), so that in "Egypt, which
// issued an ultimatum last week, sent troops on Monday, demanding ..." the
// main verb's demand stays its own.
func (s *sent) consumeUltimatumTerms(consumed map[int]bool, i int) {
	for h, n := i, 0; h >= 0 && n < 4; h, n = s.head(h), n+1 {
		for _, c := range s.kids(h) {
			if c > i && s.rel(c) == "advcl" && s.tok(c).XPOS == "VBG" && s.lemmaIn(ultimatumTerms, c) {
				s.consume(consumed, c, false)
				return
			}
		}
		if r := s.rel(h); clauseBoundary(r) && !(h == i && (r == "advcl" || r == "xcomp")) {
			return
		}
	}
}
