package coder

import "sitrep"

// filedIssuers switches filedIssuer (nineteenth session, cross28; tests
// turn it off).
var filedIssuers = true

// textLookback is how many sentences before its own filedIssuer searches
// for the text's earlier telling.
const textLookback = 8

// issuedTexts are the texts whose second mention ("the statement
// accused", "welcomed the report") stands for their issuer: the filed
// texts and a report.
var issuedTexts = func() map[string]bool {
	m := setOf("report")
	for k := range filedNouns {
		m[k] = true
	}
	return m
}()

// filedIssuer returns the issuer of a text named again by "the" or
// "this" and its noun ("the statement", "the resolution", "the case"),
// when an earlier sentence, or this one before it, told who issued it:
// "Montenegrin lawmakers adopted a resolution on the camp ... The
// resolution condemned the genocide", "South Africa has filed a case
// accusing Israel ... Malaysia said it backed the case". The link is the
// repeated noun: the nearest earlier mention of it that has an issuer
// decides; a second mention without one ("the resolution extended the
// mission") sends the search further back, an indefinite first telling
// without one ends it. Not a plural, a possessed text or one with an
// of-phrase, which name their own issuer or none; nil when no issuer is
// found.
func (s *sent) filedIssuer(k int) *sitrep.ActorMention {
	if !filedIssuers || !issuedTexts[s.lemma(k)] || s.endsInS(k) || s.tok(k).UPOS != "NOUN" {
		return nil
	}
	if s.child(k, "nmod:poss") >= 0 || s.child(k, "nmod") >= 0 || s.mentionCovering(k) != nil {
		return nil
	}
	if det := s.child(k, "det"); det < 0 || (s.lemma(det) != "the" && s.lemma(det) != "this") {
		return nil
	}
	if s.issuers == nil {
		s.issuers = make([]issuerMemo, s.to-s.from)
	}
	memo := &s.issuers[k-s.from]
	_, cuts := s.srcCounters()
	switch memo.state {
	case issuerFound:
		return memo.m
	case issuerSearching:
		// Asked again while its own search runs: the issuer of an
		// earlier mention is the subject of a verb whose subject is
		// this noun ("In a statement on Friday, the statement accused
		// ..."), and the search would go round forever. No issuer.
		*cuts++
		return nil
	}
	memo.state = issuerSearching
	before := *cuts
	m := s.searchIssuer(k)
	memo.state, memo.m = issuerUnasked, nil
	if *cuts == before {
		// Kept only when no search under it was cut short, by this
		// guard or by maxSourceDepth, in any sentence of the
		// article: a result cut short depends on what was asked
		// first, and is worked out again when next asked.
		memo.state, memo.m = issuerFound, m
	}
	return m
}

// issuerMemo is filedIssuer's answer for one token.
type issuerMemo struct {
	m     *sitrep.ActorMention
	state uint8
}

// The states of an issuerMemo.
const (
	issuerUnasked = iota
	issuerSearching
	issuerFound
)

// searchIssuer is filedIssuer's search for text noun k's earlier
// mentions.
func (s *sent) searchIssuer(k int) *sitrep.ActorMention {
	noun := s.lemma(k)
	for si := s.idx; si >= 0 && si >= s.idx-textLookback; si-- {
		o := s
		if si != s.idx {
			if s.art == nil {
				// A sentence read on its own: no sentences before.
				return nil
			}
			o = s.art.sent(si)
		}
		hi := o.to
		if si == s.idx {
			hi = k
		}
		for j := hi - 1; j >= o.from; j-- {
			if o.lemma(j) != noun || o.tok(j).UPOS != "NOUN" {
				continue
			}
			if m := o.issuerOf(j); m != nil {
				return m
			}
			if !o.definite(j) {
				return nil
			}
		}
	}
	return nil
}

// issuingVerbs are the verbs whose subject issues the text they take as
// object: "lawmakers adopted a resolution", "filed a case", "released a
// report". Not "vetoed a resolution" or "rejected a report", whose
// subject stands against the text, nor "acted under a resolution".
var issuingVerbs = setOf("adopt", "approve", "issue", "pass", "file", "lodge", "submit", "release", "publish",
	"draft", "table", "sponsor", "introduce", "send", "write", "bring", "present", "deliver", "make")

// issuerOf returns the issuer of text noun j: the actor that owns it
// ("the Kremlin's statement", "a statement by the ministry"), else the
// subject of an issuing verb it is the object of ("lawmakers adopted a
// resolution", "filed a case") or of a speech verb it is the in-oblique
// of ("said in a statement"). Not an actor that only modifies the text
// ("a U.S.-drafted resolution", adopted by the council), nor one that
// vetoes, rejects or acts under it.
func (s *sent) issuerOf(j int) *sitrep.ActorMention {
	for _, c := range s.kids(j) {
		if r := s.deprel(c); r == "nmod:poss" || r == "nmod" && (s.caseOf(c) == "by" || s.caseOf(c) == "from" || s.caseOf(c) == "of") {
			if m := s.actorAt(c); m != nil && actorKey(m) != "" {
				return m
			}
		}
	}
	if m := s.mentionCovering(j); m != nil && actorKey(m) != "" {
		return m
	}
	v := s.head(j)
	if v < 0 || s.tok(v).UPOS != "VERB" {
		return nil
	}
	switch s.rel(j) {
	case "obj":
		if !issuingVerbs[s.lemma(v)] {
			return nil
		}
	case "obl":
		if s.caseOf(j) != "in" || !speechVerbs[s.lemma(v)] {
			return nil
		}
	default:
		return nil
	}
	for _, m := range s.sourceActors(v, s.frame(v)) {
		if actorKey(m) != "" {
			return m
		}
	}
	return nil
}

// judgedTextCode reports the codes of a judgement of a text: praise or
// backing (051), defence (052), criticism (11), rejection (12). Not the
// rest of 05 (recognition, apology, forgiveness, signing), which are no
// judgement of what a text says (review21).
func judgedTextCode(code string) bool {
	switch {
	case code == "051" || code == "052":
		return true
	case len(code) >= 2 && (code[:2] == "11" || code[:2] == "12"):
		return true
	}
	return false
}

// textIssuerJudged returns the issuer of a text the verb's object names
// again ("Malaysia backed the case", "welcomed the statement"):
// filedIssuer of the object, when the object names no actor of its own
// and the issuer is not the judge's own side. The judgement is aimed at
// whoever issued the text, not at the story's other side or at both.
func (s *sent) textIssuerJudged(obj int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if a := s.actorAt(obj); a != nil && actorKey(a) != "" {
		return nil
	}
	m := s.filedIssuer(obj)
	if m == nil || actorKey(m) == actorKey(src) {
		return nil
	}
	return m
}
