package coder

// visitingModifierOn switches visitingModifier (tests turn it off).
var visitingModifierOn = true

// visitorNouns name a visiting party that is no person's name ("the
// visiting delegation", "his visiting counterpart").
var visitorNouns = setOf("delegation", "counterpart", "team", "mission", "guest", "leader", "president", "minister",
	"premier", "chancellor", "king", "queen", "prince", "emir", "envoy", "secretary", "official", "officials", "delegates")

// visitingHostVerbs are the verbs whose object is the visiting party, so
// that "visiting" right after them modifies the object: "received
// visiting Lebanese Prime Minister X", "told visiting U.S. Defense
// Secretary Y".
var visitingHostVerbs = setOf("receive", "meet", "tell", "welcome", "greet", "host", "thank", "assure", "brief", "urge",
	"accompany", "honour", "honor", "entertain", "fete", "see", "invite", "ask", "give", "present", "award", "confer")

// talksHostVerbs make talks of the clause: the talks (046), not the
// visit, are coded for the pair on that day (GUIDE: "held talks" takes
// precedence over 042/043).
var talksHostVerbs = setOf("hold", "discuss", "negotiate", "talk", "confer", "sign")

// visitingModifier reads wire copy's "visiting" before a named visitor
// ("held talks with visiting Russian Prime Minister X", "received
// visiting Lebanese Prime Minister Y", "met the visiting Thai foreign
// minister", "Mubarak and visiting King Hussein discussed"), which the
// parser takes for the verb "visit" with the visitor as its object and
// the clause's subject, the host, as its subject: the visit coded
// backwards, or the meeting left without its other side. When word i is
// such a "visiting", it returns the frame of the visit the words tell
// (the visitor the subject, the clause's subject the host as object, so
// that the entry codes 042 from the visitor and 043 from the host) and
// ok; skip when the clause tells talks between the two, which the
// coder codes in the visit's place (and nothing is coded for the word).
func (s *sent) visitingModifier(i int) (a frameArgs, ok, skip bool) {
	if !visitingModifierOn || s.lowerWord(i) != "visiting" || i+1 >= s.to {
		return a, false, false
	}
	if s.child(i, "aux") >= 0 || s.child(i, "aux:pass") >= 0 {
		// "was visiting Jerusalem": the verb.
		return a, false, false
	}
	if m := s.child(i, "mark"); m >= 0 && s.lemma(m) != "with" {
		// "while visiting Bosnia", "after visiting President X": the
		// verb.
		return a, false, false
	}
	if !s.visitingSlot(i) {
		return a, false, false
	}
	v := s.actorAt(i + 1)
	if v == nil || actorKey(v) == "" || s.namesPlace(v) && !s.namesPerson(v) {
		return a, false, false
	}
	if !s.personMention(v) && !s.visitorNounAfter(i) {
		return a, false, false
	}
	// The clause the visitor's phrase belongs to: the first verb above
	// the word (through "the" or "with" the parse made its head).
	c := s.head(i)
	for n := 0; c >= 0 && s.tok(c).UPOS != "VERB" && n < 4; n++ {
		if s.tok(c).UPOS == "NOUN" && (talksNouns[s.lemma(c)] || s.lemma(c) == "meeting") {
			// "During talks with visiting Pakistani Foreign Minister
			// X": the talks are coded.
			return a, true, true
		}
		c = s.head(c)
	}
	host := -1
	if c >= 0 {
		if (talksHostVerbs[s.lemma(c)] || s.talksAround(c, i)) && !(i > s.from && s.lemma(i-1) == "and") {
			// (Not "Mubarak and visiting King Hussein discussed": the
			// parse leaves the talks without their second side, and
			// the visit is coded between the two.)
			return a, true, true
		}
		if sb := s.frame(c).subj; sb >= 0 && sb != i && (sb < i || sb > i+8) {
			if h := s.actorAt(sb); h != nil && actorKey(h) != "" && actorKey(h) != actorKey(v) && h.Start != v.Start {
				host = sb
			}
		}
	}
	if host < 0 && i > s.from && s.lemma(i-1) == "and" && i-2 >= s.from {
		// "Jordanian Prime Minister X and visiting Iraqi President Y
		// discussed ...", the clause misparsed: the host is the name
		// before "and".
		if h := s.actorAt(i - 2); h != nil && actorKey(h) != "" && actorKey(h) != actorKey(v) {
			host = i - 2
		}
	}
	if host < 0 {
		// ("Visiting Russian Foreign Minister X said here": the host
		// is only the dateline's; not coded here.)
		return a, false, false
	}
	a = frameArgs{self: i, subj: i + 1, obj: host, iobj: -1, xcomp: -1, ccomp: -1, agent: -1, obl: map[string][]int{}}
	for _, k := range s.kids(i) {
		// The day and place the parse hung on the word are the visit's.
		if r := s.rel(k); r == "obl" || r == "nmod" {
			if p := s.caseOf(k); p != "" && p != "to" {
				a.obl[p] = append(a.obl[p], k)
			}
		}
	}
	if c >= 0 {
		for _, k := range s.kids(c) {
			if s.rel(k) == "obl" && s.isTime(k) {
				a.obl[s.caseOf(k)] = append(a.obl[s.caseOf(k)], k)
			}
		}
	}
	return a, true, false
}

// visitingSlot reports "visiting" where a modifier of a noun phrase
// stands: after a determiner or possessive, after "with" or "and", after
// a verb whose object is the visitor, or opening the sentence.
func (s *sent) visitingSlot(i int) bool {
	if i == s.from {
		return true
	}
	p := i - 1
	switch l := s.lemma(p); {
	case l == "the" || l == "his" || l == "her" || l == "their" || l == "its" || l == "with" || l == "and" || l == "for":
		return true
	case s.tok(p).UPOS == "PUNCT" && (s.doc.TokenText(p) == "--" || s.doc.TokenText(p) == "—" || s.doc.TokenText(p) == "-"):
		return true
	case s.tok(p).UPOS == "VERB" && visitingHostVerbs[l]:
		return true
	}
	return false
}

// visitorNounAfter reports a visitor noun within the few words after
// "visiting" ("the visiting Cuban delegation", "his visiting Chinese
// counterpart").
func (s *sent) visitorNounAfter(i int) bool {
	for k := i + 1; k < s.to && k <= i+4; k++ {
		if visitorNouns[s.lemma(k)] || visitorNouns[s.lowerWord(k)] {
			return true
		}
		if s.tok(k).UPOS == "VERB" || s.tok(k).UPOS == "PUNCT" {
			return false
		}
	}
	return false
}

// talksAround reports a talks noun the clause verb c governs ("held
// talks with visiting ...", "During talks with visiting ...").
func (s *sent) talksAround(c, i int) bool {
	for _, k := range s.kids(c) {
		if k != i && (s.lemma(k) == "talk" || s.lemma(k) == "talks" || s.lemma(k) == "negotiation") && s.tok(k).UPOS == "NOUN" {
			return true
		}
	}
	return false
}
