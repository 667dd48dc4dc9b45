package coder

// Who acts: the sources of an event, from the subject, the passive's agent,
// the speaker, or the sentence and the article around it.

import (
	"slices"
	"strings"

	"sitrep"
)

// strandedSubject returns the subject of a coordinated verb that the
// parse hung on the clause before: "Guterres urged restraint, and 13
// Western governments, including the United States, condemned the
// violence", with "governments" made an oblique of "exercise". It is
// the first noun after the verb's "and" whose head lies before the
// "and", when it names actors; else -1.
func (s *sent) strandedSubject(i int) int {
	// The ", and" that opens the verb's clause (the parse may hang the
	// "and" on the stranded noun instead of the verb).
	cc := -1
	for k := s.head(i) + 1; k < i; k++ {
		if s.lemma(k) == "and" && s.lemma(k-1) == "," {
			cc = k
			break
		}
	}
	if cc < 0 {
		return -1
	}
	for j := cc + 1; j < i; j++ {
		u := s.tok(j).UPOS
		if u == "VERB" || u == "AUX" || u == "PRON" {
			return -1
		}
		if u != "NOUN" && u != "PROPN" {
			continue
		}
		if h := s.head(j); h < 0 || h >= cc {
			continue
		}
		if len(s.countGroup(j)) > 0 || s.actorAt(j) != nil {
			return j
		}
		return -1
	}
	return -1
}

// clauseAfterSubject returns the subject of a finite verb in a clause
// opened by "after", "before", "since" or "until" that the parse hung as
// an oblique: "Biden vowed to respond after a drone attack killed three
// soldiers", with "attack" an oblique of "respond" and "killed" a clause
// of its own. It is the oblique whose phrase ends right before the verb
// and whose head is the verb or the verb's head; else -1.
func (s *sent) clauseAfterSubject(i int) int {
	switch s.tok(i).XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	for n := i - 1; n >= s.from; n-- {
		if !strings.HasPrefix(s.rel(n), "obl") || (s.head(n) != i && s.head(n) != s.head(i)) {
			continue
		}
		if u := s.tok(n).UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		switch s.caseOf(n) {
		case "after", "before", "since", "until":
		default:
			continue
		}
		if _, hi := s.subtree(n); hi == i-1 {
			return n
		}
	}
	return -1
}

// filedNouns are texts an actor files or issues that a participle can
// hang on ("a complaint accusing", "a statement calling for").
var filedNouns = setOf("case", "complaint", "statement", "letter", "note", "resolution", "declaration", "communique",
	"application", "lawsuit", "petition", "motion", "suit")

// maxSourceDepth bounds how deep sourceActors may be asked again inside
// itself. The rules that find a source ask for the source of another word
// (a light verb's, a speaker's, a meeting's, a text's issuer), and a
// parse can lead them round in a circle: "In a statement on Friday, the
// statement accused ..." went filedIssuer -> issuerOf -> sourceActors ->
// filedIssuer until the stack overflowed, which no recover catches
// (review21). The nineteen written dev sets never go deeper than 2
// (fuzz28); past the bound the word has no source.
const maxSourceDepth = 8

// srcCounters returns the counters of sourceActors calls under way and
// of searches cut short: the article's, since the issuer of a text is
// looked for in earlier sentences, or the sentence's own when it is
// read on its own.
func (s *sent) srcCounters() (depth, cuts *int) {
	if s.art != nil {
		return &s.art.srcDepth, &s.art.srcCuts
	}
	return &s.srcDepth, &s.srcCuts
}

