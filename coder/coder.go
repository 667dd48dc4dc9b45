// Package coder turns a parsed, entity-, actor- and time-annotated article
// into CAMEO/PLOVER events: for each trigger word of the lexicon whose
// syntactic frame matches, the source comes from the subject, the target
// from the object or oblique the entry names, the status from negation,
// modality, denial and attribution around it, the date from the time
// expression in its clause and the place from the clause's locations.
package coder

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"sitrep"
	"sitrep/actors"
	"sitrep/cameo"
	"sitrep/geo"
)

//go:embed lexicon.tsv
var lexiconTSV []byte

// Coder is the event-coding component.
type Coder struct {
	lex *Lexicon
	// kb is the caller's actor knowledge base, read for its country
	// adjectives; nil loads the embedded one once per process.
	kb *actors.KB
}

// New returns a coder with the embedded lexicon.
func New() (*Coder, error) {
	lx, err := ParseLexicon(bytes.NewReader(lexiconTSV), "lexicon.tsv")
	if err != nil {
		return nil, err
	}
	return &Coder{lex: lx}, nil
}

// NewWithLexicon returns a coder with the given lexicon.
func NewWithLexicon(lx *Lexicon) *Coder { return &Coder{lex: lx} }

// WithKB makes the coder read country adjectives from kb, the knowledge
// base the pipeline's actor coder already holds, instead of loading the
// embedded one a second time.
func (c *Coder) WithKB(kb *actors.KB) *Coder {
	c.kb = kb
	return c
}

func (c *Coder) Name() string { return "events" }

// Needs the parse and the actors; entities, time expressions and quotes
// are used when present.
func (c *Coder) Needs() sitrep.Layer {
	return sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerLemmas | sitrep.LayerDeps | sitrep.LayerActors
}

func (c *Coder) Fills() sitrep.Layer { return sitrep.LayerEvents }

// Process codes every sentence and merges repeated events of the article.
func (c *Coder) Process(d *sitrep.Document) error {
	var events []sitrep.Event
	art := newArticle(d)
	art.kb = c.kb
	for si := range d.Sentences {
		s := newSent(d, si)
		s.art = art
		events = append(events, c.codeSentence(s)...)
	}
	art.retell(events)
	d.Events = mergeArticle(events)
	return nil
}

// candidate is a trigger with the entry that matched it.
type candidate struct {
	trig  int
	entry *Entry
	args  frameArgs
}

// frameArgs are the dependents of a trigger that entries test.
type frameArgs struct {
	self, subj, obj, iobj, xcomp, ccomp, agent int
	passive                                    bool
	obl                                        map[string][]int // by preposition
	prt                                        string
}

// subj0 is the subject, or the trigger itself when there is none.
func (a frameArgs) subj0() int {
	if a.subj >= 0 {
		return a.subj
	}
	return a.self
}

func (s *sent) frame(i int) frameArgs {
	a := frameArgs{self: i, subj: -1, obj: -1, iobj: -1, xcomp: -1, ccomp: -1, agent: -1, obl: map[string][]int{}}
	subjPass := false
	for _, c := range s.kids(i) {
		full := s.deprel(c)
		switch s.rel(c) {
		case "nsubj":
			// A dateline ("KINGSTOWN (Sitrep) — Venezuela pledged")
			// can parse as a second subject: keep the one that names an
			// actor, and its voice.
			if a.subj < 0 || actorKey(s.actorAt(c)) != "" || actorKey(s.actorAt(a.subj)) == "" {
				a.subj = c
				subjPass = full == "nsubj:pass"
			}
		case "obj":
			if a.obj >= 0 && a.xcomp < 0 && namingVerbs[s.lemma(i)] {
				// "called the decision another hostile step" parsed
				// with two objects: the second is the complement.
				a.xcomp = c
				continue
			}
			a.obj = c
			if quantityNouns[s.lemma(c)] {
				// "carried out a wave of air strikes": the strikes.
				if o := s.child(c, "nmod"); o >= 0 && s.caseOf(o) == "of" {
					a.obj = o
				}
			}
		case "iobj":
			a.iobj = c
		case "xcomp":
			a.xcomp = c
		case "advcl":
			// "will fly to Cochabamba to meet Morales": a journey's
			// infinitive of purpose is its complement for the frame.
			if a.xcomp < 0 && journeyVerbs[s.lemma(i)] && c > i && s.infinitive(c) {
				a.xcomp = c
			}
		case "ccomp":
			if s.tok(c).UPOS == "ADJ" && s.child(c, "cop") < 0 && s.child(c, "nsubj") >= 0 && s.child(c, "xcomp") < 0 {
				// "held Iran responsible", parsed as a clause: the
				// adjective is the complement, its subject the object.
				if a.xcomp < 0 {
					a.xcomp = c
				}
				if a.obj < 0 {
					a.obj = s.child(c, "nsubj")
				}
				continue
			}
			a.ccomp = c
			// "agree to hold": some parses make the infinitive a ccomp.
			if a.xcomp < 0 && s.child(c, "mark") >= 0 && s.lemma(s.child(c, "mark")) == "to" {
				a.xcomp = c
			}
		case "obl", "nmod":
			if s.tok(c).UPOS == "ADP" {
				// "spoken with [obj Netanyahu]": the preposition parsed
				// as the argument, its noun below it.
				if o := s.child(c, "obj", "nmod", "obl"); o >= 0 {
					a.obl[s.lemma(c)] = append(a.obl[s.lemma(c)], o)
				}
				continue
			}
			p := s.caseOf(c)
			if full == "obl:agent" || p == "by" && a.passive {
				a.agent = c
			}
			if p != "" {
				a.obl[p] = append(a.obl[p], c)
			}
		case "advmod":
			a.obl["advmod"] = append(a.obl["advmod"], c)
		case "compound":
			if full == "compound:prt" {
				a.prt = s.lemma(c)
			}
		case "aux":
			// "entered Algerian airspace and was shot down": a passive
			// whose subject is its coordinated verb's.
			if full == "aux:pass" {
				a.passive = true
			}
		}
	}
	if a.prt == "" && a.obj < 0 && i+1 < s.to && particles[s.lemma(i+1)] && s.rel(i+1) == "case" {
		// "was breaking off diplomatic relations", "called off the
		// talks" with the particle read as the preposition of the noun
		// after it: a particle and the verb's object.
		// (Not "pulled out of the city": a two-word preposition.)
		if n := s.head(i + 1); n > i+1 && s.head(n) == i && (s.rel(n) == "obl" || s.rel(n) == "nmod") && s.caseOf(n) == s.lemma(i+1) && !(i+2 < s.to && s.rel(i+2) == "case" && s.head(i+2) == n) {
			a.prt, a.obj = s.lemma(i+1), n
			p := s.lemma(i + 1)
			for x, o := range a.obl[p] {
				if o == n {
					a.obl[p] = append(a.obl[p][:x:x], a.obl[p][x+1:]...)
					break
				}
			}
		}
	}
	if a.xcomp < 0 && a.obj >= 0 {
		// "ordered diplomats from seven countries to leave", with the
		// infinitive hung on the object or its modifier: the verb's
		// complement.
		for _, n := range append([]int{a.obj}, s.kids(a.obj)...) {
			if n != a.obj && s.rel(n) != "nmod" {
				continue
			}
			for _, c := range s.kids(n) {
				if c > n && s.rel(c) == "acl" && s.tok(c).UPOS == "VERB" && s.infinitive(c) {
					a.xcomp = c
				}
			}
		}
	}
	if a.xcomp < 0 && a.obj >= 0 {
		// "called the charge unacceptable" with the adjective parsed as
		// the object's modifier: an adjective after its noun is the
		// verb's complement.
		for _, c := range s.kids(a.obj) {
			if c > a.obj && s.rel(c) == "amod" && s.tok(c).UPOS == "ADJ" {
				a.xcomp = c
				break
			}
		}
	}
	if a.xcomp < 0 && a.obj >= 0 {
		// "called the expulsion \"groundless\"" with the quoted word
		// parsed as the object's apposition: the verb's complement.
		for _, c := range s.kids(a.obj) {
			if c > a.obj+1 && s.rel(c) == "appos" && s.child(c, "punct") >= 0 && quoteMark(s.doc.TokenText(c-1)) {
				a.xcomp = c
				break
			}
		}
	}
	for _, c := range s.kids(i) {
		// "called on Beijing to end its repression" parsed with "on" a
		// marker of the infinitive and "Beijing" its subject: the
		// oblique the appeal is made to.
		if r := s.rel(c); (r == "advcl" || r == "xcomp" || r == "ccomp") && c > i {
			if m := s.child(c, "mark"); m >= 0 && m == i+1 && s.lemma(m) == "on" {
				if sb := s.child(c, "nsubj"); sb >= 0 && sb > m && sb < c {
					a.obl["on"] = append(a.obl["on"], sb)
				}
			}
		}
	}
	if a.obj > i {
		// "called for free and credible elections" with "for" hung on
		// the adjective: an object whose phrase opens with a
		// preposition is that preposition's oblique.
		if lo, _ := s.subtree(a.obj); lo > i && lo < a.obj && s.tok(lo).UPOS == "ADP" && s.rel(lo) == "case" && s.head(lo) != a.obj {
			p := s.lemma(lo)
			a.obl[p] = append(a.obl[p], a.obj)
			a.obj = -1
		}
	}
	if a.obj < 0 && a.xcomp >= 0 && s.tok(a.xcomp).UPOS == "NOUN" {
		// "had lodged 'the strongest protest'" with the noun read as a
		// complement: it is the object.
		a.obj = a.xcomp
	}
	if subjPass && a.obj < 0 && !s.perfectActive(i) {
		// A passive has no direct object; "Israel, which has carried
		// out hundreds of strikes" with Israel misread as a passive
		// subject is active.
		a.passive = true
	}
	if a.agent < 0 && s.tok(i).XPOS == "VBN" && s.child(i, "aux") < 0 {
		// "the Declaration, signed late on Wednesday by Somali President
		// Hassan Sheikh Mohamud and ...": a participle's by-phrase the
		// parse hung on an adverbial.
		for _, o := range a.obl["on"] {
			for _, c := range s.kids(o) {
				if s.rel(c) == "nmod" && s.caseOf(c) == "by" && s.actorAt(c) != nil {
					a.agent, a.passive = c, true
				}
			}
		}
	}
	if !a.passive && a.subj < 0 && a.agent >= 0 {
		// "the ceasefire mediated by Qatar": a participle with an agent.
		a.subj = a.agent
	}
	if a.passive && experiencerVerbs[s.lemma(i)] {
		// "Australia was deeply disappointed by the decision": the
		// surface subject feels, and the by-phrase is what it feels
		// about; the passive is kept as it reads.
		return a
	}
	if a.passive {
		// Normalise the passive: the surface subject is the object, the
		// by-phrase the subject.
		a.obj, a.subj = a.subj, a.agent
	}
	return a
}

// experiencerVerbs have the one who feels as the subject of their
// passive ("was disappointed by", "was dismayed at").
var experiencerVerbs = setOf("disappoint", "dismay", "outrage")

