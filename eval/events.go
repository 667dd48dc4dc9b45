package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// GoldEvent is a hand-coded event of an evaluation article. Actors are
// compared by country (ISO alpha-3), or by the code for actors with no
// country (IGOs: IGOSEAASN); "-" or "" is no target.
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	CAMEO  string `json:"cameo"`
	Status string `json:"status"`
	Date   string `json:"date"`
	// Trigger is the word that expresses the event, for the reader of
	// the gold file; scoring does not use it.
	Trigger string `json:"trigger,omitempty"`
}

// EventScores are the event-coding figures: precision and recall of
// events matched on (source, target, CAMEO root), and on the matched
// events the share with the right status and the right date.
type EventScores struct {
	Gold, System, Matched  int
	StatusRight, DateRight int
	ByRoot                 map[string][3]int // gold, system, matched
	Confusions             map[string]int    // "gold status → system status"
}

func (s *EventScores) P() float64 { return pct(s.Matched, s.System) }
func (s *EventScores) R() float64 { return pct(s.Matched, s.Gold) }
func (s *EventScores) F() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PRF gives precision, recall and F1 as printed: one decimal, or "n/a"
// where there is nothing to divide by (no system events, no gold
// events), which 0.0 would misreport as a failure.
func (s *EventScores) PRF() []any {
	p, r, f := "n/a", "n/a", "n/a"
	if s.System > 0 {
		p = fmt.Sprintf("%.1f", s.P())
	}
	if s.Gold > 0 {
		r = fmt.Sprintf("%.1f", s.R())
	}
	if s.System > 0 && s.Gold > 0 {
		f = fmt.Sprintf("%.1f", s.F())
	}
	return []any{p, r, f}
}

// Percent is a/b as a percentage with one decimal, or "n/a" when b is 0.
func Percent(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", pct(a, b))
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func root(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// norm puts an actor in the form events are compared in: its country,
// or for actors without one their IGO code. A gold file may write full
// CAMEO actor codes ("CHNGOV", "PHLMIL"), which compare by their country's
// three letters; the UN's agencies ("IGOUNOWFP") are the UN, as in the
// gold guide; "-" is no actor.
func norm(a string) string {
	a = strings.ToUpper(strings.TrimSpace(a))
	switch {
	case a == "-":
		return ""
	case strings.HasPrefix(a, "IGOUNO"):
		return "IGOUNO"
	case len(a) > 3 && len(a)%3 == 0 && !nonCountry[a[:3]]:
		return a[:3]
	}
	return a
}

// nonCountry are the three-letter heads of CAMEO actor codes that are no
// country: international, non-governmental and multinational bodies,
// unidentified actors, and sectors written without a country.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "MNC": true, "UIS": true, "IMG": true,
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "MED": true, "CVL": true, "BUS": true, "COP": true,
}

// MatchEvents pairs one article's system events with its gold events, one
// to one on (source, target, CAMEO root). Within each such class it pairs
// as many as the smaller side has, choosing the pairing with the most
// pairs that agree on status, then the most that agree on date (the two
// figures AddArticle reports), so that the figures do not depend on the
// order of the events in the files. pair[gi] is the system index matched
// to gold gi, or -1.
func MatchEvents(gold, sys []GoldEvent) []int { return matchEvents(gold, sys, false) }

// MatchCodings is MatchEvents for two hand codings (eval agreement): the
// pairing wants the most agreements on full code, status and date
// together, then on status, then on date.
func MatchCodings(ref, other []GoldEvent) []int { return matchEvents(ref, other, true) }

func matchEvents(gold, sys []GoldEvent, code bool) []int {
	pair := make([]int, len(gold))
	for i := range pair {
		pair[i] = -1
	}
	type class struct{ gold, sys []int }
	key := func(e *GoldEvent) string { return norm(e.Source) + ">" + norm(e.Target) + " " + root(e.CAMEO) }
	classes := map[string]*class{}
	var keys []string
	get := func(k string) *class {
		c := classes[k]
		if c == nil {
			c = &class{}
			classes[k] = c
			keys = append(keys, k)
		}
		return c
	}
	for gi := range gold {
		c := get(key(&gold[gi]))
		c.gold = append(c.gold, gi)
	}
	for si := range sys {
		c := get(key(&sys[si]))
		c.sys = append(c.sys, si)
	}
	for _, k := range keys {
		c := classes[k]
		if len(c.gold) == 0 || len(c.sys) == 0 {
			continue
		}
		// Each side in an order of its contents, not of the file, so
		// that among equally good pairings the one chosen (and so the
		// status confusions) is the same whatever the file order;
		// events equal in every field are interchangeable.
		canonical(gold, c.gold)
		canonical(sys, c.sys)
		// A pair's weight ranks (agreements, status, date, full code,
		// trigger) lexicographically, as digits in base n+1: no class
		// has more than n pairs, so no sum of the lower digits reaches
		// one unit of a higher one. Code and trigger only choose among
		// pairings equally good on the figures, so that --errors shows
		// the system event beside the gold event with its words.
		n := int64(min(len(c.gold), len(c.sys)) + 1)
		w := make([][]int64, len(c.gold))
		for i, gi := range c.gold {
			w[i] = make([]int64, len(c.sys))
			for j, si := range c.sys {
				g, e := &gold[gi], &sys[si]
				st, dt := agrees(g.Status == e.Status), agrees(g.Date == e.Date)
				cd, tr := agrees(g.CAMEO == e.CAMEO), agrees(strings.EqualFold(g.Trigger, e.Trigger))
				all := st + dt
				if code {
					all += cd
				}
				w[i][j] = (((all*n+st)*n+dt)*n+cd)*n + tr
			}
		}
		for i, j := range assign(w) {
			if j >= 0 {
				pair[c.gold[i]] = c.sys[j]
			}
		}
	}
	return pair
}

func agrees(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// canonical sorts idx, indexes into evs, by the events' fields.
func canonical(evs []GoldEvent, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		x, y := &evs[a], &evs[b]
		return cmp.Or(cmp.Compare(x.CAMEO, y.CAMEO), cmp.Compare(x.Status, y.Status), cmp.Compare(x.Date, y.Date),
			cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target), cmp.Compare(x.Trigger, y.Trigger))
	})
}

