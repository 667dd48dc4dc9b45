package coder

// Fourteenth session (lowprec18c): backing an armed group is no
// endorsement.

import "sync"

// backRebelsSwitch switches backRebels.
var backRebelsSwitch = true

// backRebels reports "support" or "back" (051) whose object is an armed
// group: a rebel noun ("backed the rebels", "any armed group") or a
// mention coded as rebels ("denies backing the M23", "the group" that
// refers to it). Backing an armed group is arms and money, told as a
// charge, not a verbal endorsement: it is coded as aid (070).
func (s *sent) backRebels(a frameArgs, e *Entry) bool {
	if !backRebelsSwitch || e.Code != "051" || a.obj < 0 {
		return false
	}
	if l := s.lemma(a.self); l != "support" && l != "back" {
		return false
	}
	o := a.obj
	if s.lemmaIn(rebelNouns, o) {
		return true
	}
	if s.lemma(o) == "group" && s.hasKid(o, "amod", "armed") {
		return true
	}
	m := s.actorAt(o)
	for n := 0; m != nil && n < 4; n++ {
		if m.Sector == "REB" {
			return true
		}
		if m.Ref < 0 || m.Ref >= len(s.doc.Actors) {
			break
		}
		m = &s.doc.Actors[m.Ref]
	}
	return false
}

var rebelAidEntries sync.Map

// rebelAid returns a copy of the entry coded 070 (aid), one per entry.
func rebelAid(e *Entry) *Entry {
	if c, ok := rebelAidEntries.Load(e); ok {
		return c.(*Entry)
	}
	c := *e
	c.Code = "070"
	c.Name = e.Name + " (armed group)"
	v, _ := rebelAidEntries.LoadOrStore(e, &c)
	return v.(*Entry)
}