// match returns the most specific entry whose conditions hold.
func (s *sent) match(entries []*Entry, a frameArgs) *Entry {
	for _, e := range entries {
		if e.Obj != nil && (a.obj < 0 || !s.oneOf(a.obj, e.Obj)) {
			continue
		}
		if e.Xcomp != nil && (a.xcomp < 0 || !s.oneOf(a.xcomp, e.Xcomp) && !s.modifiedBy(a.xcomp, e.Xcomp)) {
			continue
		}
		if e.Subj != nil {
			subj := s.subjectWord(a)
			if subj < 0 || !s.oneOf(subj, e.Subj) {
				continue
			}
		}
		if e.Prt != "" && a.prt != e.Prt {
			continue
		}
		if e.Compound != nil && !s.hasCompound(a.self, e.Compound) {
			continue
		}
		if e.Plural && !strings.Contains(s.tok(a.self).Feats, "Number=Plur") && !s.endsInS(a.self) {
			continue
		}
		if e.Speech && a.ccomp < 0 {
			continue
		}
		ok := true
		for p, vals := range e.Preps {
			found := false
			args := a.obl[p]
			if a.obj >= 0 && e.Obj != nil {
				// "opened fire on the crowds" with "on the crowds" hung
				// on the object the entry names: the verb's phrase.
				args = append(args[:len(args):len(args)], s.nmodsWith(a.obj, p)...)
			}
			for _, o := range args {
				if s.oneOf(o, vals) && !(vals[0] == "*" && s.isTime(o)) {
					// ("called the charge unacceptable on Saturday" is
					// no "call on".)
					found = true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			return e
		}
	}
	return nil
}

func (c *Coder) codeSentence(s *sent) []sitrep.Event {
	var cands []candidate
	consumed := map[int]bool{}
	demands := s.mustDemands(consumed)
	for i := s.from; i < s.to; i++ {
		t := s.tok(i)
		var entries []*Entry
		switch t.UPOS {
		case "VERB":
			entries = c.lex.verbs[s.lemma(i)]
			if len(entries) == 0 {
				entries = c.lex.verbs[s.stem(i)]
			}
		case "NOUN":
			entries = c.lex.nouns[s.lemma(i)]
			if len(entries) == 0 && strings.HasSuffix(s.lemma(i), "s") {
				// "strikes" left unlemmatised: the singular's entries.
				entries = c.lex.nouns[s.stem(i)]
			}
		case "ADJ":
			if s.child(i, "cop") >= 0 || s.rel(i) == "xcomp" {
				// Only a predicate ("is ready to help", "remained
				// open to dialogue"), not a modifier ("a ready supply").
				entries = c.lex.adjs[s.lemma(i)]
			}
		}
		evaluative := s.evaluative(i)
		if evaluative {
			entries = []*Entry{evaluativeEntry}
			if blamePredicates[s.lemma(i)] {
				entries = []*Entry{blameEntry}
				if s.blameAsked(i) {
					// "police did not say which group was responsible":
					// no one is blamed.
					continue
				}
			}
		}
		if s.toldWrongdoing(i) {
			// "X said Y's boats had illegally entered its waters", "X
			// said Y's forces had tried to seize the pass": the speaker
			// accuses the clause's subject; the act told is the
			// accusation's content.
			entries, evaluative = []*Entry{wrongdoingEntry}, true
		}
		if s.actViolates(i) {
			// "the EU said the incursion violated the ceasefire": the
			// speaker accuses whoever did the act.
			entries, evaluative = []*Entry{violationEntry}, true
		}
		if e := s.refusedYield(i); e != nil {
			// "said it would not implement the ruling", "will not accept
			// a military government", "would not submit to the court":
			// a refusal, made now.
			// (After the lexicon's own entries, which are more
			// specific: "would not accept the terms".)
			entries = append(entries[:len(entries):len(entries)], e)
		}
		if e := s.refusedAct(i); e != nil {
			// "would not withdraw its troops", "will not apologise":
			// the act is refused now, not planned and negated.
			entries = []*Entry{e}
		}
		threatSpeech := s.threatIdiom(i)
		if threatSpeech >= 0 {
			// "said Estonia would bear the consequences": the speaker
			// threatens the idiom's subject.
			entries = []*Entry{threatIdiomEntry}
		}
		if t.UPOS == "VERB" && s.leaveDeadline(i) {
			entries = []*Entry{deadlineEntry}
		}
		leaveBy := -1
		if t.UPOS == "VERB" && s.lemma(i) == "have" {
			if leaveBy = s.hadToLeave(i); leaveBy >= 0 {
				// "the diplomats had until Friday to leave the
				// country": an expulsion by the country left.
				entries = []*Entry{hadToLeaveEntry}
			}
		}
		if len(entries) == 0 {
			continue
		}
		if t.UPOS == "VERB" && i > s.from && (s.lemma(i-1) == "-" && s.tok(i-1).End == t.Start || s.rel(i) == "amod" && s.tok(i-1).UPOS == "DET" && !s.eachVerb(i)) {
			// "Turkish-backed fighters", "a U.N.-backed mission", "the
			// detained activists": a participle used as an adjective
			// names no act of its own.
			continue
		}
		a := s.frame(i)
		if evaluative {
			// "said the decision was unacceptable": the speaker judges
			// what the predicate's subject names.
			a.obj, a.subj = a.subj, s.child(s.head(i), "nsubj")
		}
		if threatSpeech >= 0 {
			a.obj, a.subj = a.subj, s.child(threatSpeech, "nsubj")
		}
		if leaveBy >= 0 {
			// The expelled are the subject; the expeller is the country
			// left, else the speaker.
			a.obj, a.subj = a.subj, -1
			if o := s.child(leaveBy, "obj"); o >= 0 && len(s.argActors(o)) > 0 {
				a.subj = o
			} else if h := s.speechHead(i, true); h >= 0 {
				a.subj = s.child(h, "nsubj")
			}
			if a.subj < 0 {
				continue
			}
		}
		e := s.match(entries, a)
		if e == nil {
			continue
		}
		if s.openQuestion(i) {
			continue
		}
		if h := s.head(i); h >= 0 && s.rel(i) == "xcomp" && notDone[s.lemma(h)] {
			// "refused to apologise", "failing to consult Wellington":
			// the act was not done; the refusal is the event.
			continue
		}
		if e = s.figurative(i, a, e); e == nil {
			// "seized on the remark", "a poll released Sunday" (figurative.go).
			continue
		}
		if e.Xcomp != nil {
			consumed[a.xcomp] = true
		}
		if e.Code[:2] == "03" {
			// "ready for talks", "open to dialogue": the talks named by
			// the intent's condition are the intent's, not talks held.
			for p, ls := range e.Preps {
				if len(ls) == 1 && ls[0] == "*" {
					continue
				}
				for _, n := range a.obl[p] {
					consumed[n] = true
				}
			}
		}
		switch r := e.Code[:2]; {
		case r == "02" || r == "10":
			// "urged both sides to talk": the act appealed for or
			// demanded has not happened; only the appeal is coded. The
			// infinitive is often misattached (an adverbial clause, or a
			// clause of a verb before the appeal), so any infinitive
			// clause of the trigger, and the one right after it, goes.
			// The nouns inside it too ("urged Ankara and Damascus to
			// start talks", "to return to talks").
			// A that-clause is the act demanded as well ("demanded that
			// China withdraw the rig").
			for _, c := range s.kids(i) {
				if r := s.rel(c); r == "xcomp" || r == "ccomp" || r == "advcl" && s.infinitive(c) {
					s.consume(consumed, c, false)
					s.consumeNouns(consumed, c)
				}
			}
			if k := s.nextInfinitive(i); k >= 0 {
				s.consume(consumed, k, false)
				s.consumeNouns(consumed, k)
			}
		case r == "13":
			// The act threatened or warned of is not coded (the gold
			// guide): "warned that Washington would not conclude
			// trade agreements".
			for _, c := range s.kids(i) {
				if r := s.rel(c); r == "xcomp" || r == "ccomp" || r == "acl" {
					s.consume(consumed, c, false)
				}
			}
			if a.obj >= 0 {
				for _, c := range s.kids(a.obj) {
					if s.rel(c) == "acl" {
						s.consume(consumed, c, false)
					}
				}
			}
		case r == "14" || r == "15" || r == "17" || r == "18" || r == "19":
			if r == "14" {
				// "marched in Caracas to protest against the result",
				// "gathered outside the embassy to protest": the
				// protest is the march's purpose, one act.
				for _, c := range s.kids(i) {
					if rr := s.rel(c); (rr == "advcl" || rr == "xcomp") && s.infinitive(c) && (s.lemma(c) == "protest" || s.lemma(c) == "demonstrate") {
						consumed[c] = true
					}
				}
			}
			// "struck Izium, killing five people", "police opened fire
			// on the crowds, killing five": the toll is the act's, not
			// an act of its own.
			for _, c := range s.kids(i) {
				if (s.rel(c) == "advcl" || s.rel(c) == "conj") && consequences[s.lemma(c)] && strings.HasSuffix(strings.ToLower(s.doc.TokenText(c)), "ing") {
					s.consume(consumed, c, false)
				}
			}
		case e.Code == "042" && t.UPOS == "VERB":
			// "will visit Skopje to meet the prime minister", "travelled
			// to Kabul to hold talks": the meeting is the visit, one act.
			for _, c := range s.kids(i) {
				if (s.rel(c) == "advcl" || s.rel(c) == "xcomp") && s.infinitive(c) && visitPurposes[s.lemma(c)] {
					consumed[c] = true
				}
			}
		case e.Code == "114":
			// "summoned the Kyrgyz charge d'affaires to protest against
			// the detention": the summons is the protest, one act.
			for _, c := range s.kids(i) {
				if (s.rel(c) == "advcl" || s.rel(c) == "xcomp") && s.infinitive(c) && (s.lemma(c) == "protest" || s.lemma(c) == "complain" || s.lemma(c) == "express") {
					consumed[c] = true
				}
			}
		case strings.HasPrefix(e.Code, "112"):
			// An act that only appears inside an accusation ("accused
			// Rwanda of sending troops to help the rebels encircle
			// Sake") is not coded: the accusation is the event.
			end := s.consumeAccusation(consumed, i)
			for _, c := range s.kids(i) {
				if c >= end {
					continue
				}
				switch s.rel(c) {
				case "advcl", "xcomp", "ccomp", "obl":
					s.consume(consumed, c, true)
				case "obj":
					for _, g := range s.kids(c) {
						if r := s.rel(g); r == "acl" || r == "nmod" {
							s.consume(consumed, g, true)
						}
					}
				}
			}
		}
		if e := s.match(entries, a); e != nil && e.Code[:2] == "10" && t.UPOS == "VERB" && (s.protestPurpose(i) || s.crowdDemand(i, a)) {
			// "thousands marched through Lima to demand the president's
			// resignation", "protested outside the prosecutor's office,
			// demanding his resignation": the protest is the event; the
			// gold sets code no demand beside it.
			continue
		}
		if l := s.lemma(i); (l == "seize" || l == "take" || l == "grab") && a.obj >= 0 && s.lemma(a.obj) == "power" {
			// "the army seized power in a coup": a change of government
			// at home, which the gold guide codes as no event between
			// countries.
			continue
		}
		if l := s.lemma(i); (l == "kill" || l == "injure" || l == "wound") && a.passive && a.subj < 0 {
			// "at least six people were killed in the capital": a toll
			// told without its doer is no act the sentence gives a
			// source for.
			continue
		}
		if l := s.lemma(i); (l == "kill" || l == "injure" || l == "wound") && !a.passive {
			if sb := s.subjectWord(a); sb >= 0 && s.lemmaIn(attackNouns, sb) {
				// "a car bomb in Kabul killed an American soldier", "Israeli
				// air strikes had killed 73 people", "an attack that
				// killed dozens": the toll of an attack told by its noun
				// is no act of its own.
				continue
			}
		}
		if e.Obj != nil && t.UPOS == "VERB" {
			// "hold talks": the object noun is part of the verb's frame.
			consumed[a.obj] = true
		}
		cands = append(cands, candidate{trig: i, entry: e, args: a})
	}
	// Verbs first: "X could meet Y if talks are confirmed" is one event,
	// the verb's, and a noun repeating it adds nothing.
	sort.SliceStable(cands, func(a, b int) bool {
		return s.tok(cands[a].trig).UPOS == "VERB" && s.tok(cands[b].trig).UPOS != "VERB"
	})
	out := demands
	seen := map[string]bool{}
	for _, cd := range cands {
		if consumed[cd.trig] {
			continue
		}
		noun := s.tok(cd.trig).UPOS == "NOUN"
		for _, ev := range c.build(s, cd) {
			// A noun adds no event to a verb's of the same pair and
			// CAMEO root in its sentence ("launched an offensive").
			key := eventKey(&ev)
			src, tgt, _ := strings.Cut(key, "\x00")
			tgt, _, _ = strings.Cut(tgt, "\x00")
			k2 := src + ">" + tgt + ">" + ev.CAMEO[:2]
			if seen[key] || noun && seen[k2] {
				continue
			}
			seen[key], seen[k2] = true, true
			s.art.coded[ev.CAMEO] = true
			if ev.Source != nil && ev.Target != nil {
				// Who would a denial answer: the accuser, or the side
				// that reported the act.
				switch {
				case ev.CAMEO[:2] == "11" && ev.CAMEO != "111":
					s.art.claimant[eventActorKey(ev.Target)] = mentionOf(ev.Source)
				case ev.CAMEO[:2] >= "14" && ev.Status == sitrep.StatusReported:
					s.art.claimant[eventActorKey(ev.Source)] = mentionOf(ev.Target)
				}
			}
			if ev.CAMEO[:2] >= "14" && ev.Source != nil && ev.Status != sitrep.StatusNegated && ev.Status != sitrep.StatusDenied {
				if ev.Trigger.Start != s.art.forceAt {
					s.art.lastForce, s.art.forceAt = nil, ev.Trigger.Start
				}
				if src := mentionOf(ev.Source); newKey(s.art.lastForce, src) {
					s.art.lastForce = append(s.art.lastForce, src)
				}
				if strings.HasPrefix(ev.CAMEO, "173") || strings.HasPrefix(ev.CAMEO, "181") {
					s.art.detainer = mentionOf(ev.Source)
				}
			}
			if k := actNoun(ev.CAMEO); k != "" && ev.Source != nil && ev.Status != sitrep.StatusNegated && ev.Status != sitrep.StatusDenied {
				s.art.doers[k] = mentionOf(ev.Source)
			}
			out = append(out, ev)
		}
	}
	s.claimDenied(out)
	return out
}

// build makes the events of one trigger: one per (source, target) pair of
// the coordinated actors on each side.
func (c *Coder) build(s *sent, cd candidate) []sitrep.Event {
	d := s.doc
	i := cd.trig
	code, _ := cameo.Lookup(cd.entry.Code)
	if l := s.lemma(i); (l == "back" || l == "support") && code.Code == "051" && (s.rel(i) == "acl" || s.relativeSubject(i)) {
		// "Algeria, which backs the Polisario", "an aggression backed
		// by Iran": support told in a relative clause (also one the
		// parse made the main verb) or a participle describes a side;
		// it is no act of the day.
		return nil
	}
	if s.lemma(i) == "sign" && s.signsLaw(cd.args) {
		// "signed into law a bill that bars inspectors", "signed a
		// decree": legislation at home, no agreement with anyone.
		return nil
	}
	if l := s.lemma(i); (l == "travel" || l == "fly") && len(cd.args.obl["to"]) == 0 && cd.entry.Converse != "" {
		// "would be free to travel abroad": a journey with no
		// destination named is no visit of anyone.
		return nil
	}
	if code.Code[:2] == "13" && (s.lemma(i) == "threaten" || s.lemma(i) == "endanger") {
		if sb := s.subjectWord(cd.args); sb >= 0 && endangering[s.lemma(sb)] {
			// "China's measures threatened the integrity of the single
			// market", "an offensive which France said threatened the
			// capital": a thing that endangers threatens no one in
			// words.
			return nil
		}
	}
	var threatFrom []*sitrep.ActorMention
	if code.Code == "130" && cd.entry.Speech && cd.args.ccomp >= 0 && forceReplies[s.lemma(cd.args.ccomp)] && s.refusal(cd.args.ccomp) && !s.negatedVerb(cd.args.ccomp) {
		// "warned that Iran would respond firmly to any attack",
		// "warned that it would retaliate": the warning promises force,
		// a threat of it (138). (The reply itself is consumed with the
		// warning's complement.)
		code, _ = cameo.Lookup("138")
		if sb := s.child(cd.args.ccomp, "nsubj"); sb >= 0 && len(keyed(s.sourceActors(i, cd.args))) == 0 && !commentators[s.lemma(cd.args.subj0())] {
			// "the ministry's spokesman warned that Iran would respond":
			// a speaker the actor coder did not place speaks for the
			// country that would respond.
			if ms := keyed(s.argActors(sb)); len(ms) > 0 {
				threatFrom = ms
			}
		}
	}
	var sources []*sitrep.ActorMention
	if len(threatFrom) > 0 {
		sources = threatFrom
	}
	if cd.args.passive && cd.args.subj < 0 && len(sources) == 0 {
		sources = s.passiveSource(i, cd)
	}
	// teller: the source is the speaker of an agentless passive ("two
	// Belarusian citizens had been detained, prosecutors said").
	teller := len(sources) > 0
	if len(sources) == 0 {
		sources = keyed(s.sourceActors(i, cd.args))
	}
	if len(sources) == 0 && code.Code[:2] == "14" {
		// "Tens of thousands marched through Managua", "thousands
		// rallied in the capital": a crowd told by its number is the
		// people of the place it marches in, else of the dateline's
		// country.
		if m := s.crowdOfNumber(i, cd.args); m != nil {
			sources = []*sitrep.ActorMention{m}
		}
	}
	if cd.args.passive && cd.args.subj < 0 && reciprocal(code.Code) && s.tok(i).UPOS == "VERB" && s.rel(i) == "advcl" {
		// "began filling the dam before a deal was reached": a
		// reciprocal act told in an agentless passive clause names no
		// parties, and the main clause's subject is not one of them.
		return nil
	}
	if code.Code == "041" && s.tok(i).UPOS == "NOUN" && strings.Contains(s.tok(i).Feats, "Number=Plur") {
		// "a wave of telephone calls received by businesses": calls in
		// the plural are seldom a leaders' call.
		return nil
	}
	if len(sources) == 0 && s.tok(i).UPOS == "NOUN" && (code.Code == "046" || code.Code == "041") {
		// "talks in Doha": negotiations named by a noun with no party of
		// their own are between the parties named after it, else between
		// the two sides of the story. (Meetings, ceasefires and other
		// reciprocal nouns are mostly background: tried and dropped.)
		for _, p := range []string{"between", "with"} {
			for _, a := range cd.args.obl[p] {
				sources = append(sources, s.argActors(a)...)
			}
		}
		sources = keyed(sources)
		if len(sources) < 2 && s.definite(i) && s.art.coded[code.Code] {
			// "before the talks began", "the talks followed": a
			// repeat mention of talks already coded.
			return nil
		}
		if len(sources) < 2 {
			// "Somalia and Ethiopia agreed ... after talks": the
			// parties of the verb the talks hang on.
			if v := s.governingVerb(i); v >= 0 {
				f := s.frame(v)
				ps := keyed(s.sourceActors(v, f))
				if len(ps) == 1 && code.Code == "041" && f.obj >= 0 {
					// "Macron thanked the king in a telephone call": the
					// call is between the verb's subject and object.
					ps = keyed(append(ps, s.argActors(f.obj)...))
				}
				if len(ps) >= 2 {
					sources = ps
				}
			}
		}
		if len(sources) < 2 && !s.art.domestic() {
			sources = s.art.dyad(d.Tokens[i].Start)
		}
	}
	if len(sources) == 0 {
		return nil
	}
	var targets []*sitrep.ActorMention
	unnamed := false
	// partied: the frame names a party the act is with or to ("held
	// talks with Jammeh"), whether or not it is a coded actor.
	partied := false
	for _, role := range cd.entry.Targets {
		var arg []int
		switch role {
		case "obj":
			if cd.args.obj >= 0 {
				arg = []int{cd.args.obj}
			}
		case "iobj":
			if cd.args.iobj >= 0 {
				arg = []int{cd.args.iobj}
			}
		default:
			arg = cd.args.obl[role]
			if len(arg) == 0 && cd.args.obj >= 0 {
				// "recalled its ambassadors to Mali", "lodged a protest
				// with the envoy": the preposition hangs on the object.
				arg = s.nmodsWith(cd.args.obj, role)
			}
			if len(arg) == 0 && (role == "during" || role == "against") {
				// "scrambled fighter jets as a precaution during the
				// Russian attack": the phrase hangs on another
				// oblique.
				for _, ob := range cd.args.obl {
					for _, o := range ob {
						arg = append(arg, s.nmodsWith(o, role)...)
					}
				}
			}
		}
		for _, a := range arg {
			if role != "obj" && s.tok(a).UPOS == "PROPN" {
				partied = true
			}
			targets = append(targets, s.argActors(a)...)
			if s.unnamedGroup(a) {
				unnamed = true
			}
		}
		targets = keyed(targets)
		if len(targets) > 0 {
			break
		}
	}
	if code.Code[:2] == "11" && cd.entry.Xcomp != nil && cd.args.xcomp >= 0 {
		// "called the closure another hostile step by Warsaw", "called
		// the pact a failure by Morrison's government": the judgement
		// names the doer of what it judges.
		var by []*sitrep.ActorMention
		for _, n := range s.nmodsWith(cd.args.xcomp, "by") {
			by = append(by, s.argActors(n)...)
		}
		if by = keyed(by); len(by) > 0 {
			targets = by
		}
	}
	if len(targets) == 0 && cd.entry.Xcomp != nil && cd.args.xcomp >= 0 {
		// "stood ready to help the Somali government", "agreed to
		// cooperate with Kenya": the infinitive the entry consumes
		// names the party.
		f := s.frame(cd.args.xcomp)
		args := append(append([]int{f.obj, f.iobj}, f.obl["with"]...), f.obl["between"]...)
		for _, a := range args {
			if a >= 0 {
				targets = append(targets, s.argActors(a)...)
			}
		}
		targets = keyed(targets)
	}
	if r := s.rel(i); len(targets) == 0 && len(sources) < 2 && code.Code == "041" && s.tok(i).XPOS == "VBG" && (r == "acl" || r == "advcl") && (s.lemma(i) == "speak" || s.lemma(i) == "talk") {
		// "Machar, speaking by satellite phone from an unknown
		// location": a participle of speaking by phone to no one named
		// tells how one side spoke, not a call (two who "spoke by
		// telephone" called each other).
		return nil
	}
	if len(targets) == 0 && (strings.HasPrefix(code.Code, "173") || strings.HasPrefix(code.Code, "175")) && cd.args.obj >= 0 && len(sources) > 0 && sources[0].Country != "" {
		if m := s.actorAt(cd.args.obj); m != nil && m.Code != "" && actorKey(m) == "" && s.demonymActor(cd.args.obj) == nil {
			// "arrested a dissident journalist", "detained opposition
			// supporters": people the text gives no country are the
			// arresting country's own.
			targets = []*sitrep.ActorMention{domesticTarget(m.Span, sources[0].Country)}
		} else if m == nil && officeHolders[s.lemma(cd.args.obj)] && s.demonymActor(cd.args.obj) == nil && s.child(cd.args.obj, "nmod:poss") < 0 && len(s.nmodsWith(cd.args.obj, "of")) == 0 {
			// "placed the 93-year-old president under house arrest":
			// an office-holder the text gives no country is the
			// arresting country's own, not a foreign actor elsewhere in
			// the sentence.
			o := cd.args.obj
			targets = []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.tok(o).Start, s.tok(o).End), sources[0].Country)}
		}
	}
	if len(targets) == 0 && cd.args.obj >= 0 && code.Code[:2] >= "10" && s.actorAt(cd.args.obj) == nil && thirdPerson[s.lemma(cd.args.obj)] && s.rel(i) == "conj" {
		// "cut ties with the Central American country and accused it
		// of seeking aid": a pronoun object of the second of two
		// coordinated verbs is the first verb's party.
		if h := s.head(i); h >= 0 && s.tok(h).UPOS == "VERB" {
			f := s.frame(h)
			args := []int{f.obj}
			for _, p := range []string{"with", "to", "against", "on"} {
				args = append(args, f.obl[p]...)
			}
			for _, a := range args {
				if a < 0 || len(targets) > 0 {
					continue
				}
				if ms := keyed(s.argActors(a)); len(ms) > 0 && actorKey(ms[0]) != actorKey(sources[0]) {
					targets = ms[:1]
				} else if s.epithet(a) {
					if m := s.art.counterpart(actorKey(sources[0]), s.tok(i).Start); m != nil {
						targets = []*sitrep.ActorMention{m}
					}
				}
			}
		}
	}
	if len(targets) == 0 && cd.args.obj >= 0 && !cooperation(code.Code) && s.epithet(cd.args.obj) {
		// "accusing the Gulf state of supporting terrorism", "the
		// kingdom": a definite epithet for a country is the other side
		// of the story (not for visits and aid: "visited the island"
		// is seldom the rival's).
		if m := s.art.counterpart(actorKey(sources[0]), s.tok(i).Start); m != nil {
			targets = []*sitrep.ActorMention{m}
		}
	}
	if r := code.Code[:2]; len(targets) == 0 && (r == "02" || r == "10" || r == "13") && s.tok(i).UPOS == "VERB" {
		// "demanded that China withdraw its ships", "urged that Kyiv
		// be given more time": the demand is made of the complement
		// clause's subject.
		for _, c := range s.kids(i) {
			if r := s.rel(c); r != "ccomp" && r != "xcomp" {
				continue
			}
			if sb := s.child(c, "nsubj", "nsubj:pass"); sb >= 0 {
				for _, m := range s.argActors(sb) {
					// (Not a country the dateline alone gave: "the
					// military council", in a story from Addis Ababa.)
					// A warning is aimed at the clause's subject only when
					// it is another country ("warned that Turkey's bid would
					// end"), not the speaker's own promise ("warned that it
					// would respond").
					if !strings.Contains(m.Entry, "dateline") && (r != "13" || m.Country != "" && m.Country != sources[0].Country && actorKey(m) != actorKey(sources[0])) {
						targets = append(targets, m)
					}
				}
				targets = keyed(targets)
				if s.unnamedGroup(sb) {
					unnamed = true
				}
			}
			break
		}
	}
	if r := code.Code[:2]; len(targets) == 0 && r == "02" {
		// "asked for an emergency meeting of the U.N. Security
		// Council": the body the meeting is asked of.
		for _, a := range cd.args.obl["for"] {
			for _, c := range s.kids(a) {
				if s.rel(c) == "nmod" && s.caseOf(c) == "of" {
					targets = append(targets, s.argActors(c)...)
				}
			}
		}
		targets = keyed(targets)
	}
	if len(targets) == 0 && unnamed {
		// "urged governments around the world not to send Uyghurs
		// back", "urged other European countries to follow": addressed
		// to countries the text does not name, the act has no codable
		// target, and none is guessed.
		return nil
	}
	if len(targets) == 0 && (code.Code[:2] == "18" || code.Code[:2] == "19") && s.tok(i).UPOS == "VERB" {
		// "struck the airport in Sanaa", "shelled villages near
		// Kinshasa": an attack whose object names no actor is aimed at
		// the country of the place it hits. (Not for a noun: "the
		// killing of an Iranian commander in a U.S. drone strike in
		// Baghdad".)
		var places []int
		for _, p := range []string{"in", "near", "across", "on", "outside"} {
			places = append(places, cd.args.obl[p]...)
			if cd.args.obj >= 0 {
				places = append(places, s.nmodsWith(cd.args.obj, p)...)
			}
		}
		for _, p := range places {
			m := s.placeActor(p)
			if m == nil {
				m = s.placeOwner(p)
			}
			if m != nil && actorKey(m) != actorKey(sources[0]) {
				targets = append(targets, m)
			}
		}
		targets = keyed(targets)
		if len(targets) == 0 && sources[0].Country != "" && s.rebelPositions(cd.args) {
			// "the air force bombed militant positions", "shelled rebel
			// bases":
			// an attack on armed groups the sentence names by no country
			// is on the country's own rebels, at home.
			targets = []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), sources[0].Country)}
		}
	}
	if code.Code[:2] == "15" {
		if with, ok := s.joint(i, cd.args); ok {
			// "held joint drills (with Japan)": exercises held together
			// are military cooperation between the parties, each way
			// (CAMEO 062), not a show of force against anyone.
			code, _ = cameo.Lookup("062")
			if len(targets) == 0 {
				for _, w := range with {
					targets = append(targets, s.argActors(w)...)
				}
				targets = keyed(targets)
			}
		}
	}
	if code.Code == "152" && len(targets) == 0 && len(sources) >= 2 && s.manyCountries(sources) {
		// "U.S. and South Korean forces held their annual exercises":
		// exercises held by two countries together are military
		// cooperation between them, each way (062).
		code, _ = cameo.Lookup("062")
	}
	if code.Code[:2] == "11" && cd.args.obj >= 0 && s.toldAct(i, cd.args.obj, len(targets) > 0) &&
		len(s.art.lastForce) > 0 && actorKey(s.art.lastForce[0]) != actorKey(sources[0]) {
		// "condemned the violence", "called the incursion reckless":
		// criticism of an act the story has told is aimed at whoever did
		// it, the last forceful act's doer, not at the story's other side.
		targets = s.art.lastForce
	}
	if code.Code[:2] == "11" && cd.args.obj >= 0 && len(sources) > 0 {
		// "condemned the coup", "condemned what it called an attempted
		// coup", "denounced the military takeover": a coup is an act
		// inside one country, and criticism of it is aimed at that
		// country, not at the story's other side or the last
		// forceful act's doer.
		if m := s.coupCountry(cd.args.obj, sources[0]); m != nil {
			targets = []*sitrep.ActorMention{m}
		}
	}
	if code.Code[:2] == "11" && (s.lemma(i) == "file" || s.lemma(i) == "lodge") && len(targets) > 0 && len(sources) > 0 && !strings.HasPrefix(actorKey(sources[0]), "IGO") && s.forumOnly(targets) {
		// "would file a complaint with the World Trade Organization",
		// "Lebanon would file a complaint with the U.N.": the body is
		// the forum; the complaint is against whoever it is about, named
		// by "against", else the story's other side.
		var against []*sitrep.ActorMention
		for _, a := range cd.args.obl["against"] {
			against = append(against, s.argActors(a)...)
		}
		if against = keyed(against); len(against) > 0 {
			targets = against
		} else if m := s.art.counterpart(actorKey(sources[0]), s.tok(i).Start); m != nil && !strings.HasPrefix(actorKey(m), "IGO") {
			targets = []*sitrep.ActorMention{m}
		}
	}
	if code.Code == "100" && cd.args.ccomp >= 0 && (s.lemma(cd.args.ccomp) == "release" || s.lemma(cd.args.ccomp) == "free") {
		// "demanded that the detained activists be released": a demand
		// for their release.
		code, _ = cameo.Lookup("1053")
	}
	if (code.Code == "1053" || code.Code == "0253") && s.art.detainer != nil && actorKey(s.art.detainer) != actorKey(sources[0]) {
		// "Lithuania demanded the release of the opposition leader",
		// "demanded that the activists be released": the demand is made of
		// whoever holds them, the last arrest's or abduction's doer,
		// not the country of the people held.
		targets = []*sitrep.ActorMention{s.art.detainer}
	}
	if code.Code == "016" && cd.args.obj >= 0 && s.tok(cd.args.obj).UPOS == "VERB" {
		// "denied firing at Chadian territory": the object is the
		// denied act, not the one the denial answers.
		targets = nil
	}
	if len(targets) == 0 && code.Code == "051" && cd.args.obj >= 0 && s.actorAt(cd.args.obj) == nil && len(sources) > 0 {
		// "welcomed the release", "praised the arrest": the act
		// welcomed is the last one of its kind coded, and its doer the
		// target, not a guess. A doer of the welcomer's own country
		// makes it a welcome at home, which (like all cooperation with
		// oneself) is not coded.
		if m := s.art.doers[welcomedAct[s.lemma(cd.args.obj)]]; m != nil {
			if actorKey(m) == actorKey(sources[0]) {
				// "The government welcomed the release of the
				// hostages", freed by its own army: a welcome at home,
				// coded to the country itself.
				h := *m
				h.Entry = welcomedAtHome
				m = &h
			}
			targets = []*sitrep.ActorMention{m}
		}
	}
	if len(targets) == 0 && code.Code == "016" {
		// "Israel denied that its soldiers had shot at the convoy": a
		// denial answers whoever made the claim, the accuser or the side
		// that reported the act.
		// A claim from within the country ("the opposition accused the
		// government") is answered too, when the claimant is another
		// actor than the denier.
		// "the Sudanese army denied firing at Chadian territory",
		// "Putin denied that the Russian state was behind cyberattacks
		// on U.S. institutions": the denial answers the side the denied
		// act was aimed at, else the last claimant.
		targets = s.deniedActTarget(i, sources[0])
		if m := s.art.claimant[actorKey(sources[0])]; len(targets) == 0 && m != nil && (actorKey(m) != actorKey(sources[0]) || m.Code != sources[0].Code) {
			targets = []*sitrep.ActorMention{m}
		}
	}
	if (strings.HasPrefix(code.Code, "173") || strings.HasPrefix(code.Code, "175")) && len(sources) == 1 && len(targets) == 1 &&
		sources[0].Country != "" && targets[0].Country != "" && sources[0].Country != targets[0].Country {
		// Arrests and repression are at home: when only one side of an
		// arrest or a crackdown was placed by the dateline ("security
		// forces" in a Nairobi story detaining a South Sudanese
		// opposition leader), it is of the other side's country.
		src, tgt := sources[0], targets[0]
		switch sd, td := strings.Contains(src.Entry, "dateline"), strings.Contains(tgt.Entry, "dateline"); {
		case sd && !td && !nonState[strings.ToLower(src.Sector)] && !teller && !s.placedIn(i, sources, targets, src.Country):
			// (Not the authority that tells of an arrest in its own
			// country: "prosecutors said two Belarusian citizens had
			// been detained", in a Warsaw story. Nor an arrest the
			// clause places in the dateline's country: "police
			// arrested six Nepalis in Penang", in a Kuala Lumpur
			// story, is Malaysia's.)
			sources = []*sitrep.ActorMention{{Span: src.Span, Code: tgt.Country + src.Sector, Country: tgt.Country, Sector: src.Sector, Entry: "home of the arrested", Ref: -1}}
		case td && !sd && nonState[strings.ToLower(tgt.Sector)] && (strings.HasPrefix(code.Code, "175") || teller):
			// (Not arrests: "Malian soldiers crossed the border and
			// detained Mauritanian villagers" is across the border.
			// But an arrest an authority tells of in an agentless
			// passive, "the Tehran prosecutor said 40 people had been
			// arrested", in a Riyadh story, is of its own people.)
			targets = []*sitrep.ActorMention{{Span: tgt.Span, Code: src.Country + tgt.Sector, Country: src.Country, Sector: tgt.Sector, Entry: "home of the arresting", Ref: -1}}
		}
	}
	if code.Code[:2] == "11" && len(targets) > 0 && len(sources) == 1 && sources[0].Country != "" {
		// "Armenia's defence ministry said the Azerbaijani side had
		// opened fire first and accused Baku", with "accused" hung on
		// "opened": an accusation of a country by its own side is a
		// misread source; the speaker accuses.
		self := true
		for _, tg := range targets {
			if tg.Country != sources[0].Country || tg.Code != tg.Country && !strings.HasSuffix(tg.Code, "GOV") || s.namesPerson(tg) {
				self = false
			}
		}
		if sp := s.speakerOf(i); self && sp != nil && sp.Country != "" && sp.Country != sources[0].Country {
			sources = []*sitrep.ActorMention{sp}
		} else if self && s.namesPlace(targets[0]) && (s.tok(cd.args.subj0()).UPOS == "PRON" || strings.Contains(sources[0].Entry, "dateline")) {
			// "It accused Mauritania of allowing rebels to use its
			// territory", "he accused N'Djamena": a pronoun or a
			// dateline's guess that lands on the accused's own country
			// is the story's other side.
			if m := s.art.counterpart(actorKey(targets[0]), s.tok(i).Start); m != nil && m.Country != targets[0].Country {
				sources = []*sitrep.ActorMention{m}
			}
		}
	}
	status := s.status(i, sources[0])
	if status == sitrep.StatusReported && s.freshClause(i) {
		// "Blinken said the result did not reflect the people's will,
		// and Brazil, Colombia and Mexico called on the electoral
		// authority...": a clause after ", and" with its own subject
		// is the story's own narration, which the parse hung under
		// the speech verb.
		status = sitrep.StatusOccurred
	}
	if (status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical) && (code.Code[:2] == "18" || code.Code[:2] == "19") &&
		!strings.HasPrefix(code.Code, "191") && s.refusal(i) && s.ownWords(i, sources[0]) {
		// (Not a border or an airspace to be closed, 191: "Poland will
		// close its border crossings on Friday" is the closure, planned.)
		// "We will respond", "Seoul would respond firmly": force the
		// speaker promises to use is a threat, made now; the act
		// threatened is not coded (the gold guide).
		code, _ = cameo.Lookup("138")
		status = sitrep.StatusOccurred
	}
	if cd.entry == refuseImplementEntry || cd.entry == refuseAcceptEntry || cd.entry == refuseYieldEntry ||
		cd.entry == refuseWithdrawEntry || cd.entry == refuseTalksEntry || cd.entry == refuseExtraditeEntry {
		// The refusal is made now, whatever the modal of what it
		// refuses.
		status = sitrep.StatusOccurred
	}
	if cd.entry == threatIdiomEntry {
		// The threat is made now, whatever the modal of what it
		// promises.
		status = sitrep.StatusOccurred
	}
	if s.lemma(i) == "hesitate" && code.Code == "138" {
		if status != sitrep.StatusNegated {
			// "hesitated to respond" threatens nothing.
			return nil
		}
		// "would not hesitate to defend its territory": the threat is
		// made now.
		status = sitrep.StatusOccurred
	}
	if cd.entry.Threat && code.Code != "138" {
		// "responded" told as past is no event of its own; only the
		// promise of it is (above).
		return nil
	}
	if status == sitrep.StatusNegated && code.Code == "016" {
		// "He did not deny making the offer": a denial not made is no
		// event (nor an admission).
		return nil
	}
	if status == sitrep.StatusNegated && (s.refusal(i) || code.Code == "054") {
		// ("did not recognise the decision": withheld recognition is a
		// rejection whatever the tense.)
		// "would not negotiate", "will not sign", "I will not
		// apologise": a refusal, coded as the rejection it is, and it
		// did happen.
		if r := refusalCode(code.Code); r != "" {
			code, _ = cameo.Lookup(r)
			status = sitrep.StatusOccurred
		}
	}
	if (code.Code == "060" || code.Code == "070" && s.lemma(i) == "help" && s.willAux(i)) && (status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical) && (s.speechHead(i, false) >= 0 || s.thatClause(i)) {
		// "said they would continue to cooperate on military
		// training", "said it would help Syria strengthen its air
		// defences": cooperation or help promised in words is an
		// intent (031, 033), stated now, not the act itself.
		if code.Code == "060" {
			code, _ = cameo.Lookup("031")
		} else {
			code, _ = cameo.Lookup("033")
		}
		status = sitrep.StatusOccurred
	} else if code.Code == "070" && s.lemma(i) == "help" {
		// "helped persuade Tehran", "to help the Finnish border guard":
		// help told as done is too loose a word to code; only the
		// promise of it is (above).
		return nil
	}
	if code.Code[:2] == "04" && s.willing(i, status) {
		// "is ready to mediate", "would continue to mediate", "ready
		// for talks": an offer, made now, not the act (the gold guide
		// and CAMEO 036/039).
		if code.Code == "045" {
			code, _ = cameo.Lookup("039")
		} else {
			code, _ = cameo.Lookup("036")
		}
		status = sitrep.StatusOccurred
	}
	date, prec, own := s.dateOwn(i, status)
	if s.background(i, date) || s.sinceRelative(i) {
		// "the memorandum Ethiopia signed with Somaliland in January",
		// in a December story: background, not news (the gold guide).
		return nil
	}
	place := s.place(i, sources, targets)
	s.art.noteDate(s, i, status, own)
	trig := d.MakeSpan(d.Tokens[i].Start, d.Tokens[i].End)
	quote := quoteAt(d, d.Tokens[i].Start)
	mk := func(src, tgt *sitrep.ActorMention) sitrep.Event {
		ev := sitrep.Event{Sentence: s.idx, Trigger: trig, Source: eventActor(src), Target: eventActor(tgt),
			CAMEO: code.Code, PLOVER: code.PLOVER, Mode: code.Mode, Context: code.Context,
			Goldstein: code.Goldstein, Quad: code.Quad, Status: status, Date: date, DatePrecision: prec,
			Place: place, Quote: quote, Rule: ruleName(cd.entry), Mentions: 1}
		return ev
	}
	var out []sitrep.Event
	seen := map[string]bool{}
	add := func(src, tgt *sitrep.ActorMention) {
		k := actorKey(src) + ">" + actorKey(tgt)
		if tgt != nil && actorKey(tgt) == actorKey(src) && (tgt.Code == src.Code && tgt.Entry != domesticEntry && !(code.Code[:2] == "11" && s.rivals(src, tgt)) || cooperation(code.Code) && !(strings.HasPrefix(code.Code, "034") && tgt.Entry == domesticEntry) && !(s.tok(i).UPOS == "VERB" && homeTalks(code.Code, src, tgt)) && tgt.Entry != welcomedAtHome) || seen[k] {
			// Nobody visits, consults, helps or makes deals with
			// itself: a same-country pair of a cooperative act is a
			// misread sentence ("would be flown to Moscow"). The home
			// target made up for a domestic act stays ("Ethiopia
			// declared a state of emergency" is ETH→ETH), and for
			// reforms promised at home (034).
			return
		}
		seen[k] = true
		out = append(out, mk(src, tgt))
	}
	addConverse := func(src, tgt *sitrep.ActorMention) {
		cv, _ := cameo.Lookup(cd.entry.Converse)
		k := actorKey(src) + ">" + actorKey(tgt) + ">" + cv.Code
		if seen[k] || actorKey(src) == actorKey(tgt) {
			return
		}
		seen[k] = true
		ev := mk(src, tgt)
		ev.CAMEO, ev.PLOVER, ev.Mode, ev.Context, ev.Goldstein, ev.Quad = cv.Code, cv.PLOVER, cv.Mode, cv.Context, cv.Goldstein, cv.Quad
		out = append(out, ev)
	}
	if l := s.lemma(i); code.Code == "154" && (l == "send" || l == "deploy" || l == "dispatch") && s.outsiders(sources) {
		// "Nigeria said it would send about 600 soldiers", in a story
		// of France and Mali: troops an outside country sends into a
		// conflict come to help (074), not to threaten one of its
		// sides.
		code, _ = cameo.Lookup("074")
	}
	mutual := reciprocal(code.Code) || cd.entry.Mutual
	if cd.args.obj >= 0 && s.eachOther(cd.args.obj) {
		// "Russia and Ukraine blamed each other": each side toward the
		// other, whatever the sentence's other actors.
		targets, mutual = nil, true
	}
	// (In a story about one country's own affairs, an appeal for an
	// investigation or elections is made of that country: it is
	// inferred below. An appeal for help is still made of the world.)
	abstract := len(targets) == 0 && code.Code[:2] == "02" && s.abstractAppeal(cd)
	if abstract && s.homeAppeal(cd) && len(sources) > 0 && len(s.art.ranked) > 0 && s.art.third(actorKey(sources[0])) && s.art.inLead(s.art.ranked[0]) {
		// "The European Union called for free and credible elections",
		// "ASEAN called for dialogue among the parties": an outsider's
		// appeal for what a country does at home (elections, dialogue,
		// a release, an inquiry) is made of the country the story is
		// about.
		targets = []*sitrep.ActorMention{s.art.mentionOf(s.art.ranked[0], s.tok(i).Start)}
		abstract = false
	}
	noTarget := cd.entry.NoTarget || abstract && (!s.art.domestic() || s.aidAppeal(cd))
	var shared []*sitrep.ActorMention
	for _, src := range sources {
		tgts := targets
		if len(tgts) == 0 && len(sources) > 1 && (mutual || strings.HasPrefix(code.Code, "084")) && !partied {
			// "Russia and Ukraine each freed 150 prisoners": a release
			// (084x) by coordinated parties with no target is toward one
			// another. (Not other yielding: "Australia and New Zealand
			// agreed to ease travel sanctions" eases them on a third
			// country, whoever the story gives.)
			// Coordinated sources of a reciprocal act with no target act
			// toward one another ("Manila and Beijing agreed to talks").
			tgts = sources
		}
		if len(tgts) == 0 && !noTarget && !(code.Code == "040" || code.Code == "043" && s.lemma(i) == "receive") {
			// A bare meeting ("defence chiefs, who met in Abuja") or a
			// receipt ("had not received formal notification") with no
			// party named is most often inside one side or not a
			// meeting at all: no target is guessed for it.
			tgts = s.inferTargets(i, src, sources, code.Code)
			if t := tgts; len(t) == 1 && strings.HasPrefix(code.Code, "175") && src.Country != "" && t[0].Country != src.Country &&
				strings.Contains(t[0].Entry, "dateline") && !strings.Contains(src.Entry, "dateline") && nonState[strings.ToLower(t[0].Sector)] {
				// "Kuwaiti police fired tear gas at demonstrators", in a
				// Riyadh story, with the target guessed: a crowd placed
				// only by the dateline that another country's police
				// disperse is that country's own, as when the frame
				// names it.
				tgts = []*sitrep.ActorMention{{Span: t[0].Span, Code: src.Country + t[0].Sector, Country: src.Country, Sector: t[0].Sector, Entry: "home of the arresting", Ref: -1}}
			}
			if len(tgts) == 0 {
				// "China, India and Russia flew in rescue teams":
				// coordinated parties of one act share its target,
				// found for whichever of them the story places.
				tgts = shared
			} else if shared == nil {
				shared = tgts
			}
		}
		if len(tgts) == 0 {
			// An act whose target neither the sentence nor the story
			// gives is kept only where acts of its kind often have none
			// (statements: "declined to comment"; entries marked
			// notarget); elsewhere the missing target is the sign of a
			// misread sentence.
			if noTarget || code.Code[:2] == "01" {
				add(src, nil)
			}
			continue
		}
		for _, tgt := range tgts {
			if tgt.Entry == "country adjective" && tgt.Code == src.Code && !cooperation(code.Code) && code.Code[:2] < "18" {
				// "declared a state of emergency in the Kharkiv
				// region": a place of the source's own country is the
				// home target of an act at home. (Not for attacks: a
				// strike on one's own town is mostly a misread source.)
				tgt = domesticTarget(tgt.Span, tgt.Country)
			}
			// A country's act at home has the country on both ends
			// ("Ethiopia declared a state of emergency" is ETH→ETH, the
			// gold guide's domestic acts), so the home target made up
			// for it is kept even with the source's own code.
			if actorKey(tgt) == actorKey(src) && (tgt == src || containsKey(sources, tgt)) && tgt.Entry != domesticEntry && !(code.Code[:2] == "11" && s.rivals(src, tgt)) {
				continue
			}
			add(src, tgt)
			if mutual {
				add(tgt, src)
			}
			if cd.entry.Converse != "" {
				addConverse(tgt, src)
			}
		}
	}
	return out
}

