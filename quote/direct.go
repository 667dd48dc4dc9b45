package quote

import (
	"strings"

	"sitrep"
)

// attribution is where a quote's cue and speaker were found, as token
// ranges (from == to when absent).
type attribution struct {
	cueFrom, cueTo int
	spFrom, spTo   int
}

func (a attribution) ok() bool { return a.cueTo > a.cueFrom && a.spTo > a.spFrom }

// direct attributes every quoted stretch that stands as a quote of its own:
// followed by its attribution ("...," she said), preceded by it (she said:
// "..."), or continuing a quote attributed earlier in the paragraph (the
// second half of a split quote). Quotes embedded in a sentence are left to
// partials, after reported speech has been found.
func (p *pass) direct() {
	last := -1    // index in p.out of the last attributed direct quote
	pending := -1 // a quote standing alone, not yet attributed
	for qi, q := range p.qs {
		qa, qb := p.tokAt(q.start), p.tokAt(q.end)
		if !p.hasWord(qa, qb) {
			continue
		}
		var att attribution
		if p.colonSentence(qa, qb) {
			// `Smith said: "We will win." Jones said: "..."`: a whole
			// sentence a colon introduces belongs to what is before
			// the colon, not to the next sentence's speaker. A quote
			// ending in a comma (`...it: "She signed it," he said`)
			// still reads what follows first.
			att = p.before(qa, q.start)
		}
		if !att.ok() && p.standsAlone(qa) {
			// A quote that opens its sentence is attributed by what
			// follows it.
			att = p.after(qb, q.end)
		}
		// Inside a sentence a quote is left to reported speech: in `on
		// "This Week," Carson said the plan failed` it is a title, in
		// `He called it "a disaster," Smith said` part of the content.
		if !att.ok() {
			att = p.before(qa, q.start)
		}
		if !att.ok() && last >= 0 && ((p.standsAlone(qa) || p.nearlyAlone(qa, qb)) && p.continues(p.out[last].End, q.start) || p.splitBy(p.out[last], q.start)) {
			// The rest of a split quote, or the next sentences of the
			// same speaker: the same attribution.
			prev := p.out[last]
			p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(q.start, q.end), Direct: true,
				Cue: prev.Cue, Speaker: prev.Speaker})
			p.qdone[qi] = true
			last = len(p.out) - 1
			continue
		}
		if !att.ok() {
			if p.standsAlone(qa) && p.paragraphStart(q.start) {
				pending = qi
			} else {
				pending = -1
			}
			continue
		}
		cue, sp := p.span(att.cueFrom, att.cueTo), p.span(att.spFrom, att.spTo)
		if pending >= 0 && p.between(p.qs[pending].end, q.start) {
			// A quote of a paragraph of its own, attributed by the
			// quote that follows it.
			pq := p.qs[pending]
			p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(pq.start, pq.end), Direct: true, Cue: cue, Speaker: sp})
			p.qdone[pending] = true
		}
		pending = -1
		p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(q.start, q.end), Direct: true, Cue: cue, Speaker: sp})
		p.qdone[qi] = true
		p.markUsed(att.cueFrom, att.cueTo)
		p.markUsed(att.spFrom, att.spTo)
		last = len(p.out) - 1
	}
}

// colonSentence reports whether the quote at tokens [qa, qb) follows a
// colon and closes on a stop inside its marks ("...: "We will win."").
func (p *pass) colonSentence(qa, qb int) bool {
	if qa == 0 || p.word(qa-1) != ":" || qb-2 <= qa || !isClosingQuote(p.word(qb-1)) {
		return false
	}
	switch p.word(qb - 2) {
	case ".", "?", "!":
		return true
	}
	return false
}

// hasWord reports whether tokens [a, b) hold anything but punctuation.
func (p *pass) hasWord(a, b int) bool {
	for t := a; t < b && t < len(p.toks); t++ {
		if !isPunct(p.word(t)) {
			return true
		}
	}
	return false
}

