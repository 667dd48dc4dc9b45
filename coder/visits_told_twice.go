package coder

import "sitrep"

// visitToldTwiceSwitch switches dropSwappedVisit (merge29; tests turn it
// off).
var visitToldTwiceSwitch = true

// dropSwappedVisit drops a visit told a second time with its roles the
// wrong way round. A visit is coded twice from one word, the visitor's
// 042 and the host's 043; when a later word of the article tells the
// same visit of the same pair on the same day with the same status
// ("visited the White House on Wednesday" ... "her Washington trip") but
// reads the host as the visitor, the article holds both directions of
// one visit, and the gold, which codes the act once, counts the second
// pair of records as spurious. The first telling keeps the roles (the
// lead tells who went where plainly; a later noun's roles are looser)
// and counts the mentions of the second. A visit told both ways on
// different days or with other statuses (a visit now and its return
// visit planned) stays two.
func dropSwappedVisit(evs []sitrep.Event) []sitrep.Event {
	if !visitToldTwiceSwitch || len(evs) < 4 {
		return evs
	}
	drop := map[visitPair]bool{}
	for i := range evs {
		e := &evs[i]
		if e.CAMEO != "042" || e.Source == nil || e.Target == nil {
			continue
		}
		for j := range evs {
			f := &evs[j]
			if f.CAMEO != "042" || f.Source == nil || f.Target == nil || tellingOf(f) == tellingOf(e) || drop[visitPairOf(f)] || drop[visitPairOf(e)] ||
				f.Date != e.Date || f.Status != e.Status || !answer(e, f) || !before(e, f) {
				continue
			}
			// f, told after e, has e's visitor as its host: the
			// visit told the wrong way round, if f's telling also
			// hosts e's visitor (its 043) and e's hosts it (e's 043).
			if hostRecord(evs, tellingOf(f), f.Target, f.Source) >= 0 && hostRecord(evs, tellingOf(e), e.Target, e.Source) >= 0 {
				drop[visitPairOf(f)] = true
			}
		}
	}
	if len(drop) == 0 {
		return evs
	}
	// The kept telling's records count the dropped ones' mentions: its
	// 042 takes the dropped 043 (the same visitor and host), its 043
	// the dropped 042.
	for i := range evs {
		e := &evs[i]
		if !drop[visitPairOf(e)] || (e.CAMEO != "042" && e.CAMEO != "043") {
			continue
		}
		for j := range evs {
			f := &evs[j]
			if drop[visitPairOf(f)] || f.CAMEO == e.CAMEO || (f.CAMEO != "042" && f.CAMEO != "043") || f.Date != e.Date || f.Status != e.Status ||
				f.Source == nil || f.Target == nil || e.Source == nil || e.Target == nil ||
				eventActorKey(f.Source) != eventActorKey(e.Source) || eventActorKey(f.Target) != eventActorKey(e.Target) {
				continue
			}
			f.Mentions += e.Mentions
			break
		}
	}
	return keepEvents(evs, func(i int) bool {
		e := &evs[i]
		return !drop[visitPairOf(e)] || (e.CAMEO != "042" && e.CAMEO != "043")
	})
}

// telling names the word an event was coded from: its sentence and the
// trigger's offset (a visit's 042 and 043 share it).
type telling struct{ sent, start int }

func tellingOf(e *sitrep.Event) telling { return telling{e.Sentence, e.Trigger.Start} }

// visitPair is a telling and the two actors of a visit, in either
// direction: one word may tell a trip to two countries, and only the pair
// told the wrong way round is dropped (review24 finding 4).
type visitPair struct {
	t    telling
	a, b string
}

func visitPairOf(e *sitrep.Event) visitPair {
	a, b := eventActorKey(e.Source), eventActorKey(e.Target)
	if b < a {
		a, b = b, a
	}
	return visitPair{tellingOf(e), a, b}
}

// before reports e told before f in the article.
func before(e, f *sitrep.Event) bool {
	if e.Sentence != f.Sentence {
		return e.Sentence < f.Sentence
	}
	return e.Trigger.Start < f.Trigger.Start
}

// hostRecord returns the index of the 043 record told at t with source
// host and target visitor (by their merge keys), or -1.
func hostRecord(evs []sitrep.Event, t telling, host, visitor *sitrep.EventActor) int {
	for i := range evs {
		e := &evs[i]
		if e.CAMEO != "043" || e.Source == nil || e.Target == nil {
			continue
		}
		if tellingOf(e) != t {
			continue
		}
		if eventActorKey(e.Source) == eventActorKey(host) && eventActorKey(e.Target) == eventActorKey(visitor) {
			return i
		}
	}
	return -1
}
