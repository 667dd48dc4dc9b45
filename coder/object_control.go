package coder

// Fifteenth session (control19): the doer of an infinitive under a verb
// of object control is the verb's object, not its subject.

// objectControlSwitch switches controller and permittedAct.
var objectControlSwitch = true

// permittedObject switches permittedAct's reading of a noun trigger that
// is the object of a permitted infinitive (tests turn it off).
var permittedObject = true

// objectControl are verbs whose object does what their infinitive
// names: "invited Lula to visit Washington", "persuaded Rome to sign the
// accord", "forced the government to resign". Verbs of appeal and demand
// ("urged Serbia to withdraw", "asked Uganda to extradite") consume their
// infinitive: the appeal is the event, and the gold sets code the act
// asked for only by exception. Verbs of command ("ordered the army to
// strike", "told its carmakers to halt investment") are the commander's
// act, coded by the lexicon's own rows; "lead a team to investigate"
// keeps its subject among the doers.
var objectControl = setOf("invite", "persuade", "convince", "force", "compel", "get",
	"allow", "permit", "enable", "help", "authorise", "authorize", "oblige", "free")

// permittingVerbs let or help their object do the act: "would allow
// Japanese forces to take part in drills", "authorised security forces
// to open fire", "a step that would oblige it to arrest him", "ready to
// help the government respond". The act is not told as done or planned,
// and the gold sets code none of them: only the permission, if anything.
//
// "free" (nogold21): "suspended the pact, freeing its troops to resume
// drills" (spur19's freedTo drops the "freeing" itself).
var permittingVerbs = setOf("allow", "permit", "enable", "help", "authorise", "authorize", "oblige", "free")

// invitingVerbs ask or win their object over to an act still to come:
// the act is planned ("invited Ruto to visit Beijing").
var invitingVerbs = setOf("invite", "persuade", "convince")

// controller returns the word that does the act of infinitive k hung
// on verb h (as its complement or as an infinitive clause): the object
// of a verb of object control that stands between them ("invited him to
// visit"); else -1, and the act is the subject's.
func (s *sent) controller(h, k int) int {
	if !objectControlSwitch || h < 0 || s.tok(h).UPOS != "VERB" || !objectControl[s.lemma(h)] {
		return -1
	}
	if r := s.rel(k); r != "xcomp" && !(r == "advcl" && s.infinitive(k)) {
		return -1
	}
	for _, c := range s.kids(h) {
		if c > h && c < k && (s.rel(c) == "obj" || s.rel(c) == "iobj") && s.tok(c).UPOS != "NUM" {
			return c
		}
	}
	return -1
}

// controlledAct returns the verb of object control whose object does
// trigger i: i is its infinitive, or is reached from it through
// infinitives and coordination ("invited him to come and visit"); else
// -1.
func (s *sent) controlledAct(i int) int {
	for k, steps := i, 0; k >= 0 && steps < 3; steps++ {
		h := s.head(k)
		if h < 0 {
			return -1
		}
		if s.controller(h, k) >= 0 {
			return h
		}
		if r := s.rel(k); r != "xcomp" && r != "conj" {
			return -1
		}
		k = h
	}
	return -1
}

// permittedAct reports trigger i as an act its doer is let, helped or
// obliged to do ("allowed the inspectors to visit"), or invited to meet
// or talk ("invited Tehran to negotiate", "invited Polish leaders to meet
// him": the invitation asks for the talks, as "invited him to Budapest
// for talks" does): not coded.
func (s *sent) permittedAct(i int) bool {
	h := s.controlledAct(i)
	if h < 0 && permittedObject && s.rel(i) == "obj" && s.tok(i).UPOS == "NOUN" {
		// The act named by the permitted infinitive's object:
		// "freeing its troops to resume drills", "allowed the inspectors
		// to carry out checks" (nogold21).
		v := s.head(i)
		if v < 0 {
			return false
		}
		h2 := s.controlledAct(v)
		return h2 >= 0 && permittingVerbs[s.lemma(h2)]
	}
	if h < 0 {
		return false
	}
	if permittingVerbs[s.lemma(h)] {
		return true
	}
	return s.lemma(h) == "invite" && invitedTalks[s.lemma(i)]
}

// invitedTalks are the acts an invitation asks for rather than plans.
var invitedTalks = setOf("meet", "talk", "negotiate", "discuss", "hold", "join", "attend", "resume", "confer", "consult")
