package coder

import (
	"strings"

	"sitrep"
)

// timeClauseRepair switches the repair of a time clause the parser read
// as a preposition's phrase and a conjunct.
var timeClauseRepair = true

// timeClauseMarks open an adverbial clause of time.
var timeClauseMarks = setOf("after", "before", "since", "until")

// misreadTimeClause finds a clause of time the parser broke: in "Ghana
// condemned Togo after police in Lome arrested 20 traders" it read
// "after" as the case of "police", hung that noun on the main clause, and
// made "arrested" an adverbial clause (or a conjunct) of "condemned" with
// no subject, "and" or mark of its own. For such a finite verb v it
// returns the mark and the subject, whose phrase ends right before v; -1s
// when v is no such verb.
func misreadTimeClause(d *sitrep.Document, v int) (mark, subj int) {
	t := &d.Tokens[v]
	if !timeClauseRepair || t.UPOS != "VERB" || t.Deprel != "conj" && t.Deprel != "advcl" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
		return -1, -1
	}
	h := t.Head
	if h < 0 || h >= v || d.Tokens[h].UPOS != "VERB" || d.Tokens[h].Sent != t.Sent {
		return -1, -1
	}
	for c := h + 1; c < len(d.Tokens) && d.Tokens[c].Sent == t.Sent; c++ {
		if d.Tokens[c].Head != v {
			continue
		}
		switch d.Tokens[c].Deprel {
		case "cc", "nsubj", "nsubj:pass", "mark", "expl":
			return -1, -1 // a conjunct or a clause told as such
		}
	}
	// The mark: the last time word between the two verbs, read as a case.
	mark = -1
	for c := v - 1; c > h; c-- {
		if timeClauseMarks[strings.ToLower(d.TokenText(c))] && d.Tokens[c].Deprel == "case" {
			mark = c
			break
		}
		if d.Tokens[c].UPOS == "VERB" || d.Tokens[c].UPOS == "AUX" || d.TokenText(c) == "," {
			return -1, -1
		}
	}
	if mark < 0 {
		return -1, -1
	}
	subj = d.Tokens[mark].Head
	if subj <= mark || subj >= v {
		return -1, -1
	}
	if u := d.Tokens[subj].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
		return -1, -1
	}
	// Every word between the mark and the verb hangs, through heads
	// inside that stretch, on the subject (one noun phrase) or on the
	// verb ("police in Lome arrested", with "in Lome" the verb's).
	for c := mark + 1; c < v; c++ {
		k, n := c, 0
		for k != subj && k > mark && k < v && n < v-mark {
			k, n = d.Tokens[k].Head, n+1
		}
		if k != subj && k != v {
			return -1, -1
		}
	}
	return mark, subj
}

// rehangTimeClause makes verb v the head of an adverbial clause under the
// main verb, with the mark and the subject misreadTimeClause found.
func rehangTimeClause(d *sitrep.Document, toks []sitrep.Token, v, mark, subj int) {
	toks[v].Head, toks[v].Deprel = d.Tokens[v].Head, "advcl"
	toks[mark].Head, toks[mark].Deprel = v, "mark"
	toks[subj].Head, toks[subj].Deprel = v, "nsubj"
}
