package coder

// The verb "aid" is as loose as "help" (coder.go, "help not promised"):
// "they are aided by Britain, West Germany and Australia" (ships in a
// blockade), "continuing to train and aid terrorists" (a charge). It
// codes no aid told as done in any written or real set, where aid given
// is told with the noun ("sent aid", "provided assistance"); only its
// promise is kept, as for "help" (appeal29).

// looseAidSwitch switches looseAid (tests turn it off).
var looseAidSwitch = true

// looseAid reports the verb "aid" (not the noun).
func (s *sent) looseAid(i int) bool {
	return looseAidSwitch && s.lemma(i) == "aid" && s.tok(i).UPOS == "VERB"
}
