package quote

import (
	"strings"

	"sitrep"
)

// Words that may stand between a cue and "that" without being content:
// "said in a statement on Tuesday that ...".
var adverbialWords = setOf("on", "in", "at", "during", "last", "this", "a", "an", "the", "statement",
	"interview", "email", "e-mail", "speech", "week", "night", "morning", "afternoon", "evening", "earlier",
	"later", "recently", "also", "repeatedly", "previously", "month", "year", "today", "yesterday",
	"tonight", "conference", "call", "news", "press", "release", "rally", "event", "television", "radio",
	"phone", "telephone", "written", "his", "her", "their", "its", "post", "posted", "weekend", "again",
	",", "then", "publicly", "privately", "twice", "before", "after", "ago", "days", "weeks", "an",
	"reporters", "him", "her", "them", "us", "me", "audience", "crowd", "supporters", "voters", "host",
	"interviewer", "journalists", "told", "separate", "brief", "briefing", "hearing", "appearance",
	"letter", "memo", "report", "new", "recent", "recorded", "video", "message", "tweet", "book", "op-ed")

// objectWords are addressees a tell-cue may take before its content.
var objectWords = setOf("me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters",
	"voters", "listeners", "viewers", "the", "a", "an", "his", "an")

// indirect finds reported speech: a cue with a speaker beside it and the
// clause it reports, before or after it. Tokens already in an attribution
// are skipped, so a cue inside reported content is not taken again (one
// attribution per token, as PolNeAR annotates).
func (p *pass) indirect() {
	for s := range p.doc.Sentences {
		sf, st := p.doc.SentenceTokens(s)
		if sf < 0 || st > len(p.toks) || sf >= st {
			continue // an empty or inconsistent sentence layer
		}
		p.interview(sf, st)
		if k, n, kind := p.trailingCue(sf, st); n > 0 {
			// "A and B agreed to talks, officials said on Thursday.":
			// the attribution closing the sentence reports all before
			// it, so a cue inside that clause does not take it first.
			p.reported(k, n, kind, sf, st)
		}
		// "according to" first: no verb's content may swallow it.
		for _, first := range []bool{true, false} {
			for t := sf; t < st; t++ {
				if p.used[t] || p.quote[t] != 0 {
					continue
				}
				n, kind := p.cueAt(t, st)
				if n == 0 || (kind == kindAccording) != first {
					continue
				}
				if p.reported(t, n, kind, sf, st) {
					t += n - 1
				}
			}
		}
	}
}

// reported tries the cue at [t, t+n) of sentence [sf, st).
func (p *pass) reported(t, n int, kind cueKind, sf, st int) bool {
	if p.askedClause(t, n, sf, st) {
		return true
	}
	var sa, sb, ca, cb int
	if kind == kindAccording {
		sa, sb = p.npFwd(t+n, st, true)
		if sa >= sb {
			return false
		}
		switch {
		case sb+1 < st && p.word(sb) == "," && t == sf:
			ca, cb = sb+1, p.contentEnd(sb+1, st)
		case sb+1 < st && p.word(sb) == "," && t > sf && p.word(t-1) == ",":
			// "At the heart of it, according to X, was a decision":
			// content on both sides, two quotes sharing the cue.
			if a, b := p.contentBefore(sf, t); p.hasWord(a, b) {
				p.out = append(p.out, sitrep.Quote{Span: *p.span(a, b), Cue: p.span(t, t+n), Speaker: p.span(sa, sb)})
				p.markUsed(a, b)
			}
			ca, cb = sb+1, p.contentEnd(sb+1, st)
		default:
			ca, cb = p.contentBefore(sf, t)
		}
	} else {
		inverted, relative := false, false
		if t-2 >= sf && p.word(t-1) == "," {
			// "The report, which was released Tuesday, said ...": the
			// speaker stands before the relative clause; read backwards
			// the sentence would make "said the economy" a speaker.
			if a, b := p.beforeRelative(t-2, sf); a < b {
				sa, sb, relative = a, b, true
			}
		}
		if !relative && t-1 >= sf && p.word(t-1) == "," {
			// ", said Lee Epstein, who teaches law." puts the speaker
			// after the cue and the content before it.
			if a, b := p.npFwd(t+n, st, false); a < b && p.endsClause(b, st) {
				sa, sb, inverted = a, b, true
			}
		}
		if !inverted && !relative {
			sa, sb = p.backNP(t, sf)
		}
		if sa >= sb {
			return false
		}
		if inverted {
			ca, cb = p.contentBefore(sf, t)
		} else {
			ca = p.skipAfterCue(t+n, st, kind)
			cb = p.contentEnd(ca, st)
			ca = p.skipWhen(ca, cb)
			if !p.hasWord(ca, cb) || p.onlyAdverbial(ca, cb, kind == kindTell) {
				// Nothing after the cue but when or where it was said
				// ("..., officials said on Thursday."): the content is
				// what comes before.
				ca, cb = p.contentBefore(sf, sa)
			} else if t+n < st && p.word(t+n) == "," && sa-1 >= sf && p.word(sa-1) == "," {
				// A parenthetical attribution ("Talks stalled,
				// officials said, after ..."): the content runs on
				// both sides, as two quotes sharing the cue.
				if a, b := p.contentBefore(sf, sa); p.hasWord(a, b) {
					p.out = append(p.out, sitrep.Quote{Span: *p.span(a, b), Cue: p.span(t, t+n), Speaker: p.span(sa, sb)})
					p.markUsed(a, b)
				}
			}
		}
	}
	if !p.hasWord(ca, cb) || p.alreadyQuoted(ca, cb) || p.titleAt(ca) {
		return false
	}
	cb = p.toQuoteEnd(cb)
	p.out = append(p.out, sitrep.Quote{Span: *p.span(ca, cb), Cue: p.span(t, t+n), Speaker: p.span(sa, sb)})
	p.markUsed(t, t+n)
	p.markUsed(sa, sb)
	p.markUsed(ca, cb)
	return true
}

