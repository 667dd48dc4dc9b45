package actors

import "sitrep"

// Twenty-third session (review37): "Its" opening a sentence.

// previousSubjects switches the rule (tests turn it off).
var previousSubjects = true

// previousSubjectPossessor returns the index in doc.Actors of the subject
// of the sentence before, when the possessed phrase p is itself its own
// sentence's main subject: "Germany criticised Hungary. Its foreign
// ministry summoned the Hungarian ambassador" is Germany's ministry (the
// story goes on with its doer), not that of the last country named,
// Hungary. -1 when the rule does not apply or that subject does not fit.
func previousSubjectPossessor(doc *sitrep.Document, info []mentionInfo, sent int, p pending, fit func(int) bool) int {
	if !previousSubjects || !doc.Layers.Has(sitrep.LayerDeps) || p.end > len(doc.Tokens) {
		return -1
	}
	main := false
	for k := p.start; k < p.end; k++ {
		t := doc.Tokens[k]
		if (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") && t.Head >= 0 && t.Head < len(doc.Tokens) && doc.Tokens[t.Head].Deprel == "root" {
			main = true
		}
	}
	if !main {
		return -1
	}
	// Only a possessive may stand before the phrase in its sentence.
	cur := doc.Tokens[p.start].Sent
	k0 := p.start
	for k0 > 0 && doc.Tokens[k0-1].Sent == cur {
		k0--
	}
	if k0 == 0 || p.start-k0 > 1 || p.start > k0 && !possessives[lowerASCII(doc.TokenText(k0))] {
		return -1
	}
	// The sentence before: its root's subject.
	prev := doc.Tokens[k0-1].Sent
	subj := -1
	for k := k0 - 1; k >= 0 && doc.Tokens[k].Sent == prev; k-- {
		t := doc.Tokens[k]
		if (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") && t.Head >= 0 && t.Head < len(doc.Tokens) && doc.Tokens[t.Head].Deprel == "root" {
			subj = k
		}
	}
	if subj < 0 {
		return -1
	}
	for k := len(info) - 1; k >= 0 && info[k].sent >= sent-1; k-- {
		if info[k].start <= subj && subj < info[k].end {
			if fit(k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// lowerASCII lowercases the ASCII letters of w.
func lowerASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
