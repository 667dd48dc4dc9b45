package coder

import "sitrep"

// deniedAccounts switches denyToldAccount.
var deniedAccounts = true

// accountNouns are what a denial of an earlier sentence names instead of
// the act: "Beijing denied the account", "Moscow rejected the claim".
// (Not "charges": a case brought, no account of the acts before it.)
var accountNouns = setOf("claim", "allegation", "accusation", "report", "account", "assertion", "story", "version")

// accountPronouns stand for the earlier sentence's claim: "denied it".
var accountPronouns = setOf("it", "this", "that")

// denyToldAccount applies a denial whose object names the claim, not the
// act ("Chinese ships fired water cannon at a Philippine vessel, Manila
// said. Beijing denied the account."), to the acts of the denier's
// country told in the sentence right before it, as occurred or reported:
// the gold guide's denied beats reported. Not when that sentence makes a
// statement (an accusation, a criticism: the denial answers it), nor when
// the denier's own side told it. evs[x] is the denial, at token i of
// sentence s.
func (a *article) denyToldAccount(evs []sitrep.Event, x int, s *sent, i int) {
	if !deniedAccounts {
		return
	}
	e := &evs[x]
	o := s.child(i, "obj")
	if o < 0 || !(accountNouns[s.lemma(o)] && s.child(o, "acl") < 0 && s.child(o, "ccomp") < 0 || accountPronouns[s.lemma(o)] && s.tok(o).UPOS == "PRON") {
		// (A claim with its own clause, "denied claims that …", says
		// what it denies; that is asked elsewhere.)
		return
	}
	si := e.Sentence - 1
	if si < 0 || a.sent(si).saidBy(e.Source.Country) {
		return
	}
	var told []*sitrep.Event
	for y := range evs {
		p := &evs[y]
		if p.Sentence != si {
			continue
		}
		if spokenRoot[p.CAMEO[:2]] {
			// "Zuniga accused Arce of asking him to stage the uprising.
			// Arce denied the accusation": the claim is the statement
			// made, whose own acts are no one's told as done.
			return
		}
		if p.Source != nil && p.Source.Country == e.Source.Country && (p.Status == sitrep.StatusOccurred || p.Status == sitrep.StatusReported) {
			told = append(told, p)
		}
	}
	for _, p := range told {
		p.Status = sitrep.StatusDenied
	}
}

// saidBy reports a sentence told by a speaker of country c: the active
// subject of a verb of saying nearest to it is an actor of c. (Not
// toldBy's any subject: a misparse can hang the act's doer on "said" as
// another subject, "Chinese coast guard ships fired …, Manila said".)
func (s *sent) saidBy(c string) bool {
	for k := s.from; k < s.to; k++ {
		if !speechVerbs[s.lemma(k)] || s.tok(k).UPOS != "VERB" {
			continue
		}
		sb := -1
		for _, x := range s.kids(k) {
			if s.deprel(x) == "nsubj" && (sb < 0 || abs(x-k) < abs(sb-k)) {
				sb = x
			}
		}
		if sb < 0 {
			continue
		}
		if m := s.actorAt(sb); m != nil && m.Country == c {
			return true
		}
	}
	return false
}
