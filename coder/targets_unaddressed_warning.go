package coder

import "sitrep"

// unaddressedWarningOn switches unaddressedWarning off for tests.
var unaddressedWarningOn = true

// unaddressedWarning reports a warning told with no one warned and no
// clause of what is warned ("'Bad things are going to happen,' Trump
// warned in Everett", "Cruz warned against the fevered dreams of a
// brokered convention", "he warned of the dangers of technology"):
// the plain "warn" entry matched without its object. Such a warning by a
// candidate or an official at home is aimed at no party: the source's
// own country is not guessed for it (notHome). A warning that names its
// addressee ("warned China against provocative behaviour") or says what
// it warns of in a clause (the "warn that" entry) keeps its target, and
// so does another side of the story guessed for an unaddressed warning
// ("the United States warned it would resume its strikes", in a story of
// Yemen: the written gold's reading).
func (s *sent) unaddressedWarning(i int, cd candidate) bool {
	return unaddressedWarningOn && s.lemma(i) == "warn" && cd.entry.Code == "130" && !cd.entry.Speech &&
		cd.args.obj < 0 && cd.args.iobj < 0
}

// notHome drops the guessed targets of the source's own country.
func (s *sent) notHome(tgts []*sitrep.ActorMention, src *sitrep.ActorMention) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	for _, t := range tgts {
		if src.Country == "" || t.Country != src.Country {
			out = append(out, t)
		}
	}
	return out
}

// blamedThingOn switches blamedThing off for tests.
var blamedThingOn = true

// blamedThing reports "blame" whose object is a thing, not a party ("blamed
// the tumble in oil prices", "blamed the violence on a disturbed person",
// "blamed his hesitancy on a bad earpiece"): what is blamed is the cause
// of it, and when that cause names no party, a party of the story is
// guessed for it only if named in its sentence or the one before
// (namedNearby: "Gazprom blamed the cutoff on an unpaid debt that
// Moldova disputes" still blames Moldova).
func (s *sent) blamedThing(i int, cd candidate) bool {
	o := cd.args.obj
	return blamedThingOn && s.lemma(i) == "blame" && o >= 0 && s.partylessThing(o)
}

// partylessThing reports an object that is a thing naming no party: a
// noun with no actor in it and no government word ("the tumble in oil
// prices", "efforts to reduce excess capacity"; not "the government",
// "Moldova's debt"). blamedThing and endorsedThing guess no target for
// it.
func (s *sent) partylessThing(o int) bool {
	return s.tok(o).UPOS == "NOUN" && len(s.argActors(o)) == 0 && !s.lemmaIn(governmentNouns, o)
}