// standsAlone reports whether the quote opening at token qa begins its
// sentence, or follows only punctuation and an attribution already used.
func (p *pass) standsAlone(qa int) bool {
	if qa > 0 {
		switch p.word(qa - 1) {
		case ":", "—", "–", "-", "--", "(":
			// "...seemed to suggest it: "She signed it," he said.",
			// "- "Again, we need details," she said -"
			return true
		}
	}
	sf, _ := p.sentOf(qa)
	for t := sf; t < qa; t++ {
		if !p.used[t] && p.quote[t] == 0 && !isPunct(p.word(t)) {
			return false
		}
	}
	return true
}

// clauseLimit returns the end of the stretch after token k that an
// attribution may occupy: up to a stop, a quotation mark or the paragraph
// end, and at most n tokens.
func (p *pass) clauseLimit(k, n int) int {
	t := k
	for t < len(p.toks) && t < k+n {
		w := p.word(t)
		if p.quote[t] != 0 || w == "." || w == "?" || w == "!" || w == ";" || isQuoteToken(w) {
			break
		}
		if t > k && !p.sameParagraph(p.toks[t-1].End, p.toks[t].Start) {
			break
		}
		t++
	}
	return t
}

// after finds an attribution following a quote that ends at byte qend with
// token k next: `," she said`, `," said the minister`, `," according to X`.
func (p *pass) after(k, qend int) attribution {
	if k >= len(p.toks) || !p.sameParagraph(qend, p.toks[k].Start) {
		return attribution{}
	}
	if w := p.word(k); w == "," || w == "—" || w == "--" || w == "–" {
		k++
	}
	lim := p.clauseLimit(k, 40)
	if n, kind := p.cueAt(k, lim); n > 0 {
		a, b := p.npFwd(k+n, lim, kind == kindAccording)
		if a < b {
			return attribution{k, k + n, a, b}
		}
		return attribution{}
	}
	for m := k + 1; m < lim; m++ {
		n, kind := p.cueAt(m, lim)
		if n == 0 || kind == kindAccording {
			continue
		}
		a, b := p.backNP(m, k)
		if a == k && a < b {
			return attribution{m, m + n, a, b}
		}
		if p.word(m-1) == "," {
			// A relative clause between speaker and cue: `,"
			// Melanne Verveer, who served as ..., told CBS News.`
			if a, b := p.npFwd(k, m, false); a == k && a < b && b < m && p.word(b) == "," {
				return attribution{m, m + n, a, b}
			}
		}
		break
	}
	// An unlisted speech verb in the attribution's usual shape: `,"
	// Trump barked.` or `," she quipped,`.
	if a, b := p.npFwd(k, lim, false); a == k && b-a >= 2 && p.verbLike(b-1) && p.endsClause(b, lim) && p.plausible(a, b-1) {
		return attribution{b - 1, b, a, b - 1}
	}
	return attribution{}
}

