package quote

import (
	"strings"

	"sitrep"
)

// Titles that may precede a surname: "Mr. Trump" is the Donald Trump
// named earlier.
var titles = setOf("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "president", "senator",
	"governor", "secretary", "minister", "judge", "mayor", "speaker", "leader", "candidate", "prime")

// resolve fills SpeakerResolved of every quote, in text order: through the
// actor layer's coreference links where the document has them, else by
// recency: a pronoun is the last named speaker (or person) before it, and a
// bare surname is the fullest earlier mention ending in it. A quote with no
// speaker span of its own (a quote continuing in a new paragraph) keeps the
// speaker before it.
func (p *pass) resolve() {
	var last *sitrep.ResolvedSpeaker
	for i := range p.out {
		q := &p.out[i]
		if q.Speaker == nil {
			if last != nil && q.Direct {
				r := *last
				q.SpeakerResolved = &r
			}
			continue
		}
		r, named := p.resolveSpan(*q.Speaker, last)
		q.SpeakerResolved = r
		if named {
			last = r
		}
	}
}

func (p *pass) resolveSpan(sp sitrep.Span, last *sitrep.ResolvedSpeaker) (*sitrep.ResolvedSpeaker, bool) {
	if a, name := p.speakerActor(sp); a >= 0 {
		m := p.doc.Actors[a]
		if m.Ref >= 0 && m.Ref < len(p.doc.Actors) {
			m = p.doc.Actors[m.Ref]
		}
		if name != "" {
			return &sitrep.ResolvedSpeaker{Text: name, Actor: m.Code}, true
		}
		return &sitrep.ResolvedSpeaker{Text: m.Text, Actor: m.Code}, true
	}
	lw := strings.ToLower(sp.Text)
	if lw == "who" {
		// The relative pronoun stands for the phrase before it.
		t := p.tokAt(sp.Start)
		j := t - 1
		if j >= 0 && p.word(j) == "," {
			j--
		}
		if j >= 0 {
			sf, _ := p.sentOf(j)
			if a, b := p.npBack(j, sf); a < b {
				return p.resolveSpan(p.doc.MakeSpan(p.toks[a].Start, p.toks[b-1].End), last)
			}
		}
	}
	if pronouns[lw] {
		if last != nil {
			r := *last
			return &r, false
		}
		if e := p.lastPerson(sp.Start); e != "" {
			return &sitrep.ResolvedSpeaker{Text: e}, false
		}
		return &sitrep.ResolvedSpeaker{Text: sp.Text}, false
	}
	if full := p.fullName(sp); full != "" {
		return &sitrep.ResolvedSpeaker{Text: full, Actor: p.actorNamed(full)}, true
	}
	return &sitrep.ResolvedSpeaker{Text: sp.Text, Actor: p.actorNamed(sp.Text)}, true
}

// speakerActor returns the actor mention that names speaker span sp, or
// -1. The speaker is the phrase's head, before any comma: in "The
// minister, speaking to reporters on Monday," it is the minister, not the
// longer "reporters" the clause after the comma holds. When the head holds
// no actor mention, the longest in the rest serves, and a name heading the
// span is kept as the speaker's text ("Tom Reed, the mayor of Springfield"
// is Tom Reed with the mayor's code).
func (p *pass) speakerActor(sp sitrep.Span) (int, string) {
	headEnd := sp.End
	for t := p.tokAt(sp.Start); t < len(p.toks) && p.toks[t].Start < sp.End; t++ {
		if p.word(t) == "," {
			headEnd = p.toks[t].Start
			break
		}
	}
	if a := p.actorAt(sp.Start, headEnd); a >= 0 {
		return a, ""
	}
	a := p.actorAt(sp.Start, sp.End)
	if a < 0 || headEnd == sp.End {
		return a, ""
	}
	for _, e := range p.doc.Entities {
		if e.Label == "PER" && e.Start >= sp.Start && e.End <= headEnd {
			return a, e.Text
		}
	}
	return a, ""
}

// actorAt returns the actor mention overlapping [a, b) most, or -1.
func (p *pass) actorAt(a, b int) int {
	best, bestN := -1, 0
	for i, m := range p.doc.Actors {
		if n := min(b, m.End) - max(a, m.Start); n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// actorNamed returns the code of an actor mention with this text.
func (p *pass) actorNamed(text string) string {
	for _, m := range p.doc.Actors {
		if m.Text == text && m.Code != "" {
			return m.Code
		}
	}
	return ""
}

// lastPerson returns the last PER entity before byte off.
func (p *pass) lastPerson(off int) string {
	s := ""
	for _, e := range p.doc.Entities {
		if e.Label == "PER" && e.End <= off {
			s = e.Text
		}
	}
	return s
}

// fullName returns the first earlier mention of two or more capitalised
// words ending in the surname of a speaker written as a surname alone or
// with a title ("Morris", "Mr. Trump"), or "".
func (p *pass) fullName(sp sitrep.Span) string {
	words := strings.Fields(sp.Text)
	if len(words) == 0 || len(words) > 2 || len(words) == 2 && !titles[strings.ToLower(words[0])] {
		return ""
	}
	sur := words[len(words)-1]
	if !isCapitalized(sur) {
		return ""
	}
	for _, e := range p.doc.Entities {
		if e.Label == "PER" && e.End <= sp.Start && strings.HasSuffix(e.Text, " "+sur) {
			return e.Text
		}
	}
	if p.names == nil {
		p.indexNames()
	}
	if m, ok := p.names[sur]; ok && m.End <= sp.Start {
		return m.Text
	}
	return ""
}

// indexNames maps each capitalised word that ends a run of two or three
// capitalised words ("Haley Morris") to the first such run, once per
// document, so that resolving a surname costs a lookup.
func (p *pass) indexNames() {
	p.names = map[string]sitrep.Span{}
	for t := 1; t < len(p.toks); t++ {
		w := p.word(t)
		if !isCapitalized(w) || !isCapitalized(p.word(t-1)) || titles[p.low(t-1)] || determiners[p.low(t-1)] {
			continue
		}
		if _, seen := p.names[w]; seen {
			continue
		}
		a := t - 1
		if p.toks[a].Sent != p.toks[t].Sent {
			continue
		}
		for a > 0 && t-a < 3 && isCapitalized(p.word(a-1)) && !titles[p.low(a-1)] && p.toks[a-1].Sent == p.toks[t].Sent && !p.sentStart(a-1) {
			a--
		}
		p.names[w] = p.doc.MakeSpan(p.toks[a].Start, p.toks[t].End)
	}
}
