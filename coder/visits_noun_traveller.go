package coder

// visitNounTravellerOn switches visitNounTraveller (tests turn it off).
var visitNounTravellerOn = true

// visitNounPlaceGuardOn switches the guard against a destination that
// names no actor (tests turn it off).
var visitNounPlaceGuardOn = true

// travelNouns are the nouns of a journey whose traveller wire copy names
// outside the noun's own phrase.
var travelNouns = setOf("visit", "trip", "tour")

// visitEndVerbs take a visit as their object and leave the traveller as
// their subject, as the light verbs do ("wound up a visit to Syria",
// "concluded a three-day visit"). ("cut short his trip" does not reach
// this: the parse does not make the trip the object of "cut", and the
// possessive "his trip" is coded without this rule; "cut short a trip"
// stays uncoded. "cut" is kept for a visit parsed as its object.)
var visitEndVerbs = setOf("wind", "wound", "wrap", "end", "conclude", "complete", "finish", "cut", "round", "kick", "extend", "interrupt")

// visitJudgeVerbs judge or stop a visit they take as object: the visit
// is not told as made or planned by its by-phrase's traveller.
var visitJudgeVerbs = setOf("reject", "condemn", "criticise", "criticize", "denounce", "oppose", "protest", "deplore",
	"slam", "refuse", "block", "bar", "ban", "question", "decry", "veto")

// visitClauseCases are the prepositions of a visit that frames the
// clause it modifies: "during a visit to Vientiane", "arrived for a state
// visit", "met X on a three-day visit", "said after his visit".
var visitClauseCases = setOf("during", "on", "for", "after", "in", "at")

// visitNounTraveller returns the token that names the traveller of noun
// trigger i (a visit, trip or tour) with no actor in its own phrase, or
// -1. Wire copy tells a visit without a verb of visiting:
//   - a by-phrase names the traveller ("the first visit by a Pakistani
//     foreign minister", "the first visit to Damascus by a Russian
//     delegation");
//   - a visit that frames a clause is the clause subject's ("raised the
//     dam with his counterpart during a visit to Vientiane", "arrived on
//     Friday for a state visit to Papua New Guinea");
//   - a visit ended or begun is the subject's ("wound up a visit to
//     Syria", "concluded a three-day visit").
func (s *sent) visitNounTraveller(i int) int {
	if !s.visitNoun(i) {
		return -1
	}
	for _, d := range s.nmodsWith(i, "to") {
		if visitNounPlaceGuardOn && len(s.argActors(d)) == 0 {
			// "during his frequent visits to the front lines": a
			// destination that is no country; the host would only be
			// guessed from the story.
			return -1
		}
	}
	if h := s.head(i); h >= 0 && s.rel(i) == "obj" && s.tok(h).UPOS == "VERB" && visitJudgeVerbs[s.lemma(h)] {
		// "Chad rejected the planned visit by the French minister",
		// "condemned the visit by X": the visit is what the verb judges,
		// told neither as made nor as planned.
		return -1
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "nmod" && s.caseOf(c) == "by" && s.actorAt(c) != nil {
			return c
		}
	}
	for k := i + 1; k+1 < s.to && k <= i+5; k++ {
		// (The parse often hangs "by" elsewhere: the actor right after
		// "by" within a few words of the noun.)
		if s.lemma(k) == "by" {
			if n := s.head(k); s.rel(k) == "case" && n > k && s.actorAt(n) != nil {
				return n
			}
			if s.actorAt(k+1) != nil {
				return k + 1
			}
		}
		if s.tok(k).UPOS == "PUNCT" || s.tok(k).UPOS == "VERB" {
			break
		}
	}
	h := s.head(i)
	if h < 0 || s.tok(h).UPOS != "VERB" {
		return -1
	}
	if s.companionNamed(i) {
		// "said during a visit to Nouakchott with Spanish Prime Minister
		// Pedro Sanchez": a companion named, the sides are not the
		// subject and the place alone.
		return -1
	}
	switch {
	case s.rel(i) == "obl" && s.caseOf(i) == "for" && !goingVerbs[s.lemma(h)]:
		// "rebuked Orban for a surprise trip to Moscow": "for" with a
		// verb of going is a purpose ("arrived for a state visit"),
		// with any other verb a reason; the subject did not travel.
		return -1
	case s.rel(i) == "obl" && visitClauseCases[s.caseOf(i)]:
	case s.rel(i) == "obj" && visitEndVerbs[s.lemma(h)]:
	default:
		return -1
	}
	sb := s.frame(h).subj
	if sb < 0 {
		// "just before ending a trip": the gerund's doer is the
		// subject of the clause above it (visits_ended_by_gerund.go).
		sb = s.gerundSubject(h)
	}
	if sb >= 0 && s.actorAt(sb) != nil {
		return sb
	}
	return -1
}