// alreadyQuoted reports whether [a, b) is mostly a direct quote attributed
// already, so that `"...," she said.` is not found a second time.
func (p *pass) alreadyQuoted(a, b int) bool {
	done := 0
	for t := a; t < b; t++ {
		if q := p.quote[t]; q != 0 && p.qdone[q-1] || p.used[t] {
			done++
		}
	}
	return done*2 > b-a
}

// skipAfterCue moves past what follows a cue before its content: an
// addressee ("told reporters"), adverbials up to "that" ("said in a
// statement Tuesday that"), and the complementiser itself.
func (p *pass) skipAfterCue(c, st int, kind cueKind) int {
	if c < st && (p.word(c) == "," || p.word(c) == ":") {
		c++
	}
	if kind == kindTell && c < st {
		switch lw := p.low(c); {
		case objectWords[lw] && !determiners[lw]:
			c++
		case isCapitalized(p.word(c)) && !pronouns[lw]:
			for c < st && (isCapitalized(p.word(c)) || p.low(c) == "of") && p.quote[c] == 0 {
				c++
			}
			if c < st && (p.low(c) == "'s" || p.low(c) == "’s") {
				// "told CNN's Jake Tapper on Sunday that": a possessive
				// in the name of the person told, when "that" follows.
				// Without "that" the name may open the content ("warned
				// Russia's leaders would pay"), which is left as it was:
				// taking the name back into the content cost a direct
				// quote on PolNeAR train.
				e := c
				for e < st && (isCapitalized(p.word(e)) || p.low(e) == "of" || p.low(e) == "'s" || p.low(e) == "’s") && p.quote[e] == 0 {
					e++
				}
				if k := p.thatAfter(e, st); k > 0 {
					return k
				}
			}
		}
	}
	if k := p.thatAfter(c, st); k > 0 {
		return k
	}
	return c
}

// thatAfter returns the token after a "that" that follows token c after
// adverbials only ("in a statement on Tuesday that"), or -1.
func (p *pass) thatAfter(c, st int) int {
	for k := c; k < st && k < c+8; k++ {
		lw := p.low(k)
		if lw == "that" {
			return k + 1
		}
		if !adverbialWords[lw] && !isCapitalized(p.word(k)) {
			break
		}
	}
	return -1
}

