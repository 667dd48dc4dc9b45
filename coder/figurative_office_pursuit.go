package coder

// Guards of two campaign-criticism rows (lexicon.tsv, miss26; mend18):
// "dismiss X as" and "go after" are criticism in campaign copy, but the
// same words tell a removal from office ("Putin dismissed the general as
// defence minister") and a pursuit ("troops went after the militants").

// officeMarks are words that make an as-phrase an office even when its
// head is another noun: "as chief executive", "as minister-president".
var officeMarks = setOf("minister", "chief")

// officeNouns are the posts one is dismissed from. Not officeHolders,
// whose "leader", "head", "official" and kin ("son", "wife") also call
// someone a thing: "dismissed Maduro as the head of an illegitimate
// regime", "as the son of a dictator" are judgements.
var officeNouns = setOf("minister", "president", "premier", "governor", "mayor", "commander", "chief", "secretary")

// dismissedFromOffice reports "dismiss X as" whose as-phrase names the
// office X loses: an office noun (officeNouns) or a phrase with
// "minister" or "chief" in it, with no "a"/"an" before it. "dismissed the
// governor as an ineffective leader" is a judgement: an office named with
// the indefinite article is what X is called, not the post X held.
func (s *sent) dismissedFromOffice(i int, a frameArgs) bool {
	if s.lemma(i) != "dismiss" {
		return false
	}
	as := a.obl["as"]
	if a.obj >= 0 {
		// "dismissed Shoigu as defence minister" with the phrase hung
		// on the object, as hasPhrase reads it.
		as = append(as[:len(as):len(as)], s.nmodsWith(a.obj, "as")...)
	}
	for _, k := range as {
		if s.childLemma(k, "det", "a") || s.childLemma(k, "det", "an") {
			continue
		}
		if s.headOrModifierIn(k, officeNouns, officeMarks) {
			return true
		}
	}
	return false
}

// armedPursuit reports "go after" said of an armed side: "troops went
// after the militants" is a pursuit, not criticism (armedSource, as for
// "fired back at").
func (s *sent) armedPursuit(i int, a frameArgs) bool {
	return s.lemma(i) == "go" && len(a.obl["after"]) > 0 && s.armedSource(i, a)
}
