package coder

import "strings"

// Seventeenth session (pnspur23): words of real political copy that look
// like acts but tell a person's standing state, a plea in court, or a
// wish. Each is a case of figurative (figurative.go), switched by its
// name for the tests.

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
	if w := strings.ToLower(s.doc.TokenText(i)); s.lemma(i) != "plead" && !strings.HasPrefix(w, "plead") && w != "pled" {
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
	return false
}

// hopeNoAppeal reports a "hope" that asks nothing of anyone: a state of
// mind told by the reporter, in the progressive or the pluperfect ("she
// is hoping voters see her as ready", "the team had hoped that the math
// would settle it"), a hope for the hoper's own side ("Democrats hope
// they will gain ground", "I hope we can settle it") and an elliptical "I
// hope to." A hope for what another party will do, told as said ("hoped
// the neighbours would reopen the border"), stays an appeal.
func (s *sent) hopeNoAppeal(i int, a frameArgs) bool {
	w := strings.ToLower(s.doc.TokenText(i))
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
	v := s.head(i)
	for steps := 0; v >= 0 && steps < 3 && s.tok(v).UPOS != "VERB"; steps++ {
		v = s.head(v)
	}
	if v < 0 || s.tok(v).UPOS != "VERB" || s.lemmaIn(rallyActs, v) {
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

// refusedWords reports "refused to say the words 'radical Islam'": a
// refusal to utter given words is a stance in a quarrel, not a
// declining to comment (011), which the "refuse to say" row codes for a
// question left unanswered ("refused to say whether", "refused to
// answer").
func (s *sent) refusedWords(i int, a frameArgs) bool {
	if s.lemma(i) != "refuse" || a.xcomp < 0 || s.lemma(a.xcomp) != "say" {
		return false
	}
	o := s.child(a.xcomp, "obj")
	return o >= 0 && s.tok(o).UPOS == "NOUN"
}

// insistedClaim reports "insist that" with a complement that asserts
// ("insisted that his party was still the first force", "insist they
// will meet their targets", "insisted that the deal was not a response"):
// a claim held to, no demand (100). A demand insists on what must or
// should be done ("insisted that Armenia must first change its
// constitution", "insist that Beijing let its currency rise", with the
// bare verb of a mandative clause).
func (s *sent) insistedClaim(i int, a frameArgs) bool {
	if s.lemma(i) != "insist" {
		return false
	}
	c := a.ccomp
	if c < 0 {
		c = s.child(i, "ccomp")
	}
	if c < 0 {
		return false
	}
	if s.hasKid(c, "aux", "must", "should", "shall", "ought") || s.lemmaIn(obligationWords, c) {
		return false
	}
	for _, k := range s.kids(c) {
		if s.rel(k) == "xcomp" && s.lemmaIn(obligationWords, k) {
			return false
		}
	}
	if s.tok(c).XPOS == "VB" && s.child(c, "aux") < 0 && s.child(c, "cop") < 0 {
		return false // "that Beijing let its currency rise"
	}
	return true
}

// obligationWords head a complement that tells what must be done ("need
// to", "has to", "is necessary").
var obligationWords = setOf("need", "have", "necessary", "essential", "imperative", "required", "obliged")

// releasedThingAbove reports a release whose thing released is the noun
// its relative clause describes ("cables that were later released by
// WikiLeaks", "the ad that Trump released today", "a fact sheet
// lawmakers released Monday", "transcripts that he plans to release"),
// or an object of the campaign's own wares ("released a parody website",
// "released another brochure"): documents, not persons freed (0841).
func (s *sent) releasedThingAbove(i int, a frameArgs) bool {
	if a.obj >= 0 && s.lemmaIn(releasedWares, a.obj) {
		return true
	}
	if a.obj >= 0 && s.tok(a.obj).UPOS != "PRON" {
		return false
	}
	k := i
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if strings.HasPrefix(s.deprel(k), "acl") {
			h := s.head(k)
			return h >= 0 && (s.lemmaIn(releasedThings, h) || s.lemmaIn(releasedWares, h))
		}
		if r := s.rel(k); r != "xcomp" && r != "ccomp" && r != "conj" {
			return false
		}
		k = s.head(k)
	}
	return false
}

// releasedWares are things a campaign or a group puts out, beside the
// documents of releasedThings (figurative.go).
var releasedWares = setOf("website", "site", "webpage", "robocall", "brochure", "flyer", "leaflet", "pamphlet", "amount",
	"sum", "propaganda", "mailer", "graphic", "infographic", "sheet", "op-ed")
