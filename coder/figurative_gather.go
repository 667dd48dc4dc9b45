package coder

// gatherCrowds extends crowdNouns with other crowds that gather to protest.
var gatherCrowds = setOf("resident", "villager", "worker", "farmer", "opponent", "mourner", "activist", "women",
	"man", "woman", "men", "crowds", "hundreds", "thousands", "dozens", "group", "member", "follower", "backer",
	"fan", "voter", "citizen", "tens", "scores")

// gatheredNotCrowd reports "gather" (141) whose subject is no crowd and
// whose sentence tells no protest: "the mayors who gathered in
// Indianapolis", "Democrats gathered in Philadelphia for their national
// convention", "where the families of the slain were gathering",
// "material gathered from social media". Crowds that gather ("hundreds
// of supporters gathered outside the court", "protesters gathered
// outside the prison") and gatherings told as protests ("gathered to
// demand", "gathered outside City Hall to rally") stay.
func (s *sent) gatheredNotCrowd(i int, a frameArgs) bool {
	if s.lemma(i) != "gather" || s.tok(i).UPOS != "VERB" {
		return false
	}
	cands := []int{s.subjectWord(a)}
	if h := s.head(i); h >= 0 && s.rel(i) == "acl" {
		// "Several hundred supporters gathered outside", parsed as a
		// participle of the noun; "Supporters of both sides gathered",
		// hung on the "of" noun.
		cands = append(cands, h)
		if s.rel(h) == "nmod" {
			cands = append(cands, s.head(h))
		}
	}
	for _, sb := range cands {
		if sb >= 0 && (s.lemmaIn(crowdNouns, sb) || s.lemmaIn(gatherCrowds, sb) || s.tok(sb).UPOS == "NUM") {
			return false
		}
	}
	for k := s.from; k < s.to; k++ {
		if k != i && (s.lemmaIn(protestVerbs, k) || s.lemmaIn(protestNouns, k) || s.lemma(k) == "demand" || s.lemma(k) == "chant") {
			return false
		}
	}
	return true
}
