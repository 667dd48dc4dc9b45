package coder

import "sitrep"

// The sixteenth session's date rule (realdate), behind a switch so a
// test can show it is what makes it pass.

// whenClauseDay: an act told in a "when" clause the parse hangs on a
// named day as its relative clause ("drew applause on Thursday when he
// lashed out at Turkey") is that day's. The clause is outside the day's
// own clause, so the sentence's day was refused it (outsideRelative), and
// climbing from the day stops at the first verb: the act took the
// story's day. Real copy tells its main act this way often. (A "when"
// clause parsed as an adverbial clause of the dated verb already takes
// the sentence's day.)
var whenClauseDay = true

// whenDay returns the day whose relative "when" clause holds trigger i
// ("on Thursday when he lashed out"), else nil: not when the clause
// names a time of its own.
func (s *sent) whenDay(i int) *sitrep.Timex {
	if !whenClauseDay {
		return nil
	}
	v := i
	for steps := 0; v >= 0 && s.tok(v).UPOS != "VERB" && steps < 3; steps++ {
		v = s.head(v) // a noun trigger: the verb of its clause
	}
	if v < 0 || s.tok(v).UPOS != "VERB" || s.deprel(v) != "acl:relcl" || !s.childLemma(v, "advmod", "when") {
		return nil
	}
	when := s.tok(s.child(v, "advmod")).Start
	for _, tx := range s.timexes() {
		if tx.Start > when {
			return nil // a time of the clause's own, however hung
		}
	}
	h := s.head(v)
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" && tx.Type != "TIME" || dateline(s.doc, tx) || s.timexHead(tx) != h {
			continue
		}
		if _, p := normalise(tx.Value); p == "day" {
			return tx
		}
	}
	return nil
}
