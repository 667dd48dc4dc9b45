package actors

import (
	"strings"

	"sitrep"
)

// Twenty-first session (judge30): an object pronoun never stands for the
// person its own clause's subject names, even when that person was named
// in an earlier sentence: "Sanchez did not meet King Mohammed VI. The
// king spoke with him by telephone" (him is Sanchez, not the king).
// ownSubject already skips the subject's own mention; this skips every
// earlier mention of the same person.

// ownSubjectPersonSwitch switches sameAsOwnSubject off (tests).
var ownSubjectPersonSwitch = true

// sameAsOwnSubject reports that mention k refers to the same person as
// the subject of the clause of the object pronoun at i (in sentence
// sent): both lead, through their references, to one first mention, or
// to mentions of persons of one last word and code ("Vladimir Putin ...
// Putin", each found in the knowledge base).
func sameAsOwnSubject(doc *sitrep.Document, info []mentionInfo, sent, i, k int) bool {
	if !ownSubjectPersonSwitch {
		return false
	}
	x := doc.Tokens[i].Head
	if x < 0 || x >= i {
		return false
	}
	for j := x + 1; j < i; j++ {
		// "spoke with him", "would not release him": only a
		// preposition or an adverb between the verb and the pronoun,
		// not a misread clause ("will move to Belarus and the case
		// against him", "him" hung on "move").
		if u := doc.Tokens[j].UPOS; u != "ADP" && u != "ADV" && u != "PART" {
			return false
		}
	}
	sb := climbedSubject(doc, x)
	if sb < 0 {
		return false
	}
	for j := len(info) - 1; j >= 0 && info[j].sent == sent; j-- {
		if sb >= info[j].start && sb < info[j].end {
			if j == k {
				return false
			}
			a, b := firstMention(doc, j), firstMention(doc, k)
			return a == b || info[a].person && info[b].person && doc.Actors[a].Code == doc.Actors[b].Code &&
				strings.EqualFold(doc.TokenText(info[a].end-1), doc.TokenText(info[b].end-1))
		}
	}
	return false
}

// firstMention follows mention j's references back to the mention they
// start from.
func firstMention(doc *sitrep.Document, j int) int {
	for n := 0; n < 8 && doc.Actors[j].Ref >= 0 && doc.Actors[j].Ref < j; n++ {
		j = doc.Actors[j].Ref
	}
	return j
}
