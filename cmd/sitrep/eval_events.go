package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"sitrep"
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

	line int // in its file, for messages
}

// readGoldArticles reads a whole event gold file, one goldArticle a line
// (blank lines skipped); a line that is no article is an error naming it.
func readGoldArticles(path string) ([]goldArticle, error) {
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
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		g.line = line
		out = append(out, g)
	}
	return out, sc.Err()
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
	var cfg pipelineConfig
	cfg.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name gold files"}
	}
	p, err := buildPipeline(cfg)
	if err != nil {
		return err
	}
	var scores eval.EventScores
	articles := 0
	for _, path := range fs.Args() {
		arts, err := readGoldArticles(path)
		if err != nil {
			return err
		}
		for _, g := range arts {
			d := &sitrep.Document{ID: g.ID, Title: g.Title, Text: g.Text}
			if pub := g.published(); pub != "" {
				if d.Published, err = sitrep.ParseDate(pub); err != nil {
					return fmt.Errorf("%s:%d: published: %v", path, g.line, err)
				}
			}
			if err := p.Process(d); err != nil {
				return fmt.Errorf("%s:%d: %v", path, g.line, err)
			}
			sys, rules := systemEvents(d)
			scores.AddArticle(append([]eval.GoldEvent(nil), g.Events...), sys)
			articles++
			if *show {
				showEventErrors(e, g, sys, rules)
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d articles\n", articles)
	scores.Write(e.stdout)
	return nil
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
func showEventErrors(e *env, g goldArticle, sys []eval.GoldEvent, rules []string) {
	fmt.Fprintf(e.stdout, "== %s\n", g.ID)
	str := func(x eval.GoldEvent) string {
		return fmt.Sprintf("%s>%s %s %s %s «%s»", x.Source, x.Target, x.CAMEO, x.Status, x.Date, x.Trigger)
	}
	pair := eval.MatchEvents(g.Events, sys)
	matched := make([]bool, len(sys))
	for gi, x := range g.Events {
		mark := "MISS"
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
