package coder

import "sitrep"

// intentStatedNow switches intentMadeNow (tests turn it off).
var intentStatedNow = true

// intentMadeNow reports an intent to cooperate (03x) the status walk
// made planned by the "will" or "would" of what is intended ("said it
// would keep working with Moscow on security", "would keep its side of
// the agreement", "pledged to keep up shuttle diplomacy"): the intent is
// stated as the speaker speaks, as a threat is (13x); the gold codes it
// occurred (308 of the written sets' 339 intents, 3 planned, all three
// invitations). An invitation to come is an act of its own that may lie
// ahead ("would invite Mickoski to Budapest"), kept planned.
func intentMadeNow(code, status, lemma string) bool {
	return intentStatedNow && len(code) >= 2 && code[:2] == "03" && status == sitrep.StatusPlanned && lemma != "invite"
}

// intentKey names an intent stated now by its trigger's offset and its
// code: another event of the same trigger (a planned act coded beside
// the intent) is not made occurred with it (mend17).
type intentKey struct {
	start int
	code  string
}

// markIntentNow notes trigger i, coded code, as an intent stated now.
// (Its date is left as the plan's: redated as a stated act, "pledged on
// Monday that Paraguay would keep its ties" merged with the pledge and a
// dev13 match was lost.)
func (s *sent) markIntentNow(i int, code string) {
	a := s.art
	if a.intentsNow == nil {
		a.intentsNow = map[intentKey]bool{}
	}
	a.intentsNow[intentKey{s.tok(i).Start, code}] = true
}

// intentsStated makes occurred, in place, the planned intents marked by
// markIntentNow. It runs after the retelling: an intent told as planned
// is no retelling of the same pair's earlier occurred intent ("agreed on
// Saturday to deepen cooperation ... and pledged to keep up shuttle
// diplomacy" are two acts).
func (a *article) intentsStated(evs []sitrep.Event) {
	for x := range evs {
		if e := &evs[x]; e.Status == sitrep.StatusPlanned && a.intentsNow[intentKey{e.Trigger.Start, e.CAMEO}] {
			e.Status = sitrep.StatusOccurred
		}
	}
}
