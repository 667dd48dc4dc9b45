package coder

import (
	"sitrep"
	"sitrep/cameo"
)

var (
	denyVerbs = setOf("deny", "reject", "dismiss", "refute", "rebut")
	// Not "try": "protesters tried to storm the consulate" tells an
	// attempt that happened.
	planVerbs = setOf("plan", "intend", "expect", "schedule", "aim", "hope", "want", "prepare", "agree", "promise", "pledge", "vow", "seek", "decide", "threaten", "offer", "propose", "set", "due", "going", "wish")
	// "is considering breaking off relations": a possibility, not a plan.
	weighVerbs   = setOf("consider", "weigh", "mull", "contemplate", "debate")
	futureAux    = setOf("will", "shall", "'ll", "wo")
	hypoAux      = setOf("could", "might", "may", "can", "should", "must", "ca")
	negWords     = setOf("not", "n't", "never", "no")
	conditionals = setOf("if", "unless", "whether")
	hearsay      = setOf("media", "report", "witness", "resident", "source", "analyst", "monitor", "observer", "agency", "group", "activist", "newspaper", "outlet", "television", "footage", "official")
)

// status decides whether the event at trigger i occurred, is planned,
// denied, negated, hypothetical, or only reported by someone other than
// its source. The first that applies, in that order of precedence after
// denial and negation, wins.
func (s *sent) status(i int, src *sitrep.ActorMention) string {
	if s.cancelled(i) || s.withheldAct(i) || s.neitherNor(i) {
		// "cancelled a visit", "called off the talks".
		return sitrep.StatusNegated
	}
	// Walk from the trigger up through the clauses that govern it.
	reported := false
	saidBy := false
	narrated := false
	planned := false
	hypo := false
	if s.beTo(i) || s.dueIn(i) {
		// "Hamas is to release 33 hostages": an arrangement, future
		// (and "X is due in Kuwait", visits_due_in.go).
		planned = true
	}
	// Once the walk leaves a conjunct with a tense of its own, the
	// modality of the clauses above is not its own (see ownTense).
	indep, keepPlanned, keepHypo := false, false, false
	for k, depth := i, 0; k >= 0 && depth < 8; depth++ {
		for _, c := range s.kids(k) {
			l := s.lemma(c)
			r := s.rel(c)
			if (r == "advmod" || r == "det" || r == "aux") && negWords[l] && (depth == 0 || depth == 1 && s.carried(i)) {
				// "did not launch an offensive": the verb carrying a
				// noun act negates it.
				return sitrep.StatusNegated
			}
			switch r {
			case "obj":
				// "hitting no vessel", "signed no agreement".
				if depth == 0 && s.childLemma(c, "det", "no") {
					return sitrep.StatusNegated
				}
			case "nsubj":
				// "No agreement was signed", "no talks have been held":
				// a passive's subject is its object (the gold guide's
				// negated).
				if depth == 0 && noPassiveSubject && s.deprel(c) == "nsubj:pass" && s.childLemma(c, "det", "no") {
					return sitrep.StatusNegated
				}
			case "aux":
				switch {
				case futureAux[l]:
					planned = true
				case l == "would":
					// Future in the past inside reported speech; a
					// condition elsewhere.
					if s.underSpeech(k) || s.settledThat(k) {
						planned = true
					} else {
						hypo = true
					}
				case hypoAux[l]:
					hypo = true
				}
			case "advcl":
				if m := s.child(c, "mark"); m >= 0 && conditionals[s.lemma(m)] && depth == 0 {
					hypo = true
				}
			case "obl":
				if p := s.caseOf(c); p == "according" || p == "accord" {
					reported = true
				}
			}
			if (r == "parataxis" || r == "advcl") && c > i && !saidBy && !narrated && s.attribution(c) {
				// "Riot police fired tear gas at protesters, witnesses
				// said": the parse hangs the trailing attribution on the
				// act's clause, below it rather than above.
				reported = reported || s.othersWord(c, src)
				saidBy = true
			}
			if s.deprel(c) == "advmod" && depth == 0 && (l == "reportedly" || l == "allegedly") {
				reported = true
			}
		}
		h := s.head(k)
		if h < 0 {
			break
		}
		if k == i && afterPast && s.pastAfter(i) {
			// "agreed to deepen cooperation after talks in Tokyo": the
			// talks came before the plan; the plan's status is not theirs.
			break
		}
		r := s.rel(k)
		if k == i {
			// (Asked at the first step only: both look at i alone.)
			if up := s.speakerConj(i); up >= 0 {
				// The speech act is the speaker's, coordinated with the
				// verb that says or denies, not inside what is denied.
				h = up
			} else if up := s.denierConj(i); up >= 0 {
				// "denied that its troops had crossed the border and
				// accused Kyiv": the accusation is the denier's, beside
				// the denial.
				h = up
			}
		}
		hl := s.lemma(h)
		if (r == "advcl" || r == "ccomp") && s.timeClause(k) {
			// "Canada's minister said on Monday ..., a day after Riyadh
			// expelled its ambassador": a clause placing the saying in
			// time is the story's narration, not the speaker's word.
			narrated = true
			if pastClauses && s.toldPast(k) {
				// "agreed to begin talks after the ministers met": an act
				// that places the plan in time came before it, as told.
				break
			}
		}
		if ownTenses && r == "conj" && !indep && s.ownTense(k) {
			indep, keepPlanned, keepHypo = true, planned, hypo
		}
		if !indep && s.factClause(k, r) {
			// "may be reluctant to act while Kerry negotiates with
			// Russia": the clause is told as fact (status_fact_clause.go).
			indep, keepPlanned, keepHypo = true, planned, hypo
		}
		switch {
		case (r == "ccomp" || r == "xcomp" || r == "parataxis") && denyVerbs[hl]:
			return sitrep.StatusDenied
		case s.deniedReport(k):
			// "denied reports that its troops had fired".
			return sitrep.StatusDenied
		case r == "xcomp" && planVerbs[hl], r == "xcomp" && s.tok(h).UPOS == "ADJ" && hl == "due",
			r == "advcl" && s.infinitive(k) && planVerbs[hl] && s.tok(h).UPOS == "VERB",
			(r == "advcl" || r == "csubj") && s.infinitive(k) && hl == "due" && s.tok(h).UPOS == "ADJ":
			// "agreed to hold talks", "is due to visit Mostar on
			// Sunday", however the infinitive is attached.
			planned = true
		case invitingVerbs[hl] && s.controller(h, k) >= 0:
			// "invited Ruto to visit Beijing", "persuaded Rome to sign
			// the accord": the act is still to come (object_control.go).
			planned = true
		case r == "acl" && k == i && s.intentClause(k) && hl != "decision":
			// "had no plans to meet the crown prince": an act no one
			// means to do; "accepted an invitation to visit Russia", "an
			// offer to mediate": one to come.
			if s.childLemma(h, "det", "no") {
				return sitrep.StatusNegated
			}
			planned = true
		case ruledOut && (r == "xcomp" || r == "ccomp") && s.notRuledOut(h):
			// "did not rule out closing the border": left open.
			hypo = true
		case (r == "xcomp" || r == "ccomp") && weighVerbs[hl]:
			hypo = true
		case r == "advcl":
			if m := s.child(k, "mark"); m >= 0 && conditionals[s.lemma(m)] {
				hypo = true
			}
		case (r == "ccomp" || r == "parataxis") && speechVerbs[hl]:
			// Reported on someone else's authority: a speaker of another
			// country, or the press, witnesses, unnamed sources. A speaker
			// of the acting side announces its own act. A speech verb
			// whose speaker the parse lost says nothing of whose
			// authority the act rests on.
			// The nearest speech verb says on whose word the act rests:
			// "the military said fighters said they had shot the pilot" is
			// the fighters' own claim.
			if !saidBy && !narrated {
				reported = s.othersWord(h, src)
			}
			saidBy = true
		}
		if r != "xcomp" && r != "ccomp" && r != "conj" && r != "parataxis" && r != "advcl" {
			// Any other relation leaves the clause chain.
			if s.tok(k).UPOS != "NOUN" {
				break
			}
		}
		k = h
	}
	if !saidBy && !reported {
		// "Security forces fired tear gas at demonstrators, according
		// to witnesses", with the phrase hung on another word: the
		// sentence's source, when it is not the acting side.
		reported = s.accordingTo(i, src)
	}
	if !saidBy && !narrated {
		// "The Thai army said Cambodian forces fired ...", with the
		// complement torn from "said" by the parse: what follows the
		// sentence's speech verb is still its speaker's word.
		// So is what precedes a trailing one: "Protesters gathered
		// outside the court, and police arrested twelve, witnesses
		// said", with the first clause hung below the second.
		if r := s.rootOf(i); r >= 0 && (r < i && speechVerbs[s.lemma(r)] || s.trailingSaid(r, i)) {
			reported = reported || s.othersWord(r, src)
		}
	}
	if indep {
		planned, hypo = keepPlanned, keepHypo
	}
	if s.questionAct(i) {
		// "Will China invade Taiwan?" (status_question.go).
		hypo = true
	}
	switch s.hedge(i) {
	case sitrep.StatusHypothetical:
		// "Iran is believed to have sent drones" (status_hedged.go).
		hypo = true
	case sitrep.StatusReported:
		// "Israel is said to have struck the consulate".
		reported = true
	}
	// "be going to", "be scheduled to" parse with the trigger as xcomp of
	// an adjective or participle, handled above; a future date also plans.
	switch {
	case hypo:
		return sitrep.StatusHypothetical
	case planned:
		return sitrep.StatusPlanned
	case s.futureDate(i):
		return sitrep.StatusPlanned
	case reported:
		return sitrep.StatusReported
	}
	return sitrep.StatusOccurred
}

