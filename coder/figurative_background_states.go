package coder

import "strings"

// Seventeenth session (pnspur23): words of real political copy that look
// like acts but tell a person's standing state, a plea in court, or a
// wish. Each is a case of figurative (figurative.go), switched by its
// name for the tests. (The rally, refused-words, insisted-claim and
// released-things cases of the same session are in files of their own.)

// legalStateVerbs are the verbs of accusation and detention whose past
// participle, hung on a noun, describes the person the noun names ("an
// American contractor accused of spying", "seven men charged with
// violating sanctions", "a prisoner of war now charged with desertion").
// ("Jailed" and "sentenced" are left out: "two pilots jailed in Tajikistan"
// is often the story's own news, told by its result.)
var legalStateVerbs = setOf("accuse", "charge", "convict", "arrest", "detain", "indict", "suspect")

// legalEnforcers are nouns a misparse makes the head of a main verb read
// as a participle ("and police detained three protesters", the verb hung
// on "police"): they do the arresting, they are not its patients.
var legalEnforcers = setOf("police", "policeman", "officer", "court", "judge", "prosecutor", "government", "authority",
	"army", "military", "force", "troop", "soldier", "agent", "official", "regime", "junta", "ministry", "state", "guard")

// legalState reports a participle of accusation or detention that
// describes the noun it modifies — a reduced relative clause with no doer
// ("by" phrase) and no time of its own ("three men arrested on Monday"
// keeps its day and is told as news): the person's standing state, given
// as background to the act the sentence tells, not an event. The
// accuser or jailer is not named; the coder would only guess one.
func (s *sent) legalState(i int, a frameArgs) bool {
	t := s.tok(i)
	if t.UPOS != "VERB" || t.XPOS != "VBN" || s.rel(i) != "acl" || strings.HasPrefix(s.deprel(i), "acl:relcl") {
		return false
	}
	if !s.lemmaIn(legalStateVerbs, i) {
		return false
	}
	h := s.head(i)
	if a.obj >= 0 || h < 0 || (s.tok(h).UPOS != "NOUN" && s.tok(h).UPOS != "PROPN") || s.lemmaIn(legalEnforcers, h) {
		return false
	}
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "aux", "nsubj", "mark", "obj", "iobj", "xcomp", "ccomp":
			// A clause of its own, not a participle modifier; or a
			// main verb the parse took for one ("police detained
			// twelve men", with an object, is no passive).
			return false
		case "obl":
			if s.caseOf(c) == "by" || s.isTime(c) {
				return false
			}
		}
	}
	return true
}

// courtPlea reports "plead" used of a plea in court ("pleaded guilty to
// fraud", "has pleaded not guilty", "pleaded no contest"): a defendant's
// answer to a charge, no appeal to anyone (the appeal is "pleaded with
// the voters to ...").
func (s *sent) courtPlea(i int, a frameArgs) bool {
	if w := s.lowerWord(i); s.lemma(i) != "plead" && !strings.HasPrefix(w, "plead") && w != "pled" {
		// (By the lemma, with the word for a lemmatiser that misses
		// it: "pleaded", "pled guilty".)
		return false
	}
	if len(a.obl["with"]) > 0 {
		return false
	}
	for _, c := range s.kids(i) {
		switch s.lemma(c) {
		case "guilty", "innocent", "contest":
			return true
		}
	}
	return pleaWordNext(s, i)
}

// pleaNextSwitch switches pleaWordNext (appeal29; tests turn it off).
var pleaNextSwitch = true

// pleaWordNext reports "guilty" or "innocent" right after the verb, "not"
// between or not, whatever the parse hangs it on ("pleaded innocent to
// charges", the adjective read as the modifier of "charges") (appeal29).
func pleaWordNext(s *sent, i int) bool {
	k := i + 1
	if k < s.to && s.lemma(k) == "not" {
		k++
	}
	return pleaNextSwitch && k < s.to && (s.lemma(k) == "guilty" || s.lemma(k) == "innocent")
}

// hopeNoAppeal reports a "hope" that asks nothing of anyone: a state of
// mind told by the reporter, in the progressive or the pluperfect ("she
// is hoping voters see her as ready", "the team had hoped that the math
// would settle it"), a hope for the hoper's own side ("Democrats hope
// they will gain ground", "I hope we can settle it") and an elliptical "I
// hope to." A hope for what another party will do, told as said ("hoped
// the neighbours would reopen the border"), stays an appeal.
func (s *sent) hopeNoAppeal(i int, a frameArgs) bool {
	w := s.lowerWord(i)
	if !strings.HasPrefix(w, "hope") && !strings.HasPrefix(w, "hoping") {
		return false
	}
	if s.tok(i).XPOS == "VBG" && s.hasKid(i, "aux", "be") {
		return true
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" && strings.EqualFold(s.doc.TokenText(c), "had") {
			return true
		}
	}
	comp := a.ccomp
	if comp < 0 {
		comp = s.child(i, "ccomp")
	}
	if comp >= 0 && s.lemma(comp) == "to" && len(s.kids(comp)) == 0 {
		return true // "I hope to."
	}
	if comp < 0 {
		return false
	}
	cs := s.child(comp, "nsubj")
	hs := s.child(i, "nsubj")
	if cs < 0 || hs < 0 || s.tok(cs).UPOS != "PRON" {
		return false
	}
	first := func(k int) bool { return s.lemmaIn(firstPersonWords, k) }
	switch {
	case first(hs):
		return first(cs)
	case s.lemma(hs) == "you":
		return false
	default:
		// A third party hoping: "they" or "he"/"she" in its clause is
		// itself (a plural subject takes "they", a person "he"/"she").
		return s.lemmaIn(thirdPersonSubjects, cs)
	}
}

var (
	firstPersonWords    = setOf("i", "we", "me", "us")
	thirdPersonSubjects = setOf("they", "he", "she")
)