// inferTargets finds the target the frame does not name: for a third
// party's words (appeals, mediation, criticism) both sides of the story;
// else the nearest actor of another country in the sentence, else the
// other side of the article's dyad, else an actor of the source's own
// country with another role (police and protesters).
func (s *sent) inferTargets(i int, src *sitrep.ActorMention, sources []*sitrep.ActorMention, code string) []*sitrep.ActorMention {
	off := s.doc.Tokens[i].Start
	other, same := s.sentenceCounterpart(i, src, sources)
	if sp := s.speakerOf(i); same != nil && sp != nil && sp.Start == same.Start {
		// "the prime minister said Egypt would not apologise": the
		// speaker of his own country's act is not its target.
		same = nil
	}
	switch {
	case (strings.HasPrefix(code, "172") || strings.HasPrefix(code, "081") && len(code) == 4 || code == "1231") && src.Country != "":
		// Martial law, curfews, bans on parties and their lifting are
		// imposed at home, whatever other country the sentence names
		// ("declared martial law, accusing the opposition of being North
		// Korea sympathisers"); so is a leader's refusal to resign
		// ("rejected calls to resign and said Zambian agents had
		// organised the protests").
		return []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), src.Country)}
	case (strings.HasPrefix(code, "09") || code == "0832" || strings.HasPrefix(code, "034")) && src.Country != "":
		// "said it was investigating the circumstances of the deaths",
		// "opened an investigation into the collapse of the dams": an
		// inquiry whose frame names no other party is a country's own,
		// at home (the gold guide's domestic acts); so is a policy given
		// up ("withdrew the tax bill", 0832), and elections or reforms
		// promised ("has promised elections within two years", 034).
		return []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), src.Country)}
	case s.art.third(actorKey(src)) && thirdPartyCode(code):
		return s.art.sides(off)
	case (strings.HasPrefix(code, "070") || strings.HasPrefix(code, "071") || strings.HasPrefix(code, "073")) && len(s.art.ranked) > 0 && s.art.third(actorKey(src)) && (other == nil || actorKey(other) != s.art.ranked[0]) && s.art.inLead(s.art.ranked[0]):
		// "Kenya and Ethiopia sent medical teams, and Qatar pledged
		// aid", "Tehran condemned Israel and sent a medical team": aid
		// from an outsider goes to the country the story is about, not
		// to another actor the sentence names. (Not troops or police:
		// the story is often about the country that sends them.)
		return []*sitrep.ActorMention{s.art.mentionOf(s.art.ranked[0], off)}
	case strings.HasPrefix(code, "145") && src.Country != "":
		// "protesters burned shops in the old town", "students who
		// burned police cars": a riot whose frame names no foreign
		// target (an embassy, a flag) is against the rioters' own
		// authorities, whatever foreign police the sentence names.
		if same != nil {
			return []*sitrep.ActorMention{same}
		}
		return []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), src.Country)}
	case other != nil:
		return []*sitrep.ActorMention{other}
	case domesticCode(code) && same != nil:
		return []*sitrep.ActorMention{same}
	case domesticCode(code) && src.Country != "":
		// Protesters marching, police arresting or dispersing people
		// the sentence does not place abroad: the country's own
		// government or people.
		return []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), src.Country)}
	case s.art.counterpart(actorKey(src), off) != nil:
		return []*sitrep.ActorMention{s.art.counterpart(actorKey(src), off)}
	case same != nil:
		return []*sitrep.ActorMention{same}
	case foreignHelp(code) && s.art.domestic() && len(s.art.ranked) > 0 && actorKey(src) != s.art.ranked[0]:
		// "China, India and Russia flew in rescue teams", in a story
		// about Myanmar's earthquake: help from abroad goes to the
		// country the story is about.
		return []*sitrep.ActorMention{s.art.mentionOf(s.art.ranked[0], off)}
	case s.art.domestic() && len(s.art.ranked) > 1 && actorKey(src) == s.art.ranked[0] && src.Country != "" && !cooperation(code):
		// In a story about one country's own affairs (another actor
		// is named, but only in passing), what its actors demand,
		// refuse or threaten is aimed at their own country (protest
		// leaders and the government).
		return []*sitrep.ActorMention{domesticTarget(s.doc.MakeSpan(s.doc.Tokens[i].Start, s.doc.Tokens[i].End), src.Country)}
	}
	return nil
}