// spokenRoot are the CAMEO roots of acts done in words or in public
// meetings (statements, consultations, diplomatic cooperation, demands,
// disapproval, threats), never only reported: whoever relays them, they
// were made where others could see (the gold guide: "verbal acts
// reported in the story ... are occurred").
var spokenRoot = setOf("01", "04", "05", "10", "11", "13")

// promiseVerbs code the act promised, not the promise, when their entry
// names what is given ("pledged 1 billion yuan in aid").
var promiseVerbs = setOf("pledge", "promise", "vow")

// afterPast switches pastAfter (tests turn it off).
var afterPast = true

// pastAfter reports an act noun told in an "after" phrase ("after talks",
// "after four days of talks"): an act before the one it places in time.
func (s *sent) pastAfter(i int) bool {
	if s.tok(i).UPOS != "NOUN" || !meetingNouns[s.lemma(i)] {
		return false
	}
	if s.hasKid(i, "case", "after") {
		return true
	}
	h := s.head(i)
	return h >= 0 && s.rel(i) == "nmod" && s.hasKid(h, "case", "after")
}

// conditionSwitch switches conditionSubject (tests turn it off).
var conditionSwitch = true

// conditionSubject reports an act noun that is the subject of an "if" or
// "unless" clause: "could return within a month if the talks stalled",
// "if talks resumed, they could be held in Geneva". The clause sets a
// condition on another act; the talks are neither told nor planned.
func (s *sent) conditionSubject(i int) bool {
	if !conditionSwitch || s.tok(i).UPOS != "NOUN" {
		return false
	}
	if r := s.rel(i); r != "nsubj" && r != "nsubj:pass" {
		return false
	}
	// The parse hangs "if" on the clause's verb, or at times on its
	// subject.
	h := s.head(i)
	return s.hasKid(i, "mark", "if", "unless") || h >= 0 && s.hasKid(h, "mark", "if", "unless")
}

