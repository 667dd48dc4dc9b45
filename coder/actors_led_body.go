package coder

import (
	"regexp"
	"strings"

	"sitrep"
	"sitrep/actors"
)

// ledBodyLeader switches leaderOfLedBodies (sixteenth session, target21;
// tests turn it off).
var ledBodyLeader = true

// ledBefore and ledAfter find a country adjective with "-led" told of an
// international body's mention: just before it ("the Russian-led CSTO",
// "a Russian-led military alliance"), inside it, or in an apposition
// right after it ("the Collective Security Treaty Organization, the
// Russian-led military alliance").
var (
	ledBefore = regexp.MustCompile(`(?:^|\s)(\S+)-led\s+(?:[a-z]+\s+){0,2}$`)
	ledInside = regexp.MustCompile(`^(?:the\s+)?(\S+)-led\b`)
	ledAfter  = regexp.MustCompile(`^,\s+(?:the|a|an)\s+(\S+)-led\b`)
)

// ledBodies maps the code of each international body the article calls
// "X-led" to country X's code.
func ledBodies(d *sitrep.Document, kb *actors.KB) map[string]string {
	if kb == nil {
		return nil
	}
	out := map[string]string{}
	for i := range d.Actors {
		m := &d.Actors[i]
		if !strings.HasPrefix(m.Code, "IGO") || m.Country != "" {
			continue
		}
		lo := max(0, m.Start-40)
		hi := min(len(d.Text), m.End+40)
		var adj []string
		if g := ledBefore.FindStringSubmatch(d.Text[lo:m.Start]); g != nil {
			adj = append(adj, g[1])
		}
		if g := ledInside.FindStringSubmatch(d.Text[m.Start:m.End]); g != nil {
			adj = append(adj, g[1])
		}
		if g := ledAfter.FindStringSubmatch(d.Text[m.End:hi]); g != nil {
			adj = append(adj, g[1])
		}
		for _, a := range adj {
			if iso, ok := kb.LookupCountryAt(a, d.Published); ok && len(iso) == 3 {
				out[m.Code] = iso
			}
		}
	}
	return out
}

// leaderOfLedBodies codes an international body the article calls
// "X-led" as country X wherever the article's events name it: "said
// Armenia could leave the Russian-led CSTO military alliance", "accusing
// the bloc of failing to defend Armenia" are aimed at Russia, the gold
// guide's reading of a body one country leads (the gold sets never code
// the bloc itself in such stories). An event the change would aim at
// its own source keeps the body.
func leaderOfLedBodies(evs []sitrep.Event, d *sitrep.Document, kb *actors.KB) {
	if !ledBodyLeader {
		return
	}
	led := ledBodies(d, kb)
	if len(led) == 0 {
		return
	}
	swap := func(a *sitrep.EventActor) *sitrep.EventActor {
		if a == nil || a.Country != "" {
			return a
		}
		c, ok := led[a.Code]
		if !ok {
			return a
		}
		return &sitrep.EventActor{Span: a.Span, Code: c, Country: c}
	}
	for k := range evs {
		e := &evs[k]
		src, tgt := swap(e.Source), swap(e.Target)
		if src != nil && tgt != nil && src.Country != "" && src.Country == tgt.Country {
			continue
		}
		e.Source, e.Target = src, tgt
	}
}