// domesticEntry names the home target made up for a country's act at
// home, which is kept even when it has the source's own code.
const domesticEntry = "domestic target"

// domesticTarget is the country itself as the target of its act at home.
func domesticTarget(span sitrep.Span, country string) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: span, Code: country, Country: country, Entry: domesticEntry, Ref: -1}
}

// nmodsWith returns the noun modifiers of k with preposition p: a
// phrase of the verb's the parse hung on its object ("opened fire on
// the crowds", "lodged a protest with the envoy").
func (s *sent) nmodsWith(k int, p string) []int {
	var out []int
	for _, c := range s.kids(k) {
		if s.rel(c) == "nmod" && s.caseOf(c) == p {
			out = append(out, c)
		}
	}
	return out
}

// foreignHelp reports acts that an outside party aims at the country a
// story is about when the sentence names no recipient: aid of every kind.
// (Appeals, visits, cooperation and criticism were tried too: no change
// on the three dev sets.)
func foreignHelp(code string) bool {
	return code[:2] == "07"
}

// newKey reports a mention that can be an event actor and whose key none
// of ms has.
func newKey(ms []*sitrep.ActorMention, m *sitrep.ActorMention) bool {
	k := actorKey(m)
	if k == "" {
		return false
	}
	for _, x := range ms {
		if actorKey(x) == k {
			return false
		}
	}
	return true
}

func containsKey(ms []*sitrep.ActorMention, m *sitrep.ActorMention) bool {
	for _, x := range ms {
		if x != m && actorKey(x) == actorKey(m) && x.Code == m.Code {
			return true
		}
	}
	return false
}

// keyed keeps the mentions that can be event actors, once each.
func keyed(ms []*sitrep.ActorMention) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	seen := map[string]bool{}
	for _, m := range ms {
		k := actorKey(m)
		if k == "" || seen[k+m.Code] {
			continue
		}
		seen[k+m.Code] = true
		out = append(out, m)
	}
	return out
}

