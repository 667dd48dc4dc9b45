package coder

// Wrong pairs (session 11, pair11): an actor the sentence names only as
// the teller of the news is no guess for the target of the act told.

import "sitrep"

// pair11Teller switches tellerOnly on; tests turn it off to show the
// rule is needed.
var pair11Teller = true

// tellerOnly reports a mention that stands in an "according to X"
// phrase ("police detained two suspects, according to a Pakistani
// official"): the source of the report, not a party to the act.
func (s *sent) tellerOnly(m *sitrep.ActorMention) bool {
	if !pair11Teller {
		return false
	}
	first := s.firstTokIn(m)
	if first < 0 {
		return false
	}
	for j := first - 1; j >= s.from && j >= first-6; j-- {
		switch l := s.lemma(j); {
		case l == "," || l == "." || l == ";":
			return false
		case j > s.from && s.accordingAt(j-1):
			return true
		}
	}
	return false
}

// pair11Kinds switches forceOfKind on.
var pair11Kinds = true

// forceRec is the last forceful act of one CAMEO root: where its
// trigger is and who did it.
type forceRec struct {
	at    int
	doers []*sitrep.ActorMention
}

// note adds the doer of forceful event ev to the record, which starts
// anew at another trigger: the coordinated doers of one trigger ("the
// U.S. and Britain struck") are kept together.
func (r *forceRec) note(ev sitrep.Event) {
	if r.at != ev.Trigger.Start || r.doers == nil {
		*r = forceRec{at: ev.Trigger.Start}
	}
	if src := mentionOf(ev.Source); newKey(r.doers, src) {
		r.doers = append(r.doers, src)
	}
}

// noteForce records the doer of a forceful event (root 14 to 20) under
// its root.
func (a *article) noteForce(ev sitrep.Event) {
	root := ev.CAMEO[:2]
	r := a.forceKinds[root]
	r.note(ev)
	a.forceKinds[root] = r
}

// violentRoots are the CAMEO roots an act called "the strikes", "the
// killing" or "the incursion" can be: assault, fighting, mass violence
// (not a show of force, a cut in ties or an arrest told near it).
var violentRoots = []string{"18", "19", "20"}

// nounRoots maps a noun criticism refers back to onto the roots of the
// acts it can name.
var nounRoots = map[string][]string{
	"attack": violentRoots, "strike": violentRoots, "airstrike": violentRoots, "killing": violentRoots,
	"murder": violentRoots, "shooting": violentRoots, "shelling": violentRoots, "bombing": violentRoots,
	"bombardment": violentRoots, "assault": violentRoots, "invasion": violentRoots, "offensive": violentRoots,
	"incursion": violentRoots, "raid": violentRoots, "violence": {"14", "17", "18", "19", "20"},
	"arrest": {"17"}, "detention": {"17"}, "crackdown": {"17"}, "expulsion": {"17"}, "deportation": {"17"},
	"abduction": {"18"}, "kidnapping": {"18"},
}

// forceOfKind returns the doers of the latest forceful act of a root the
// noun can name; nil when the noun names any act ("the move") or no act
// of its kind was told.
func (a *article) forceOfKind(noun string) []*sitrep.ActorMention {
	if !pair11Kinds {
		return nil
	}
	best := forceRec{at: -1}
	for _, r := range nounRoots[noun] {
		if rec, ok := a.forceKinds[r]; ok && rec.at > best.at {
			best = rec
		}
	}
	return best.doers
}

// namedAct returns the noun an object names its act with: the object,
// or the noun of "what it called a cowardly attack".
func (s *sent) namedAct(obj int) int {
	if o := s.whatNamed(obj); o >= 0 {
		return o
	}
	return obj
}
