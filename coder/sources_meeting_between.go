package coder

import "sitrep"

// meetingBetweenOn switches meetingBetween (eighteenth session, noun27).
var meetingBetweenOn = true

// meetingBetween returns the parties of a meeting noun (any 04 code but
// the talks and calls the caller already reads) that has no owner but
// names both sides after "between": "annual meetings in Beijing between
// senior Chinese and American officials". The sides are the between
// phrase's actors, also countries told by adjectives on its noun
// ("Chinese and American officials", where the actor coder may cover
// only the last). Nil unless two countries are found: a between-phrase
// naming one side names no meeting of two.
func (s *sent) meetingBetween(i int, a frameArgs, code string) []*sitrep.ActorMention {
	if !meetingBetweenOn || s.tok(i).UPOS != "NOUN" || len(code) < 2 || code[:2] != "04" {
		return nil
	}
	if s.caseOf(i) == "at" {
		// "signed a statement at the first meeting between the two
		// leaders": a meeting told as the setting of another act,
		// which the story tells by its own verb ("held talks").
		return nil
	}
	var ps []*sitrep.ActorMention
	for _, o := range a.obl["between"] {
		ps = append(ps, s.argActors(o)...)
		ps = append(ps, s.modifierSides(o, []string{"amod"}, []string{"conj"})...)
	}
	ps = keyed(ps)
	if countries(ps) < 2 {
		return nil
	}
	return ps
}
