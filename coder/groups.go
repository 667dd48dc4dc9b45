package coder

import (
	"strings"

	"sitrep"
)

// Groups named by a count. A story that lists three countries ("Spain,
// Ireland and Norway recognised ...") goes on to name them as "the three
// countries", "the three governments"; one that opens with "diplomats from
// seven Latin American countries" lists the seven later. Such a phrase
// stands for the list of that many actors nearest it in the article,
// before it if there is one, else after it.

// countNouns are the plural nouns a count turns into a group of actors.
var countNouns = setOf("country", "government", "nation", "state", "capital", "neighbour", "neighbor", "member", "ally",
	"junta", "regime", "administration")

// memberNouns are people of a group ("diplomats from seven countries"):
// the group acts or is acted on through them.
var memberNouns = setOf("diplomat", "envoy", "ambassador", "official", "citizen", "national", "leader", "minister",
	"representative", "delegation", "troop", "soldier", "force", "embassy", "mission", "staff")

// countOf reads the count on a plural group noun ("the three countries",
// "7 governments"), or 0.
func (s *sent) countOf(k int) int {
	if !countNouns[s.lemma(k)] || !s.endsInS(k) {
		return 0
	}
	for _, c := range s.kids(k) {
		if s.rel(c) != "nummod" {
			continue
		}
		if n, ok := readCount(s.lowerWord(c), true, 9); ok {
			return n
		}
	}
	return 0
}

// countGroup returns the actors a group named by a count stands for: the
// actors listed inside the phrase itself ("seven countries, among them
// Argentina, Chile and Peru"), else the nearest list in the article of
// exactly that many actors. Two is left to the story's dyad (group).
func (s *sent) countGroup(k int) []*sitrep.ActorMention {
	n := s.countOf(k)
	if n == 0 && memberNouns[s.lemma(k)] {
		for _, c := range s.kids(k) {
			if s.rel(c) == "nmod" && (s.caseOf(c) == "from" || s.caseOf(c) == "of") {
				if n = s.countOf(c); n > 0 {
					k = c
					break
				}
			}
		}
	}
	if n == 0 && countNouns[s.lemma(k)] {
		if p := s.child(k, "nmod:poss"); p >= 0 && s.lemma(p) == "their" {
			// "ordered diplomats from seven countries to leave,
			// accusing their governments": the group named before.
			for j := k - 1; j >= s.from; j-- {
				if s.countOf(j) >= 3 {
					return s.countGroup(j)
				}
			}
		}
	}
	if n < 3 {
		return nil
	}
	var inside []*sitrep.ActorMention
	for _, c := range s.kids(k) {
		if r := s.rel(c); r == "appos" || r == "nmod" || r == "acl" {
			inside = append(inside, s.actorsIn(c)...)
		}
	}
	inside = append(inside, s.namedAfter(k)...)
	if inside = byKey(inside); len(inside) >= 2 {
		return inside
	}
	off := s.tok(k).Start
	var before, after []*sitrep.ActorMention
	for _, l := range s.art.actorLists() {
		if len(l.actors) != n {
			continue
		}
		if l.off < off {
			before = l.actors
		} else if after == nil {
			after = l.actors
		}
	}
	if before != nil {
		return before
	}
	return after
}

// subtree returns the first and last token of i's subtree.
func (s *sent) subtree(i int) (int, int) {
	lo, hi := i, i
	for _, c := range s.kids(i) {
		l, h := s.subtree(c)
		lo, hi = min(lo, l), max(hi, h)
	}
	return lo, hi
}

// actorsIn returns the coded event actors in i's subtree, in text order,
// a mention once for each of its tokens.
func (s *sent) actorsIn(i int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	lo, hi := s.subtree(i)
	for j := lo; j <= hi; j++ {
		if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
			out = append(out, m)
		}
	}
	return out
}