// meetingNouns name encounters that pastAfter reads as done.
var meetingNouns = setOf("talk", "talks", "negotiation", "negotiations", "meeting", "summit", "consultation", "consultations")

// timeMarks open a clause that places another in time.
var timeMarks = setOf("after", "before", "when", "while", "until")

// timeClause reports an adverbial clause k opened by a conjunction of
// time, also when the parse hangs "after" on the clause's subject ("a
// day after air strikes hit").
func (s *sent) timeClause(k int) bool {
	for _, c := range s.kids(k) {
		if r := s.rel(c); r == "mark" && timeMarks[s.lemma(c)] {
			return true
		}
	}
	subj := s.child(k, "nsubj")
	return subj >= 0 && s.hasKid(subj, "case", "after", "before")
}

// beTo reports a verb told with "is to", "are to" ("Hamas is to release
// 33 hostages", "the ministers are to meet"): the parse gives the
// infinitive marker and "be" as its auxiliary or copula.
func (s *sent) beTo(i int) bool {
	if s.tok(i).UPOS != "VERB" {
		return false
	}
	m, b := s.child(i, "mark"), s.child(i, "aux", "cop")
	return m >= 0 && b >= 0 && b < m && s.lemma(m) == "to" && s.lemma(b) == "be" && s.lowerWord(b) != "be"
}

// ownPapers are documents an actor issues about its own acts.
var ownPapers = setOf("statement", "communique", "decree", "letter", "document", "note", "order", "release", "announcement")

// accordingTo reports an "according to X" phrase after the trigger in its
// sentence whose X is not of the acting side.
func (s *sent) accordingTo(i int, src *sitrep.ActorMention) bool {
	for j := s.leadAccording(i); j+1 < s.to; j++ {
		if !s.accordingAt(j) {
			continue
		}
		first := -1
		for n := j + 2; n < s.to && n <= j+6; n++ {
			if l := s.lemma(n); l == "," || l == "." {
				break
			}
			if ownPapers[s.lemma(n)] {
				// "according to a foreign ministry letter": most often
				// the acting side's own.
				return false
			}
			if first < 0 && (s.tok(n).UPOS == "NOUN" || s.tok(n).UPOS == "PROPN") {
				first = n
			}
		}
		if first < 0 {
			return true
		}
		m := s.actorAt(first)
		return m == nil || src == nil || actorKey(m) == "" || actorKey(m) != actorKey(src)
	}
	return false
}