// argActors returns the actors of an argument and of the arguments
// coordinated with it; a phrase naming both sides at once ("the two
// countries") stands for the article's dyad.
func (s *sent) argActors(a int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	if l := s.lemma(a); l == "what" || l == "that" && s.tok(a).UPOS == "PRON" {
		// "condemned what it called the dangerous actions of the
		// Chinese vessels": the named thing is the relative clause's
		// object.
		if o := s.whatNamed(a); o >= 0 {
			return s.argActors(o)
		}
	}
	for _, k := range s.conjuncts(a) {
		if ms := s.countGroup(k); len(ms) > 0 {
			// "the three countries": the three listed before.
			out = append(out, ms...)
		} else if ms := s.pluralAntecedent(k); len(ms) > 0 {
			out = append(out, ms...)
		} else if ms := s.modifierActors(k); len(ms) > 1 {
			// "the leaders of Mali, Burkina Faso and Niger": the list.
			out = append(out, ms...)
		} else if s.group(k) || s.groupOf(k) {
			// "both ministers", "the two countries": the story's two
			// sides, whatever the actor coder made of the phrase
			// ("urged both sides", in a story of a war within one
			// country, its two parties).
			out = append(out, s.art.sidesAddressed(s.tok(k).Start)...)
		} else if m := s.actorAt(k); m != nil && actorKey(m) != "" {
			m = s.civilSide(m)
			if strings.Contains(m.Entry, "dateline") {
				// "condemned what it called criminal Israeli aggression",
				// "criminal" placed only by the dateline: the
				// phrase's own country adjective names it better.
				if dm := s.demonymActor(k); dm != nil && actorKey(dm) != actorKey(m) {
					m = dm
				}
			}
			out = append(out, m)
		} else if m := s.placeActor(k); m != nil {
			out = append(out, m)
		} else if m := s.homeGovernment(k); m != nil {
			out = append(out, m)
		} else if m := s.demonymActor(k); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// demonymActor codes a phrase the actor coder left uncoded by its
// country adjective: "a Palestinian state", "a Philippine supply boat",
// "the Iranian strike" stand for that country.
func (s *sent) demonymActor(k int) *sitrep.ActorMention {
	for _, c := range s.kids(k) {
		if s.rel(c) != "amod" && s.deprel(c) != "compound" {
			continue
		}
		if c > s.from && regionWords[s.lemma(c-1)] && s.head(c-1) == k {
			// "Latin American countries", "North African states": a
			// region, not the country of the bare adjective.
			continue
		}
		if m := s.countryWord(c); m != nil {
			return m
		}
	}
	return nil
}

// possessors are the possessive pronouns whose owner acts through what
// they own ("its ships", "his country", "our forces").
var possessors = setOf("its", "it", "their", "they", "his", "he", "her", "she", "our", "we", "my", "i")

// regionWords make a country adjective after them a region's ("Latin
// American", "Central Asian", "West African").
var regionWords = setOf("latin", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "sub-saharan")

var (
	countryOnce sync.Once
	countryKB   *actors.KB
)

// countryWords is the actor knowledge base, loaded once, for its table
// of country names and adjectives.
func countryWords() *actors.KB {
	countryOnce.Do(func() {
		if kb, err := actors.Load(); err == nil {
			countryKB = kb
		}
	})
	return countryKB
}

func eventActor(m *sitrep.ActorMention) *sitrep.EventActor {
	if m == nil {
		return nil
	}
	return &sitrep.EventActor{Span: m.Span, Code: m.Code, Country: m.Country, Sector: m.Sector}
}

// eventKey identifies an event for merging: actors by country (or IGO),
// since "the ministry" and "Kosovo" acting on one day are one actor's act
// as far as the record goes.
func eventKey(e *sitrep.Event) string {
	return eventActorKey(e.Source) + "\x00" + eventActorKey(e.Target) + "\x00" + e.CAMEO + "\x00" + e.Date
}

func eventActorKey(a *sitrep.EventActor) string {
	switch {
	case a == nil:
		return ""
	case a.Country != "":
		return a.Country
	}
	return orgKey(a.Code)
}

// mergeArticle keeps one record per (source, target, code, date) in the
// article, counting the mentions.
func mergeArticle(evs []sitrep.Event) []sitrep.Event {
	idx := map[string]int{}
	var out []sitrep.Event
	for _, e := range evs {
		k := eventKey(&e)
		if j, ok := idx[k]; ok {
			out[j].Mentions++
			continue
		}
		idx[k] = len(out)
		out = append(out, e)
	}
	return out
}

func quoteAt(d *sitrep.Document, off int) *int {
	for i := range d.Quotes {
		if d.Quotes[i].Start <= off && off < d.Quotes[i].End {
			q := i
			return &q
		}
	}
	return nil
}

// sourceActors finds the actors of the trigger's subject; a trigger
// without a subject of its own takes the subject of the verb it
// complements or is coordinated with ("agreed to hold talks", "met and
// signed"); a pronoun subject in reported speech falls back to the
// speaker.
func (s *sent) sourceActors(i int, a frameArgs) []*sitrep.ActorMention {
	subj := a.subj
	if subj >= 0 && relPronouns[s.lemma(subj)] && s.rel(i) == "acl" && s.head(i) >= 0 {
		// "Gonsalves, who hosted the leaders": the relative pronoun
		// stands for the noun the clause modifies.
		subj = s.head(i)
	}
	if subj < 0 && s.tok(i).UPOS == "VERB" {
		subj = s.verblessRoot(i)
	}
	if subj < 0 && s.eachVerb(i) {
		subj = s.child(s.head(i), "nsubj")
	}
	k := i
	for steps := 0; subj < 0 && steps < 4; steps++ {
		r := s.rel(k)
		h := s.head(k)
		if h >= 0 && r == "acl" && steps > 0 && s.infinitive(k) {
			// "ordered diplomats from seven countries to leave, accusing
			// their governments", with "to leave" hung on the noun: the
			// participle shares the subject of the verb that governs the
			// noun, not the noun's.
			if v := s.governingVerb(h); v >= 0 {
				subj, k = s.frame(v).subj, v
				continue
			}
		}
		if h >= 0 && r == "acl" && s.deprel(k) != "acl:relcl" || h >= 0 && r == "acl" && steps == 0 {
			// "warplanes that struck", "ships had fired" (a participle
			// or relative clause without its own subject): the
			// modified noun acts.
			if s.tok(h).UPOS == "NOUN" || s.tok(h).UPOS == "PROPN" || s.tok(h).UPOS == "PRON" {
				subj = h
			}
			break
		}
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "advcl" && sharesSubject(s, k) || r == "ccomp" && steps > 0 && speechVerbs[s.lemma(h)] && speechActs[s.lemma(i)]) {
			// (The last: "The rebels said the detention effectively
			// ended the peace deal, and called on the United Nations
			// to mediate", the appeal hung on a reported verb that has
			// no subject of its own: the speaker appeals.)
			break
		}
		k = h
		if s.tok(k).UPOS == "NOUN" && r == "xcomp" {
			break
		}
		if r == "conj" && s.tok(i).UPOS == "VERB" && s.tok(k).UPOS != "VERB" {
			// "demanded that the RSF halt its siege and called on both
			// sides", with the second verb coordinated to a misread
			// noun: the verb above it, if it comes first, has the
			// subject.
			if v := s.governingVerb(k); v >= 0 && v < i && s.frame(v).subj >= 0 {
				k = v
			}
		}
		f := s.frame(k)
		subj = f.subj
		if f.passive && (r == "xcomp" || r == "conj") && f.obj >= 0 && s.rel(f.obj) == "nsubj" {
			// "Jamaica and Benin are expected to send police", "it was
			// disappointed by the decision and urged Honduras": the
			// passive's surface subject, not its agent.
			subj = f.obj
		}
	}
	if subj < 0 && s.tok(i).UPOS == "NOUN" {
		// "Russia's attack", "the Russian offensive": a possessor or an
		// adjective naming the actor.
		for _, c := range s.kids(i) {
			if r := s.deprel(c); r == "nmod:poss" || r == "amod" || r == "compound" {
				if m := s.actorAt(c); m != nil {
					return []*sitrep.ActorMention{m}
				}
			}
		}
		// A noun that is the object of a verb takes the verb's subject
		// ("launched an offensive"), also through a measure ("began
		// three days of joint drills", "carried out a wave of strikes").
		obj := i
		if h := s.head(i); h >= 0 && s.rel(i) == "nmod" && s.caseOf(i) == "of" && (quantityNouns[s.lemma(h)] || spanNouns[s.lemma(h)]) {
			obj = h
		}
		if h := s.head(obj); h >= 0 && (s.rel(obj) == "obj" && (lightVerbs[s.lemma(h)] || s.cancelled(obj))) {
			f := s.frame(h)
			if subj = f.subj; subj < 0 {
				return s.sourceActors(h, f)
			}
		}
	}
	if subj < 0 {
		subj = s.dueSubject(i)
	}
	if subj < 0 && s.tok(k).UPOS == "VERB" {
		if m := s.nameBefore(k); m != nil {
			return []*sitrep.ActorMention{m}
		}
	}
	if subj < 0 {
		return nil
	}
	var out []*sitrep.ActorMention
	subjects := s.conjuncts(subj)
	if subj == a.subj {
		subjects = append(subjects, s.splitSubjects(i, subj)...)
	}
	for _, k := range subjects {
		if ms := s.countGroup(k); len(ms) > 0 {
			out = append(out, ms...)
			continue
		}
		if ms := s.modifierActors(k); len(ms) > 1 {
			// "the leaders of Ethiopia, Egypt and Sudan held talks": the
			// countries listed, before "the leaders" as the story's
			// two sides.
			out = append(out, ms...)
			continue
		}
		if s.group(k) || s.groupOf(k) || s.pluralGroup(k) && s.speakerOf(i) == nil {
			out = append(out, s.art.twoSides(s.tok(k).Start)...)
			continue
		}
		out = append(out, s.joinedBy(k)...)
		m := s.actorAt(k)
		if m != nil {
			m = s.civilSide(m)
		}
		if r := s.roleOf(k); r != nil {
			m = r
		}
		if s.tok(k).UPOS == "PRON" && s.lemma(k) == "they" && s.rel(k) == "nsubj" {
			// "The four countries said they would close their airspace":
			// the group that speaks.
			if ms := s.speakersOf(i); len(ms) > 1 {
				out = append(out, ms...)
				continue
			}
		}
		if s.tok(k).UPOS == "PRON" && thirdPerson[s.lemma(k)] && s.rel(k) == "nsubj" {
			// "the European Union said it stood by Chisinau": a pronoun
			// subject under a speech verb is the speaker, whatever actor
			// the pronoun was resolved to.
			if sp := s.speakerOf(i); sp != nil && actorKey(sp) != "" {
				m = sp
				if l := s.lemma(k); l == "they" {
					// "The military governments of Mali, Burkina Faso
					// and Niger announced that they were leaving".
					if ms := s.speakersOf(i); len(ms) > 1 {
						out = append(out, ms...)
						continue
					}
				}
			}
		}
		if ms := s.pluralAntecedent(k); len(ms) > 0 && (m == nil || s.speakerOf(i) == nil) {
			// "Rubio and Lavrov met ... and they agreed": the list
			// before, unless the pronoun is a speaker's own.
			out = append(out, ms...)
			continue
		}
		if (m == nil || actorKey(m) == "") && s.tok(k).UPOS == "PRON" {
			m = s.speakerOf(i)
			if m == nil {
				m = s.antecedent(k)
			}
		}
		if m == nil {
			m = s.placeActor(k)
		}
		if m == nil {
			m = s.adjacentActor(k)
		}
		if m == nil {
			// "Israeli warplanes struck", "RSF drones hit": a subject
			// the actor coder left uncoded acts for its country
			// adjective.
			m = s.demonymActor(k)
		}
		if m == nil && s.rel(k) == "nsubj" {
			// "the new junta accused France": an uncoded government of
			// no named country, the verb's own subject, is the story's.
			// (Not a noun the clause modifies: "the legal authority to
			// expel them".)
			m = s.homeGovernment(k)
		}
		if m == nil {
			// "its ships had taken measures", "their forces crossed": the
			// possessor's, the speaker under a speech verb, else the
			// pronoun's antecedent.
			if p := s.child(k, "nmod:poss"); p >= 0 && s.tok(p).UPOS == "PRON" && possessors[s.lemma(p)] {
				if m = s.speakerOf(i); m == nil || actorKey(m) == "" {
					m = s.actorAt(p)
					if m == nil || actorKey(m) == "" {
						m = s.antecedent(p)
					}
				}
			}
		}
		if m != nil && strings.Contains(m.Entry, "dateline") && !nonState[strings.ToLower(m.Sector)] {
			// "An Israeli military spokesperson said troops had struck
			// targets in Gaza", in a Cairo story: troops the actor coder
			// placed only by the dateline are the speaker's. (Not rebels,
			// gunmen or protesters: "rebels fired on his aircraft, the
			// French defence minister said" are no French rebels.)
			if sp := s.speakerOf(i); sp != nil && actorKey(sp) != "" {
				m = sp
			}
		}
		if m != nil && actorKey(m) != "" {
			out = append(out, m)
		} else if s.group(k) {
			out = append(out, s.art.dyad(s.tok(k).Start)...)
		}
	}
	if len(out) == 0 && s.rel(i) == "conj" && s.tok(i).UPOS == "VERB" && speechActs[s.lemma(i)] {
		// "the ministry said the drills had been conducted safely and
		// accused Australia of hyping up the issue", with "accused"
		// hung on the reported verb: a speech act there is the
		// speaker's.
		if sp := s.speakerOf(i); sp != nil && actorKey(sp) != "" {
			out = append(out, sp)
		}
	}
	return out
}

// speechActs are verbs of saying that code an event of their own, which a
// speaker goes on to do after reporting something.
var speechActs = setOf("accuse", "blame", "deny", "reject", "urge", "demand", "warn", "condemn", "criticise", "criticize",
	"call", "threaten", "vow", "pledge", "promise", "praise", "welcome", "thank", "appeal")

var relPronouns = setOf("who", "which", "that")

// sharedSubject returns the subject a verb without one of its own takes
// from the verb it complements, is coordinated with or is the purpose of
// ("several hundred people defied the ban to protest"), else -1.
func (s *sent) sharedSubject(i int) int {
	for k, steps := i, 0; k >= 0 && steps < 4; steps++ {
		r, h := s.rel(k), s.head(k)
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "advcl" && sharesSubject(s, k)) || s.tok(h).UPOS != "VERB" {
			return -1
		}
		if sb := s.child(h, "nsubj"); sb >= 0 {
			return sb
		}
		k = h
	}
	return -1
}

// subjectWord is the word an entry's subj= condition is tested on: the
// verb's subject, else the subject it shares with the verb above it;
// for a relative clause ("students who burned police cars") the
// noun the relative pronoun stands for; for a verb the parse hung on a
// noun as a reduced relative ("Hundreds of students protested outside
// the embassy", read as "students [who] protested") that noun. (Not a past
// participle hung on its noun, "people killed", whose noun is the
// object.)
func (s *sent) subjectWord(a frameArgs) int {
	i := a.self
	subj := a.subj
	if subj < 0 {
		subj = s.sharedSubject(i)
	}
	// Walk up to the clause that carries the subject ("who tried to
	// break through a cordon": the relative clause of "tried").
	k := i
	for steps := 0; steps < 3 && (subj < 0 || relativePronoun(s, subj)); steps++ {
		if s.rel(k) == "xcomp" || s.rel(k) == "conj" {
			if h := s.head(k); h >= 0 && s.tok(h).UPOS == "VERB" {
				k = h
				if sb := s.child(k, "nsubj"); sb >= 0 {
					subj = sb
				}
				continue
			}
		}
		break
	}
	h := s.head(k)
	if h < 0 || s.tok(h).UPOS != "NOUN" {
		return subj
	}
	switch full := s.deprel(k); {
	case full == "acl:relcl" && subj >= 0 && relativePronoun(s, subj):
		return h
	case full == "acl" && subj < 0 && (s.tok(k).XPOS == "VBD" || s.tok(k).XPOS == "VBG"):
		return h
	}
	return subj
}

// relativePronoun reports "who", "which", "that" as a clause's subject.
func relativePronoun(s *sent, k int) bool {
	switch strings.ToLower(s.lemma(k)) {
	case "who", "which", "that":
		return true
	}
	return false
}

// whatNamed returns the noun a free relative names ("what it called the
// dangerous actions of the Chinese vessels", "what he called criminal
// Israeli aggression"): the object, else the complement, of the naming
// verb hung on "what"; -1 if k is no such relative.
func (s *sent) whatNamed(k int) int {
	if l := s.lemma(k); !(l == "what" || l == "that" && s.tok(k).UPOS == "PRON") {
		return -1
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "acl" {
			f := s.frame(c)
			if f.obj >= 0 && f.obj != k {
				return f.obj
			}
			if f.xcomp >= 0 && s.tok(f.xcomp).UPOS == "NOUN" {
				return f.xcomp
			}
		}
	}
	return -1
}

// placeOwner is the country a place names by its possessor or its
// country adjective ("in Russia's Volgograd region", "in the Turkish
// town of Akcakale"), for a place the gazetteer does not place.
func (s *sent) placeOwner(p int) *sitrep.ActorMention {
	for _, c := range s.kids(p) {
		if full := s.deprel(c); full != "nmod:poss" && full != "amod" && full != "compound" {
			continue
		}
		if m := s.placeActor(c); m != nil {
			return m
		}
		if m := s.countryWord(c); m != nil {
			return m
		}
	}
	return nil
}

// particles are the adverbs of phrasal verbs the parser may read as a
// preposition ("breaking off relations", "called off the talks").
var particles = setOf("off", "down", "up", "out", "back")

// civilSide is the side of a civil war a bare sector noun stands for
// when the actor coder placed it only by a dateline in another country
// ("the rebels accused the army", in a Doha story whose lead names a
// country's army and its rebel front together: the army is that
// country's, not Qatar's); else m itself.
func (s *sent) civilSide(m *sitrep.ActorMention) *sitrep.ActorMention {
	if !strings.Contains(m.Entry, "dateline") {
		return m
	}
	for _, p := range s.art.civilPair() {
		if p.Sector == m.Sector && p.Country != m.Country {
			return p
		}
	}
	return m
}

// crowdNouns are the subjects of a crowd's acts ("protesters", "thousands").
var crowdNouns = setOf("protester", "demonstrator", "rioter", "crowd", "mob", "marcher", "supporter", "student",
	"youth", "people", "thousand", "hundred", "dozen")

// protestVerbs and protestNouns tell a demonstration.
var protestVerbs = setOf("protest", "march", "rally", "demonstrate", "gather", "riot")
var protestNouns = setOf("protest", "rally", "demonstration", "march", "sit-in", "riot", "rioting")

// crowdDemand reports a demand a crowd makes ("the demonstrators are
// demanding that the party reverse its decision"). (Coding it as the
// crowd's demonstration, 141, was tried: the targets it finds are
// mostly wrong.)
func (s *sent) crowdDemand(i int, a frameArgs) bool {
	sb := s.subjectWord(a)
	return sb >= 0 && s.lemmaIn(crowdNouns, sb)
}

// protestPurpose reports a demand made as the purpose of a protest
// ("marched to demand", "would hold a mass rally to demand", "protested,
// demanding").
func (s *sent) protestPurpose(i int) bool {
	r, h := s.rel(i), s.head(i)
	if h < 0 || !(r == "advcl" || r == "xcomp" || r == "conj") {
		return false
	}
	if s.lemmaIn(protestVerbs, h) {
		return true
	}
	if o := s.child(h, "obj"); o >= 0 && s.lemmaIn(protestNouns, o) {
		return true
	}
	return false
}

// namesPerson reports a mention that covers a person's name (a PER
// entity): "Zaev accuses Gruevski" is a quarrel at home, not a misread
// source.
func (s *sent) namesPerson(m *sitrep.ActorMention) bool {
	for _, e := range s.doc.Entities {
		if e.Label == "PER" && e.Start < m.End && m.Start < e.End {
			return true
		}
	}
	return false
}

// namesPlace reports a mention named by a place (a LOC entity:
// "Mauritania", "N'Djamena"), a country named as such.
func (s *sent) namesPlace(m *sitrep.ActorMention) bool {
	for _, e := range s.doc.Entities {
		if e.Label == "LOC" && e.Start < m.End && m.Start < e.End {
			return true
		}
	}
	return false
}

// nonState are the sectors of armed or civil groups outside the state:
// never the speaking government's own.
var nonState = setOf("REB", "UAF", "CRM", "OPP", "CVL", "INS", "SEP")

// rebelNouns name armed groups outside the state.
var rebelNouns = setOf("rebel", "militant", "terrorist", "insurgent", "jihadist", "militia", "separatist", "extremist", "islamist", "guerrilla")

// targetNouns are what an attack on armed groups hits ("rebel
// positions").
var targetNouns = setOf("position", "target", "base", "camp", "hideout", "stronghold", "fighter", "militant", "rebel")

// rebelPositions reports an attack whose object, or its at/on/against
// phrase, is armed groups named by no country ("rebel positions",
// "terrorist targets", "militants").
func (s *sent) rebelPositions(a frameArgs) bool {
	args := append([]int(nil), a.obl["at"]...)
	args = append(args, a.obl["on"]...)
	args = append(args, a.obl["against"]...)
	if a.obj >= 0 {
		args = append(args, a.obj)
		args = append(args, s.nmodsWith(a.obj, "at")...)
		args = append(args, s.nmodsWith(a.obj, "against")...)
	}
	for _, k := range args {
		if !s.lemmaIn(targetNouns, k) {
			continue
		}
		if s.lemmaIn(rebelNouns, k) {
			return true
		}
		for _, c := range s.kids(k) {
			if r := s.rel(c); (r == "amod" || r == "compound") && s.lemmaIn(rebelNouns, c) {
				return true
			}
		}
	}
	return false
}

// namingVerbs take an object and a complement that names it ("called
// the move a provocation").
var namingVerbs = setOf("call", "brand", "label", "term", "deem", "dub")

// modifiedBy reports a noun complement whose adjective is one of the
// listed words: "called the closure another *hostile* step", "a highly
// *provocative* move", as the list names "hostile" and "provocative".
func (s *sent) modifiedBy(k int, set []string) bool {
	if s.tok(k).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "amod" && s.oneOf(c, set) {
			return true
		}
	}
	return false
}

// quoteMark reports a straight or curly quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

// sharesSubject reports an adverbial clause whose unstated subject is
// its head's: an infinitive of purpose ("to encircle"), a participle
// ("ordered them out, accusing their governments"), "after meeting".
func sharesSubject(s *sent, k int) bool {
	m := s.child(k, "mark")
	if m < 0 {
		return s.frame(k).subj < 0
	}
	switch s.lemma(m) {
	case "to", "after", "before", "while", "by", "when", "without":
		return s.frame(k).subj < 0
	}
	return false
}

// ownWords reports an act the source itself announces: in its own quote,
// or under a speech verb whose speaker is of the source's country.
func (s *sent) ownWords(i int, src *sitrep.ActorMention) bool {
	d := s.doc
	if q := quoteAt(d, d.Tokens[i].Start); q != nil {
		if sp := d.Quotes[*q].SpeakerResolved; sp != nil && len(sp.Actor) >= 3 && src.Country != "" && sp.Actor[:3] == src.Country {
			return true
		}
	}
	sp := s.speakerOf(i)
	if sp != nil && actorKey(sp) != "" {
		return actorKey(sp) == actorKey(src)
	}
	// "Co-President Murillo said Nicaragua would respond", "Moscow
	// would respond, she said", "the ministry's spokesman warned that
	// Iran would respond firmly": a speaker the actor coder did not
	// place speaks for the country whose response is promised; not a
	// commentator ("analysts said Iran would respond").
	h := s.speechHead(i, true)
	if h < 0 {
		return false
	}
	subj := s.frame(h).subj
	return subj >= 0 && !commentators[s.lemma(subj)]
}

// commentators speak about countries, not for them.
var commentators = setOf("analyst", "expert", "observer", "commentator", "diplomat", "source", "witness", "resident", "scholar", "researcher", "critic", "media", "newspaper", "report")

// roleNouns name a person by the body they speak or act for.
var roleNouns = setOf("spokesman", "spokeswoman", "spokesperson", "head", "chief", "minister", "official", "representative",
	"envoy", "ambassador", "leader", "member", "commander", "secretary", "president", "director", "chairman", "chairwoman")