// actorList is a coordination of two or more actors, at a byte offset.
type actorList struct {
	off    int
	actors []*sitrep.ActorMention
}

// actorLists returns the article's coordinations of actors, in text
// order, computed once.
func (a *article) actorLists() []actorList {
	if a.lists != nil {
		return *a.lists
	}
	var out []actorList
	for si := range a.doc.Sentences {
		s := a.sent(si)
		for i := s.from; i < s.to; i++ {
			if s.rel(i) == "conj" || s.child(i, "conj") < 0 {
				continue
			}
			var ms []*sitrep.ActorMention
			for _, j := range s.conjuncts(i) {
				if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
					ms = append(ms, m)
				} else if m := s.placeActor(j); m != nil {
					ms = append(ms, m)
				} else if m := s.countryWord(j); m != nil {
					// "Russian and Ukrainian negotiators"
					ms = append(ms, m)
				}
			}
			if ms = byKey(ms); len(ms) >= 2 {
				out = append(out, actorList{off: s.tok(i).Start, actors: ms})
			}
		}
	}
	a.lists = &out
	return out
}

// byKey keeps the first mention of each event actor.
func byKey(ms []*sitrep.ActorMention) []*sitrep.ActorMention {
	return firstOfEach(ms, actorKey)
}

// namedAfter returns the actors a group phrase names right after it,
// read off the word order since the parse often hangs them elsewhere:
// "seven countries, among them Argentina, Chile and Peru", "13 Western
// governments, including the United States and Britain".
func (s *sent) namedAfter(k int) []*sitrep.ActorMention {
	j := k + 1
	if j+1 >= s.to || s.lemma(j) != "," {
		return nil
	}
	switch s.lemma(j + 1) {
	case "among":
		j += 2
		if j < s.to && (s.lemma(j) == "they" || s.lemma(j) == "them") {
			j++
		}
	case "include", "including":
		j += 2
	default:
		return nil
	}
	var out []*sitrep.ActorMention
	for ; j < s.to; j++ {
		if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
			out = append(out, m)
			continue
		}
		switch s.lemma(j) {
		case ",", "and", "the":
			continue
		}
		if s.tok(j).UPOS == "PROPN" {
			continue
		}
		break
	}
	return out
}

// pluralAntecedent returns the actors a "they" or "them" stands for when
// it follows a coordination of actors in its sentence or the one before
// ("Rubio and Lavrov met at a palace where Prince Faisal received
// *them*"): the last such list.
func (s *sent) pluralAntecedent(k int) []*sitrep.ActorMention {
	if l := s.lemma(k); s.tok(k).UPOS != "PRON" || l != "they" && l != "them" {
		return nil
	}
	lo := s.doc.Sentences[max(s.idx-1, 0)].Start
	var last []*sitrep.ActorMention
	for _, l := range s.art.actorLists() {
		if l.off >= lo && l.off < s.tok(k).Start {
			last = l.actors
		}
	}
	if last == nil {
		return nil
	}
	// "drawing condemnation from the United States and the United
	// Nations ... the men would be safe and Thai officials would visit
	// them": a plural subject or object between them is the nearer
	// antecedent.
	from := last[len(last)-1].End
	d := s.doc
	for j := range d.Tokens[:k] {
		t := &d.Tokens[j]
		if t.Start < from {
			continue
		}
		r := t.Deprel
		if t.UPOS == "NOUN" && (t.XPOS == "NNS" || strings.Contains(t.Feats, "Number=Plur")) && (r == "nsubj" || r == "obj" || r == "nsubj:pass") {
			if m := s.mentionCovering(j); m == nil || actorKey(m) == "" {
				return nil
			}
		}
	}
	return last
}

