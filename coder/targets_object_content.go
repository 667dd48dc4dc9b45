package coder

import "sitrep"

// Wrong pairs on real news (pair23): an actor the target guess took
// from words that tell what the act's object would do, not from a party
// the act is aimed at.

// objectContentOn switches objectContent off for tests.
var objectContentOn = true

// objectContent reports mention m inside a restrictive relative clause
// whose subject is the relative pronoun, hung on the act's object, a
// thing ("set to veto legislation that would allow families to sue
// Saudi Arabia", "threatened to veto the bill that allows lawsuits
// against the Saudis", "rejected any proposal that would require
// Ukraine to give up territory"): the clause tells what the thing
// would do, and the party it names is no counterpart of the act for a
// guess. Not a clause set off by a comma ("condemned the protest,
// which Swedish police had authorised"), one whose subject is another
// party ("the deal Beijing opposed") or a free relative ("condemned
// what it called China's aggression"), nor a clause of speech ("a deal
// that critics say gives Beijing too much say").
func (s *sent) objectContent(m *sitrep.ActorMention, i int) bool {
	if !objectContentOn {
		return false
	}
	tok := s.firstTokIn(m)
	if tok < 0 {
		return false
	}
	for _, oc := range s.contentClauses(i) {
		if lo, hi := s.subtree(oc.clause); tok >= lo && tok <= hi {
			return true
		}
	}
	return false
}

// billContentOn switches billContent off for tests.
var billContentOn = true

// billContent reports an act on a bill told by what the bill would do
// ("threatened to veto the bill that allows lawsuits against the
// Saudis", "vowed to block legislation that would let families sue a
// foreign state"): the object is a bill (billNouns) with a restrictive
// relative clause of what it does (objectContent's shape). A bill is of
// the source's own legislature: with no party named outside that
// clause, the act is aimed at home, not at the story's other side the
// guess would fall back on.
func (s *sent) billContent(i int) bool {
	if !billContentOn || !objectContentOn {
		return false
	}
	for _, oc := range s.contentClauses(i) {
		if billNouns[s.lemma(oc.obj)] {
			return true
		}
	}
	return false
}

// billNouns are bills and laws a legislature passes.
var billNouns = setOf("bill", "legislation", "law", "measure", "amendment")

// objectClause is an object of a trigger and a restrictive relative
// clause hung on it that tells what the object does.
type objectClause struct{ obj, clause int }

// contentClauses returns the objects of trigger i (or of its infinitive:
// "threatened to veto the bill that ...") that are things, each with
// every restrictive relative clause of what it does: the relative
// pronoun is the clause's subject, the verb is no verb of speech, and no
// comma sets the clause off.
func (s *sent) contentClauses(i int) []objectClause {
	var out []objectClause
	heads := []int{i}
	if x := s.child(i, "xcomp"); x >= 0 {
		heads = append(heads, x)
	}
	for _, h := range heads {
		for _, o := range s.kids(h) {
			if s.rel(o) != "obj" || s.tok(o).UPOS != "NOUN" || s.actorAt(o) != nil {
				continue
			}
			for _, r := range s.kids(o) {
				if s.deprel(r) != "acl:relcl" || speechVerbs[s.lemma(r)] || !s.thingDoes(r) {
					continue
				}
				if lo, _ := s.subtree(r); lo-1 > o && s.doc.TokenText(lo-1) == "," {
					continue
				}
				out = append(out, objectClause{o, r})
			}
		}
	}
	return out
}

// thingDoes reports relative clause r whose subject is its relative
// pronoun ("that", "which"): the modified noun is the doer.
func (s *sent) thingDoes(r int) bool {
	for _, c := range s.kids(r) {
		if s.rel(c) == "nsubj" {
			l := s.lemma(c)
			return l == "that" || l == "which"
		}
	}
	return false
}