// accordingAt reports "according to" starting at token j.
func (s *sent) accordingAt(j int) bool {
	l := s.lemma(j)
	return (l == "according" || l == "accord") && j+1 < s.to && s.lemma(j+1) == "to"
}

// underSpeech reports whether clause k is the complement of a speech verb.
func (s *sent) underSpeech(k int) bool {
	for j := k; j >= 0; j = s.head(j) {
		h := s.head(j)
		if h < 0 {
			return false
		}
		if (s.rel(j) == "ccomp" || s.rel(j) == "parataxis") && speechVerbs[s.lemma(h)] {
			return true
		}
		if !clauseBoundary(s.rel(j)) && s.tok(j).UPOS == "VERB" {
			return false
		}
	}
	return false
}

// settleVerbs settle a future act in a "that" clause: "agreed that their
// ministers would meet", "decided that the troops would withdraw".
var settleVerbs = setOf("agree", "decide", "promise", "pledge", "vow", "resolve")

// settledThat reports a clause k that is what its parties agreed or
// decided would happen: its "would" is a plan, not a condition.
func (s *sent) settledThat(k int) bool {
	h := s.head(k)
	return h >= 0 && s.rel(k) == "ccomp" && settleVerbs[s.lemma(h)]
}

// readiness words make the act they govern an offer ("ready to mediate",
// "wanted to hold talks").
var readiness = setOf("ready", "willing", "prepared", "open", "continue", "offer", "want", "wish", "keen", "eager")

// willing reports a consultation offered rather than done: the complement
// of "ready", "willing", "continue to". A mediation told as to come
// ("would mediate", "could mediate", "was due in Khartoum to mediate") is
// the mediation itself, planned or hypothetical (the gold's 045), not an
// offer: only readiness words make it one.
func (s *sent) willing(i int) bool {
	// "ready to open formal talks", "ready to join the talks": the noun
	// of the offered act's verb counts too (readinessHead, codes_readiness_intent.go).
	return s.readinessHead(i) >= 0
}

// claimNouns name an assertion another party can deny.
var claimNouns = setOf("claim", "allegation", "accusation", "charge", "report", "assertion")

// claimDenied applies a trailing denial ("Azerbaijani troops had fired at
// Armenian positions, a claim Baku denied"; "..., an allegation the
// ministry denied") to the acts asserted before it: they are denied, and
// the denial itself was made on the day of the story, not the act's.
func (s *sent) claimDenied(evs []sitrep.Event) {
	d := s.doc
	for k := s.from + 1; k < s.to-1; k++ {
		if whichDenial && s.lemma(k) == "," && s.deniedWhich(k) {
			// "Afghan media reported that Iran had moved troops to
			// the border, which Iranian officials denied": "which"
			// stands for the claim as "a claim" does.
			k++
		} else if !claimNouns[s.lemma(k)] {
			continue
		}
		comma := false
		for j := k - 1; j >= s.from && j >= k-2; j-- {
			if s.lemma(j) == "," {
				comma = true
			}
		}
		if !comma {
			continue
		}
		deny := -1
		for j := k + 1; j < s.to && j <= k+6; j++ {
			if s.tok(j).UPOS == "VERB" && denyVerbs[s.lemma(j)] {
				deny = j
				break
			}
		}
		if deny < 0 {
			continue
		}
		at := d.Tokens[k].Start
		for e := range evs {
			ev := &evs[e]
			switch {
			case ev.Trigger.Start < at && (ev.Status == sitrep.StatusOccurred || ev.Status == sitrep.StatusReported) && ev.CAMEO != "016" && ev.CAMEO[:2] != "11":
				// The accusation itself happened; what it asserts is
				// what is denied.
				ev.Status = sitrep.StatusDenied
			case ev.Trigger.Start == d.Tokens[deny].Start:
				ev.Status = sitrep.StatusOccurred
				if ev.CAMEO[:2] == "12" {
					// "a charge Asmara rejected": a denial, not a
					// rejection of a proposal.
					cm, _ := cameo.Lookup("016")
					recode(ev, cm)
				}
				if s.timexOf(deny) == nil && !d.Published.IsZero() {
					ev.Date, ev.DatePrecision = d.Published.Format("2006-01-02"), "day"
				}
			}
		}
		return
	}
}