// contentEnd returns where content starting at token c ends: at the end of
// the sentence without its full stop, or before ", adding ..." or ";".
func (p *pass) contentEnd(c, st int) int {
	e := st
	for t := c; t < st; t++ {
		w := p.word(t)
		if p.used[t] || w == ";" {
			e = t
			break
		}
		if w == "," && t+1 < st && p.quote[t+1] == 0 {
			if n, _ := p.cueAt(t+1, st); n > 0 {
				e = t
				break
			}
		}
		if t > c+1 && p.quote[t] == 0 {
			if cut := p.secondCue(c, t, st); cut > c {
				e = cut
				break
			}
		}
	}
	for e > c {
		w := p.word(e - 1)
		if w == "." || w == "?" || w == "!" || w == "," || w == ":" || w == "—" || w == "--" || w == "(" {
			e--
			continue
		}
		break
	}
	return e
}

// contentBefore returns the content that precedes an attribution at token
// end: from the sentence start, without the comma before the speaker.
func (p *pass) contentBefore(sf, end int) (int, int) {
	b := end
	for b > sf {
		w := p.word(b - 1)
		if w == "," || w == "—" || w == "--" || w == ":" {
			b--
			continue
		}
		break
	}
	a := sf
	for a < b && p.used[a] {
		a++
	}
	a = p.afterDateline(a, b)
	for t := a; t < b; t++ {
		if p.used[t] {
			return 0, 0
		}
	}
	return a, b
}

// partials attributes quotes embedded in sentences: a partial quote inside
// reported speech takes its cue and speaker; one outside any attribution is
// a scare quote or a title, and is left out.
func (p *pass) partials() {
	n := len(p.out)
	for qi, q := range p.qs {
		// A quote of a paragraph of its own after reported speech in
		// the paragraph before goes on with it.
		qa, qb := p.tokAt(q.start), p.tokAt(q.end)
		if p.qdone[qi] || !p.hasWord(qa, qb) || !p.paragraphStart(q.start) || !p.standsAlone(qa) {
			continue
		}
		best := -1
		for i := 0; i < n; i++ {
			if r := p.out[i]; r.End <= q.start && (best < 0 || r.End > p.out[best].End) {
				best = i
			}
		}
		if best >= 0 && !p.out[best].Direct && p.continues(p.out[best].End, q.start) && p.lastInParagraph(p.out[best].End) {
			r := p.out[best]
			p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(q.start, q.end), Direct: true, Cue: r.Cue, Speaker: r.Speaker})
			p.qdone[qi] = true
		}
	}
	for qi, q := range p.qs {
		if p.qdone[qi] {
			continue
		}
		for i := 0; i < n; i++ {
			r := p.out[i]
			if r.Direct || q.start < r.Start || q.end > r.End {
				continue
			}
			p.qdone[qi] = true
			if q.start == r.Start && q.end == r.End {
				p.out[i].Direct = true // the reported content is the quote
				break
			}
			p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(q.start, q.end), Direct: true,
				Cue: r.Cue, Speaker: r.Speaker})
			p.qdone[qi] = true
			break
		}
	}
}

