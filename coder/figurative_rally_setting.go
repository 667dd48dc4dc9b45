package coder

// A candidate's rally as the setting of what was said or done there
// (pnspur23; a case of figurative, figurative.go, switched as
// "rally-setting").

// rallySetting reports a rally noun that is the setting of what one
// person said or did there ("Trump railed against the judge at a
// boisterous rally", "she promised on Sunday at a rally in Reno",
// "speaking at a rally in Wilmington"): the speaker's own campaign
// rally, not a demonstration, whatever the words said at it (the words
// are coded by their own verb). A crowd's rally stays a protest: the
// doer must be a person, named or "he"/"she"/"I".
func (s *sent) rallySetting(i int) bool {
	if s.tok(i).UPOS != "NOUN" || s.lemma(i) != "rally" && s.lemma(i) != "rallies" {
		return false
	}
	if r := s.rel(i); r != "obl" && r != "nmod" {
		return false
	}
	if c := s.caseOf(i); c != "at" && c != "during" {
		return false
	}
	v := s.governingVerb(i)
	if v < 0 || s.lemmaIn(rallyActs, v) {
		return false
	}
	subj := s.child(v, "nsubj")
	if subj >= 0 && s.deprel(subj) != "nsubj" {
		return false // a passive's patient is no speaker
	}
	if subj < 0 && (s.rel(v) == "advcl" || s.rel(v) == "acl") && s.tok(v).XPOS == "VBG" {
		// "Trump, speaking at a rally": the participle's doer is the
		// noun or the subject of the verb it hangs on.
		if h := s.head(v); h >= 0 {
			if s.tok(h).UPOS == "NOUN" || s.tok(h).UPOS == "PROPN" {
				subj = h
			} else {
				if subj = s.child(h, "nsubj"); subj >= 0 && s.deprel(subj) != "nsubj" {
					return false
				}
			}
		}
	}
	if subj < 0 {
		return false
	}
	if s.lemmaIn(rallyPersons, subj) || s.personEntity(subj) {
		return true
	}
	m := s.actorAt(subj)
	return m != nil && s.namesPerson(m)
}

var (
	// rallyActs are verbs whose rally is the act itself ("held a rally",
	// "marched to a rally"), left to the other rules.
	rallyActs    = setOf("hold", "stage", "organize", "organise", "call", "march", "gather", "join", "attend", "protest", "demonstrate")
	rallyPersons = setOf("he", "she", "i")
)
