package coder

import (
	"strings"

	"sitrep"
)

// Switches for the eleventh session's date rules (date14), so tests can
// show each rule is what makes them pass.
var (
	// onDayNotPossessive: "rejected on Tuesday Iran's claim" is a day
	// after "on", not a noun's day ("Tuesday's vote").
	onDayNotPossessive = true
	// namedMonthPlan: a plan in a sentence naming a later month ("will
	// hold talks in Manama in July") is dated by that month.
	namedMonthPlan = true
)

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

// laterMonth reports a month named by name that falls after the
// publication month ("in July" in a June story): a period to come even
// without "next" or "later".
func (s *sent) laterMonth(tx *sitrep.Timex, v, p string) bool {
	if !namedMonthPlan || p != "month" || s.doc.Published.IsZero() {
		return false
	}
	return v > s.doc.Published.Format("2006-01") && monthName(tx.Text)
}

// monthName reports a time expression that is a month's name with at
// most a preposition or a year ("July", "in July", "July 2025").
func monthName(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if months[w] {
			return true
		}
	}
	return false
}

var months = setOf("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december")

// pairSubjectDay: an act whose subject points back to the lead's pair
// ("The two delegations signed minutes", after "Bahrain and Qatar
// agreed on Wednesday to restore relations") goes on with the lead's
// day across a paragraph break.
var pairSubjectDay = true

// pairSubject reports a subject of verb v naming a pair told before:
// "the two leaders", "both sides", "both governments".
func (s *sent) pairSubject(v int) bool {
	if !pairSubjectDay {
		return false
	}
	n := s.child(v, "nsubj")
	if n < 0 || s.tok(n).UPOS != "NOUN" {
		return false
	}
	the, two, both := false, false, false
	for _, c := range s.kids(n) {
		switch strings.ToLower(s.doc.TokenText(c)) {
		case "the":
			the = true
		case "two":
			two = true
		case "both":
			both = true
		}
	}
	return the && two || both
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
			return false // the trigger's own clause, or a noun of it
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
	for steps := 0; i >= 0 && steps < 20; i, steps = s.head(i), steps+1 {
		if i == j {
			return true
		}
	}
	return false
}