// indirectDeps reads reported speech off the dependency parse: a cue verb
// with a subject (the speaker) and a clausal complement (the content).
func (p *pass) indirectDeps() {
	kids := make([][]int32, len(p.toks))
	for i, t := range p.toks {
		if t.Head >= 0 && t.Head < len(p.toks) && t.Head != i {
			kids[t.Head] = append(kids[t.Head], int32(i))
		}
	}
	// A sentence closed by an attribution (", officials said on
	// Thursday.") is read by its words, in indirect: the parser often
	// hangs only part of the clause before it on the cue, and a cue inside
	// that clause must not take it first.
	trailing := make([]int, len(p.doc.Sentences))
	for s := range p.doc.Sentences {
		trailing[s] = -1
		if sf, st := p.doc.SentenceTokens(s); sf >= 0 && st <= len(p.toks) && sf < st {
			if k, n, _ := p.trailingCue(sf, st); n > 0 {
				trailing[s] = k
			}
		}
	}
	for t := range p.toks {
		if p.used[t] || p.quote[t] != 0 {
			continue
		}
		n, kind := p.cueAt(t, t+1)
		if n != 1 || kind == kindAccording {
			continue
		}
		if s := p.toks[t].Sent; s >= 0 && s < len(trailing) && t <= trailing[s] {
			continue
		}
		sp, ct := -1, -1
		var subjs []int32
		obj := -1
		for _, k := range kids[t] {
			switch p.toks[k].Deprel {
			case "obj":
				obj = int(k)
			case "nsubj", "nsubj:pass":
				sp = int(k)
				subjs = append(subjs, k)
			case "ccomp", "parataxis":
				if ct < 0 || p.toks[ct].Deprel != "ccomp" {
					ct = int(k)
				}
			}
		}
		if sp < 0 || ct < 0 {
			continue
		}
		sa, sb := p.subjectSpan(kids, subjs, sp)
		for sb > sa+1 && (p.word(sb-1) == "," || p.word(sb-1) == "—" || p.word(sb-1) == "--") {
			sb-- // the comma closing "The minister, speaking on Monday,"
		}
		for sa+1 < sb && (p.word(sa) == "," || p.word(sa) == "—" || p.word(sa) == "--" || p.low(sa) == "and" || p.low(sa) == "but") {
			sa++ // the comma opening ", the ministry said" (or ", and Finland and Germany said") hangs on the subject
		}
		ca, cb := subtree(kids, ct)
		if obj > t && kind == kindSay {
			if oa, ob := subtree(kids, obj); ob == ca && oa > t {
				// "said troops had pulled back": the parser may take the
				// content's subject for the object of the cue.
				ca = oa
			}
		}
		if sb <= t {
			sa = p.nameModifiers(sa, t)
			if ca < sa && cb > sa {
				cb = sa // "held in Geneva, the Swiss foreign ministry said"
			}
		}
		for ca < cb && (p.low(ca) == "that" || p.word(ca) == ",") {
			ca++
		}
		if p.tags && !p.hasVerb(ca, cb) {
			// A clause without a verb is no content: the parser may hang
			// a dateline ("MANILA, March 14 (Wire) -") on the cue as
			// parataxis.
			continue
		}
		cb = p.contentEnd(ca, cb)
		if !p.hasWord(ca, cb) || p.alreadyQuoted(ca, cb) || sa <= t && t < sb || ca <= t && t < cb {
			continue
		}
		p.out = append(p.out, sitrep.Quote{Span: *p.span(ca, cb), Cue: p.span(t, t+1), Speaker: p.span(sa, sb)})
		p.markUsed(t, t+1)
		p.markUsed(sa, sb)
		p.markUsed(ca, cb)
	}
}

// subtree returns the token range covered by the subtree under head h.
func subtree(kids [][]int32, h int) (int, int) {
	lo, hi := h, h+1
	stack := []int{h}
	for steps := 0; len(stack) > 0 && steps < 10000; steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, x), max(hi, x+1)
		for _, k := range kids[x] {
			stack = append(stack, int(k))
		}
	}
	return lo, hi
}

// endsClause reports whether token b of a sentence ending at st closes a
// clause: the sentence end or a stop, or a comma.
func (p *pass) endsClause(b, st int) bool {
	if b >= st {
		return true
	}
	switch p.word(b) {
	case ".", ",", "?", "!", ";", ":", "—", "--":
		return true
	}
	return false
}

// minorWords may stay lower case in a title.
var minorWords = setOf("a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from")

// titleAt reports whether token t opens a quote that reads as the title of
// a show, book or film ("The Apprentice," "Cake Boss."): a few words, all
// capitalised. A cue before a title ("the TLC show "Cake Boss"") reports
// nothing.
func (p *pass) titleAt(t int) bool {
	q := p.quote[t]
	if q == 0 || t > 0 && p.quote[t-1] == q {
		return false
	}
	words := 0
	for k := t; k < len(p.toks) && p.quote[k] == q; k++ {
		w := p.word(k)
		if w == "!" || w == "?" {
			return false // "Stay there!" is said, not a title
		}
		if isPunct(w) {
			continue
		}
		words++
		if words > 6 || !isCapitalized(w) && !minorWords[p.low(k)] {
			return false
		}
	}
	return words > 1
}

// lastInParagraph reports whether only punctuation follows byte off in its
// paragraph.
func (p *pass) lastInParagraph(off int) bool {
	for t := p.tokAt(off); t < len(p.toks); t++ {
		if !p.sameParagraph(off, p.toks[t].Start) {
			return true
		}
		if !isPunct(p.word(t)) {
			return false
		}
	}
	return true
}

