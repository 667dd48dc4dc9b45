package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"

	"sitrep"
	"sitrep/coder"
	"sitrep/eval"
)

// goldArticle is a line of an event gold file: an article and the events
// a careful human coder found in it (docs/events.md describes the format).
type goldArticle struct {
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Published string           `json:"published"`
	Text      string           `json:"text"`
	Events    []eval.GoldEvent `json:"events"`
	// Other names gold files give the publication date, read when
	// "published" is absent.
	DCT  string `json:"dct,omitempty"`
	Date string `json:"date,omitempty"`
	// Doc names the licensed document a real set's text is rebuilt
	// from (evalsets/events/tools/real_text.py); scoring does not use it.
	Doc string `json:"doc,omitempty"`

	line int // in its file, for messages
}

// readGoldArticles reads a whole event gold file, one goldArticle a line
// (blank lines skipped). A line that is no article of the format
// (evalsets/events/README.md), or whose events break it
// (eval.CheckGoldEvents), is an error naming the file and line, so that
// a misspelt key or status is never scored silently. Articles must have
// an id; forPipeline asks also for the text and the publication date
// that the pipeline reads (eval agreement compares codings only).
func readGoldArticles(path string, forPipeline bool) ([]goldArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		g, err := parseGoldArticle(sc.Bytes(), forPipeline)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		g.line = line
		out = append(out, g)
	}
	return out, sc.Err()
}

// parseGoldArticle reads and checks one line of a gold file.
func parseGoldArticle(b []byte, forPipeline bool) (goldArticle, error) {
	var g goldArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, err
	}
	if dec.More() {
		return g, fmt.Errorf("more than one JSON value on the line")
	}
	if strings.TrimSpace(g.ID) == "" {
		return g, fmt.Errorf("id: missing")
	}
	if forPipeline {
		if strings.TrimSpace(g.Text) == "" {
			return g, fmt.Errorf("text: missing or empty (a real set's gold file holds no text: rebuild it with evalsets/events/tools/real_text.py)")
		}
		pub := g.published()
		if pub == "" {
			return g, fmt.Errorf("published: missing")
		}
		if _, err := sitrep.ParseDate(pub); err != nil {
			return g, fmt.Errorf("published: %v", err)
		}
	}
	if err := eval.CheckGoldEvents(g.Events); err != nil {
		return g, err
	}
	return g, nil
}

// goldIDs refuses an article id seen before in the files read together,
// where a repeat would count the article twice.
type goldIDs map[string]string // id → file:line

func (s goldIDs) add(path string, g *goldArticle) error {
	here := fmt.Sprintf("%s:%d", path, g.line)
	if at, ok := s[g.ID]; ok {
		if at == here {
			return fmt.Errorf("%s: file named twice", path)
		}
		return fmt.Errorf("%s: id %q already at %s", here, g.ID, at)
	}
	s[g.ID] = here
	return nil
}

// published returns the article's publication date as the file gives it.
func (g *goldArticle) published() string {
	for _, v := range []string{g.Published, g.DCT, g.Date} {
		if v != "" {
			return v
		}
	}
	return ""
}

func cmdEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "GOLD.jsonl...")
	show := fs.Bool("errors", false, "list missed and spurious events per article")
	why := fs.Bool("why", false, "with the errors, say for each missed event what the coder did with its words, and count the reasons")
	var cfg pipelineConfig
	cfg.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name gold files"}
	}
	// stopped: why the event coder gave no event at each token it looked
	// up, for the document being scored (--why).
	var stopped map[int]string
	if *why {
		cfg.trace = func(tok int, reason string) {
			if _, ok := stopped[tok]; !ok {
				stopped[tok] = reason
			}
		}
	}
	p, err := buildPipeline(cfg)
	if err != nil {
		return err
	}
	var lex *coder.Lexicon
	reasons := map[string]int{}
	if *why {
		*show = true
		c, err := coder.New()
		if err != nil {
			return err
		}
		lex = c.Lexicon()
	}
	var scores eval.EventScores
	articles := 0
	// All files are read and checked before the pipeline runs, so that a
	// broken line fails at once.
	files := make([][]goldArticle, fs.NArg())
	ids := goldIDs{}
	for i, path := range fs.Args() {
		if files[i], err = readGoldArticles(path, true); err != nil {
			return err
		}
		for j := range files[i] {
			if err := ids.add(path, &files[i][j]); err != nil {
				return err
			}
		}
	}
	for i, path := range fs.Args() {
		for _, g := range files[i] {
			d := &sitrep.Document{ID: g.ID, Title: g.Title, Text: g.Text}
			if d.Published, err = sitrep.ParseDate(g.published()); err != nil {
				return fmt.Errorf("%s:%d: published: %v", path, g.line, err)
			}
			stopped = map[int]string{}
			if err := p.Process(d); err != nil {
				return fmt.Errorf("%s:%d: %v", path, g.line, err)
			}
			sys, rules := systemEvents(d)
			scores.AddArticle(append([]eval.GoldEvent(nil), g.Events...), sys)
			articles++
			if *show {
				var because func(gi int) string
				if lex != nil {
					because = func(gi int) string {
						r, detail := missReason(d, lex, g.Events, gi, sys, stopped)
						reasons[r]++
						return r + detail
					}
				}
				showEventErrors(e, g, sys, rules, because)
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d articles\n", articles)
	scores.Write(e.stdout)
	if lex != nil {
		writeReasons(e, reasons)
	}
	return nil
}

// missReason tells what the coder did with the words of missed gold event
// gi: coded them otherwise (its event at those words is listed as
// spurious, or matched another gold event of the same key), had a lexicon
// entry for them and coded nothing (a frame condition failed, no source
// was found, or a guard said no), or had no entry for any of them.
// stopped, the coder's trace, tells why an entry gave no event: the
// reason at the first of the words that has one is given in brackets
// and counted apart ("an entry, no event (no frame matched)").
func missReason(d *sitrep.Document, lex *coder.Lexicon, gold []eval.GoldEvent, gi int, sys []eval.GoldEvent, stopped map[int]string) (reason, detail string) {
	// (In token order, so that the same input gives the same words.)
	words := slices.Sorted(maps.Keys(inTriggers(d, gold[gi:gi+1])))
	x := gold[gi]
	root := func(c string) string { return c[:min(2, len(c))] }
	var other *eval.GoldEvent
	for si, ev := range d.Events {
		for _, k := range words {
			t := d.Tokens[k]
			if t.Start < ev.Trigger.End && t.End > ev.Trigger.Start {
				if other == nil || sys[si].Source == x.Source && sys[si].Target == x.Target {
					other = &sys[si]
				}
			}
		}
	}
	if other != nil {
		samePair := other.Source == x.Source && other.Target == x.Target
		sameRoot := root(other.CAMEO) == root(x.CAMEO)
		detail = fmt.Sprintf(": %s>%s %s", other.Source, other.Target, other.CAMEO)
		switch {
		case samePair && sameRoot:
			return "coded, its twin matched another gold event", detail
		case samePair:
			return "coded, other root", detail
		case sameRoot:
			return "coded, other pair", detail
		}
		return "coded, other pair and root", detail
	}
	var known []string
	sub := ""
	for _, k := range words {
		t := d.Tokens[k]
		if lex.HasTrigger(t.Lemma, t.UPOS, d.TokenText(k)) {
			known = append(known, t.Lemma)
			if r, ok := stopped[k]; ok && sub == "" {
				sub = r
			}
		}
	}
	if len(known) > 0 {
		if sub == "" {
			// (The coder read the words with another tag, or never
			// looked them up.)
			sub = "not looked up"
		}
		sort.Strings(known)
		return "an entry, no event (" + sub + ")", ": " + strings.Join(slices.Compact(known), ",")
	}
	if len(words) == 0 {
		return "trigger not found in the text", ""
	}
	return "no entry for its words", ""
}

// writeReasons prints how many missed events each reason explains. The
// frame conditions of "no frame matched" are counted apart, each
// condition once per missed event (an object's word left out), so that
// the reasons stay few.
func writeReasons(e *env, reasons map[string]int) {
	const noFrame = "no frame matched: "
	short, conds := map[string]int{}, map[string]int{}
	for k, n := range reasons {
		if i := strings.Index(k, noFrame); i >= 0 {
			for _, c := range strings.Split(strings.TrimSuffix(k[i+len(noFrame):], ")"), " / ") {
				if j := strings.Index(c, " ("); j >= 0 {
					c = c[:j]
				}
				conds[c] += n
			}
			k = k[:i] + "no frame matched)"
		}
		short[k] += n
	}
	write := func(title string, counts map[string]int) {
		keys := slices.Sorted(maps.Keys(counts))
		sort.SliceStable(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
		fmt.Fprintln(e.stdout, title)
		for _, k := range keys {
			fmt.Fprintf(e.stdout, "%6d  %s\n", counts[k], k)
		}
	}
	write("\nwhy missed events were missed:", short)
	if len(conds) > 0 {
		write("\nframe conditions that failed (no frame matched; an event counts once for each):", conds)
	}
}

// systemEvents puts the coder's events in the gold form: actors by
// country, or by code for actors without one; rules[i] is the lexicon
// rule of event i, so that --errors can tell which rules pay.
func systemEvents(d *sitrep.Document) (evs []eval.GoldEvent, rules []string) {
	key := func(a *sitrep.EventActor) string {
		if a == nil {
			return ""
		}
		if a.Country != "" {
			return a.Country
		}
		if strings.HasPrefix(a.Code, "IGOUNO") {
			// The gold guide codes the UN's agencies (IAEA, WFP,
			// UNICEF) as the UN, IGOUNO.
			return "IGOUNO"
		}
		return a.Code
	}
	for _, ev := range d.Events {
		evs = append(evs, eval.GoldEvent{Source: key(ev.Source), Target: key(ev.Target), CAMEO: ev.CAMEO, Status: ev.Status, Date: ev.Date, Trigger: ev.Trigger.Text})
		rules = append(rules, ev.Rule)
	}
	return evs, rules
}

// showEventErrors lists an article's gold and system events side by
// side: "ok" for a match (with "status"/"date" when those differ), "MISS"
// for a gold event the system lacks, "SPUR" for a system event with no
// gold partner; matched and spurious events name the rule that made them.
// because, when given, explains a miss.
func showEventErrors(e *env, g goldArticle, sys []eval.GoldEvent, rules []string, because func(gi int) string) {
	fmt.Fprintf(e.stdout, "== %s\n", g.ID)
	str := func(x eval.GoldEvent) string {
		return fmt.Sprintf("%s>%s %s %s %s «%s»", x.Source, x.Target, x.CAMEO, x.Status, x.Date, x.Trigger)
	}
	pair := eval.MatchEvents(g.Events, sys)
	matched := make([]bool, len(sys))
	for gi, x := range g.Events {
		mark := "MISS"
		if because != nil && pair[gi] < 0 {
			mark += " " + because(gi)
		}
		if si := pair[gi]; si >= 0 {
			matched[si] = true
			mark = "ok"
			if sys[si].Status != x.Status {
				mark += " status=" + sys[si].Status
			}
			if sys[si].Date != x.Date {
				mark += " date=" + sys[si].Date
			}
			mark += " rule=" + rules[si]
		}
		fmt.Fprintf(e.stdout, "  gold %s  [%s]\n", str(x), mark)
	}
	for si, x := range sys {
		if !matched[si] {
			fmt.Fprintf(e.stdout, "  SPUR %s [rule=%s]\n", str(x), rules[si])
		}
	}
}