// roleOf returns the actor a role noun stands for ("a spokesman for the
// Chinese coast guard", "the head of the African Union"): the body, not
// whatever the actor coder guessed for the bare role.
func (s *sent) roleOf(k int) *sitrep.ActorMention {
	if !roleNouns[s.lemma(k)] {
		return nil
	}
	for _, c := range s.kids(k) {
		if s.rel(c) != "nmod" {
			continue
		}
		if p := s.caseOf(c); p == "for" || p == "of" {
			if m := s.actorAt(c); m != nil && actorKey(m) != "" {
				return m
			}
		}
	}
	return nil
}

// lightVerbs carry a nominal event whose actor is their subject
// ("launched an offensive", "held talks"); other verbs do not ("condemned
// the strikes" is not the condemner's strike).
var lightVerbs = setOf("launch", "carry", "conduct", "stage", "mount", "begin", "start", "order", "continue", "resume",
	"step", "hold", "have", "make", "open", "intensify", "escalate", "unleash", "wage", "pursue", "undertake", "lead", "join",
	"authorise", "authorize", "approve")

// refusal reports a negated future or conditional ("would not", "will
// not") on trigger i or the verb whose complement it is.
func (s *sent) refusal(i int) bool {
	for k := i; k >= 0; k = s.head(k) {
		for _, c := range s.kids(k) {
			if s.rel(c) == "aux" && (futureAux[s.lemma(c)] || s.lemma(c) == "would") {
				return true
			}
		}
		if s.rel(k) != "xcomp" {
			return false
		}
	}
	return false
}

// antecedent resolves a personal pronoun left uncoded by the actor
// coder: inside a quote, "we" and "I" are the speaker; otherwise the
// nearest coded actor before it in this sentence or the one before that
// was itself a subject, else the nearest coded actor there.
func (s *sent) antecedent(k int) *sitrep.ActorMention {
	d := s.doc
	l := s.lemma(k)
	if l == "we" || l == "i" || l == "our" || l == "us" {
		if q := quoteAt(d, d.Tokens[k].Start); q != nil {
			if sp := d.Quotes[*q].SpeakerResolved; sp != nil && sp.Actor != "" {
				for j := range d.Actors {
					if d.Actors[j].Code == sp.Actor && d.Actors[j].Start < d.Tokens[k].Start {
						return &d.Actors[j]
					}
				}
			}
		}
		return nil
	}
	if !relPronouns[l] && l != "it" && l != "they" && l != "he" && l != "she" && l != "its" && l != "their" && l != "his" && l != "her" {
		return nil
	}
	if (l == "it" || l == "they" || l == "he" || l == "she") && k == s.from && s.rel(k) == "nsubj" && s.idx > 0 {
		// "Mali's army said it had struck positions near the border,
		// but denied crossing into Mauritania. It accused Mauritania
		// of ...": a pronoun opening a sentence as its subject goes on
		// with the subject of the sentence before, not the nearest name.
		if m := newSent(d, s.idx-1).mainSubject(); m != nil {
			return m
		}
	}
	lo := d.Sentences[max(s.idx-1, 0)].Start
	off := d.Tokens[k].Start
	var near *sitrep.ActorMention
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Start < lo || m.Start >= off || actorKey(m) == "" {
			continue
		}
		near = m
	}
	return near
}

// speechHead returns the speech verb whose complement holds token i, or
// -1. With withinClause the walk up stops at a clause boundary other than
// coordination or an open complement.
func (s *sent) speechHead(i int, withinClause bool) int {
	for k := i; k >= 0; k = s.head(k) {
		h := s.head(k)
		if h < 0 {
			return -1
		}
		if (s.rel(k) == "ccomp" || s.rel(k) == "parataxis") && speechVerbs[s.lemma(h)] {
			return h
		}
		if withinClause && clauseBoundary(s.rel(k)) && s.rel(k) != "conj" && s.rel(k) != "xcomp" {
			return -1
		}
	}
	return -1
}

// speakerOf returns the actor whose speech verb governs token i.
func (s *sent) speakerOf(i int) *sitrep.ActorMention {
	h := s.speechHead(i, true)
	if h < 0 {
		return nil
	}
	if subj := s.frame(h).subj; subj >= 0 {
		if s.group(subj) {
			return nil
		}
		if m := s.roleOf(subj); m != nil {
			return m
		}
		return s.actorAt(subj)
	}
	// "Mali accused Algeria and said it would file a complaint": the
	// speech verb shares its head's subject.
	if srcs := keyed(s.sourceActors(h, s.frame(h))); len(srcs) == 1 {
		return srcs[0]
	}
	return nil
}

var thirdPerson = setOf("it", "they", "he", "she")

// attackNouns name an attack whose toll a verb may tell ("the blast
// killed", "air strikes had killed").
var attackNouns = setOf("attack", "strike", "airstrike", "bomb", "bombing", "blast", "explosion", "shelling", "raid",
	"bombardment", "missile", "rocket", "drone", "shell", "mortar", "assault", "offensive", "fire", "gunfire", "crackdown")

// consequences are the tolls an attack is told with.
var consequences = setOf("kill", "injure", "wound", "hit", "destroy", "damage", "leave", "force")

// mentionCovering returns the coded actor mention that token j (of any
// sentence) is part of, if any.
func (s *sent) mentionCovering(j int) *sitrep.ActorMention {
	t := s.tok(j)
	for x := range s.doc.Actors {
		if m := &s.doc.Actors[x]; m.Code != "" && m.Start <= t.Start && t.End <= m.End {
			return m
		}
	}
	return nil
}

// adjacentActor returns the actor just before a subject noun phrase the
// parse cut short ("Thai F-16 jets", with "Thai F" split off): a coded
// mention ending at most three words before it, with only names,
// numbers, adjectives and hyphens between.
func (s *sent) adjacentActor(k int) *sitrep.ActorMention {
	if s.tok(k).UPOS != "NOUN" {
		return nil
	}
	start, _ := s.span(k)
	first := k
	for first > s.from && s.tok(first-1).End > start {
		first--
	}
	for j := first - 1; j >= s.from && j >= first-3; j-- {
		if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
			return m
		}
		switch s.tok(j).UPOS {
		case "PROPN", "NUM", "ADJ", "PUNCT":
			if s.tok(j).UPOS == "PUNCT" && s.lemma(j) != "-" {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// quantityNouns measure out the thing they are "of".
var quantityNouns = setOf("wave", "series", "barrage", "round", "spate", "string", "volley", "salvo", "flurry", "dozens",
	"hundreds", "thousands", "dozen", "hundred", "thousand", "number", "set", "raft", "package")

// spanNouns measure an act out in time ("three days of drills").
var spanNouns = setOf("day", "week", "month", "hour", "year", "night", "weekend")

// domesticCode reports acts mostly done at home: protest, arrest,
// repression.
func domesticCode(code string) bool {
	// A resignation (0831) and the easing of a ban, curfew or state of
	// emergency (081x) answer the country's own people, as protest and
	// repression do.
	// Goods seized ("police seized weapons") are taken at home too, and
	// a leader's refusal to resign (1231) answers its own country.
	return code[:2] == "14" || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "175") || strings.HasPrefix(code, "172") || code == "1711" || code == "1231" || code == "137" ||
		code == "0831" || strings.HasPrefix(code, "081")
}

// governmentNouns name a government without naming its country.
var governmentNouns = setOf("government", "authorities", "authority", "regime", "administration", "cabinet", "leadership", "junta")

// homeGovernment stands for "the government", "the authorities" that
// the actor coder left uncoded: the government of the country the story
// is about.
func (s *sent) homeGovernment(k int) *sitrep.ActorMention {
	if !governmentNouns[s.lemma(k)] || s.child(k, "nmod:poss") >= 0 || len(s.art.ranked) == 0 || len(s.art.ranked[0]) != 3 {
		return nil
	}
	if det := s.child(k, "det"); det < 0 || s.lemma(det) != "the" {
		return nil
	}
	c := s.art.ranked[0]
	return &sitrep.ActorMention{Span: s.doc.MakeSpan(s.tok(k).Start, s.tok(k).End), Code: c + "GOV", Country: c, Sector: "GOV", Entry: "the government: the story's country", Ref: -1}
}

// welcomedAct maps the noun of an act welcomed or praised to its kind.
var welcomedAct = map[string]string{"release": "release", "freeing": "release", "handover": "release",
	"arrest": "arrest", "detention": "arrest", "sanction": "sanction"}

// actNoun returns the kind of act (welcomedAct) a CAMEO code is, or "".
func actNoun(code string) string {
	switch {
	case strings.HasPrefix(code, "0841"), code == "084":
		return "release"
	case strings.HasPrefix(code, "173"):
		return "arrest"
	case strings.HasPrefix(code, "163"):
		return "sanction"
	}
	return ""
}

// perfectActive reports a verb in the active perfect ("has offered to
// mediate") that the parse gave a passive subject: "has", "have" or
// "had" and no passive auxiliary ("been", "was") among its children.
func (s *sent) perfectActive(i int) bool {
	perfect := false
	for _, c := range s.kids(i) {
		switch s.tok(c).Deprel {
		case "aux:pass":
			return false
		case "aux":
			if s.lemma(c) == "have" {
				perfect = true
			}
		}
	}
	return perfect
}

// relativeSubject reports a verb with "which" or "who" among its
// subjects: a relative clause, whatever the parse made of it ("Iran,
// which backs the Houthis, condemned ..." parsed with "backs" the root).
func (s *sent) relativeSubject(i int) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == "nsubj" && (s.lemma(c) == "which" || s.lemma(c) == "who") {
			return true
		}
	}
	return false
}

// lawNouns are what a leader signs at home: "signed the bill", "signed a
// decree", "signed into law".
var lawNouns = setOf("law", "bill", "decree", "order", "legislation", "budget", "amendment", "constitution", "ordinance")

// signsLaw reports a signing of legislation: an object or an "into"
// phrase among lawNouns.
func (s *sent) signsLaw(a frameArgs) bool {
	if a.obj >= 0 && lawNouns[s.lemma(a.obj)] {
		return true
	}
	for _, n := range a.obl["into"] {
		if lawNouns[s.lemma(n)] {
			return true
		}
	}
	return false
}

// appealObjects are what is appealed for, not to whom: "urged restraint",
// "called for sanctions to be lifted".
var appealObjects = setOf("restraint", "calm", "dialogue", "talk", "negotiation", "ceasefire", "truce", "de-escalation",
	"sanction", "aid", "help", "assistance", "release", "election", "vote", "reform", "investigation", "end", "halt",
	"withdrawal", "access", "solution", "peace", "protection", "justice", "action", "patience", "unity")

// aidAppeal reports an appeal for aid or help ("appealed for more
// international help"): addressed to the world, not to the stricken
// country.
func (s *sent) aidAppeal(cd candidate) bool {
	args := append([]int{cd.args.obj}, cd.args.obl["for"]...)
	for _, a := range args {
		if a < 0 {
			continue
		}
		if l := s.lemma(a); l == "aid" || l == "help" || l == "assistance" {
			return true
		}
	}
	return false
}

// abstractAppeal reports an appeal that names what it asks for and no
// addressee ("Saudi Arabia urged restraint"): it has no target, and none
// is inferred.
func (s *sent) abstractAppeal(cd candidate) bool {
	args := []int{cd.args.obj}
	args = append(args, cd.args.obl["for"]...)
	for _, a := range args {
		if a >= 0 && appealObjects[s.lemma(a)] && s.actorAt(a) == nil {
			return true
		}
	}
	return false
}

// speakersOf returns the coordinated actors of the subject of the speech
// verb governing i, when it names several.
func (s *sent) speakersOf(i int) []*sitrep.ActorMention {
	if h := s.speechHead(i, false); h >= 0 {
		if subj := s.frame(h).subj; subj >= 0 {
			return s.argActors(subj)
		}
	}
	return nil
}

// cooperation reports the roots of cooperative acts (intent, consultation,
// diplomatic and material cooperation, aid), which need two countries.
func cooperation(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "07":
		return true
	}
	return false
}

// welcomedAtHome marks the doer of a welcomed act of the welcomer's own
// country ("welcomed the release" by its own forces).
const welcomedAtHome = "doer of the act welcomed, at home"

// homeTalks reports talks, an intent to talk or an agreement signed
// inside one country between the state and those outside it ("the
// president said he was ready to talk to opposition leaders", "the
// government signed a peace deal with the rebels"): a same-country pair of a cooperative act
// that is no misread sentence, as the two sides differ.
func homeTalks(code string, src, tgt *sitrep.ActorMention) bool {
	switch {
	case strings.HasPrefix(code, "036"), strings.HasPrefix(code, "046"), strings.HasPrefix(code, "057"):
	default:
		return false
	}
	return src.Sector != tgt.Sector && (nonState[strings.ToLower(src.Sector)] || nonState[strings.ToLower(tgt.Sector)]) && src.Country != ""
}

// pluralGroup reports a "they" that refers back to the story's two sides
// ("who hosted the two leaders ... under which they will meet again"): a
// phrase naming both sides in this sentence or the one before, with no
// coded plural actor in between.
func (s *sent) pluralGroup(k int) bool {
	l := s.lemma(k)
	if l != "they" && l != "their" && l != "them" {
		return false
	}
	for j := k - 1; j >= s.from; j-- {
		if s.group(j) {
			return true
		}
	}
	return false
}

// passiveSource finds the actor of a passive with no agent: the owner of
// troops that "were moved"; for arrests, expulsions and downings, the
// authority that announces them ("the ministry said 224 people had been
// detained", "officials said the drones were shot down").
func (s *sent) passiveSource(i int, cd candidate) []*sitrep.ActorMention {
	code := cd.entry.Code
	switch {
	case code[:2] == "15" && cd.args.obj >= 0:
		m := s.actorAt(cd.args.obj)
		if h := s.head(i); h >= 0 && s.rel(i) == "ccomp" && (denyVerbs[s.lemma(h)] || speechVerbs[s.lemma(h)]) &&
			(m == nil || m.Start >= s.tok(cd.args.obj).Start) {
			// "The Eritrean minister denied that any troops had been
			// moved": troops whose owner the text does not name are the
			// speaker's (named by the speaker's country adjective
			// first, a surer sign than the actor coder's guess).
			if sp := s.frame(h).subj; sp >= 0 {
				for _, f := range []func(int) *sitrep.ActorMention{s.demonymActor, s.roleOf, s.actorAt} {
					if m := f(sp); m != nil && actorKey(m) != "" {
						return []*sitrep.ActorMention{m}
					}
				}
			} else if m := s.speakerOf(i); m != nil && actorKey(m) != "" {
				// "... and announced that militia units would be
				// deployed": the speech verb shares its subject.
				return []*sitrep.ActorMention{m}
			}
		}
		if m != nil && actorKey(m) != "" {
			return []*sitrep.ActorMention{m}
		}
	case code[:2] == "17" || cd.entry.Prt == "down" || code == "114":
		if sp := s.speakerOf(i); sp != nil && actorKey(sp) != "" {
			return []*sitrep.ActorMention{sp}
		}
	}
	return nil
}

// actorAt returns the coded actor mention for an argument token: the one
// covering the token, else the one inside the argument's phrase nearest
// its head. Mentions without a code do not count.
func (s *sent) actorAt(k int) *sitrep.ActorMention {
	d := s.doc
	t := d.Tokens[k]
	start, end := s.span(k)
	var best *sitrep.ActorMention
	bestDist := 1 << 30
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Code == "" || m.End <= start || m.Start >= end {
			continue
		}
		if m.Start <= t.Start && t.End <= m.End {
			return m
		}
		dist := abs(m.Start-t.Start) + abs(m.End-t.End)
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// placedIn reports an event whose clause names a place in country.
func (s *sent) placedIn(i int, src, tgt []*sitrep.ActorMention, country string) bool {
	p := s.place(i, src, tgt)
	return p != nil && p.Country == country
}

// place geocodes the first location entity in the trigger's clause,
// preferring the countries of the event's actors.
func (s *sent) place(i int, src, tgt []*sitrep.ActorMention) *sitrep.Place {
	d := s.doc
	var prefer []string
	for _, m := range append(append([]*sitrep.ActorMention{}, src...), tgt...) {
		if m.Country != "" {
			prefer = append(prefer, m.Country)
		}
	}
	for _, e := range d.Entities {
		if e.Label != "LOC" {
			continue
		}
		// The entity's head token: the last token inside it.
		h := -1
		for k := s.from; k < s.to; k++ {
			if d.Tokens[k].Start >= e.Start && d.Tokens[k].End <= e.End {
				h = k
			}
		}
		if h < 0 || !s.inClause(h, i) || h == i {
			continue
		}
		// Locations that are actors in their own right (the subject or
		// object "Beijing") are not places of the event.
		if r := s.rel(h); (r == "nsubj" || r == "obj") && s.head(h) == i && (s.actorAt(h) != nil || s.placeActor(h) != nil) {
			continue
		}
		g, err := geo.Load()
		if err != nil {
			return nil
		}
		p, ok := g.Lookup(e.Text, prefer...)
		if !ok {
			continue
		}
		return &sitrep.Place{Span: e.Span, Name: p.Name, GeonameID: p.GeonameID, Lat: p.Lat, Lon: p.Lon, Country: p.Country}
	}
	return nil
}

var speechVerbs = setOf("say", "tell", "add", "state", "announce", "claim", "report", "insist", "note", "stress", "argue",
	"write", "tweet", "warn", "explain", "confirm", "believe", "think", "allege", "suggest", "declare", "assert", "acknowledge")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// joint reports exercises held together ("joint drills", "joint air
// exercises with Guyana"): a "joint" modifier on the trigger or its
// object. with lists the "with" phrases on either, the partners.
func (s *sent) joint(i int, a frameArgs) (with []int, ok bool) {
	for _, k := range []int{i, a.obj} {
		if k < 0 {
			continue
		}
		for _, c := range s.kids(k) {
			switch {
			case s.rel(c) == "amod" && s.lemma(c) == "joint":
				ok = true
			case (s.rel(c) == "nmod" || s.rel(c) == "obl") && s.caseOf(c) == "with":
				with = append(with, c)
			}
		}
	}
	with = append(with, a.obl["with"]...)
	return with, ok
}

// toldAct reports an object that names an act the story told: an acted
// noun ("condemned the violence"), or, when the object gave no actor,
// "it" or the relative pronoun of an acted noun ("called it a flagrant
// violation", "an attack that Qatar condemned").
func (s *sent) toldAct(i, obj int, hasTarget bool) bool {
	if hasTarget {
		return false
	}
	l := s.lemma(obj)
	if actedNouns[l] {
		return true
	}
	if o := s.whatNamed(obj); o >= 0 && o != obj {
		// "condemned what it called a cowardly attack": the act the
		// relative clause names.
		return s.toldAct(i, o, false)
	}
	if l == "it" || l == "this" {
		return true
	}
	if relPronouns[l] && s.deprel(i) == "acl:relcl" && s.head(i) >= 0 {
		return actedNouns[s.lemma(s.head(i))]
	}
	return false
}

// actedNouns name a forceful act without its doer ("the violence", "the
// move", "the incursion").
var actedNouns = setOf("move", "violence", "attack", "strike", "killing", "murder", "incursion", "seizure", "crackdown",
	"shooting", "storming", "action", "escalation", "shelling", "bombing", "raid", "arrest", "detention", "expulsion",
	"deployment", "sabotage", "invasion", "assault", "abduction", "kidnapping", "airstrike", "bombardment", "operation", "offensive",
	"launch", "test", "intrusion", "violation")

// mentionOf makes an event's actor a mention again, to be the target of
// a later event.
func mentionOf(a *sitrep.EventActor) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: a.Span, Code: a.Code, Country: a.Country, Sector: a.Sector, Entry: "actor of an earlier event", Ref: -1}
}