// sourceActors finds the actors of the trigger's subject; a trigger
// without a subject of its own takes the subject of the verb it
// complements or is coordinated with ("agreed to hold talks", "met and
// signed"); a pronoun subject in reported speech falls back to the
// speaker.
func (s *sent) sourceActors(i int, a frameArgs) []*sitrep.ActorMention {
	depth, cuts := s.srcCounters()
	if *depth >= maxSourceDepth {
		*cuts++
		return nil
	}
	*depth++
	defer func() { *depth-- }()
	subj := a.subj
	if subj < 0 {
		subj = s.tripTraveller(i)
	}
	if (subj < 0 && s.visitNoun(i) || s.expletiveVisit(i, subj)) && !s.ownTravellerNamed(i) {
		// "the first visit by a Pakistani foreign minister", "arrived
		// for a state visit" (visits_noun_traveller.go). (The cheap
		// noun test first: ownTravellerNamed looks up actors.)
		subj = s.visitNounTraveller(i)
	}
	if subj >= 0 && relPronouns[s.lemma(subj)] && s.rel(i) == "acl" && s.head(i) >= 0 {
		// "Gonsalves, who hosted the leaders": the relative pronoun
		// stands for the noun the clause modifies.
		subj = s.head(i)
	}
	if subj < 0 && s.tok(i).UPOS == "VERB" {
		subj = s.verblessRoot(i)
	}
	if subj < 0 && s.tok(i).UPOS == "VERB" && s.rel(i) == "conj" {
		subj = s.strandedSubject(i)
	}
	if subj < 0 && s.tok(i).UPOS == "VERB" {
		if n := s.clauseAfterSubject(i); n >= 0 {
			// "summoned the ambassador after mortar shells killed two
			// people": the shells kill, not the summoner.
			if s.actorAt(n) == nil || s.caseOf(n) == "until" {
				// (A subject that names no actor leaves the act
				// without a source; "until Kosovo withdrew its
				// police" is a condition, not an act.)
				return nil
			}
			subj = n
		}
	}
	if subj < 0 && s.eachVerb(i) {
		subj = s.child(s.head(i), "nsubj")
	}
	if subj < 0 && s.rel(i) == "acl" && s.loneEach(s.head(i)) {
		subj = s.head(i)
	}
	k := i
	if subj < 0 {
		if up := s.speakerConj(i); up >= 0 {
			// (speakerConj returns only a verb with a subject.)
			subj, k = s.frame(up).subj, up
		} else if up := s.speakerConjDeep(i); up >= 0 {
			subj, k = s.frame(up).subj, up
		}
	}
	chain := true // the walk has climbed infinitives and conjuncts only
	for steps := 0; subj < 0 && steps < 4; steps++ {
		r := s.rel(k)
		h := s.head(k)
		if h >= 0 && r == "acl" && steps == 0 && s.intentClause(k) {
			// "had no plans to meet the crown prince", "accepted an
			// invitation to visit Russia", "Noboa's decision to impose a
			// tariff": the noun of intent is no actor; its owner, else
			// whoever has or accepts it, acts.
			if p := s.child(h, "nmod:poss"); p >= 0 {
				subj = p
				break
			}
			if v := s.governingVerb(h); v >= 0 && s.rel(h) == "obj" && s.head(h) == v {
				subj, k, chain = s.frame(v).subj, v, false
				continue
			}
		}
		if h >= 0 && r == "acl" && (steps > 0 && s.infinitive(k) || s.meansGerund(k)) {
			// "ordered diplomats from seven countries to leave, accusing
			// their governments", with "to leave" hung on the noun, or
			// "dealt a blow to EU foreign policy by rejecting a treaty"
			// (sources_means_gerund.go): the participle shares the
			// subject of the verb that governs the noun, not the noun's.
			if v := s.governingVerb(h); v >= 0 {
				subj, k, chain = s.frame(v).subj, v, false
				continue
			}
		}
		if h >= 0 && r == "acl" && s.deprel(k) != "acl:relcl" || h >= 0 && r == "acl" && steps == 0 {
			// "warplanes that struck", "ships had fired" (a participle
			// or relative clause without its own subject): the
			// modified noun acts.
			if s.nominal(h) {
				subj = h
			}
			if v := s.head(h); v >= 0 && filedNouns[s.lemma(h)] && s.rel(h) == "obj" && s.mentionCovering(h) == nil {
				// "filed a case at the court accusing Israel", "issued a
				// statement condemning the raid": a filing or a statement
				// speaks for whoever filed or issued it, not for the
				// actor named beside it (the court, the forum).
				if vs := s.frame(v).subj; vs >= 0 {
					subj = vs
				}
			}
			break
		}
		if o := s.controller(h, k); o >= 0 && chain {
			// "invited him to visit Washington", "persuaded Rome to
			// sign": the object acts (object_control.go).
			subj = o
			break
		}
		if v, vs := s.adverbialOnModifier(k); v >= 0 {
			// "slammed X as reckless while praising Y", the participle
			// hung on the adjective: the verb above acts
			// (sources_adverbial_on_modifier.go).
			subj, k, chain = vs, v, false
			continue
		}
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "advcl" && sharesSubject(s, k) || r == "ccomp" && steps > 0 && reportsOrDenies(s.lemma(h)) && speechAct(s.lemma(i))) {
			// (The last: "The rebels said the detention effectively
			// ended the peace deal, and called on the United Nations
			// to mediate", the appeal hung on a reported verb that has
			// no subject of its own: the speaker appeals.)
			break
		}
		from := k
		k = h
		chain = chain && (r == "xcomp" || r == "conj")
		if s.tok(k).UPOS == "NOUN" && r == "xcomp" {
			break
		}
		if r == "conj" && s.tok(i).UPOS == "VERB" && s.tok(k).UPOS != "VERB" {
			// "demanded that the RSF halt its siege and called on both
			// sides", with the second verb coordinated to a misread
			// noun: the verb above it, if it comes first, has the
			// subject.
			if v := s.governingVerb(k); v >= 0 && v < i && s.frame(v).subj >= 0 {
				k = v
			} else if s.misreadConjHead(i, k, v) {
				// (A governing verb without a subject of its own: the
				// walk climbs on from it.)
				k = v
			}
		}
		f := s.frame(k)
		subj = f.subj
		if f.passive && (r == "xcomp" || r == "conj" && !s.sharedPassive(from) || s.scheduledInfinitive(from)) && f.obj >= 0 && s.rel(f.obj) == "nsubj" {
			// "Jamaica and Benin are expected to send police", "it was
			// disappointed by the decision and urged Honduras": the
			// passive's surface subject, not its agent.
			subj = f.obj
		}
	}
	if subj < 0 && s.tok(i).UPOS == "NOUN" {
		// "Russia's attack", "the Russian offensive": a possessor or an
		// adjective naming the actor.
		for _, c := range s.kids(i) {
			if r := s.deprel(c); r == "nmod:poss" || r == "amod" || r == "compound" {
				if m := s.actorAt(c); m != nil {
					return []*sitrep.ActorMention{m}
				}
			}
		}
		if m := s.pronounPossessor(i); m != nil {
			// "during his British trip": the pronoun's antecedent
			// (sources_pronoun_possessor.go).
			return []*sitrep.ActorMention{m}
		}
		if ms := s.meetingOccasion(i); ms != nil {
			return ms
		}
		if s.lemmaIn(attackNouns, i) && s.namedVictim(i) {
			// "a Russian attack on western Ukraine", the adjective
			// left uncoded by the actor coder: the country it names.
			for _, c := range s.kids(i) {
				if s.rel(c) == "amod" && s.tok(c).UPOS == "ADJ" {
					if m := s.countryWord(c); m != nil {
						return []*sitrep.ActorMention{m}
					}
				}
			}
		}
		// A noun that is the object of a verb takes the verb's subject
		// ("launched an offensive"), also through a measure ("began
		// three days of joint drills", "carried out a wave of strikes"),
		// and a mission sent is the sender's ("would send a mediation
		// mission": tenth session, mednoun10).
		obj := i
		if h := s.head(i); h >= 0 && s.rel(i) == "nmod" && s.caseOf(i) == "of" && (quantityNouns[s.lemma(h)] || spanNouns[s.lemma(h)]) {
			obj = h
		}
		if h := s.head(obj); h >= 0 && (s.rel(obj) == "obj" && (lightVerbs[s.lemma(h)] || s.cancelled(obj) || sendVerbs[s.lemma(h)] && s.lemma(obj) == "mission")) {
			f := s.frame(h)
			if subj = f.subj; subj < 0 {
				return s.sourceActors(h, f)
			}
		}
	}
	if subj >= 0 && k != i && relPronouns[s.lemma(subj)] && s.rel(k) == "acl" && s.head(k) >= 0 && s.tok(s.head(k)).UPOS != "VERB" && s.actorAt(s.head(k)) != nil {
		// "Ghana, Togo and Benin, which formed a customs union,
		// recalled their ambassadors", the second verb read as a
		// conjunct of the relative clause: the relative pronoun the
		// walk found stands for the listed nouns it modifies, not for
		// the nearest name before it. Only when the noun is itself an
		// actor: "a provocation that violated the resolutions and
		// called on Pyongyang" is the walk going astray, not a
		// provocation calling.
		subj = s.head(k)
	}
	if subj < 0 {
		subj = s.dueSubject(i)
	}
	if subj < 0 {
		subj = s.openerSubject(k)
	}
	if subj < 0 {
		subj = s.participleOpener(k)
	}
	if subj < 0 && k != i {
		subj = s.participleOpener(i)
	}
	if subj < 0 && s.tok(k).UPOS == "VERB" {
		if m := s.nameBefore(k); m != nil {
			return []*sitrep.ActorMention{m}
		}
	}
	if subj < 0 {
		return nil
	}
	// The speaker of the trigger, asked for by several tests below:
	// found once, when first asked.
	var spk *sitrep.ActorMention
	spkFound := false
	speaker := func() *sitrep.ActorMention {
		if !spkFound {
			spk, spkFound = s.speakerOf(i), true
		}
		return spk
	}
	var out []*sitrep.ActorMention
	subjects := s.conjuncts(subj)
	subjects = append(s.strandedHead(subjects), subjects...)
	if subj == a.subj {
		subjects = append(subjects, s.splitSubjects(i, subj)...)
	} else if h := s.head(subj); h >= 0 && s.rel(subj) == "nsubj" {
		// A subject borrowed from the verb before ("The United States,
		// Britain and Canada said ... and urged"): that verb's split list.
		subjects = append(subjects, s.splitSubjectsOf(h, subj, true)...)
	}
	for _, k := range subjects {
		if ms := s.theyMet(k, i, a); ms != nil {
			out = append(out, ms...)
			continue
		}
		if ms := s.theTwo(k); len(ms) == 2 {
			out = append(out, ms...)
			continue
		}
		if ms := s.countGroup(k); len(ms) > 0 {
			out = append(out, ms...)
			continue
		}
		if ms := s.demonymPair(k); len(ms) > 1 {
			// "Kyrgyz and Tajik surveyors will meet again": both
			// countries (demonymPair).
			out = append(out, ms...)
			continue
		}
		if ms := s.modifierActors(k); len(ms) > 1 {
			// "the leaders of Ethiopia, Egypt and Sudan held talks": the
			// countries listed, before "the leaders" as the story's
			// two sides.
			out = append(out, ms...)
			continue
		}
		if s.group(k) || s.groupOf(k) || s.pluralGroup(k) && speaker() == nil {
			out = append(out, s.art.twoSides(s.tok(k).Start)...)
			continue
		}
		out = append(out, s.joinedBy(k)...)
		m := s.actorAt(k)
		if m != nil {
			m = s.civilSide(m)
		}
		if r := s.roleOf(k); r != nil {
			m = r
		}
		if s.tok(k).UPOS == "PRON" && s.lemma(k) == "they" && s.rel(k) == "nsubj" {
			// "The four countries said they would close their airspace",
			// "The military governments of Mali, Burkina Faso and Niger
			// announced that they were leaving": the group that speaks.
			if ms := s.speakersOf(i); len(ms) > 1 {
				out = append(out, ms...)
				continue
			}
		}
		if s.tok(k).UPOS == "PRON" && thirdPerson[s.lemma(k)] && s.rel(k) == "nsubj" {
			// "the European Union said it stood by Chisinau": a pronoun
			// subject under a speech verb is the speaker, whatever actor
			// the pronoun was resolved to.
			if sp := speaker(); sp != nil && actorKey(sp) != "" {
				m = sp
			}
		}
		if m == nil && s.speakerEpithet(k) {
			m = speaker()
		}
		if ms := s.pluralAntecedent(k); len(ms) > 0 && (m == nil || speaker() == nil) {
			// "Rubio and Lavrov met ... and they agreed": the list
			// before, unless the pronoun is a speaker's own.
			out = append(out, ms...)
			continue
		}
		if (m == nil || actorKey(m) == "") && k == a.subj && s.relativeOfThing(k) {
			// "five days of fighting that killed 35 people", "an attack
			// that killed 80": the verb's own relative pronoun stands
			// for the word it follows, which names no actor; the
			// clause's doer is not the nearest name before it.
			continue
		}
		if (m == nil || actorKey(m) == "") && s.tok(k).UPOS == "PRON" {
			m = speaker()
			if m == nil {
				m = s.antecedent(k)
			}
		}
		if m == nil || actorKey(m) == "" {
			// "France's far-right party leader, Marine Le Pen, voiced
			// support": a title of no country set beside a named actor
			// (sources_apposed_name.go).
			if ap := s.apposedActor(k); ap != nil {
				m = ap
			}
		}
		if m == nil {
			m = s.placeActor(k)
		}
		if m == nil {
			m = s.adjacentActor(k)
		}
		if m == nil {
			// "Israeli warplanes struck", "RSF drones hit": a subject
			// the actor coder left uncoded acts for its country
			// adjective.
			m = s.demonymActor(k)
		}
		if m == nil && s.rel(k) == "nsubj" {
			// "the new junta accused France": an uncoded government of
			// no named country, the verb's own subject, is the story's.
			// (Not a noun the clause modifies: "the legal authority to
			// expel them".)
			m = s.homeGovernment(k)
		}
		if m == nil {
			// "the group denied it": the armed group named before.
			m = s.groupAntecedent(k)
		}
		if m == nil || actorKey(m) == "" {
			// "the statement accused the ship": the text's issuer,
			// named before (sources_filed_text_issuer.go).
			if a := s.filedIssuer(k); a != nil {
				m = a
			}
		}
		if m == nil {
			// "its ships had taken measures", "their forces crossed": the
			// possessor's, the speaker under a speech verb, else the
			// pronoun's antecedent.
			if p := s.child(k, "nmod:poss"); p >= 0 && s.tok(p).UPOS == "PRON" && possessors[s.lemma(p)] {
				if m = speaker(); m == nil || actorKey(m) == "" {
					m = s.actorAt(p)
					if m == nil || actorKey(m) == "" {
						m = s.antecedent(p)
					}
				}
			}
		}
		if m != nil && strings.Contains(m.Entry, "dateline") && !nonState[strings.ToLower(m.Sector)] {
			// "An Israeli military spokesperson said troops had struck
			// targets in Gaza", in a Cairo story: troops the actor coder
			// placed only by the dateline are the speaker's. (Not rebels,
			// gunmen or protesters: "rebels fired on his aircraft, the
			// French defence minister said" are no French rebels.)
			if sp := speaker(); sp != nil && actorKey(sp) != "" {
				m = sp
			}
		}
		if m != nil && actorKey(m) != "" {
			out = append(out, m)
		} else if s.group(k) {
			out = append(out, s.art.dyad(s.tok(k).Start)...)
		}
	}
	if len(out) == 0 && s.rel(i) == "conj" && s.tok(i).UPOS == "VERB" && speechAct(s.lemma(i)) {
		// "the ministry said the drills had been conducted safely and
		// accused Australia of hyping up the issue", with "accused"
		// hung on the reported verb: a speech act there is the
		// speaker's.
		if sp := speaker(); sp != nil && actorKey(sp) != "" {
			out = append(out, sp)
		}
	}
	return out
}

