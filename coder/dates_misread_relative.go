package coder

import "sitrep"

// saidClauseNotRelative: the parser reads what a speaker said after the
// day as a relative clause ("said on Sunday it stood ready to help",
// the clause hung on "Sunday"; "told a rally on Sunday that Rwanda would
// not bow", hung on "rally" with "that" as its mark). outsideRelative
// then kept the saying's day from the act told in it, and the act took
// the story's day.
var saidClauseNotRelative = true

// misreadRelative reports a clause parsed as relative (w, acl:relcl)
// that is none: it hangs on the time expression tx itself, which takes
// no clause with a subject of its own, or it is the said clause the
// parse hung on the speech verb's object or oblique ("told a rally ...
// that", "said in a statement ... that"), which speechBesideObl
// recognises for the judgements told too (review23: one reading for
// dates and criticism). (A "that" read as mark on other nouns is as
// often a true relative: "a vote that Washington called a sham".)
func (s *sent) misreadRelative(tx *sitrep.Timex, w int) bool {
	if !saidClauseNotRelative {
		return false
	}
	h := s.head(w)
	if h < 0 || s.childLemma(w, "advmod", "when") {
		return false // "on Thursday when he lashed out": whenDay's (dates_when_clause.go)
	}
	if s.doc.Tokens[h].Start >= tx.Start && s.doc.Tokens[h].End <= tx.End {
		return true
	}
	return s.speechBesideObl(w) >= 0
}