// interview finds the speaker turns of an interview or transcript: a
// paragraph opening with "Q:", "A:" or a name and a colon. The content is
// the rest of the paragraph.
func (p *pass) interview(sf, st int) {
	if !p.paragraphStart(p.toks[sf].Start) {
		return
	}
	c := sf
	for c < st && c-sf < 4 && p.word(c) != ":" {
		w := p.word(c)
		if !isCapitalized(w) || p.used[c] || p.quote[c] != 0 || labels[strings.ToLower(w)] {
			return // not a name, or a label ("UPDATE:")
		}
		c++
	}
	if c == sf || c >= st-1 || p.word(c) != ":" || p.quote[c+1] != 0 {
		return
	}
	// The content runs to the end of the paragraph. Only the gap before
	// each token is searched for a line break, so a transcript of one
	// long paragraph costs time linear in its length.
	e := c + 1
	for e < len(p.toks) && p.sameParagraph(p.toks[e-1].End, p.toks[e].Start) && !p.used[e] {
		e++
	}
	if !p.hasWord(c+1, e) {
		return
	}
	p.out = append(p.out, sitrep.Quote{Span: *p.span(c+1, e), Cue: p.span(c, c+1), Speaker: p.span(sf, c)})
	p.markUsed(sf, e)
}

// secondCue returns where content starting at c must stop because token t
// is a cue coordinated with the first ("admitted the error, but said ..."),
// which starts an attribution of its own, or -1. A cue with a subject of
// its own inside the content ("said he told them") is reported speech
// within reported speech, which PolNeAR leaves inside the outer content.
func (p *pass) secondCue(c, t, st int) int {
	n, kind := p.cueAt(t, st)
	if n == 0 || kind == kindAccording {
		return -1
	}
	switch p.low(t - 1) {
	case "and", "but":
		e := t - 1
		for e > c && p.word(e-1) == "," {
			e--
		}
		return e
	}
	return -1
}

// labels open paragraphs with a colon without anyone speaking.
var labels = setOf("update", "updated", "correction", "note", "editor's", "editor’s", "watch", "read", "related",
	"photo", "photos", "video", "breaking", "exclusive", "huffpollster", "source", "sources", "via", "see",
	"also", "more", "listen", "click", "follow", "subscribe", "transcript", "bottom", "line", "here", "and",
	"but", "so", "the", "this", "that", "what", "why", "how", "who", "when", "where")

// toQuoteEnd extends content ending at token cb to the end of the quote it
// ends inside: sentences split inside a quote (`by saying, "I am trying to
// save lives. We can't afford ..."`) do not split what was said.
func (p *pass) toQuoteEnd(cb int) int {
	if cb <= 0 || cb > len(p.toks) {
		return cb
	}
	q := p.quote[cb-1]
	if q == 0 || cb < len(p.toks) && p.quote[cb] != q {
		return cb
	}
	e := p.tokAt(p.qs[q-1].end)
	for t := cb; t < e; t++ {
		if p.used[t] {
			return cb
		}
	}
	return e
}

// questionWords open the content of an "Asked whether ..." clause.
var questionWords = setOf("whether", "if", "about", "what", "how", "who", "why", "when", "where", "to",
	"specifically", "which")

// askedClause takes the question of a sentence opening with "Asked
// whether ...," or "When asked about ...,": a reported question whose
// asker goes unnamed.
func (p *pass) askedClause(t, n, sf, st int) bool {
	if p.low(t) != "asked" || n != 1 || t+1 >= st || !questionWords[p.low(t+1)] {
		return false
	}
	if t != sf && !(t == sf+1 && p.low(sf) == "when") {
		return false
	}
	e := t + 1
	for e < st && p.word(e) != "," && !p.used[e] {
		e++
	}
	if e >= st || e-t > 40 || !p.hasWord(t+1, e) {
		return false
	}
	a := t + 1
	if p.low(a) == "about" || p.low(a) == "specifically" {
		// "Asked about the ban," the topic is the content.
		a++
	}
	if !p.hasWord(a, e) {
		return false
	}
	p.out = append(p.out, sitrep.Quote{Span: *p.span(a, p.toQuoteEnd(e)), Cue: p.span(t, t+1)})
	p.markUsed(t, e)
	return true
}