// AddArticle matches one article's system events to its gold events
// (MatchEvents) and adds the counts.
func (s *EventScores) AddArticle(gold, sys []GoldEvent) {
	s.AddPaired(gold, sys, MatchEvents(gold, sys))
}

// AddPaired adds the counts of one article whose events are already
// paired: pair[gi] is the system index of gold gi, or -1.
func (s *EventScores) AddPaired(gold, sys []GoldEvent, pair []int) {
	if s.ByRoot == nil {
		s.ByRoot = map[string][3]int{}
		s.Confusions = map[string]int{}
	}
	s.Gold += len(gold)
	s.System += len(sys)
	for _, g := range gold {
		r := s.ByRoot[root(g.CAMEO)]
		r[0]++
		s.ByRoot[root(g.CAMEO)] = r
	}
	for _, e := range sys {
		r := s.ByRoot[root(e.CAMEO)]
		r[1]++
		s.ByRoot[root(e.CAMEO)] = r
	}
	for gi, si := range pair {
		if si < 0 {
			continue
		}
		g, e := &gold[gi], &sys[si]
		s.Matched++
		r := s.ByRoot[root(g.CAMEO)]
		r[2]++
		s.ByRoot[root(g.CAMEO)] = r
		if e.Status == g.Status {
			s.StatusRight++
		} else {
			s.Confusions[g.Status+" → "+e.Status]++
		}
		if e.Date == g.Date {
			s.DateRight++
		}
	}
}

// Write prints the scores.
func (s *EventScores) Write(w io.Writer) {
	fmt.Fprintf(w, "events matched on (source, target, CAMEO root): gold %d, system %d, matched %d\n", s.Gold, s.System, s.Matched)
	fmt.Fprintf(w, "precision %s  recall %s  F1 %s\n", s.PRF()...)
	fmt.Fprintf(w, "on matched events: status correct %s (%d/%d), date correct %s (%d/%d)\n",
		Percent(s.StatusRight, s.Matched), s.StatusRight, s.Matched, Percent(s.DateRight, s.Matched), s.DateRight, s.Matched)
	s.WriteBreakdown(w, "gold", "system", "status confusions (gold → system):")
}

// WriteBreakdown prints the counts by CAMEO root, with gold and system
// as the column names of the two sides, and the status confusions under
// the heading given.
func (s *EventScores) WriteBreakdown(w io.Writer, gold, system, heading string) {
	var roots []string
	for r := range s.ByRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	fmt.Fprintf(w, "\nroot  %5s  %6s  matched\n", gold, system)
	for _, r := range roots {
		v := s.ByRoot[r]
		fmt.Fprintf(w, "%-5s %5d  %6d  %7d\n", r, v[0], v[1], v[2])
	}
	if len(s.Confusions) > 0 {
		var cs []string
		for c := range s.Confusions {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool {
			return s.Confusions[cs[i]] > s.Confusions[cs[j]] || s.Confusions[cs[i]] == s.Confusions[cs[j]] && cs[i] < cs[j]
		})
		fmt.Fprintln(w, "\n"+heading)
		for _, c := range cs {
			fmt.Fprintf(w, "  %3d  %s\n", s.Confusions[c], c)
		}
	}
}
