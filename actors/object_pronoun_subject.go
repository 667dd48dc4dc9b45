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

// ownSubjectPersonSwitch switches ownSubjectMention off (tests).
var ownSubjectPersonSwitch = true

// ownSubjectMention returns the mention (an index of info, in sentence
// sent) that holds the subject of the clause of the object pronoun at i,
// or -1. antecedent asks it once per pronoun and skips every candidate
// that samePerson finds to be that subject's person.
func ownSubjectMention(doc *sitrep.Document, info []mentionInfo, sent, i int) int {
	if !ownSubjectPersonSwitch {
		return -1
	}
	x := doc.Tokens[i].Head
	if x < 0 || x >= i {
		return -1
	}
	for j := x + 1; j < i; j++ {
		// "spoke with him", "would not release him": only a
		// preposition or an adverb between the verb and the pronoun,
		// not a misread clause ("will move to Belarus and the case
		// against him", "him" hung on "move").
		if u := doc.Tokens[j].UPOS; u != "ADP" && u != "ADV" && u != "PART" {
			return -1
		}
	}
	sb := climbedSubject(doc, x)
	if sb < 0 {
		return -1
	}
	for j := len(info) - 1; j >= 0 && info[j].sent == sent; j-- {
		if sb >= info[j].start && sb < info[j].end {
			return j
		}
	}
	return -1
}

// samePerson reports that mention k, another than the subject's mention
// j, refers to the same person: both lead, through their references, to
// one first mention, or to mentions of persons of one last word and code
// ("Vladimir Putin ... Putin", each found in the knowledge base).
func samePerson(doc *sitrep.Document, info []mentionInfo, j, k int) bool {
	if j == k {
		return false
	}
	a, b := firstMention(doc, j), firstMention(doc, k)
	return a == b || info[a].person && info[b].person && doc.Actors[a].Code == doc.Actors[b].Code &&
		strings.EqualFold(doc.TokenText(info[a].end-1), doc.TokenText(info[b].end-1))
}

// firstMention follows mention j's references back to the mention they
// start from.
func firstMention(doc *sitrep.Document, j int) int {
	for n := 0; n < 8 && doc.Actors[j].Ref >= 0 && doc.Actors[j].Ref < j; n++ {
		j = doc.Actors[j].Ref
	}
	return j
}
