package coder

import (
	"slices"
	"sort"
	"strings"

	"sitrep"
)

// Trace makes the coder tell why words it looked up in the lexicon gave
// no event: after each document is coded, fn is called once for each
// token whose lexicon entries the coder tried and at which the
// document's events have no trigger, with the first reason the coder
// stopped there ("no frame matched", "no source: subject no actor",
// "open question", "merged with an earlier mention", ...). For
// diagnostics (eval events --why); nil, the default, turns it off, and
// the coder then does no tracing work at all. The events are the same
// either way. fn is called from Process: a traced coder is for one
// document at a time.
func (c *Coder) Trace(fn func(tok int, reason string)) *Coder {
	c.trace = fn
	return c
}

// tracer collects the reasons of the document being coded (Coder.tr;
// nil when the coder is not traced).
type tracer struct {
	why   map[int]string // the first reason noted at each token
	coded map[int]bool   // tokens codeSentence gave an event
}

// note records why token i gave no event, unless a reason is already
// noted there.
func (t *tracer) note(i int, why string) {
	if _, ok := t.why[i]; !ok {
		t.why[i] = why
	}
}

// no notes, when the coder is traced, why trigger i gave no event
// (build's guards); it returns no events.
func (c *Coder) no(i int, why string) []sitrep.Event {
	if c.tr != nil {
		c.tr.note(i, why)
	}
	return nil
}

// traced notes why for token i when the coder is traced.
func (c *Coder) traced(i int, why string) {
	if c.tr != nil {
		c.tr.note(i, why)
	}
}

// noSource names why build found no source for the trigger of frame a:
// a noun with no actor in its phrase, a passive without its agent, a
// verb without a subject (with its relation: the subject of an xcomp,
// advcl or conj is its head's), or a subject that is no actor.
func (s *sent) noSource(a frameArgs) string {
	switch {
	case a.subj < 0 && s.tok(a.self).UPOS == "NOUN":
		return "no source: noun, no actor"
	case a.subj < 0 && a.passive:
		return "no source: passive, no agent"
	case a.subj < 0:
		return "no source: no subject, verb is " + s.rel(a.self)
	}
	return "no source: subject no actor"
}

// report tells fn, token by token, why the traced words have no event
// in the document's final events: built holds the events codeSentence
// made, before the article's merges and filters.
func (t *tracer) report(d *sitrep.Document, built []sitrep.Event, fn func(tok int, reason string)) {
	toks := make([]int, 0, len(t.why)+len(t.coded))
	for k := range t.why {
		toks = append(toks, k)
	}
	for k := range t.coded {
		if _, ok := t.why[k]; !ok {
			toks = append(toks, k)
		}
	}
	sort.Ints(toks)
	at := func(evs []sitrep.Event, k int) []int {
		var out []int
		tk := d.Tokens[k]
		for j, ev := range evs {
			if tk.Start < ev.Trigger.End && tk.End > ev.Trigger.Start {
				out = append(out, j)
			}
		}
		return out
	}
	final := map[string]bool{}
	for j := range d.Events {
		final[eventKey(&d.Events[j])] = true
	}
	for _, k := range toks {
		if len(at(d.Events, k)) > 0 {
			continue
		}
		why, ok := t.why[k]
		if t.coded[k] || !ok {
			why = "dropped by the article's filters"
			made := at(built, k)
			for _, j := range made {
				if final[eventKey(&built[j])] {
					why = "merged with an earlier mention"
					break
				}
			}
			if len(made) == 0 {
				// (An event made at the token with another trigger span.)
				why = "coded with another trigger span"
			}
		}
		fn(k, why)
	}
}

// unmatched names why no entry of entries fits the frame a: each
// entry's first failed condition, distinct ones sorted ("no frame
// matched: no object / no 'with' phrase").
func (s *sent) unmatched(entries []*Entry, a frameArgs) string {
	var whys []string
	for _, e := range entries {
		why := s.unfit(e, a)
		switch why {
		case "":
			// (It fit; backRebels dropped it: "which backs".)
			why = "backing clause"
		case "object not the entry's":
			why += " (" + s.lemma(a.obj) + ")"
		case "no phrase the entry names":
			ps := make([]string, 0, len(e.Preps))
			for p := range e.Preps {
				ps = append(ps, p)
			}
			sort.Strings(ps)
			for _, p := range ps {
				if !s.hasPhrase(e, a, p, e.Preps[p]) {
					why = "no '" + p + "' phrase"
					break
				}
			}
		}
		whys = append(whys, why)
	}
	sort.Strings(whys)
	return "no frame matched: " + strings.Join(slices.Compact(whys), " / ")
}
