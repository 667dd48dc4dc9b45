package quote

import "sitrep"

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
	last := -1 // index in p.out of the last attributed direct quote
	for qi, q := range p.qs {
		qa, qb := p.tokAt(q.start), p.tokAt(q.end)
		if !p.hasWord(qa, qb) {
			continue
		}
		att := p.after(qb, q.end)
		if !att.ok() {
			att = p.before(qa, q.start)
		}
		if !att.ok() && last >= 0 && p.sameParagraph(p.out[last].End, q.start) && p.standsAlone(qa) {
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
			continue
		}
		p.out = append(p.out, sitrep.Quote{Span: p.doc.MakeSpan(q.start, q.end), Direct: true,
			Cue: p.span(att.cueFrom, att.cueTo), Speaker: p.span(att.spFrom, att.spTo)})
		p.qdone[qi] = true
		p.markUsed(att.cueFrom, att.cueTo)
		p.markUsed(att.spFrom, att.spTo)
		last = len(p.out) - 1
	}
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
	lim := p.clauseLimit(k, 20)
	if n, kind := p.cueAt(k, lim); n > 0 {
		a, b := p.npFwd(k+n, lim, kind == kindAccording)
		if a < b {
			return attribution{k, k + n, a, b}
		}
		return attribution{}
	}
	for m := k + 1; m < lim && m <= k+14; m++ {
		n, kind := p.cueAt(m, lim)
		if n == 0 || kind == kindAccording {
			continue
		}
		a, b := p.backNP(m, k)
		if a == k && a < b {
			return attribution{m, m + n, a, b}
		}
		break
	}
	return attribution{}
}

// before finds an attribution introducing a quote that opens at token qa:
// `she said: "`, `the minister told reporters, "`, `according to X, "`, or
// a cue right before the quote (`called "a disgrace"`).
func (p *pass) before(qa, qstart int) attribution {
	j := qa - 1
	if j < 0 || !p.sameParagraph(p.toks[j].End, qstart) {
		return attribution{}
	}
	sep := false
	if w := p.word(j); w == ":" || w == "," || w == "—" {
		sep = true
		j--
	}
	if j < 0 {
		return attribution{}
	}
	sf, _ := p.sentOf(j)
	for m := j; m >= sf && m >= j-8; m-- {
		if p.quote[m] != 0 || p.used[m] {
			break
		}
		n, kind := p.cueAt(m, j+1)
		if n == 0 {
			continue
		}
		if gap := j - (m + n - 1); gap > 0 && !sep {
			return attribution{}
		}
		var a, b int
		if kind == kindAccording {
			a, b = p.npFwd(m+n, j+1, true)
		} else {
			a, b = p.backNP(m, sf)
		}
		if a < b {
			return attribution{m, m + n, a, b}
		}
		return attribution{}
	}
	return attribution{}
}