// relativeNoun switches relativeOfThing (tenth session, spur13; tests
// turn it off).
var relativeNoun = true

// relativeOfThing reports a relative "that" or "which" right after a
// noun (or a noun the parse read as a verb: "fighting", "attack") that
// names no actor and is no filed text.
func (s *sent) relativeOfThing(k int) bool {
	if !relativeNoun || k <= s.from || s.tok(k).UPOS != "PRON" {
		return false
	}
	if l := s.lemma(k); l != "that" && l != "which" {
		return false
	}
	p := k - 1
	if s.tok(p).UPOS == "PUNCT" && p > s.from {
		p--
	}
	if u := s.tok(p).UPOS; u != "NOUN" && u != "VERB" || filedNouns[s.lemma(p)] {
		// (Not a statement or a letter: "said in a statement, which
		// also accused Asmara" speaks for the one who issued it.)
		return false
	}
	m := s.mentionCovering(p)
	return m == nil || actorKey(m) == ""
}

// sharedSubject returns the subject a verb without one of its own takes
// from the verb it complements, is coordinated with or is the purpose of
// ("several hundred people defied the ban to protest"), else -1.
func (s *sent) sharedSubject(i int) int {
	for k, steps := i, 0; k >= 0 && steps < 4; steps++ {
		r, h := s.rel(k), s.head(k)
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "advcl" && sharesSubject(s, k)) || s.tok(h).UPOS != "VERB" {
			return -1
		}
		if r == "conj" && s.sharedPassive(k) {
			// "children are beaten, chained, attacked": the patient
			// (sources_shared_passive.go).
			return -1
		}
		if sb := s.child(h, "nsubj"); sb >= 0 {
			return sb
		}
		k = h
	}
	return -1
}

// subjectWord is the word an entry's subj= condition is tested on: the
// verb's subject, else the subject it shares with the verb above it;
// for a relative clause ("students who burned police cars") the
// noun the relative pronoun stands for; for a verb the parse hung on a
// noun as a reduced relative ("Hundreds of students protested outside
// the embassy", read as "students [who] protested") that noun. (Not a past
// participle hung on its noun, "people killed", whose noun is the
// object.)
func (s *sent) subjectWord(a frameArgs) int {
	i := a.self
	subj := a.subj
	if subj < 0 {
		// "greeted by thousands of Germans protesting against the pact"
		// (sources_participle_after_noun.go).
		subj = s.participleNoun(i)
	}
	if subj < 0 {
		subj = s.sharedSubject(i)
	}
	// Walk up to the clause that carries the subject ("who tried to
	// break through a cordon": the relative clause of "tried").
	k := i
	for steps := 0; steps < 3 && (subj < 0 || relativePronoun(s, subj)); steps++ {
		if s.rel(k) == "xcomp" || s.rel(k) == "conj" {
			if h := s.head(k); h >= 0 && s.tok(h).UPOS == "VERB" {
				k = h
				if sb := s.child(k, "nsubj"); sb >= 0 {
					subj = sb
				}
				continue
			}
		}
		break
	}
	h := s.head(k)
	if h < 0 || s.tok(h).UPOS != "NOUN" {
		return subj
	}
	switch full := s.deprel(k); {
	case full == "acl:relcl" && subj >= 0 && relativePronoun(s, subj):
		return h
	case full == "acl" && subj < 0 && (s.tok(k).XPOS == "VBD" || s.tok(k).XPOS == "VBG"):
		return h
	case full == "acl" && subj < 0 && s.tok(k).XPOS == "VBN" && s.child(k, "obj") >= 0:
		// A participle with an object of its own is a past verb the
		// tagger misread ("fishing boats blockaded the port"): a passive
		// participle has no object.
		return h
	}
	return subj
}

// relativePronoun reports "who", "which", "that" as a clause's subject.
func relativePronoun(s *sent, k int) bool {
	switch strings.ToLower(s.lemma(k)) {
	case "who", "which", "that":
		return true
	}
	return false
}

// whatNamed returns the noun a free relative names ("what it called the
// dangerous actions of the Chinese vessels", "what he called criminal
// Israeli aggression"): the object, else the complement, of the naming
// verb hung on "what"; -1 if k is no such relative.
func (s *sent) whatNamed(k int) int {
	if l := s.lemma(k); !(l == "what" || l == "that" && s.tok(k).UPOS == "PRON") {
		return -1
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "acl" {
			f := s.frame(c)
			if f.obj >= 0 && f.obj != k {
				return f.obj
			}
			if f.xcomp >= 0 && s.tok(f.xcomp).UPOS == "NOUN" {
				return f.xcomp
			}
		}
	}
	return -1
}

// civilSide is the side of a civil war a bare sector noun stands for
// when the actor coder placed it only by a dateline in another country
// ("the rebels accused the army", in a Doha story whose lead names a
// country's army and its rebel front together: the army is that
// country's, not Qatar's); else m itself.
func (s *sent) civilSide(m *sitrep.ActorMention) *sitrep.ActorMention {
	if !strings.Contains(m.Entry, "dateline") {
		return m
	}
	for _, p := range s.art.civilPair() {
		if p.Sector == m.Sector && p.Country != m.Country {
			return p
		}
	}
	return m
}

// entityOver returns the first entity with the label that overlaps
// mention m, or nil.
func (s *sent) entityOver(m *sitrep.ActorMention, label string) *sitrep.Entity {
	for x := range s.doc.Entities {
		if e := &s.doc.Entities[x]; e.Label == label && e.Start < m.End && m.Start < e.End {
			return e
		}
	}
	return nil
}

// namesPerson reports a mention that covers a person's name (a PER
// entity): "Zaev accuses Gruevski" is a quarrel at home, not a misread
// source.
func (s *sent) namesPerson(m *sitrep.ActorMention) bool { return s.entityOver(m, "PER") != nil }

// namesPlace reports a mention named by a place (a LOC entity:
// "Mauritania", "N'Djamena"), a country named as such.
func (s *sent) namesPlace(m *sitrep.ActorMention) bool { return s.entityOver(m, "LOC") != nil }

// sharesSubject reports an adverbial clause whose unstated subject is
// its head's: an infinitive of purpose ("to encircle"), a participle
// ("ordered them out, accusing their governments"), "after meeting".
func sharesSubject(s *sent, k int) bool {
	m := s.child(k, "mark")
	if m < 0 {
		return s.frame(k).subj < 0
	}
	switch s.lemma(m) {
	case "to", "after", "before", "while", "by", "when", "without":
		return s.frame(k).subj < 0
	case "in":
		// "were alone in warning Iraq" (sources_adverbial_on_modifier.go).
		return s.inGerund(k) && s.frame(k).subj < 0
	}
	return false
}

// ownWords reports an act the source itself announces: in its own quote,
// or under a speech verb whose speaker is of the source's country.
func (s *sent) ownWords(i int, src *sitrep.ActorMention) bool {
	d := s.doc
	if q := quoteAt(d, d.Tokens[i].Start); q != nil {
		if sp := d.Quotes[*q].SpeakerResolved; sp != nil && len(sp.Actor) >= 3 && src.Country != "" && sp.Actor[:3] == src.Country {
			return true
		}
	}
	sp := s.speakerOf(i)
	if sp != nil && actorKey(sp) != "" {
		return actorKey(sp) == actorKey(src)
	}
	// "Co-President Murillo said Nicaragua would respond", "Moscow
	// would respond, she said", "the ministry's spokesman warned that
	// Iran would respond firmly": a speaker the actor coder did not
	// place speaks for the country whose response is promised; not a
	// commentator ("analysts said Iran would respond").
	h := s.speechHead(i, true)
	if h < 0 {
		h = s.trailingSpeech(i)
	}
	if h < 0 {
		return false
	}
	subj := s.frame(h).subj
	if h > i && subj >= 0 {
		// (The trailing speaker: speakerOf walks up only.)
		if m := s.actorAt(subj); actorKey(m) != "" {
			return actorKey(m) == actorKey(src)
		}
	}
	return subj >= 0 && !commentators[s.lemma(subj)]
}

// trailingSpeech returns a speech verb with its own subject and no
// clause of its own that the parse hangs below the clause it tells, after
// it ("Moscow would respond, she said", "\"It will not go unanswered,\"
// he told reporters", with the speech verb a parataxis of the clause's
// verb); -1 if there is none.
func (s *sent) trailingSpeech(i int) int {
	for _, c := range s.kids(i) {
		if c > i && s.rel(c) == "parataxis" && speechVerbs[s.lemma(c)] && s.tok(c).UPOS == "VERB" && s.child(c, "nsubj") >= 0 && s.child(c, "ccomp") < 0 && s.child(c, "xcomp") < 0 {
			return c
		}
	}
	return -1
}

