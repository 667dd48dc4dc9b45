package coder

import "sitrep"

// timeClauseByOrder: a day told inside an "after" or "before" clause is
// that clause's even where the parser read the conjunction as a
// preposition and the clause's verb as a conjunct of the main verb.
var timeClauseByOrder = true

// inTimeClauseByOrder reads off the words what inTimeClause reads off the
// tree: trigger i, then "after" or "before", then a subject and a finite
// verb of their own, then the day ("Togo sent a protest note to Ghana
// after Ghanaian navy boats blocked a Togolese patrol on Sunday", with
// the clause parsed as a phrase of "note"). The day is the blocking's;
// the note keeps the story's day. Where the parse lost only the clause's
// subject, the coder's copy is mended first (retag_time_clause.go).
func (s *sent) inTimeClauseByOrder(tx *sitrep.Timex, i int) bool {
	if !timeClauseByOrder {
		return false
	}
	d := s.doc
	k := s.timexHead(tx)
	if k < 0 || k <= i {
		return false
	}
	for j := i + 1; j < k; j++ {
		if l := s.lemma(j); l != "after" && l != "before" {
			continue
		}
		// A subject, then a finite verb before the day: a clause.
		noun := false
	words:
		for v := j + 1; v < k; v++ {
			t := s.tok(v)
			switch {
			case t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON":
				noun = true
			case noun && t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP"):
				return d.Tokens[v].End <= tx.Start
			case t.UPOS == "PUNCT" || t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "SCONJ":
				// A comma or another clause first: no subject and
				// verb of the time clause's own.
				break words
			}
		}
	}
	return false
}
