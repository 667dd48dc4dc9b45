package coder

import "sitrep"

// theTwoRule switches theTwo (fifteenth session, actorless19).
var theTwoRule = true

// theTwo returns the two parties a bare "the two" subject points back
// to ("Erdogan spoke by telephone with King Salman, and the two agreed
// to cooperate", "he would raise it with his counterpart if the two
// met"): the last two actors of different keys named before it in its
// sentence, else in the sentence before and its own. Nil when k is no
// bare "the two" or fewer than two such actors are named.
func (s *sent) theTwo(k int) []*sitrep.ActorMention {
	if !theTwoRule || s.lemma(k) != "two" || s.tok(k).UPOS != "NUM" {
		return nil
	}
	the := false
	for _, c := range s.kids(k) {
		switch s.rel(c) {
		case "det":
			the = s.lemma(c) == "the"
		case "punct", "cc":
		default:
			return nil
		}
	}
	if !the {
		return nil
	}
	d := s.doc
	off := s.tok(k).Start
	lo := d.Sentences[s.idx].Start
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			if s.idx == 0 {
				return nil
			}
			lo = d.Sentences[s.idx-1].Start
		}
		var out []*sitrep.ActorMention
		seen := map[string]bool{}
		for j := len(d.Actors) - 1; j >= 0 && len(out) < 2; j-- {
			m := &d.Actors[j]
			if m.Start >= off || m.Start < lo {
				continue
			}
			key := actorKey(m)
			if key == "" || seen[key] || !partyArg(d, m) {
				continue
			}
			seen[key] = true
			out = append(out, m)
		}
		if len(out) == 2 {
			return []*sitrep.ActorMention{out[1], out[0]}
		}
	}
	return nil
}

// partyArg reports a mention that stands as a party of its clause: a
// subject, object, apposition or conjunct, or a "with", "to" or "by"
// phrase ("spoke with King Salman"), itself or as the modifier of such
// a noun ("his Chinese counterpart"). Not a place or a name inside
// another phrase ("at Rabat airport", "on the sidelines of a G20
// meeting").
func partyArg(d *sitrep.Document, m *sitrep.ActorMention) bool {
	t := -1
	for k, tok := range d.Tokens {
		if tok.Start >= m.Start && tok.End <= m.End {
			if h := tok.Head; h < 0 || d.Tokens[h].Start < m.Start || d.Tokens[h].End > m.End {
				t = k
			}
		}
		if tok.Start >= m.End {
			break
		}
	}
	for steps := 0; t >= 0 && steps < 3; steps++ {
		r := d.Tokens[t].Deprel
		switch r {
		case "amod", "compound", "flat", "nmod:poss":
			h := d.Tokens[t].Head
			if h < 0 || d.Tokens[h].UPOS != "NOUN" && d.Tokens[h].UPOS != "PROPN" {
				return false
			}
			t = h
			continue
		case "nsubj", "nsubj:pass", "obj", "iobj", "appos", "conj":
			return true
		case "obl", "nmod":
			for k := range d.Tokens {
				if d.Tokens[k].Head == t && d.Tokens[k].Deprel == "case" {
					switch d.Tokens[k].Lemma {
					case "with", "to", "by":
						return true
					}
				}
			}
			return false
		}
		return false
	}
	return false
}

// keepTalkingRule switches keptTalking (fifteenth session, actorless19).
var keepTalkingRule = true

// keptTalking reports "talking" as the complement of "keep" ("the two
// agreed to keep talking", "hoped to keep talking with Paris"): talks
// going on, which the gold sets code as an intent to meet (036) or as
// the talks planned, never as a meeting (040) told by the verb "talk".
func (s *sent) keptTalking(i int, code string) bool {
	if !keepTalkingRule || code[:2] != "04" || s.tok(i).UPOS != "VERB" || s.rel(i) != "xcomp" {
		return false
	}
	switch s.lemma(i) {
	case "talk", "speak":
	default:
		return false
	}
	h := s.head(i)
	if h >= 0 && hopeToMeetOn && s.readinessHead(i) >= 0 {
		// "hoped to keep talking", "wanted to keep talking": an offer
		// of talks, which the readiness recode codes 036
		// (otherroot19).
		return false
	}
	return h >= 0 && s.lemma(h) == "keep"
}