// roleOf returns the actor a role noun stands for ("a spokesman for the
// Chinese coast guard", "the head of the African Union"): the body, not
// whatever the actor coder guessed for the bare role.
func (s *sent) roleOf(k int) *sitrep.ActorMention {
	if !roleNouns[s.lemma(k)] {
		return nil
	}
	for _, c := range s.kids(k) {
		if s.rel(c) != "nmod" {
			continue
		}
		if p := s.caseOf(c); p == "for" || p == "of" {
			if m := s.actorAt(c); m != nil && actorKey(m) != "" {
				return m
			}
		}
	}
	return nil
}

// antecedent resolves a personal pronoun left uncoded by the actor
// coder: inside a quote, "we" and "I" are the speaker; otherwise the
// nearest coded actor before it in this sentence or the one before that
// was itself a subject, else the nearest coded actor there.
func (s *sent) antecedent(k int) *sitrep.ActorMention {
	d := s.doc
	l := s.lemma(k)
	if l == "we" || l == "i" || l == "our" || l == "us" {
		if q := quoteAt(d, d.Tokens[k].Start); q != nil {
			if sp := d.Quotes[*q].SpeakerResolved; sp != nil && sp.Actor != "" {
				for j := range d.Actors {
					if d.Actors[j].Code == sp.Actor && d.Actors[j].Start < d.Tokens[k].Start {
						return &d.Actors[j]
					}
				}
			}
		}
		return nil
	}
	if !relPronouns[l] && l != "it" && l != "they" && l != "he" && l != "she" && l != "its" && l != "their" && l != "his" && l != "her" {
		return nil
	}
	if (l == "it" || l == "they") && s.rel(k) == "nsubj" {
		// "China said it was suspending talks ..., and it imposed
		// sanctions": the subject of a verb coordinated with one
		// whose subject names an actor goes on with that subject.
		if v := s.head(k); v >= 0 && s.rel(v) == "conj" && s.head(v) >= 0 && s.head(v) < k {
			if sb := s.frame(s.head(v)).subj; sb >= 0 && sb < k && s.tok(sb).UPOS != "PRON" {
				if m := s.actorAt(sb); m != nil && actorKey(m) != "" {
					return m
				}
			}
		}
	}
	if (l == "it" || l == "they" || l == "he" || l == "she") && (k == s.from || s.afterOpener(k)) && s.rel(k) == "nsubj" {
		// "Mali's army said it had struck positions near the border,
		// but denied crossing into Mauritania. It accused Mauritania
		// of ...": a pronoun opening a sentence as its subject goes on
		// with the subject of the sentence before, not the nearest name.
		if ps := s.previous(); ps != nil {
			if m := ps.mainSubject(); m != nil {
				return m
			}
		}
	}
	lo := d.Sentences[max(s.idx-1, 0)].Start
	off := d.Tokens[k].Start
	var near *sitrep.ActorMention
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Start < lo || m.Start >= off || actorKey(m) == "" {
			continue
		}
		near = m
	}
	return near
}

// afterOpener reports a subject k of the sentence's main verb that only
// an opening adverbial precedes ("On Tuesday it barred", "Later, they
// said"): no actor, verb or other clause before it.
func (s *sent) afterOpener(k int) bool {
	if v := s.head(k); v < 0 || s.head(v) >= 0 {
		return false
	}
	for j := s.from; j < k; j++ {
		if u := s.tok(j).UPOS; u == "VERB" || u == "AUX" || u == "PRON" || s.mentionCovering(j) != nil {
			return false
		}
	}
	return true
}

// speechHead returns the speech verb whose complement holds token i, or
// -1. With withinClause the walk up stops at a clause boundary other than
// coordination or an open complement.
func (s *sent) speechHead(i int, withinClause bool) int {
	for k := i; k >= 0; k = s.head(k) {
		h := s.head(k)
		if h < 0 {
			return -1
		}
		if (s.rel(k) == "ccomp" || s.rel(k) == "parataxis") && speechVerbs[s.lemma(h)] {
			return h
		}
		if withinClause && clauseBoundary(s.rel(k)) && s.rel(k) != "conj" && s.rel(k) != "xcomp" {
			return -1
		}
	}
	return -1
}

// speakerOf returns the actor whose speech verb governs token i.
func (s *sent) speakerOf(i int) *sitrep.ActorMention {
	h := s.speechHead(i, true)
	if h < 0 {
		return nil
	}
	if subj := s.frame(h).subj; subj >= 0 {
		if s.group(subj) {
			return nil
		}
		if m := s.roleOf(subj); m != nil {
			return m
		}
		return s.actorAt(subj)
	}
	// "Mali accused Algeria and said it would file a complaint": the
	// speech verb shares its head's subject.
	if srcs := keyed(s.sourceActors(h, s.frame(h))); len(srcs) == 1 {
		return srcs[0]
	}
	return nil
}

// mentionCovering returns the coded actor mention that token j (of any
// sentence) is part of, if any.
func (s *sent) mentionCovering(j int) *sitrep.ActorMention {
	if x := s.covers()[j]; x >= 0 {
		return &s.doc.Actors[x]
	}
	return nil
}

// covers returns the article's token-to-mention index (coverIndex),
// built on first use.
func (s *sent) covers() []int32 {
	if s.art == nil {
		// A sentence read on its own (the one before, for its subject).
		return coverIndex(s.doc)
	}
	if s.art.cover == nil {
		s.art.cover = coverIndex(s.doc)
	}
	return s.art.cover
}