// refusalCode is the rejection (12x) that a refused cooperative act
// amounts to: a refused meeting 125, a refused deal or material
// cooperation 121, refused aid 122, a refused concession 124, refused
// recognition 120.
func refusalCode(code string) string {
	switch {
	case code[:2] == "04":
		return "125"
	case code == "057" || code[:2] == "06":
		return "121"
	case code[:2] == "07":
		return "122"
	case code[:2] == "08" || code == "055":
		return "124"
	case code == "054":
		// "would not recognise any agreement reached without it"
		return "120"
	}
	return ""
}

// hasCompound reports a compound modifier of i with one of the lemmas
// ("a *phone* call").
func (s *sent) hasCompound(i int, lemmas []string) bool {
	for _, c := range s.kids(i) {
		if s.deprel(c) == "compound" && oneOf(s.lemma(c), lemmas) {
			return true
		}
	}
	return false
}

// wrongdoingEntry codes an act told as wrongdoing under a speech verb
// (done "illegally", "tried to" seize or destabilise) as the speaker's
// accusation (112) of the doer.
var wrongdoingEntry = &Entry{Lemma: "(wrongdoing)", Targets: []string{"obj"}, Code: "112", Name: "said X had acted illegally"}

// wrongAttempts are what an accused side is said to have tried to do.
var wrongAttempts = setOf("seize", "topple", "overthrow", "destabilise", "destabilize", "undermine", "sabotage",
	"provoke", "interfere", "infiltrate", "assassinate", "kill", "attack", "invade", "annex", "grab")

// toldWrongdoing reports a verb in the clausal complement of a speech
// verb that tells its subject's act as wrongdoing: done "illegally" or
// "unlawfully", or tried ("tried to unilaterally change the border",
// "tried to seize power"), with a subject that is not the speaker's
// pronoun.
func (s *sent) toldWrongdoing(i int) bool {
	if s.tok(i).UPOS != "VERB" {
		return false
	}
	h := s.head(i)
	if h < 0 || !(s.rel(i) == "ccomp" || s.rel(i) == "parataxis") || !speechVerbs[s.lemma(h)] {
		return false
	}
	sb := s.child(i, "nsubj")
	if sb < 0 || s.tok(sb).UPOS == "PRON" {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "advmod" && (s.lemma(c) == "illegally" || s.lemma(c) == "unlawfully") {
			return true
		}
	}
	if l := s.lemma(i); l == "try" || l == "attempt" {
		if x := s.child(i, "xcomp"); x >= 0 {
			if s.lemmaIn(wrongAttempts, x) {
				return true
			}
			if l := s.lemma(x); l == "change" {
				for _, c := range s.kids(x) {
					if s.rel(c) == "advmod" && s.lemma(c) == "unilaterally" {
						return true
					}
				}
			}
		}
	}
	return false
}

// violationEntry codes a told act said to violate something ("said the
// deployment violated Vietnamese sovereignty") as the speaker's
// accusation (112) of the act's doer.
var violationEntry = &Entry{Lemma: "(violation)", Targets: []string{"obj"}, Code: "112", Name: "said the act violated X"}

// actViolates reports "violate" or "breach" whose subject is a noun
// naming an act the story tells, in the clausal complement of a speech
// verb.
func (s *sent) actViolates(i int) bool {
	if l := s.lemma(i); s.tok(i).UPOS != "VERB" || l != "violate" && l != "breach" {
		return false
	}
	sb := s.child(i, "nsubj")
	h := s.head(i)
	return sb >= 0 && actedNouns[s.lemma(sb)] && h >= 0 && (s.rel(i) == "ccomp" || s.rel(i) == "parataxis") && speechVerbs[s.lemma(h)]
}

// threatIdiomEntry codes a threat told by what the threatened side will
// suffer ("the United States would pay a heavy price", "Japan would
// bear all the consequences", "Saudi politicians would face divine
// vengeance"), under a speech verb, as the speaker's threat (130) to the
// sufferer; the clause's subject is the target, the speaker the source.
var threatIdiomEntry = &Entry{Lemma: "(threat)", Targets: []string{"obj"}, Code: "130", Name: "X would pay a price"}

var sufferVerbs = setOf("pay", "bear", "face", "suffer", "receive")
var consequenceNouns = setOf("price", "consequence", "vengeance", "punishment", "retribution", "retaliation", "wrath")

// threatIdiom returns the speech verb (or vow) under which a verb of
// suffering with a consequence as its object, in the future or under a
// modal, tells a threat; -1 if it is none.
func (s *sent) threatIdiom(i int) int {
	if s.tok(i).UPOS != "VERB" || !sufferVerbs[s.lemma(i)] {
		return -1
	}
	o := s.child(i, "obj")
	if o < 0 || !s.lemmaIn(consequenceNouns, o) {
		return -1
	}
	modal := false
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" {
			switch s.lemma(c) {
			case "will", "would", "shall", "must", "'ll":
				modal = true
			}
		}
	}
	if !modal {
		return -1
	}
	k := i
	if m := s.child(k, "mark"); s.rel(k) == "conj" && m >= 0 && s.lemma(m) == "that" {
		// "told the envoy that the expulsion was unacceptable and that
		// Estonia would bear the consequences": a second that-clause
		// coordinated with the first.
		k = s.head(k)
	}
	h := s.head(k)
	if h >= 0 && (s.rel(k) == "ccomp" || s.rel(k) == "parataxis") && (speechVerbs[s.lemma(h)] || s.lemma(h) == "vow") {
		return h
	}
	return -1
}

// evaluativeEntry codes a negative judgement told as a predicate under a
// speech verb ("said the move was unacceptable") as criticism (111).
var evaluativeEntry = &Entry{Lemma: "(predicate)", Targets: []string{"obj"}, Code: "111", Name: "said X was unacceptable"}

// negativePredicates judge an act or an actor badly.
var negativePredicates = setOf("unacceptable", "wrong", "inappropriate", "regrettable", "irresponsible", "reckless",
	"provocative", "dangerous", "illegal", "unlawful", "outrageous", "absurd", "baseless", "groundless", "unjustified",
	"deplorable", "shameful", "disgraceful", "hostile", "unfriendly", "destabilising", "destabilizing", "counterproductive",
	"provocation", "violation", "breach", "mistake", "insult", "farce", "crime", "aggression", "motivate")

// blameEntry codes blame told as a predicate under a speech verb
// ("London believed Iran was responsible for the attack", "said the
// government in Beirut was responsible") as an accusation (112) of the
// predicate's subject.
var blameEntry = &Entry{Lemma: "(predicate)", Targets: []string{"obj"}, Code: "112", Name: "said X was responsible"}

// blamePredicates lay the blame for an act on their subject.
var blamePredicates = setOf("responsible", "culpable", "complicit", "guilty", "behind")

// blameAsked reports a predicate whose subject is asked about
// ("which side was responsible", "who was behind it") or whose speech
// verb is negated ("did not say").
func (s *sent) blameAsked(i int) bool {
	if sb := s.child(i, "nsubj"); sb >= 0 {
		if l := s.lemma(sb); l == "who" || l == "which" || l == "what" {
			return true
		}
		if d := s.child(sb, "det"); d >= 0 && (s.lemma(d) == "which" || s.lemma(d) == "what") {
			return true
		}
	}
	if h := s.head(i); h >= 0 {
		for _, c := range s.kids(h) {
			if s.rel(c) == "advmod" && (s.lemma(c) == "not" || s.lemma(c) == "n't" || s.lemma(c) == "never") {
				return true
			}
		}
	}
	return false
}

// evaluative reports a negative predicate with a copula, in the clausal
// complement of a speech verb: "Tokyo said the remarks were *extremely
// wrong*", "Seoul said it was *a grave violation*".
func (s *sent) evaluative(i int) bool {
	t := s.tok(i)
	if (t.UPOS != "ADJ" && t.UPOS != "NOUN" && !(t.XPOS == "VBN" && s.lemma(i) == "motivate")) || !negativePredicates[s.lemma(i)] && !blamePredicates[s.lemma(i)] && !s.hostileAct(i) || s.child(i, "cop") < 0 && s.child(i, "aux:pass") < 0 && s.child(i, "aux") < 0 {
		return false
	}
	h := s.head(i)
	return h >= 0 && (s.rel(i) == "ccomp" || s.rel(i) == "parataxis") && speechVerbs[s.lemma(h)]
}

// ruleName names the rule of an event: its lexicon line, or "coder:"
// for an entry built in code.
func ruleName(e *Entry) string {
	if e.Line == 0 {
		return "coder: " + e.Name
	}
	return fmt.Sprintf("lexicon:%d %s", e.Line, e.Name)
}

// manyCountries reports actors of more than one country.
func (s *sent) manyCountries(ms []*sitrep.ActorMention) bool {
	for _, m := range ms[1:] {
		if actorKey(m) != actorKey(ms[0]) {
			return true
		}
	}
	return false
}

// joinedBy returns the actors that join a subject in its act: "Saudi
// warplanes, *joined by jets from the United Arab Emirates and Bahrain*,
// struck", "Israel, *together with the United States*".
func (s *sent) joinedBy(k int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	for _, c := range s.kids(k) {
		join := s.rel(c) == "acl" && (s.lemma(c) == "join" || s.lemma(c) == "accompany") && s.tok(c).XPOS == "VBN"
		if !join && s.rel(c) == "nmod" {
			if p := s.caseOf(c); p == "alongside" || p == "with" && c > k+1 && (s.lemma(c-2) == "along" || s.lemma(c-2) == "together") {
				join = true
			}
		}
		if join {
			out = append(out, s.actorsIn(c)...)
		}
	}
	return byKey(out)
}

// deniedActTarget returns the actors other than the denier named in the
// complement of a denial (what is denied), nearest first.
func (s *sent) deniedActTarget(i int, src *sitrep.ActorMention) []*sitrep.ActorMention {
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "ccomp", "xcomp", "obj", "advcl":
		default:
			continue
		}
		lo, hi := s.subtree(c)
		for j := lo; j <= hi; j++ {
			m := s.mentionCovering(j)
			if m == nil {
				m = s.demonymActor(j)
			}
			if m != nil && actorKey(m) != "" && actorKey(m) != actorKey(src) {
				return []*sitrep.ActorMention{m}
			}
		}
	}
	return nil
}

// cancelVerbs call off what their object names ("cancelled a visit",
// "postponed the talks").
var cancelVerbs = setOf("cancel", "postpone", "scrap", "delay", "shelve", "abandon")

// cancelled reports a noun act called off by the verb it is the object
// of: "cancelled a visit", "called off the meeting". The act did not
// happen (negated), and the one who called it off is its party.
func (s *sent) cancelled(i int) bool {
	h := s.head(i)
	if h < 0 || s.rel(i) != "obj" || s.tok(i).UPOS != "NOUN" {
		return false
	}
	if s.lemmaIn(cancelVerbs, h) {
		return true
	}
	if l := s.lemma(h); l == "call" || l == "put" {
		for _, c := range s.kids(h) {
			if s.deprel(c) == "compound:prt" && s.lemma(c) == "off" {
				return true
			}
		}
	}
	return false
}

// eachOther reports a reciprocal pronoun ("each other", "one another").
func (s *sent) eachOther(k int) bool {
	l := s.lemma(k)
	if l != "each" && l != "one" {
		return false
	}
	for _, c := range s.kids(k) {
		if s.lemma(c) == "other" || s.lemma(c) == "another" {
			return true
		}
	}
	return k+1 < s.to && (s.lemma(k+1) == "other" || s.lemma(k+1) == "another")
}

// hadToLeaveEntry codes "the staff had until Friday to leave the Czech
// Republic", "diplomats have 72 hours to leave the country" as an
// expulsion (174) of the subject by the country left.
var hadToLeaveEntry = &Entry{Lemma: "(had time to leave)", Targets: []string{"obj"}, Code: "174", Name: "X had hours to leave"}

// hadToLeave returns the "leave" of "had 72 hours / until Friday to
// leave", -1 if have is no such deadline.
func (s *sent) hadToLeave(i int) int {
	for j := i + 1; j < s.to && j < i+12; j++ {
		if s.lemma(j) == "leave" && s.lemma(j-1) == "to" {
			for k := i + 1; k < j; k++ {
				if spanNouns[s.lemma(k)] || s.lemma(k) == "until" {
					return j
				}
			}
			return -1
		}
		if s.lemma(j) == "." || s.lemma(j) == ";" {
			return -1
		}
	}
	return -1
}

// deadlineEntry codes "gave Iranian diplomats 48 hours to leave" as the
// expulsion it is (174), aimed at the people told to go.
var deadlineEntry = &Entry{Lemma: "(deadline to leave)", Targets: []string{"obj", "iobj"}, Code: "174", Name: "gave X hours to leave"}

// leaveDeadline reports a verb that gives someone a span of time to
// leave: "gave the diplomats 48 hours to leave", "gave them until
// Friday to leave the country".
func (s *sent) leaveDeadline(i int) bool {
	if l := s.lemma(i); l != "give" && l != "grant" && l != "allow" {
		return false
	}
	for j := i + 1; j < s.to && j < i+12; j++ {
		if s.lemma(j) == "leave" && j > 0 && s.lemma(j-1) == "to" {
			for k := i + 1; k < j; k++ {
				if spanNouns[s.lemma(k)] || s.lemma(k) == "until" {
					return true
				}
			}
			return false
		}
		if s.lemma(j) == "." || s.lemma(j) == ";" {
			return false
		}
	}
	return false
}

// splitSubjects returns the rest of a coordinated subject the parse split
// into two subjects of the verb ("France, Germany, Belgium *and the
// Netherlands* summoned"): another subject of i with an "and" between it
// and subj.
func (s *sent) splitSubjects(i, subj int) []int {
	var out []int
	for _, c := range s.kids(i) {
		if c == subj || s.rel(c) != "nsubj" || c > i {
			continue
		}
		lo, hi := min(c, subj), max(c, subj)
		for j := lo + 1; j < hi; j++ {
			if s.rel(j) == "cc" && (s.lemma(j) == "and" || s.lemma(j) == "or") {
				out = append(out, s.conjuncts(c)...)
				break
			}
		}
	}
	return out
}

// oneOf reports whether token k's lemma is in set, or, for a word the
// lemmatiser left inflected ("troops"), its regular stem.
func (s *sent) oneOf(k int, set []string) bool {
	if oneOf(s.lemma(k), set) {
		return true
	}
	st := s.stem(k)
	return st != "" && st != s.lemma(k) && oneOf(st, set)
}

// consumeNouns marks the noun arguments of verb k (its object and
// obliques) as coding no event of their own.
func (s *sent) consumeNouns(consumed map[int]bool, k int) {
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "obj" || r == "obl") && s.tok(c).UPOS == "NOUN" {
			consumed[c] = true
		}
	}
}

// unnamedGroup reports an argument naming countries or governments in
// the plural without naming them ("governments around the world",
// "other European countries", "Western nations").
func (s *sent) unnamedGroup(k int) bool {
	if !s.lemmaIn(countNouns, k) || !s.endsInS(k) {
		return false
	}
	return len(s.argActors(k)) == 0
}

// isTime reports a token inside a date or time expression.
func (s *sent) isTime(k int) bool {
	t := s.tok(k)
	for x := range s.doc.Timexes {
		tx := &s.doc.Timexes[x]
		if tx.Start <= t.Start && t.End <= tx.End {
			return true
		}
	}
	return false
}

// epithetNouns name a country by what it is ("the Gulf state", "the
// kingdom").
var epithetNouns = setOf("state", "country", "kingdom", "nation", "emirate", "republic", "monarchy", "neighbour", "neighbor")

// epithet reports a definite singular epithet for a country with no
// actor of its own.
func (s *sent) epithet(k int) bool {
	if !epithetNouns[s.lemma(k)] || s.endsInS(k) || len(s.argActors(k)) > 0 {
		return false
	}
	d := s.child(k, "det")
	return d >= 0 && s.lemma(d) == "the"
}

// outsiders reports whether every source is a third party of the story:
// neither of its two main actors.
func (s *sent) outsiders(sources []*sitrep.ActorMention) bool {
	for _, m := range sources {
		if k := actorKey(m); k == "" || !s.art.third(k) {
			return false
		}
	}
	return len(sources) > 0
}

