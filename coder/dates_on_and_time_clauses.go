package coder

import (
	"strings"

	"sitrep"
)

// The eleventh session's date rules (date14), each behind a switch so
// tests can show it is what makes them pass.

// onDayNotPossessive: "rejected on Tuesday Iran's claim" is a day after
// "on", not a noun's day ("Tuesday's vote").
var onDayNotPossessive = true

// afterOn reports a time expression told right after "on": the day of
// an act, even when the parser reads it as the possessor of the noun
// after it ("rejected on Tuesday Iran's claim to the field").
func (s *sent) afterOn(tx *sitrep.Timex) bool {
	if !onDayNotPossessive {
		return false
	}
	before := strings.TrimRight(s.doc.Text[max(0, tx.Start-4):tx.Start], " ")
	return strings.HasSuffix(strings.ToLower(before), " on") || strings.EqualFold(before, "on")
}

// afterClauseDay: a day inside an "after" or "before" clause dates that
// clause's act, not the act it is told before or after.
var afterClauseDay = true

// inTimeClause reports a time expression inside an adverbial clause
// opened by "after" or "before" that trigger i is not itself in:
// "Moldova accused Russia of using energy as a weapon after Gazprom
// halted supplies on Wednesday", "held talks with Anwar before flying to
// Tokyo on Monday": the day is the other act's.
func (s *sent) inTimeClause(tx *sitrep.Timex, i int) bool {
	if !afterClauseDay {
		return false
	}
	k := s.timexHead(tx)
	if k < 0 {
		return false
	}
	for j, steps := s.head(k), 0; j >= 0 && steps < 12; j, steps = s.head(j), steps+1 {
		if j == i {
			// The trigger's own clause, or a noun of it, unless the
			// parse hid the time clause (dates_time_clause_order.go).
			return s.inTimeClauseByOrder(tx, i)
		}
		if s.rel(j) != "advcl" || s.tok(j).UPOS != "VERB" {
			continue
		}
		m := s.child(j, "mark")
		if m < 0 || s.lemma(m) != "after" && s.lemma(m) != "before" {
			continue
		}
		return !s.below(i, j)
	}
	return false
}

// below reports word i lying in the subtree of word j.
func (s *sent) below(i, j int) bool {
	// (hangsWithin: tree_ancestry.go; j at most 19 heads above i.)
	return s.hangsWithin(i, j, 19)
}
