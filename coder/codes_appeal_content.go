package coder

// Twenty-third session (review37): appeals coded by what they ask for.

// appealContents switches the appeal refinement (tests turn it off).
var appealContents = true

var (
	// truceAccepts are verbs by which a party takes a ceasefire ("agree a
	// ceasefire", "observe the truce").
	truceAccepts = setOf("agree", "accept", "observe", "respect", "declare", "reach", "sign", "implement", "honor",
		"honour", "uphold", "extend", "announce", "conclude")
	truceNouns = setOf("ceasefire", "cease-fire", "truce", "armistice")
	// fightStops are verbs that end fighting ("stop the fighting").
	fightStops    = setOf("stop", "halt", "end", "cease", "suspend")
	stoppedFights = setOf("fighting", "hostility", "hostilities", "war", "attack", "attacks", "offensive", "strike", "strikes",
		"bombardment", "bombing", "shelling", "violence", "assault", "operation", "operations", "clash", "clashes", "combat")
	// talkVerbs negotiate; talkStarts begin talks named as their object.
	talkVerbs  = setOf("negotiate")
	talkStarts = setOf("resume", "hold", "start", "begin", "enter", "return", "open", "restart", "launch")
	talkNouns  = setOf("talk", "talks", "negotiation", "negotiations", "dialogue", "dialog")
	// freeVerbs release people or property.
	freeVerbs = setOf("release", "free")
)

// appealContent gives the code an appeal (020) takes from the infinitive
// it consumed: "urged Israel and Hamas to agree a ceasefire" asks for
// de-escalation (0256), "to resume talks" for negotiation (026), "to
// release the journalists" for a release (0253). "" when the infinitive
// asks for none of these.
func (s *sent) appealContent(code string, a frameArgs) string {
	if !appealContents || code != "020" {
		return ""
	}
	x := a.xcomp
	if x < 0 {
		// "called on Sudan's warring parties to agree": the parser may
		// hang the infinitive on the addressee.
		for _, n := range append([]int{a.obj, a.iobj}, a.obl["on"]...) {
			if n >= 0 {
				if c := s.child(n, "xcomp", "acl"); c >= 0 && s.child(c, "mark") >= 0 {
					x = c
					break
				}
			}
		}
	}
	if x < 0 {
		// "urged Israel and Hamas to agree": or read it as an
		// adverbial clause of the appeal.
		for _, c := range s.kids(a.self) {
			if m := s.child(c, "mark"); s.rel(c) == "advcl" && m >= 0 && s.lemma(m) == "to" {
				x = c
				break
			}
		}
	}
	if x < 0 {
		return ""
	}
	o := s.child(x, "obj")
	objIn := func(set map[string]bool) bool { return o >= 0 && s.lemmaIn(set, o) }
	switch {
	case s.lemmaIn(truceAccepts, x) && objIn(truceNouns), s.lemmaIn(fightStops, x) && objIn(stoppedFights):
		return "0256"
	case s.lemmaIn(talkVerbs, x), s.lemmaIn(talkStarts, x) && objIn(talkNouns):
		return "026"
	case s.lemmaIn(freeVerbs, x) && o >= 0:
		return "0253"
	}
	return ""
}