// othersWord reports whether speech verb h is said by someone other than
// the acting side: an actor of another country, a mention with no
// country, or the press, witnesses and sources.
func (s *sent) othersWord(h int, src *sitrep.ActorMention) bool {
	subj := s.frame(h).subj
	if subj < 0 {
		// "Cambodia's defence ministry denied targeting civilians and
		// said Thai troops had attacked first": a speech verb
		// coordinated with another shares its subject, when that names
		// an actor of another country.
		if sb := s.sharedSubject(h); sb >= 0 && s.rel(h) == "conj" && src != nil && actorKey(src) != "" {
			// (Not a list that holds the acting side: "El Salvador and
			// Guatemala ... said they were ready".)
			other := false
			for _, k := range s.conjuncts(sb) {
				sp := s.actorAt(k)
				if sp == nil || actorKey(sp) == "" {
					continue
				}
				if actorKey(sp) == actorKey(src) {
					return false
				}
				other = true
			}
			return other
		}
		return false
	}
	sp := s.actorAt(subj)
	if dm := s.demonymActor(subj); sp == nil && dm != nil && src != nil && actorKey(dm) != "" && actorKey(src) != "" && actorKey(dm) != actorKey(src) {
		// "The Kyrgyz border service said Tajik guards had opened
		// fire", with the body uncoded: its country adjective says it
		// is another country's word.
		return true
	}
	switch {
	case sp != nil && actorKey(sp) != "":
		return src == nil || actorKey(sp) != actorKey(src)
	case sp != nil:
		return true
	}
	return hearsay[s.lemma(subj)] || s.tok(subj).UPOS == "PROPN"
}

// rootOf returns the root of the tree token i is in.
func (s *sent) rootOf(i int) int {
	k := i
	for steps := 0; steps < 64; steps++ {
		h := s.head(k)
		if h < 0 {
			return k
		}
		k = h
	}
	return -1
}

// carried reports a noun act carried by the light verb above it, whose
// negation is the act's ("did not launch an offensive").
func (s *sent) carried(i int) bool {
	h := s.head(i)
	if h < 0 || s.tok(i).UPOS != "NOUN" {
		return false
	}
	return s.rel(i) == "obj" && lightVerbs[s.lemma(h)]
}

// attribution reports a speech verb c that only names who told what
// precedes it ("..., witnesses said"): it has a subject of its own and
// says nothing of its own (no complement clause or object).
func (s *sent) attribution(c int) bool {
	if !speechVerbs[s.lemma(c)] || s.tok(c).UPOS != "VERB" || s.child(c, "nsubj") < 0 {
		return false
	}
	return s.child(c, "ccomp") < 0 && s.child(c, "obj") < 0 && s.child(c, "xcomp") < 0
}

// pastClauses switches the stop at a past time clause (tests turn it off).
var pastClauses = true

// toldPast reports a clause told in a past tense: its verb is a simple
// past, or its auxiliary is ("had met", "was detained").
func (s *sent) toldPast(k int) bool {
	if s.tok(k).XPOS == "VBD" {
		return true
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "aux" && s.tok(c).XPOS == "VBD" {
			return true
		}
	}
	return false
}

// ownTenses switches ownTense (tests turn it off).
var ownTenses = true

// ownTense reports a conjunct verb k that carries its own tense: a finite
// form ("said they would close the airspace, and Riyadh shut its
// border") or an auxiliary of its own ("and that troops had been sent").
// A bare conjunct ("will meet and sign") shares the first one's "will".
func (s *sent) ownTense(k int) bool {
	if s.tok(k).UPOS != "VERB" && s.tok(k).UPOS != "AUX" {
		return false
	}
	switch s.tok(k).XPOS {
	case "VBD":
		return true
	case "VBZ", "VBP":
		// A present form needs its own subject: a plural noun tagged as
		// a verb ("and talks with Fiji") has none.
		return s.child(k, "nsubj", "nsubj:pass") >= 0
	}
	return s.child(k, "aux", "aux:pass") >= 0
}

// ruledOut switches notRuledOut (tests turn it off).
var ruledOut = true

// notRuledOut reports "did not rule out", "would not exclude": a verb
// of excluding, negated, which leaves its complement possible.
func (s *sent) notRuledOut(h int) bool {
	l := s.lemma(h)
	if !(l == "rule" && s.hasKid(h, "compound", "out")) && l != "exclude" {
		return false
	}
	for _, c := range s.kids(h) {
		if s.rel(c) == "advmod" && negWords[s.lemma(c)] {
			return true
		}
	}
	return false
}