// countryWord codes a country adjective (or name) standing alone in a
// list ("Russian and Ukrainian negotiators") or modifying a noun
// (demonymActor).
func (s *sent) countryWord(j int) *sitrep.ActorMention {
	if u := s.tok(j).UPOS; u != "ADJ" && u != "PROPN" || s.waterName(j) {
		return nil
	}
	kb := s.art.countryKB()
	if kb == nil {
		return nil
	}
	if iso, ok := kb.LookupCountryAt(s.doc.TokenText(j), s.doc.Published); ok && len(iso) == 3 {
		return &sitrep.ActorMention{Span: s.tokSpan(j), Code: iso, Country: iso, Entry: "country adjective", Ref: -1}
	}
	return nil
}

// twoSides returns what "both sides" of the story names: the two sides
// of its civil war when the lead names them (civilPair), else its dyad.
func (a *article) twoSides(off int) []*sitrep.ActorMention {
	if p := a.civilPair(); p != nil {
		return p
	}
	return a.dyad(off)
}

// sidesAddressed returns the sides an act addressed to "both sides",
// "all sides" reaches: in a story about one country's own affairs ("the
// European Union called on all sides to show restraint", after a
// disputed vote) that country, not the minor foreign actor of its dyad;
// else twoSides. (Not for subjects: "the leaders condemned the coup
// attempt", at a summit abroad, are still the dyad's.)
func (a *article) sidesAddressed(off int) []*sitrep.ActorMention {
	if a.civilPair() == nil && len(a.ranked) > 0 && len(a.ranked[0]) == 3 && a.domestic() {
		// (The country at home, as a target made up for it: kept even
		// when the appeal comes from its own government, "the
		// president urged all parties to calm tensions".)
		if m := a.mentionOf(a.ranked[0], off); m != nil && m.Country != "" {
			return []*sitrep.ActorMention{domesticTarget(m.Span, m.Country)}
		}
		return a.sides(off)
	}
	return a.twoSides(off)
}

// partiesAddressed returns the side an appeal to "all sides" or "all
// parties" reaches: the parties of a conflict inside one country (a
// disputed vote, a civil war), so that country alone, the first of the
// story's sides that is a state, not the foreign state or the body the
// story pairs it with. ("Both sides" of a story of two states stay
// both: sidesAddressed.)
func (a *article) partiesAddressed(off int) []*sitrep.ActorMention {
	sides := a.sidesAddressed(off)
	if len(sides) != 2 || actorKey(sides[0]) == actorKey(sides[1]) {
		return sides
	}
	var best *sitrep.ActorMention
	for _, m := range sides {
		if strings.HasPrefix(actorKey(m), "IGO") || m.Start > off {
			continue
		}
		if best == nil || m.Start > best.Start {
			best = m
		}
	}
	if best == nil {
		return sides
	}
	return []*sitrep.ActorMention{best}
}

// civilPair returns the two sides of a war within one country, when the
// story's first paragraph names them together ("Sudan's army and the
// paramilitary Rapid Support Forces signed a declaration"): two mentions
// of the story's main country with different codes joined by "and" (read
// off the text: the parse often makes them two subjects). "The two
// sides" of such a story are these, not the country and a foreign
// mediator.
func (a *article) civilPair() []*sitrep.ActorMention {
	if a.civil != nil {
		return *a.civil
	}
	var out []*sitrep.ActorMention
	a.civil = &out
	if len(a.ranked) == 0 {
		return nil
	}
	d := a.doc
	lead := leadEnd(d)
	for i := 0; i+1 < len(d.Actors); i++ {
		m, n := &d.Actors[i], &d.Actors[i+1]
		if n.End > lead {
			break
		}
		if actorKey(m) != a.ranked[0] || actorKey(n) != a.ranked[0] || m.Code == n.Code || m.End > n.Start {
			continue
		}
		between := strings.Fields(d.Text[m.End:n.Start])
		if len(between) >= 1 && len(between) <= 2 && between[0] == "and" && (len(between) == 1 || between[1] == "the") {
			out = []*sitrep.ActorMention{m, n}
			return out
		}
	}
	return nil
}