// adjacentActor returns the actor just before a subject noun phrase the
// parse cut short ("Thai F-16 jets", with "Thai F" split off): a coded
// mention ending at most three words before it, with only names,
// numbers, adjectives and hyphens between.
func (s *sent) adjacentActor(k int) *sitrep.ActorMention {
	if s.tok(k).UPOS != "NOUN" {
		return nil
	}
	start, _ := s.span(k)
	first := k
	for first > s.from && s.tok(first-1).End > start {
		first--
	}
	for j := first - 1; j >= s.from && j >= first-3; j-- {
		if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
			return m
		}
		switch s.tok(j).UPOS {
		case "PROPN", "NUM", "ADJ", "PUNCT":
			if s.tok(j).UPOS == "PUNCT" && s.lemma(j) != "-" {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// homeGovernment stands for "the government", "the authorities" that
// the actor coder left uncoded: the government of the country the story
// is about.
func (s *sent) homeGovernment(k int) *sitrep.ActorMention {
	if !governmentNouns[s.lemma(k)] || s.child(k, "nmod:poss") >= 0 || len(s.art.ranked) == 0 || len(s.art.ranked[0]) != 3 {
		return nil
	}
	if det := s.child(k, "det"); det < 0 || s.lemma(det) != "the" {
		return nil
	}
	c := s.art.ranked[0]
	return &sitrep.ActorMention{Span: s.tokSpan(k), Code: c + "GOV", Country: c, Sector: "GOV", Entry: "the government: the story's country", Ref: -1}
}

// bodyNouns head the names of international bodies and are what a story
// calls them once named in full ("the Security Council" ... "the
// council", "the European Commission" ... "the Commission").
var bodyNouns = setOf("council", "commission", "court", "tribunal", "assembly", "agency", "parliament")

// bodyShortName codes "the council", "the Commission", left uncoded by
// the actor coder, as the international body named before it in the
// story whose name has that head word.
func (s *sent) bodyShortName(k int) *sitrep.ActorMention {
	l := s.lemma(k)
	if !bodyNouns[l] || s.child(k, "nmod:poss") >= 0 || s.child(k, "amod") >= 0 || s.child(k, "compound") >= 0 {
		return nil
	}
	if det := s.child(k, "det"); det < 0 || s.lemma(det) != "the" {
		return nil
	}
	d := s.doc
	at := s.tok(k).Start
	for j := len(d.Actors) - 1; j >= 0; j-- {
		m := &d.Actors[j]
		if m.End > at || !strings.HasPrefix(m.Code, "IGO") {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(d.Text[m.Start:m.End])) {
			if w == l {
				c := *m
				c.Span, c.Entry, c.Ref = s.tokSpan(k), "the body named before", -1
				return &c
			}
		}
	}
	return nil
}

// homeSubject is the source of a trigger whose subject sourceActors
// could not place: in a story about one country's own affairs, its own
// subject or the one it shares with the verb above it, when homeActor
// places it ("Mondlane accused the security forces", "the election
// commission rejected the fraud claims", "the campaign welcomed the
// release and urged the government").
func (s *sent) homeSubject(i int, a frameArgs) []*sitrep.ActorMention {
	k := s.unplacedSubject(i, a)
	if k < 0 {
		return nil
	}
	if h := s.homeActor(k, s.actorAt(k)); h != nil {
		return []*sitrep.ActorMention{h}
	}
	return nil
}

// unplacedSubject returns the subject word of trigger i that
// sourceActors could not place (its own, the one it shares, or the
// sentence's opening phrase), -1 when there is none or the actor coder
// gave it a country.
func (s *sent) unplacedSubject(i int, a frameArgs) int {
	k := a.subj
	if k < 0 {
		k = s.sharedSubject(i)
	}
	switch {
	case k < 0:
	case relativePronoun(s, k):
		// "Piedad Cordoba, who negotiated the handover, urged Santos",
		// with "urged" hung on the relative clause: the noun the
		// clause modifies.
		if v := s.head(k); v >= 0 && s.deprel(v) == "acl:relcl" {
			k = s.head(v)
		} else {
			k = -1
		}
	case s.rel(k) != "nsubj":
		k = -1
	}
	if k < 0 {
		k = s.openerSubject(s.topVerb(i))
	}
	if k < 0 || actorKey(s.actorAt(k)) != "" {
		return -1
	}
	return k
}

// governmentCritic is the source of a demand, criticism, rejection or
// threat aimed at a country's government by a subject the actor coder
// placed nowhere ("opposition leader Matthew Wale accused the
// government of corruption", "organisers accused the new government"):
// one of that country's own, whatever else the story is about.
func (s *sent) governmentCritic(i int, a frameArgs) []*sitrep.ActorMention {
	if a.obj < 0 || s.demonymActor(a.obj) != nil {
		return nil
	}
	g := s.actorAt(a.obj)
	if g == nil {
		g = s.homeGovernment(a.obj)
	}
	if g == nil || g.Country == "" || g.Sector != "GOV" || !governmentNouns[s.lemma(a.obj)] || s.child(a.obj, "nmod:poss") >= 0 {
		// (Only "the government", not whose: "accused President
		// Trump's administration", by a foreign envoy.)
		return nil
	}
	if s.art.filedElsewhere(g.Country) {
		// (A story filed from another country: "the government" may
		// be the dateline's, as in homeActor.)
		return nil
	}
	k := s.unplacedSubject(i, a)
	if k < 0 {
		return nil
	}
	m := s.actorAt(k)
	if outsideBody(m) {
		return nil
	}
	if h := s.homeActorOf(k, m, g.Country); h != nil {
		return []*sitrep.ActorMention{h}
	}
	return nil
}

// topVerb returns the verb whose subject verb i shares: up its chain of
// coordinated verbs and open complements (also through a noun the
// parse hung a verb on: "condemned the attempt and denied any role",
// with "denied" a conjunct of "attempt"), as far as a verb with a
// subject of its own, else the top of the chain.
func (s *sent) topVerb(i int) int {
	k := i
	for steps := 0; steps < 4 && s.child(k, "nsubj") < 0; steps++ {
		h := s.head(k)
		if h < 0 || s.rel(k) != "conj" && s.rel(k) != "xcomp" {
			break
		}
		if s.tok(h).UPOS != "VERB" {
			if h = s.governingVerb(h); h < 0 || h > k {
				break
			}
		}
		k = h
	}
	return k
}

// openerSubject returns the noun phrase that opens the sentence as the
// subject of verb v when the parse hung it inside the relative clause
// that follows it ("Tuilaepa, who has led Samoa for 22 years, said",
// "Opposition parties, which accuse his allies of buying votes,
// demanded"): read off the word order, the phrase's last word; -1 when
// the words do not run so or v has a subject.
func (s *sent) openerSubject(v int) int {
	c, c2, ok := s.openerCommas(v)
	if !ok || !relativePronoun(s, c+1) {
		return -1
	}
	for j := c + 2; j < c2; j++ {
		if s.lemma(j) == "," && j+1 < c2 && s.tok(j+1).UPOS != "NUM" {
			// Another clause between: not one relative clause.
			return -1
		}
	}
	return c - 1
}

// openerCommas reads the word order openerSubject and participleOpener
// share: v, a verb with no subject, right after a comma c2 (auxiliaries
// and adverbs between: ", has condemned"), and the sentence opening on
// nouns, names and their modifiers up to a first comma c before c2, the
// word before c a noun or a name (the phrase's last word is c-1). ok is
// false when the words do not run so; the callers check what follows c.
func (s *sent) openerCommas(v int) (c, c2 int, ok bool) {
	if v < 0 || s.tok(v).UPOS != "VERB" || s.child(v, "nsubj") >= 0 {
		return 0, 0, false
	}
	c2 = v - 1
	for c2 > s.body && (s.tok(c2).UPOS == "AUX" || s.tok(c2).UPOS == "ADV" || s.tok(c2).UPOS == "PART") {
		c2--
	}
	if c2 <= s.body || s.lemma(c2) != "," {
		return 0, 0, false
	}
	c = s.body
	for c < c2 {
		switch s.tok(c).UPOS {
		case "NOUN", "PROPN", "ADJ", "DET":
			c++
			continue
		}
		break
	}
	if c == s.body || c >= c2 || s.lemma(c) != "," {
		return 0, 0, false
	}
	if u := s.tok(c - 1).UPOS; u != "NOUN" && u != "PROPN" {
		return 0, 0, false
	}
	return c, c2, true
}

// homeActor places a subject left without a country (m, the actor
// coder's mention of it, has none or only a sector) in the country a
// domestic story is about: a named person or organisation, or a noun for
// people or a body ("organisers", "the committee", "officers"). Pronouns
// are resolved elsewhere, and commentators speak for no one.
func (s *sent) homeActor(k int, m *sitrep.ActorMention) *sitrep.ActorMention {
	if s.art == nil || len(s.art.ranked) == 0 || len(s.art.ranked[0]) != 3 || !s.art.domestic() {
		return nil
	}
	if outsideBody(m) {
		// (Rights groups and charities, often foreign, speak of a
		// country rather than for it.)
		return nil
	}
	c := s.art.ranked[0]
	if s.art.filedElsewhere(c) {
		// "HONIARA — Fifty Australian police officers arrived": a
		// story filed from another country than the one it names most
		// may be about the dateline's, whose actors the coder missed.
		return nil
	}
	return s.homeActorOf(k, m, c)
}

// homeActorOf is subject k (m, the actor coder's mention of it, if any)
// placed in country c: a sector the actor coder found, a named person or
// organisation, or a noun for people or a body; nil for other words.
func (s *sent) homeActorOf(k int, m *sitrep.ActorMention, c string) *sitrep.ActorMention {
	span := s.tokSpan(k)
	if m != nil && m.Code != "" {
		// A sector the actor coder found ("police", "the junta", "air
		// force helicopters"): the home country's.
		h := *m
		h.Code, h.Country, h.Entry = c+m.Code, c, m.Entry+" + the story's country"
		return &h
	}
	switch t := s.tok(k); {
	case t.UPOS == "PROPN" && s.entityOver(&sitrep.ActorMention{Span: span}, "PER") != nil:
	case t.UPOS == "PROPN" && s.entityOver(&sitrep.ActorMention{Span: span}, "ORG") != nil:
	case t.UPOS == "NOUN" && (homeBodies[s.lemma(k)] || roleNouns[s.lemma(k)] || officeHolders[s.lemma(k)] || officerNouns[s.lemma(k)]):
	case t.UPOS == "NOUN" && s.bodyCompound(k):
	default:
		return nil
	}
	return &sitrep.ActorMention{Span: span, Code: c, Country: c, Entry: "the story's country", Ref: -1}
}

// bodyCompound reports a noun modified by a compound that names a body
// ("air force helicopters", "army jets", "police vehicles").
func (s *sent) bodyCompound(k int) bool {
	for _, c := range s.kids(k) {
		if s.rel(c) == "compound" && homeBodies[s.lemma(c)] {
			return true
		}
	}
	return false
}

// homeBodies are nouns for people or bodies that act in a country's own
// affairs.
var homeBodies = setOf("officer", "investigator", "prosecutor", "lawyer", "court", "commission", "committee", "council",
	"organiser", "organizer", "opposition", "party", "coalition", "union", "campaign", "movement", "police",
	"army", "military", "force", "troops", "soldier", "parliament", "assembly", "lawmaker", "judge", "candidate", "activist")

// outsideBodies are the sectors of bodies that watch a country from
// outside its affairs: rights groups, charities.
var outsideBodies = setOf("HRI", "NGO")

// outsideBody reports a mention of an international body or of one that
// watches a country from outside (outsideBodies): such speakers are no
// home actor of the story.
func outsideBody(m *sitrep.ActorMention) bool {
	return m != nil && (strings.HasPrefix(m.Code, "IGO") || outsideBodies[strings.ToLower(m.Code)])
}

// speakersOf returns the coordinated actors of the subject of the speech
// verb governing i, when it names several.
func (s *sent) speakersOf(i int) []*sitrep.ActorMention {
	if h := s.speechHead(i, false); h >= 0 {
		if subj := s.frame(h).subj; subj >= 0 {
			ms := s.argActors(subj)
			if len(ms) > 0 {
				// "The United States, Britain and Canada said ... they":
				// a list the parse split, each part an actor.
				for _, k := range s.commaSplit(h, subj) {
					if m := s.actorAt(k); m != nil && !slices.Contains(ms, m) {
						ms = append(ms, m)
					}
				}
			}
			return ms
		}
	}
	return nil
}

// pluralGroup reports a "they" that refers back to the story's two sides
// ("who hosted the two leaders ... under which they will meet again"): a
// phrase naming both sides in this sentence or the one before, with no
// coded plural actor in between.
func (s *sent) pluralGroup(k int) bool {
	l := s.lemma(k)
	if l != "they" && l != "their" && l != "them" {
		return false
	}
	for j := k - 1; j >= s.from; j-- {
		if s.group(j) {
			return true
		}
	}
	return false
}

// passiveSource finds the actor of a passive with no agent: the owner of
// troops that "were moved"; for arrests, expulsions and downings, the
// authority that announces them ("the ministry said 224 people had been
// detained", "officials said the drones were shot down").
func (s *sent) passiveSource(i int, cd candidate) []*sitrep.ActorMention {
	code := cd.entry.Code
	switch {
	case code[:2] == "15" && cd.args.obj >= 0:
		m := s.actorAt(cd.args.obj)
		if h := s.head(i); h >= 0 && s.rel(i) == "ccomp" && (denyVerbs[s.lemma(h)] || speechVerbs[s.lemma(h)]) &&
			(m == nil || m.Start >= s.tok(cd.args.obj).Start) {
			// "The Eritrean minister denied that any troops had been
			// moved": troops whose owner the text does not name are the
			// speaker's (named by the speaker's country adjective
			// first, a surer sign than the actor coder's guess).
			if sp := s.frame(h).subj; sp >= 0 {
				for _, f := range []func(int) *sitrep.ActorMention{s.demonymActor, s.roleOf, s.actorAt} {
					if m := f(sp); m != nil && actorKey(m) != "" {
						return []*sitrep.ActorMention{m}
					}
				}
			} else if m := s.speakerOf(i); m != nil && actorKey(m) != "" {
				// "... and announced that militia units would be
				// deployed": the speech verb shares its subject.
				return []*sitrep.ActorMention{m}
			}
		}
		if m != nil && actorKey(m) != "" {
			return []*sitrep.ActorMention{m}
		}
	case (code[:2] == "18" || code[:2] == "19") && s.deniedClause(i) >= 0 && !s.foreignersHit(cd.args):
		// "The ministry denied that any demonstrator had been beaten",
		// "the army denied that anyone had been hit": force told
		// without its doer, denied by a side, is that side's own
		// denied (sources_missing_subject.go).
		h := s.head(i) // (the "deny" deniedClause found)
		if ms := keyed(s.sourceActors(h, s.frame(h))); len(ms) > 0 {
			return ms
		}
	case code[:2] == "17" || cd.entry.Prt == "down" || code == "114":
		if sp := s.speakerOf(i); sp != nil && actorKey(sp) != "" {
			return []*sitrep.ActorMention{sp}
		}
		if code == "173" {
			if ms := s.arrestedAtHome(i); ms != nil {
				return ms
			}
		}
	}
	if o := cd.args.obj; o >= 0 && s.tok(i).UPOS == "VERB" && (code == "114" || code[:2] == "16" || code[:2] == "17") {
		// "The Russian ambassador was summoned to the ministry", "the
		// crew were detained": a summons, a sanction or an arrest of
		// one side's people that names no doer is the other side's.
		// (An arrest only of people the sentence marks as foreign, "any
		// Tajik citizens": "fourteen people were arrested", "the
		// finance minister was detained" are mostly arrests at home.)
		if m := s.actorAt(o); m != nil && actorKey(m) != "" && !strings.Contains(m.Entry, "dateline") && (code[:2] != "17" || s.demonymActor(o) != nil) {
			if cp := s.art.counterpart(actorKey(m), s.tok(i).Start); cp != nil {
				return []*sitrep.ActorMention{cp}
			}
		}
	}
	return nil
}

// arrestedAtHome is the arresting country of an agentless passive
// arrest that no one tells ("Fourteen people were arrested on Sunday",
// "17 others have since been detained") in a story about one country's
// own affairs: that country. (The country of a place the arrest names,
// "detained in Beijing", was tried too: the arrested, when uncoded, were
// then taken for that country's own people.)
//
// The arrester is the country's authorities, not a mention of it the
// story has made: the nearest such mention is often the arrested person
// ("Zuniga was arrested"), who would then arrest himself.
func (s *sent) arrestedAtHome(i int) []*sitrep.ActorMention {
	if s.art.domestic() && len(s.art.ranked) > 0 {
		if m := s.art.mentionOf(s.art.ranked[0], s.tok(i).Start); m != nil {
			c := actorKey(m)
			return []*sitrep.ActorMention{{Span: s.tokSpan(i), Code: c + "GOV", Country: c, Sector: "GOV", Entry: homeAuthority, Ref: -1}}
		}
	}
	return nil
}

// homeAuthority names the arresting authority made up for an agentless
// arrest at home.
const homeAuthority = "the story's country: its authorities"

// actorAt returns the coded actor mention for an argument token: the one
// covering the token, else the one inside the argument's phrase nearest
// its head. Mentions without a code do not count.
func (s *sent) actorAt(k int) *sitrep.ActorMention {
	if m := s.mentionCovering(k); m != nil {
		return m
	}
	d := s.doc
	t := d.Tokens[k]
	start, end := s.span(k)
	var best *sitrep.ActorMention
	bestDist := 1 << 30
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Code == "" || m.End <= start || m.Start >= end {
			continue
		}
		dist := abs(m.Start-t.Start) + abs(m.End-t.End)
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best
}

// eachOther reports a reciprocal pronoun ("each other", "one another",
// "the other").
func (s *sent) eachOther(k int) bool {
	l := s.lemma(k)
	if l == "other" && s.hasKid(k, "det", "the") {
		// "Each side accused the other": "the other" standing alone for
		// a party is the other of the pair.
		return true
	}
	if l != "each" && l != "one" {
		return false
	}
	for _, c := range s.kids(k) {
		if s.lemma(c) == "other" || s.lemma(c) == "another" {
			return true
		}
	}
	return k+1 < s.to && (s.lemma(k+1) == "other" || s.lemma(k+1) == "another")
}

// splitSubjects returns the rest of a coordinated subject the parse split
// into two subjects of the verb ("France, Germany, Belgium *and the
// Netherlands* summoned"): another subject of i with an "and" between it
// and subj.
func (s *sent) splitSubjects(i, subj int) []int {
	return s.splitSubjectsOf(i, subj, false)
}

// splitSubjectsOf is splitSubjects; with nominal, the "and" between the
// two subjects must join one of them to its conjuncts ("Turkey and Iran,
// whose armies held drills, threatened"), not clauses or objects ("troops
// used tear gas and shields, and some protesters threw rocks").
func (s *sent) splitSubjectsOf(i, subj int, nominal bool) []int {
	var out []int
	for _, c := range s.kids(i) {
		if c == subj || s.rel(c) != "nsubj" || c > i || s.passiveBesideAgent(c, subj) {
			continue
		}
		lo, hi := min(c, subj), max(c, subj)
		for j := lo + 1; j < hi; j++ {
			if nominal && !slices.Contains(s.chain(c), s.head(j)) && !slices.Contains(s.chain(subj), s.head(j)) {
				continue
			}
			if s.rel(j) == "cc" && (s.lemma(j) == "and" || s.lemma(j) == "or") {
				out = append(out, s.conjuncts(c)...)
				break
			}
		}
	}
	if len(out) == 0 {
		out = s.commaSplit(i, subj)
	}
	return out
}

// commaSplit returns the rest of a list of actors the parse cut at a
// comma, the subject's own list closed by "and": another subject of i
// ("The United States, Britain and Canada said", with "the United
// States" and "Britain" two subjects), or names just before the subject
// hung on the noun before them, with no preposition of their own ("In a
// joint statement on Monday, the United States, Britain, France, Germany
// and Italy urged").
func (s *sent) commaSplit(i, subj int) []int {
	for _, c := range s.kids(i) {
		if c != subj && s.rel(c) == "nsubj" && c < i && s.commaList(min(c, subj), max(c, subj)) {
			return s.conjuncts(c)
		}
	}
	p := s.beforeComma(subj)
	if p < 0 {
		return nil
	}
	h := p
	for s.rel(h) == "conj" && s.head(h) >= 0 && s.head(h) < h {
		h = s.head(h)
	}
	switch s.rel(h) {
	case "nmod", "appos", "obl":
		if s.head(h) != i && s.caseOf(h) == "" && s.commaList(h, subj) {
			return s.conjuncts(h)
		}
	}
	return nil
}

// commaList reports whether the names a and b (a before b) are one list
// the parse cut in two: a's conjuncts end just before a comma that opens
// b's phrase, both are actors, and b's own list goes on to an "and".
func (s *sent) commaList(a, b int) bool {
	if s.actorAt(a) == nil || s.actorAt(b) == nil || len(s.chain(b)) < 2 {
		return false
	}
	p := s.beforeComma(b)
	if p < 0 {
		return false
	}
	for _, k := range s.conjuncts(a) {
		if k > b || s.actorAt(k) == nil {
			return false
		}
		if _, hi := s.span(k); hi == s.tok(p).End {
			return true
		}
	}
	return false
}

// beforeComma returns the token just before the comma that opens k's
// phrase ("Britain, *Germany* and Italy"), -1 when no comma does.
func (s *sent) beforeComma(k int) int {
	lo, _ := s.span(k)
	j := k
	for j > s.from && s.tok(j-1).Start >= lo {
		j--
	}
	if j-2 < s.from || s.lemma(j-1) != "," {
		return -1
	}
	return j - 2
}

// unnamedGroup reports an argument naming countries or governments in
// the plural without naming them ("governments around the world",
// "other European countries", "Western nations").
func (s *sent) unnamedGroup(k int) bool {
	if !s.lemmaIn(countNouns, k) || !s.endsInS(k) {
		return false
	}
	return len(s.argActors(k)) == 0
}

// epithet reports a definite singular epithet for a country with no
// actor of its own.
func (s *sent) epithet(k int) bool {
	if !epithetNouns[s.lemma(k)] || s.endsInS(k) || len(s.argActors(k)) > 0 {
		return false
	}
	d := s.child(k, "det")
	return d >= 0 && s.lemma(d) == "the"
}

// outsiders reports whether every source is a third party of the story:
// neither of its two main actors.
func (s *sent) outsiders(sources []*sitrep.ActorMention) bool {
	for _, m := range sources {
		if k := actorKey(m); k == "" || !s.art.third(k) {
			return false
		}
	}
	return len(sources) > 0
}

// dueSubject finds the subject of a verb after "is due to", "are due
// to", which the parser reads as a preposition and hangs anywhere ("Li
// Qiang is due to visit Hanoi", with "due" a subject and "visit" its
// clause): the noun phrase just before the copula, read off the word
// order; -1 when the words do not run so.
func (s *sent) dueSubject(i int) int {
	if i-3 < s.from || s.lemma(i-1) != "to" || s.lemma(i-2) != "due" || s.lemma(i-3) != "be" {
		return -1
	}
	k := i - 4
	if k < s.from || (s.tok(k).UPOS != "NOUN" && s.tok(k).UPOS != "PROPN" && s.tok(k).UPOS != "PRON") {
		return -1
	}
	// The head of the phrase the word ends: a name's first word, the
	// noun a compound or a flat name hangs on.
	for steps := 0; steps < 4; steps++ {
		h := s.head(k)
		if h < 0 || h > i-3 {
			break
		}
		if r := s.deprel(k); r != "flat" && r != "compound" && r != "flat:name" {
			break
		}
		k = h
	}
	return k
}

// nameBefore returns the coded actor whose name ends right before verb k
// and starts a clause (after a comma or at the sentence's start), for a
// verb the parse left without a subject: "..., Secretary-General Mark
// Rutte said after speaking with ...", with "Rutte" hung on the noun
// before it.
func (s *sent) nameBefore(k int) *sitrep.ActorMention {
	if k-1 < s.from || s.tok(k-1).UPOS != "PROPN" {
		return nil
	}
	m := s.mentionCovering(k - 1)
	if m == nil || actorKey(m) == "" || m.End > s.tok(k).Start {
		return nil
	}
	j := k - 1
	for j > s.from && s.tok(j-1).End > m.Start {
		j--
	}
	if j > s.from && s.lemma(j-1) != "," {
		return nil
	}
	return m
}

// mainSubject returns the coded actor of the sentence's main subject:
// the subject of its root verb, or of the speech verb's reported clause
// when the root says it ("Mali's army said it had struck": the army).
func (s *sent) mainSubject() *sitrep.ActorMention {
	for r := s.from; r < s.to; r++ {
		if s.head(r) >= 0 || s.tok(r).UPOS != "VERB" {
			continue
		}
		sb := s.frame(r).subj
		if sb < 0 {
			return nil
		}
		if m := s.roleOf(sb); m != nil {
			return m
		}
		if m := s.actorAt(sb); m != nil && actorKey(m) != "" {
			return m
		}
		return nil
	}
	return nil
}

// rivals reports two people of one country named apart, the source and
// target of a quarrel at home ("the parliament speaker accused the
// president of staging a coup", "the former premier accused his
// successor", "the opposition leader demanded that the prime minister
// resign", "officers arrested the president's son"): both are persons
// the entity layer names, with other surnames. Such a pair has one actor
// code (two GOV mentions), and is not the self-pair a misread sentence
// gives, whatever the act (cooperation at home is still not coded).
func (s *sent) rivals(src, tgt *sitrep.ActorMention) bool {
	a, b := s.surname(src), s.surname(tgt)
	return a != "" && b != "" && a != b || rivalParties(src, tgt)
}

// surname is the last word of the person's name a mention (or the
// fuller mention it refers to) overlaps, lower-cased; "" for none.
func (s *sent) surname(m *sitrep.ActorMention) string {
	for n := 0; m != nil && m.Ref >= 0 && m.Ref < len(s.doc.Actors) && n < 4; n++ {
		m = &s.doc.Actors[m.Ref]
	}
	if m == nil {
		return ""
	}
	for _, e := range s.doc.Entities {
		if e.Label == "PER" && e.Start < m.End && m.Start < e.End {
			f := strings.Fields(s.doc.Text[e.Start:e.End])
			if len(f) > 0 {
				return strings.ToLower(strings.TrimSuffix(f[len(f)-1], "'s"))
			}
		}
	}
	return ""
}

// homeCrowd is the people of the country a domestic story is about, as
// the doers of a protest named at token i by a noun alone; nil when the
// story is not about one country's own affairs or was filed from
// another.
func (s *sent) homeCrowd(i int) *sitrep.ActorMention {
	if s.art == nil || len(s.art.ranked) == 0 || len(s.art.ranked[0]) != 3 || !s.art.domestic() {
		return nil
	}
	c := s.art.ranked[0]
	if s.art.filedElsewhere(c) {
		return nil
	}
	if s.rel(i) == "compound" {
		// "handed him a protest note": a diplomatic protest, no crowd.
		return nil
	}
	if h := s.head(i); h >= 0 && s.caseOf(i) == "of" && longSpans[s.lemma(h)] {
		// "after weeks of protests", "a year of protests": the
		// unrest behind the story, not an act of its day.
		return nil
	}
	return &sitrep.ActorMention{Span: s.tokSpan(i), Code: c + "CVL", Country: c, Sector: "CVL", Entry: homeCrowdEntry, Ref: -1}
}

// homeCrowdEntry names the people made up as the doers of a protest
// named by its noun alone (homeCrowd).
const homeCrowdEntry = "protesters of the story's country"

// longSpans measure out unrest over more than a few days.
var longSpans = setOf("week", "month", "year")

// crowdOfNumber is the civilians a crowd told by its number stands for
// ("thousands marched", "tens of thousands marched", the verb parsed
// as a participle of the number): of the country of the place the verb
// names (through, in, across, at), else of the dateline's country; nil
// when the subject is no such number or no country is found.
func (s *sent) crowdOfNumber(i int, a frameArgs) *sitrep.ActorMention {
	k := a.subj
	if k < 0 && s.rel(i) == "acl" {
		k = s.head(i)
	}
	if k < 0 || !crowdNumbers[s.lemma(k)] {
		return nil
	}
	country := ""
	for _, p := range []string{"through", "in", "across", "at"} {
		for _, n := range a.obl[p] {
			if m := s.placeActor(n); m != nil && country == "" {
				country = m.Country
			}
		}
	}
	for x := range s.doc.Actors {
		if m := &s.doc.Actors[x]; country == "" && strings.Contains(m.Entry, "dateline") {
			country = m.Country
		}
	}
	if country == "" {
		return nil
	}
	return &sitrep.ActorMention{Span: s.tokSpan(k), Code: country + "CVL", Country: country, Sector: "CVL", Entry: "crowd of the place", Ref: -1}
}

// strandedHead returns the first names of a list subject that the parser
// hung on the phrase before it: "In a joint statement on Sunday, Kampala,
// Dodoma and Kigali accused Kenya", with "Kampala" a conjunct of "Sunday"
// and only "Dodoma and Kigali" the subject. A name counts when it stands
// just before the list behind a comma, is coded as an actor, and is hung
// as a conjunct on a word before it that is no actor; the list must be
// two or more already (a single subject after a comma may be the clause's
// own, "On Sunday, Kenya accused").
func (s *sent) strandedHead(list []int) []int {
	if len(list) < 2 {
		return nil
	}
	var out []int
	j := list[0]
	for {
		lo := j
		if m := s.mentionCovering(j); m != nil {
			for lo-1 >= s.from && s.mentionCovering(lo-1) == m {
				lo--
			}
		}
		c := lo - 1
		if c-1 < s.from || s.lemma(c) != "," {
			break
		}
		m := s.mentionCovering(c - 1)
		if m == nil || actorKey(m) == "" {
			break
		}
		// The name's own head word: the token of the mention hung
		// outside it.
		w := -1
		for x := c - 1; x >= s.from && s.mentionCovering(x) == m; x-- {
			if h := s.head(x); h >= 0 && s.mentionCovering(h) != m {
				w = x
			}
		}
		if w < 0 || s.rel(w) != "conj" || s.head(w) >= w || s.actorAt(s.head(w)) != nil {
			break
		}
		out = append([]int{w}, out...)
		j = w
	}
	return out
}

// leaderSides are the words that make "leaders" leaders of those outside
// the state: "protest leaders", "opposition leaders", "rebel leaders".
var leaderSides = map[string]string{"protest": "CVL", "opposition": "OPP", "rebel": "REB"}

// outsideLeaders recodes leaders the actor coder read as the
// government's ("protest leaders", coded as the country's leaders) by
// the word that says whose leaders they are: "the president said she
// was open to dialogue with protest leaders" is a government's offer
// to its protesters, not to itself.
func (s *sent) outsideLeaders(k int, m *sitrep.ActorMention) *sitrep.ActorMention {
	if m == nil || m.Country == "" || m.Sector != "GOV" || s.lemma(k) != "leader" {
		return m
	}
	for _, c := range s.kids(k) {
		if r := s.rel(c); r != "compound" && r != "amod" {
			continue
		}
		if sec, ok := leaderSides[s.lemma(c)]; ok {
			return &sitrep.ActorMention{Span: m.Span, Code: m.Country + sec, Country: m.Country, Sector: sec, Entry: m.Entry + " + " + s.lemma(c), Ref: -1}
		}
	}
	return m
}

// igoForces reports whether every source is an international body (an
// alliance, a regional or world organisation): their troops sent
// somewhere keep the peace or protect (074) rather than threaten (154).
func igoForces(sources []*sitrep.ActorMention) bool {
	for _, m := range sources {
		if !strings.HasPrefix(m.Code, "IGO") {
			return false
		}
	}
	return len(sources) > 0
}

// namedVictim reports an attack noun whose "on" or "against" phrase
// names a coded actor or a place ("an attack on western Ukraine").
func (s *sent) namedVictim(i int) bool {
	for _, c := range s.kids(i) {
		if p := s.caseOf(c); s.rel(c) == "nmod" && (p == "on" || p == "against") && actorKey(s.actorAt(c)) != "" {
			return true
		}
	}
	return false
}

// delegateNouns name the people or bodies two parties send to meet for
// them: "their foreign ministers", "border officials", "a joint
// commission".
var delegateNouns = setOf("minister", "official", "commission", "committee", "delegation", "delegate", "negotiator",
	"envoy", "commander", "representative", "team", "expert", "officer", "ambassador")

// delegatedParties returns the parties a meeting of delegates is between,
// when the meeting is what two parties agreed or announced: "the two
// leaders agreed that their foreign ministers would meet next week",
// "both governments said a joint commission will meet", "agreed to set up
// commissions, which will meet in the capital". The delegates are not
// coded actors of one side, so the parties of the verb above them, when
// it names two or more countries, are the meeting's. Else nil.
func (s *sent) delegatedParties(i int, a frameArgs) []*sitrep.ActorMention {
	sb := s.delegateSubject(i, a)
	if sb < 0 {
		return nil
	}
	if m := s.actorAt(sb); m != nil && actorKey(m) != "" && !strings.Contains(m.Entry, "dateline") && !s.ownedByBoth(sb) {
		// "Kyrgyz officials will meet": one side's delegates, whose
		// counterpart the frame finds. (One placed only by the
		// dateline is no side's.)
		return nil
	}
	k := i
	for steps := 0; steps < 5; steps++ {
		h := s.head(k)
		if h < 0 {
			return nil
		}
		r := s.rel(k)
		if s.tok(h).UPOS == "VERB" && (r == "ccomp" || r == "xcomp" || r == "conj" || r == "advcl" || r == "obj") {
			if ps := keyed(s.sourceActors(h, s.frame(h))); countries(ps) >= 2 {
				return ps
			}
		}
		k = h
	}
	return nil
}

// delegateSubject returns the delegate noun that is the subject of
// meeting verb i, else -1: the subject itself; the noun a relative clause
// hung on its modifier stands for ("commissions on trade debts, which will
// meet"); for a clause the parse left without a subject, the delegate noun
// between the verb above and the trigger ("agreed that their ministers
// would meet", with "ministers" hung on "that").
func (s *sent) delegateSubject(i int, a frameArgs) int {
	sb := s.subjectWord(a)
	for steps := 0; sb >= 0 && !delegateNouns[s.lemma(sb)] && steps < 2 && (s.rel(sb) == "nmod" || s.rel(sb) == "conj"); steps++ {
		sb = s.head(sb)
	}
	if sb >= 0 {
		if delegateNouns[s.lemma(sb)] {
			return sb
		}
		return -1
	}
	for j := i - 1; j > s.head(i) && j >= s.from; j-- {
		if s.tok(j).UPOS == "NOUN" && delegateNouns[s.lemma(j)] {
			return j
		}
	}
	return -1
}

// ownedByBoth reports a phrase whose possessor is "their" or that is
// "joint": the delegates of several parties at once. The words before the
// head are read, not its children, since the parse often hangs "their" on
// a modifier ("their deputy prime ministers").
func (s *sent) ownedByBoth(k int) bool {
	for j := k - 1; j >= s.from && j >= k-4; j-- {
		if u := s.tok(j).UPOS; u == "VERB" || u == "ADP" || u == "PUNCT" {
			return false
		}
		if l := s.lemma(j); l == "their" || l == "joint" {
			return true
		}
	}
	return false
}

// countries counts the distinct actors (countries or IGOs) among ms.
func countries(ms []*sitrep.ActorMention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[actorKey(m)] = true
	}
	delete(seen, "")
	return len(seen)
}

// reportsOrDenies reports a verb of saying, or "deny", above a clause
// whose speaker the clause's acts may take.
func reportsOrDenies(lemma string) bool { return speechVerbs[lemma] || lemma == "deny" }

// speakerConj returns, for a speech act coordinated by the parse with the
// clause a speaker reports or denies ("Caracas denied that the boat was
// linked to trafficking and accused Washington"), the verb of saying or
// denying above that clause, else -1. Only when the clause's subject
// names no actor (the boat, "it") and the speaker does: "said Russia had
// broken the truce and accused Kyiv" is left to the clause's subject.
func (s *sent) speakerConj(i int) int {
	if s.rel(i) != "conj" || s.tok(i).UPOS != "VERB" || !speechAct(s.lemma(i)) || s.child(i, "nsubj") >= 0 {
		return -1
	}
	k := s.head(i)
	if k < 0 || s.rel(k) != "ccomp" || s.tok(k).UPOS != "VERB" {
		return -1
	}
	up := s.head(k)
	if up < 0 || !reportsOrDenies(s.lemma(up)) {
		return -1
	}
	f := s.frame(k)
	subj := f.subj
	if f.passive && f.obj >= 0 && s.rel(f.obj) == "nsubj" {
		// (The passive's surface subject: "the boat was linked".)
		subj = f.obj
	}
	if subj < 0 || len(keyed(s.argActors(subj))) > 0 {
		return -1
	}
	if sp := s.frame(up).subj; sp < 0 || len(keyed(s.argActors(sp))) == 0 {
		// (A speaker who is no actor either: the clause's subject, a
		// pronoun, may still find one. "its office said it was
		// investigating and denied".)
		return -1
	}
	return up
}

// intentNouns name a plan or an offer whose act is told by an infinitive
// hung on them ("plans to meet", "a decision to send troops"): whoever has
// or makes it acts. ("Invitation" only when accepted: the one who extends
// or withdraws it is the host, not the visitor.)
var intentNouns = setOf("plan", "offer", "proposal", "decision", "promise", "pledge", "commitment")

// intentClause reports an infinitive k that tells the act of the noun of
// intent it hangs on.
func (s *sent) intentClause(k int) bool {
	h := s.head(k)
	if h < 0 || s.tok(h).UPOS != "NOUN" || !s.infinitive(k) {
		return false
	}
	if s.lemma(h) == "invitation" {
		v := s.governingVerb(h)
		return v >= 0 && s.lemma(v) == "accept"
	}
	return intentNouns[s.lemma(h)]
}

// officersSubject returns the word for officers or guards the actor
// coder placed in no country that do trigger i: its subject ("denied
// that officers had beaten a student") or a passive's agent ("were
// beaten by officers"); else -1.
func (s *sent) officersSubject(i int, a frameArgs) int {
	k := s.unplacedSubject(i, a)
	if k < 0 && a.passive {
		if by := a.obl["by"]; len(by) == 1 && actorKey(s.actorAt(by[0])) == "" {
			k = by[0]
		}
	}
	if k >= 0 && s.tok(k).UPOS == "NOUN" && officerNouns[s.lemma(k)] {
		return k
	}
	return -1
}

// arrestNotMade reports an arrest (trigger i) the sentence says was not
// made and names no one as making: "no arrests were made", "No one was
// arrested", "has not been arrested" (an agentless passive).
func (s *sent) arrestNotMade(i int, a frameArgs) bool {
	if l := s.lemma(i); l != "arrest" && l != "detain" && l != "detention" {
		return false
	}
	if s.tok(i).UPOS == "NOUN" {
		return s.childLemma(i, "det", "no")
	}
	if !a.passive || len(a.obl["by"]) > 0 {
		return false
	}
	if s.negatedVerb(i) {
		return true
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "nsubj" {
			continue
		}
		// "No one was arrested", "nobody was detained".
		if l := s.lemma(c); l == "nobody" || l == "one" && (s.childLemma(c, "det", "no") || s.childLemma(c, "advmod", "no")) {
			return true
		}
	}
	return false
}

// notConsulted reports a consultation or notice (040, 064; trigger i)
// told as an agentless passive under "not" or "never": "had not been
// consulted", "was not informed", "had not been told in advance".
func (s *sent) notConsulted(i int, code string, a frameArgs) bool {
	if code != "040" && code != "064" || s.tok(i).UPOS != "VERB" {
		return false
	}
	if !a.passive || a.subj >= 0 || a.obj < 0 || len(a.obl["by"]) > 0 {
		return false
	}
	if s.lemma(i) == "tell" && len(a.obl["of"]) == 0 && len(a.obl["about"]) == 0 {
		// "had not been told of the raid in advance": the notice names
		// the act it was due for.
		return false
	}
	return s.negatedVerb(i)
}

// officerNouns are the bare nouns for a state's police or guards.
var officerNouns = setOf("officer", "policeman", "guard")

// foreignersHit reports force whose object is refugees or migrants
// ("denied that officers had beaten refugees"): people of another
// country, whom the story's own country is no guess for.
func (s *sent) foreignersHit(a frameArgs) bool {
	if a.obj >= 0 && foreignerNouns[s.lemma(a.obj)] {
		return true
	}
	// (The parse may hang "had beaten" on its object as an adjective.)
	h := s.head(a.self)
	return h >= 0 && s.rel(a.self) == "amod" && foreignerNouns[s.lemma(h)]
}

// foreignerNouns are people who are in a country not their own.
var foreignerNouns = setOf("refugee", "migrant", "asylum-seeker", "foreigner")