// visitNoun reports trigger i a visit, trip or tour noun that
// visitNounTraveller reads.
func (s *sent) visitNoun(i int) bool {
	return visitNounTravellerOn && travelNouns[s.lemma(i)] && s.tok(i).UPOS == "NOUN"
}

// ownTravellerNamed reports an actor in the noun's own phrase (a
// possessor, an adjective or a compound: "Xi's visit", "the Chinese
// visit", "his visit" resolved), which the coder's usual search takes.
func (s *sent) ownTravellerNamed(i int) bool {
	for _, c := range s.kids(i) {
		r := s.deprel(c)
		if r == "nmod:poss" && s.tok(c).UPOS == "PRON" {
			// "during his visit to Japan": left to pronounPossessor,
			// whose antecedent is the traveller.
			return true
		}
		if (r == "nmod:poss" || r == "amod" || r == "compound") && s.actorAt(c) != nil {
			return true
		}
	}
	return false
}

// expletiveVisit reports subject subj of noun trigger i an empty "it" or
// "this" of a copula ("It was the first visit by a Chinese leader"): the
// traveller is in the noun's by-phrase, not the pronoun.
func (s *sent) expletiveVisit(i, subj int) bool {
	if !visitNounTravellerOn || subj < 0 || !travelNouns[s.lemma(i)] || s.child(i, "cop") < 0 {
		return false
	}
	l := s.lemma(subj)
	return (l == "it" || l == "this") && s.head(subj) == i
}

// companionNamed reports a with-phrase inside the visit's phrase ("a
// visit to Nouakchott with Spanish Prime Minister Pedro Sanchez", the
// with-phrase often hung on the place).
func (s *sent) companionNamed(i int) bool {
	lo, hi := s.subtree(i)
	for k := lo; k <= hi && k < s.to; k++ {
		if s.lemma(k) == "with" && s.rel(k) == "case" {
			return true
		}
	}
	return false
}

// visitDestination gives visit noun i that names no destination of its
// own the place its journey verb names: "arrived in Islamabad on Monday
// for a state visit", "flew to Hanoi on a three-day visit" (the place
// the host's, as a "to" phrase of the noun).
func (s *sent) visitDestination(i int, a *frameArgs) {
	if !visitNounTravellerOn || !travelNouns[s.lemma(i)] || s.tok(i).UPOS != "NOUN" || len(a.obl["to"]) > 0 || len(a.obl["of"]) > 0 {
		return
	}
	h := s.head(i)
	if h < 0 || s.rel(i) != "obl" || !goingVerbs[s.lemma(h)] || s.lemma(h) == "leave" || s.lemma(h) == "return" {
		return
	}
	if p := s.caseOf(i); p != "for" && p != "on" {
		return
	}
	f := s.frame(h)
	for _, p := range []string{"in", "to"} {
		for _, o := range f.obl[p] {
			if s.lemma(o) != "here" && len(s.argActors(o)) > 0 {
				a.obl["to"] = append(a.obl["to"], o)
			}
		}
		if len(a.obl["to"]) > 0 {
			return
		}
	}
}
