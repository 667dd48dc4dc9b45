package coder

import (
	"time"

	"sitrep"
)

// One meeting told twice (merge29). News tells its main act more than
// once: in the lead with its day ("the two foreign ministers met in Lima
// on Tuesday") and again with another word and no day of its own ("the
// talks were the first since the dispute"), which the coder dates by the
// story's day. The two tellings then differ in date and in code within the
// root (040 and 046), survive the merge as two records, and the gold,
// which codes the meeting once, counts the second as spurious.
//
// mergeDefaultDay folds a telling dated only by default into a telling of
// the same pair, status and consultation kind whose sentence gives a day
// within a week of the story's. Narrow on purpose (the figures are in
// docs/events.md, merge29): tellings of one code on two days ("talks on
// Monday and again on Friday", or a retelling retold.go did not date) are
// most often two acts in the gold, and in the roots of statements (11, 12)
// nearly always; a visit and the talks held during it are two events; and
// plans and hypotheses keep the story's day, the day they are told.
var mergeDefaultDaySwitch = true

// defaultDayWindow bounds how far from the story's day an explicitly
// dated telling may lie to absorb an undated one: the days a lead names.
const defaultDayWindow = 7

// mergeDefaultDay returns evs without the tellings dated by default that
// an explicitly dated telling of the same act absorbs (its mentions added
// to that one's).
func (a *article) mergeDefaultDay(evs []sitrep.Event) []sitrep.Event {
	if !mergeDefaultDaySwitch || a.doc == nil || a.doc.Published.IsZero() || len(evs) < 2 {
		return evs
	}
	pub := a.doc.Published.Format("2006-01-02")
	filed := filedDay(a.doc)
	defaulted := func(e *sitrep.Event) bool {
		n, ok := a.dates[[2]int{e.Sentence, e.Trigger.Start}]
		// retell: no own day, and no new-act word ("a new round of
		// talks" is another act; retold.go).
		return ok && n.retell && retellable(e.Status) && e.DatePrecision == "day" && (e.Date == pub || e.Date == filed)
	}
	dated := func(e *sitrep.Event) bool {
		n, ok := a.dates[[2]int{e.Sentence, e.Trigger.Start}]
		return ok && n.own && e.DatePrecision == "day" && e.Date != pub && nearDay(e.Date, a.doc.Published)
	}
	into := make([]int, len(evs)) // the record each one is folded into, or -1
	folded := false
	for i := range evs {
		into[i] = -1
		e := &evs[i]
		if e.Source == nil || e.Target == nil || len(e.CAMEO) < 2 || !defaulted(e) || e.CAMEO[:2] != "04" {
			continue
		}
		best := -1
		for j := range evs {
			f := &evs[j]
			if j == i || f.Source == nil || f.Target == nil || len(f.CAMEO) < 2 || f.CAMEO[:2] != e.CAMEO[:2] ||
				f.CAMEO == e.CAMEO || visitCode(f.CAMEO) != visitCode(e.CAMEO) || f.Status != e.Status || !dated(f) {
				continue
			}
			if eventActorKey(f.Source) != eventActorKey(e.Source) || eventActorKey(f.Target) != eventActorKey(e.Target) || otherPlace(f, e) {
				continue
			}
			if best < 0 { // the first told
				best = j
			}
		}
		if best >= 0 {
			into[i] = best
			folded = true
		}
	}
	if !folded {
		return evs
	}
	out := make([]sitrep.Event, 0, len(evs))
	at := make([]int, len(evs))
	for i := range evs {
		if into[i] < 0 {
			at[i] = len(out)
			out = append(out, evs[i])
		}
	}
	for i := range evs {
		if into[i] >= 0 {
			out[at[into[i]]].Mentions += evs[i].Mentions
		}
	}
	return out
}

// nearDay reports a day within defaultDayWindow days of the publication
// day.
func nearDay(day string, published time.Time) bool {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return false
	}
	y, m, d := published.Date()
	pub := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	days := int(pub.Sub(t).Hours() / 24)
	return days <= defaultDayWindow && -days <= defaultDayWindow
}

// visitCode reports the codes of a visit (make, host, meet at a third
// place): a visit and the talks held during it are two acts in the gold
// even when one is dated by default, so only tellings of one kind merge.
func visitCode(c string) bool { return c == "042" || c == "043" || c == "044" }