// verbLike reports a lower-case word in -ed or -s that can be a past or
// present verb.
func (p *pass) verbLike(t int) bool {
	w := p.word(t)
	if isCapitalized(w) || isPunct(w) || stopWords[p.low(t)] || len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// before finds an attribution introducing a quote that opens at token qa
// after a colon or comma: `she said: "`, `the minister told reporters, "`,
// `according to X, "`, `Carson: "`, `Cruz continued:` at the end of the
// paragraph before, or a sentence of speaker and cue alone (`Bystrom
// agreed. "`). A cue right before the quote (`called "a disgrace"`) is left
// to reported speech, whose content then starts with the quote.
func (p *pass) before(qa, qstart int) attribution {
	j := qa - 1
	if j < 0 || p.titleAt(qa) {
		return attribution{} // `his reality show, "The Apprentice."`
	}
	w := p.word(j)
	// A colon may introduce a quote in the next paragraph.
	if w != ":" && !p.sameParagraph(p.toks[j].End, qstart) {
		return attribution{}
	}
	sep, colon := false, w == ":"
	if w == ":" || w == "," || w == "—" {
		sep = true
		j--
	}
	if j < 0 {
		return attribution{}
	}
	sf, _ := p.sentOf(j)
	if w == "." && j >= 1 && !p.used[j-1] && p.quote[j-1] == 0 {
		// "Dianne Bystrom agreed. "Mainstream Republicans are ...": a
		// sentence of speaker and cue alone introduces the quote.
		if n, kind := p.cueAt(j-1, j); n == 1 && kind != kindAccording {
			if a, b := p.backNP(j-1, sf); a == sf && a < b {
				return attribution{j - 1, j, a, b}
			}
		}
	}
	for m := j; m >= sf && m >= j-8; m-- {
		if p.quote[m] != 0 || p.used[m] {
			break
		}
		n, kind := p.cueAt(m, j+1)
		if n == 0 {
			continue
		}
		if !sep {
			return attribution{}
		}
		var a, b int
		if kind == kindAccording {
			a, b = p.npFwd(m+n, j+1, true)
		} else {
			a, b = p.backNP(m, sf)
			if a >= b && m == sf {
				// "Continued Stone: "..."": the speaker after the cue.
				if c, d := p.npFwd(m+n, j+1, false); c < d && d == j+1 {
					a, b = c, d
				}
			}
		}
		if a < b {
			return attribution{m, m + n, a, b}
		}
		return attribution{}
	}
	if colon && p.quote[j] == 0 && !p.used[j] && !isPunct(p.word(j)) {
		if isCapitalized(p.word(j)) {
			// "Carson: "..."": a name and a colon, the colon cues.
			if a, b := p.npBack(j, sf); a == sf && a < b && b == j+1 {
				return attribution{j + 1, j + 2, a, b}
			}
			return attribution{}
		}
		// "Cruz continued:", "the statement reads:": the word before
		// the colon is the cue, whatever it is.
		if a, b := p.backNP(j, sf); a < b {
			return attribution{j, j + 1, a, b}
		}
	}
	return attribution{}
}

// between reports whether nothing but punctuation and attributions already
// taken lies between byte offsets a and b.
func (p *pass) between(a, b int) bool {
	if a > b {
		return false
	}
	for t := p.tokAt(a); t < len(p.toks) && p.toks[t].Start < b; t++ {
		if !p.used[t] && !isPunct(p.word(t)) {
			return false
		}
	}
	return true
}

// paragraphStart reports whether only spaces precede byte off on its line.
func (p *pass) paragraphStart(off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch p.text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// continues reports whether a quote at byte b may continue the attributed
// quote ending at byte a: in the same paragraph, or opening the next one.
func (p *pass) continues(a, b int) bool {
	if a > b {
		return false
	}
	if p.sameParagraph(a, b) {
		return true
	}
	if !p.paragraphStart(b) {
		return false
	}
	// Exactly one paragraph break: the text between holds one run of
	// line breaks.
	gap := p.text[a:b]
	i := strings.IndexByte(gap, '\n')
	rest := strings.TrimLeft(gap[i:], "\n\r \t")
	return rest == ""
}

// splitBy reports whether a quote opening at byte b is the second half of
// quote prev, split around prev's attribution in the same sentence:
// `"We will not," the minister told reporters, "and we won't."`
func (p *pass) splitBy(prev sitrep.Quote, b int) bool {
	if prev.Cue == nil || prev.Cue.Start < prev.End || prev.Cue.End > b || !p.sameParagraph(prev.End, b) {
		return false
	}
	for t := p.tokAt(prev.End); t < len(p.toks) && p.toks[t].Start < b; t++ {
		if w := p.word(t); w == "." || w == "?" || w == "!" {
			return false
		}
	}
	return true
}

// nearlyAlone reports whether the quote at tokens [qa, qb) ends its
// sentence after a few words none of which is a cue ("Now, "...""",
// "Unless rivals quit, "...""): it goes on with what the speaker before it
// said.
func (p *pass) nearlyAlone(qa, qb int) bool {
	const maxLead = 8
	sf, st := p.sentOf(qa)
	words := 0
	for t := sf; t < qa; t++ {
		if p.used[t] || isPunct(p.word(t)) {
			continue
		}
		if n, _ := p.cueAt(t, qa); n > 0 {
			return false
		}
		words++
	}
	if words > maxLead {
		return false
	}
	for t := qb; t < st; t++ {
		if !isPunct(p.word(t)) {
			return false
		}
	}
	return true
}