// freshClause reports whether the trigger's clause (the trigger, or for a
// noun the verb it hangs on) is a conjunct with a subject of its own after
// ", and" or ", but".
func (s *sent) freshClause(i int) bool {
	k := i
	if s.tok(k).UPOS != "VERB" {
		k = s.head(k)
	}
	if k < 0 {
		return false
	}
	subj := s.child(k, "nsubj", "nsubj:pass")
	if subj < 0 {
		return false
	}
	// The conjunction is the verb's, or (the parse often hangs the
	// clause elsewhere: "..., and Brazil, Colombia and Mexico called
	// on", read as a relative clause) stands right before its subject.
	cc := s.child(k, "cc")
	if s.rel(k) != "conj" || cc < 0 {
		// (The comma and "and" may hang on the subject itself.)
		lo, _ := s.subtree(subj)
		for lo < subj && (s.rel(lo) == "punct" || s.rel(lo) == "cc") {
			lo++
		}
		cc = lo - 1
	}
	return cc > s.from && (s.lemma(cc) == "and" || s.lemma(cc) == "but") && s.lemma(cc-1) == ","
}

// dueSubject finds the subject of a verb after "is due to", "are due
// to", which the parser reads as a preposition and hangs anywhere ("Li
// Qiang is due to visit Hanoi", with "due" a subject and "visit" its
// clause): the noun phrase just before the copula, read off the word
// order; -1 when the words do not run so.
func (s *sent) dueSubject(i int) int {
	if i-3 < s.from || s.lemma(i-1) != "to" || s.lemma(i-2) != "due" || s.lemma(i-3) != "be" {
		return -1
	}
	k := i - 4
	if k < s.from || (s.tok(k).UPOS != "NOUN" && s.tok(k).UPOS != "PROPN" && s.tok(k).UPOS != "PRON") {
		return -1
	}
	// The head of the phrase the word ends: a name's first word, the
	// noun a compound or a flat name hangs on.
	for steps := 0; steps < 4; steps++ {
		h := s.head(k)
		if h < 0 || h > i-3 {
			break
		}
		if r := s.deprel(k); r != "flat" && r != "compound" && r != "flat:name" {
			break
		}
		k = h
	}
	return k
}

// nameBefore returns the coded actor whose name ends right before verb k
// and starts a clause (after a comma or at the sentence's start), for a
// verb the parse left without a subject: "..., Secretary-General Mark
// Rutte said after speaking with ...", with "Rutte" hung on the noun
// before it.
func (s *sent) nameBefore(k int) *sitrep.ActorMention {
	if k-1 < s.from || s.tok(k-1).UPOS != "PROPN" {
		return nil
	}
	m := s.mentionCovering(k - 1)
	if m == nil || actorKey(m) == "" || m.End > s.tok(k).Start {
		return nil
	}
	j := k - 1
	for j > s.from && s.tok(j-1).End > m.Start {
		j--
	}
	if j > s.from && s.lemma(j-1) != "," {
		return nil
	}
	return m
}

// unsaidVerbs leave a "whether" clause open: "declined to say whether
// talks were planned", "did not say whether India would comply", "it
// was not clear whether". (Not "review whether to remove", "consider
// whether": an act weighed, which the gold set codes as hypothetical.)
var unsaidVerbs = setOf("say", "disclose", "confirm", "comment", "know", "tell", "clear", "reveal", "specify", "explain", "unclear")

// openQuestion reports a trigger inside a "whether" clause that a verb
// of saying or knowing leaves open: no act is asserted.
func (s *sent) openQuestion(i int) bool {
	k := i
	for steps := 0; steps < 6; steps++ {
		if m := s.child(k, "mark"); m >= 0 && s.lemma(m) == "whether" {
			h := s.head(k)
			return h >= 0 && unsaidVerbs[s.lemma(h)]
		}
		if k != i && clauseBoundary(s.rel(k)) {
			return false
		}
		if k = s.head(k); k < 0 {
			return false
		}
	}
	return false
}

// thatClause reports a verb in a clause introduced by "that" (itself or
// the verb it complements: "said ... that they would continue to
// cooperate"), for when the parse hung the clause away from its speech
// verb.
func (s *sent) thatClause(i int) bool {
	k := i
	for steps := 0; steps < 3 && k >= 0; steps++ {
		if m := s.child(k, "mark"); m >= 0 && s.lemma(m) == "that" {
			return true
		}
		if r := s.rel(k); r != "xcomp" && r != "conj" {
			return false
		}
		k = s.head(k)
	}
	return false
}

// homeAffairs are what an appeal asks a country to do at home.
var homeAffairs = setOf("election", "vote", "reform", "referendum", "democracy", "release", "investigation", "inquiry", "probe",
	"dialogue", "transition", "accountability", "justice")

// homeAppeal reports an appeal whose object or for-phrase is one of the
// homeAffairs ("called for free elections", "for the release of").
func (s *sent) homeAppeal(cd candidate) bool {
	args := append([]int{cd.args.obj}, cd.args.obl["for"]...)
	for _, a := range args {
		if a >= 0 && homeAffairs[s.lemma(a)] {
			return true
		}
	}
	return false
}

// verblessRoot returns the subject of a sentence the parse left without
// a main verb ("France, which sits with the United States on the
// committee that monitors the ceasefire, called on Israel and Lebanon
// ...", with "called" read as a participle on "ceasefire"): the nominal
// root, when it has a relative clause that ends at the comma right
// before verb i; else -1.
func (s *sent) verblessRoot(i int) int {
	if i-1 <= s.from || s.lemma(i-1) != "," || s.rel(i) != "acl" || s.child(i, "nsubj") >= 0 {
		return -1
	}
	r := s.rootOf(i)
	if r < 0 || r >= i || (s.tok(r).UPOS != "PROPN" && s.tok(r).UPOS != "NOUN") {
		return -1
	}
	// The verb hangs inside the relative clause, on its last noun.
	for k := s.head(i); k >= 0 && k != r; k = s.head(k) {
		if s.head(k) != r {
			continue
		}
		if s.deprel(k) == "acl:relcl" {
			return r
		}
		if sb := s.child(k, "nsubj"); sb >= 0 && relPronouns[s.lemma(sb)] {
			// "Antony Blinken, who was in Brussels for meetings with
			// NATO allies, called on Beijing ...", with the relative
			// clause read as a parataxis.
			return r
		}
	}
	return -1
}

// visitPurposes are the meetings a visit is made for: "visited Kyiv to
// meet Zelenskiy".
var visitPurposes = setOf("meet", "talk", "hold", "discuss", "confer", "consult")

// journeyVerbs take an infinitive of purpose, parsed as an adverbial
// clause, as their complement ("flew to Doha to meet the emir").
var journeyVerbs = setOf("fly")

// mainSubject returns the coded actor of the sentence's main subject:
// the subject of its root verb, or of the speech verb's reported clause
// when the root says it ("Mali's army said it had struck": the army).
func (s *sent) mainSubject() *sitrep.ActorMention {
	for r := s.from; r < s.to; r++ {
		if s.head(r) >= 0 || s.tok(r).UPOS != "VERB" {
			continue
		}
		sb := s.frame(r).subj
		if sb < 0 {
			return nil
		}
		if m := s.roleOf(sb); m != nil {
			return m
		}
		if m := s.actorAt(sb); m != nil && actorKey(m) != "" {
			return m
		}
		return nil
	}
	return nil
}

// notDone govern an infinitive whose act did not happen: "refused to
// apologise", "failed to consult"; or an act that is ended, not done:
// "urged Washington to stop arming the island".
var notDone = setOf("refuse", "decline", "fail", "stop", "cease")

// willAux reports a verb with "will" or "would" of its own: a promise
// ("Turkey would help rebuild"), not a condition ("if it helped").
func (s *sent) willAux(i int) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" && (s.lemma(c) == "will" || s.lemma(c) == "would") {
			return true
		}
	}
	return false
}

// eachVerb reports a past verb after a floating "each" that the parse
// read as a modifier of its object ("Russia and Ukraine each freed 150
// prisoners", with "freed" an adjective of "prisoners" and the
// countries that noun's subject).
func (s *sent) eachVerb(i int) bool {
	if i-1 < s.from || s.lemma(i-1) != "each" || s.rel(i) != "amod" || s.tok(i).XPOS != "VBD" && s.tok(i).XPOS != "VBN" && !strings.HasSuffix(s.doc.TokenText(i), "ed") {
		return false
	}
	h := s.head(i)
	return h >= 0 && s.child(h, "nsubj") >= 0
}

// rivals reports two people of one country named apart, the source and
// target of a quarrel at home ("the parliament speaker accused the
// president of staging a coup", "the former premier accused his
// successor"): both are persons the entity layer names, with other
// surnames. Such a pair has one actor code (two GOV mentions), and is
// not the self-pair a misread sentence gives.
func (s *sent) rivals(src, tgt *sitrep.ActorMention) bool {
	a, b := s.surname(src), s.surname(tgt)
	return a != "" && b != "" && a != b
}

// surname is the last word of the person's name a mention (or the
// fuller mention it refers to) overlaps, lower-cased; "" for none.
func (s *sent) surname(m *sitrep.ActorMention) string {
	for n := 0; m != nil && m.Ref >= 0 && m.Ref < len(s.doc.Actors) && n < 4; n++ {
		m = &s.doc.Actors[m.Ref]
	}
	if m == nil {
		return ""
	}
	for _, e := range s.doc.Entities {
		if e.Label == "PER" && e.Start < m.End && m.Start < e.End {
			f := strings.Fields(s.doc.Text[e.Start:e.End])
			if len(f) > 0 {
				return strings.ToLower(strings.TrimSuffix(f[len(f)-1], "'s"))
			}
		}
	}
	return ""
}

// coupNouns name a seizure of power inside a country.
var coupNouns = setOf("coup", "putsch", "mutiny", "takeover")

// coupCountry is the country of the coup the object k names ("the
// coup", "what it called an attempted coup", "the coup attempt", "a
// coup against Morales"): the country of whoever it was against or
// where it took place, else of the phrase's own country adjective,
// else the country the story names most of those its lead names; nil when k names no coup or the
// coup is the source's own country's.
func (s *sent) coupCountry(k int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if o := s.whatNamed(k); o >= 0 {
		k = o
	}
	coup := coupNouns[s.lemma(k)]
	if !coup && s.lemma(k) == "attempt" {
		for _, c := range s.kids(k) {
			if r := s.rel(c); (r == "compound" || r == "nmod") && coupNouns[s.lemma(c)] {
				coup = true
			}
		}
	}
	if !coup {
		return nil
	}
	span := s.doc.MakeSpan(s.tok(k).Start, s.tok(k).End)
	country := ""
	for _, p := range []string{"against", "in"} {
		for _, n := range s.nmodsWith(k, p) {
			for _, m := range s.argActors(n) {
				if country == "" && m.Country != "" {
					country = m.Country
				}
			}
		}
	}
	if country == "" {
		if m := s.demonymActor(k); m != nil {
			country = m.Country
		}
	}
	for _, r := range s.art.ranked {
		if country == "" && len(r) == 3 && s.art.inLead(r) {
			// (The first country: an organisation that suspends the
			// country is often named more.)
			country = r
		}
	}
	if country == "" || country == src.Country {
		return nil
	}
	return domesticTarget(span, country)
}

// forceReplies are the forceful answers a warning promises.
var forceReplies = setOf("respond", "retaliate", "strike", "hit", "answer", "react")

// negatedVerb reports a verb with "not" or "never" of its own.
func (s *sent) negatedVerb(k int) bool {
	for _, c := range s.kids(k) {
		if l := s.lemma(c); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

// crowdNumbers are the words a crowd is told by ("tens of thousands").
var crowdNumbers = setOf("thousand", "hundred", "dozen", "ten", "million", "score")

// crowdOfNumber is the civilians a crowd told by its number stands for
// ("thousands marched", "tens of thousands marched", the verb parsed
// as a participle of the number): of the country of the place the verb
// names (through, in, across, at), else of the dateline's country; nil
// when the subject is no such number or no country is found.
func (s *sent) crowdOfNumber(i int, a frameArgs) *sitrep.ActorMention {
	k := a.subj
	if k < 0 && s.rel(i) == "acl" {
		k = s.head(i)
	}
	if k < 0 || !crowdNumbers[s.lemma(k)] {
		return nil
	}
	country := ""
	for _, p := range []string{"through", "in", "across", "at"} {
		for _, n := range a.obl[p] {
			if m := s.placeActor(n); m != nil && country == "" {
				country = m.Country
			}
		}
	}
	for x := range s.doc.Actors {
		if m := &s.doc.Actors[x]; country == "" && strings.Contains(m.Entry, "dateline") {
			country = m.Country
		}
	}
	if country == "" {
		return nil
	}
	return &sitrep.ActorMention{Span: s.doc.MakeSpan(s.tok(k).Start, s.tok(k).End), Code: country + "CVL", Country: country, Sector: "CVL", Entry: "crowd of the place", Ref: -1}
}

// officeHolders are people named by their office.
var officeHolders = setOf("president", "minister", "premier", "leader", "governor", "mayor", "chief", "commander", "general", "official", "speaker", "head", "aide", "son", "daughter", "wife", "husband", "brother")

// forumOnly reports targets that are all international bodies (the
// U.N., the WTO, a court), the forum of a complaint rather than its
// object.
func (s *sent) forumOnly(ms []*sitrep.ActorMention) bool {
	for _, m := range ms {
		if !strings.HasPrefix(actorKey(m), "IGO") {
			return false
		}
	}
	return len(ms) > 0
}

// Refusals told by a negated promise ("would not implement", "will not
// accept", "would not submit"), for verbs that code nothing when not
// negated: rejecting a plan or ruling (127), rejecting something (120),
// refusing to yield (124).
var (
	refuseImplementEntry = &Entry{Lemma: "(refusal)", Targets: []string{"obj"}, Code: "127", Name: "would not implement"}
	refuseAcceptEntry    = &Entry{Lemma: "(refusal)", Targets: []string{"obj"}, Code: "120", Name: "would not accept"}
	refuseYieldEntry     = &Entry{Lemma: "(refusal)", Targets: []string{"to"}, Code: "124", Name: "would not submit"}
	// Verbs that code an act of their own when not negated: negated
	// under "will", the act is refused, not planned and negated.
	refuseWithdrawEntry  = &Entry{Lemma: "(refusal)", Targets: []string{"from", "to"}, Code: "124", Name: "would not withdraw"}
	refuseTalksEntry     = &Entry{Lemma: "(refusal)", Targets: []string{"with"}, Code: "125", Name: "would not negotiate"}
	refuseExtraditeEntry = &Entry{Lemma: "(refusal)", Targets: []string{"to"}, Code: "1213", Name: "would not extradite"}
)

// refusedAct returns the refusal entry of a verb that codes an act of
// its own, negated under "will" or "would" ("would not withdraw its
// troops", "will not apologise", "would not negotiate with them", "will
// not extradite its citizens"): the refusal replaces the act's own
// entries, whose frames may find no target ("withdraw its diplomats")
// or another code (161, not a refusal). Withheld recognition stays
// with the act's own entry (054 negated is 120). Nil for none.
func (s *sent) refusedAct(i int) *Entry {
	if s.tok(i).UPOS != "VERB" || !s.negatedVerb(i) || !s.willAux(i) {
		return nil
	}
	switch s.lemma(i) {
	case "withdraw", "apologise", "apologize", "cede", "retreat":
		return refuseWithdrawEntry
	case "give":
		if s.child(i, "compound:prt") >= 0 && s.lemma(s.child(i, "compound:prt")) == "up" {
			return refuseWithdrawEntry
		}
	case "negotiate", "discuss":
		return refuseTalksEntry
	case "extradite":
		return refuseExtraditeEntry
	}
	return nil
}

// refusedYield returns the refusal entry of a verb negated under "will"
// or "would" ("would not implement the ruling", "will not accept a
// military government", "would not submit to the court"), nil for none.
// ("Would not give in" was tried: its target, guessed, went abroad in a
// quarrel at home.)
func (s *sent) refusedYield(i int) *Entry {
	if s.tok(i).UPOS != "VERB" || !s.negatedVerb(i) || !s.willAux(i) {
		return nil
	}
	switch l := s.lemma(i); {
	case l == "implement" || l == "honour" || l == "honor" || l == "abide":
		return refuseImplementEntry
	case l == "accept" && s.child(i, "obj") >= 0:
		return refuseAcceptEntry
	case l == "submit" || l == "bow" || l == "yield" || l == "capitulate" || l == "surrender" && s.child(i, "obj") < 0:
		return refuseYieldEntry
	}
	return nil
}

// endangering are things that "threaten" by what they do, not by
// words: a measure, an offensive, a war.
var endangering = setOf("measure", "action", "move", "policy", "decision", "plan", "offensive", "advance", "conflict", "war",
	"crisis", "violence", "law", "sanction", "tariff", "ban", "program", "programme", "project", "dam", "deployment",
	"presence", "activity", "escalation", "situation", "attack", "strike", "fighting", "drought", "flood", "storm", "epidemic",
	"control", "restriction", "embargo", "rule", "reform", "bill", "tax", "practice", "programme")

// hostileAct reports "an act of aggression", "an act of war", "an
// aggressive act", "a hostile act": the noun "act" judged by its
// of-phrase or its adjective.
func (s *sent) hostileAct(i int) bool {
	if s.lemma(i) != "act" || s.tok(i).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(i) {
		switch l := s.lemma(c); {
		case s.rel(c) == "nmod" && s.caseOf(c) == "of" && (l == "aggression" || l == "war" || l == "terrorism" || l == "piracy" || l == "sabotage" || l == "provocation" || l == "hostility"):
			return true
		case s.rel(c) == "amod" && (l == "aggressive" || l == "hostile" || l == "provocative" || l == "criminal" || l == "terrorist" || l == "irresponsible" || l == "unfriendly" || l == "illegal" || l == "barbaric" || l == "cowardly"):
			return true
		}
	}
	return false
}
