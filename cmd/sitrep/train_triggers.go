package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/coder"
	"sitrep/eval"
)

// triggerSet is one event gold file run through the pipeline: its
// articles with their gold events, the model's candidates as labelled
// examples, and the rules' scores alone.
type triggerSet struct {
	name     string
	docs     []*sitrep.Document
	gold     [][]eval.GoldEvent
	examples []coder.TriggerExample
	codes    []string // the gold codes, for each root's code
	rules    eval.EventScores
	// missed: gold events the rules miss; aligned: of those, the ones
	// whose trigger was found in the text; reachable: aligned to a word
	// the model is asked about.
	missed, aligned, reachable int
}

// cmdTrainTriggers trains the event coder's learned trigger model
// (coder/learned.go) on event gold files, or with --cv measures it by
// leaving one set out at a time.
func cmdTrainTriggers(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train triggers", "")
	sets := fs.String("sets", "", "comma-separated event gold files (JSON Lines) to train on")
	out := fs.String("out", "coder/triggers.gz", "model file to write")
	cv := fs.Bool("cv", false, "leave one set out: code each set with the rules and a model trained on the other sets, against the rules alone; writes no model")
	iters := fs.Int("iters", 10, "training passes")
	seed := fs.Uint64("seed", 1, "seed of the example shuffle")
	threshold := fs.Float64("threshold", 6, "how far the best root must score above every other class, no event included, for the model to code it")
	thresholds := fs.String("thresholds", "", "with --cv, comma-separated thresholds to compare (default: --threshold)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *sets == "" {
		return usageError{"--sets is required"}
	}
	ths := []float32{float32(*threshold)}
	if *thresholds != "" {
		ths = nil
		for _, t := range strings.Split(*thresholds, ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(t), 32)
			if err != nil {
				return usageError{"--thresholds: " + err.Error()}
			}
			ths = append(ths, float32(v))
		}
	}
	data, err := readTriggerSets(strings.Split(*sets, ","))
	if err != nil {
		return err
	}
	for _, s := range data {
		pos := 0
		for _, x := range s.examples {
			if x.Root > 0 {
				pos++
			}
		}
		fmt.Fprintf(e.stdout, "%s: %d candidates, %d of them events; gold events the rules miss %d, trigger found %d, on a candidate %d\n",
			s.name, len(s.examples), pos, s.missed, s.aligned, s.reachable)
	}
	if *cv {
		return crossValidateTriggers(e.stdout, data, ths, *iters, *seed)
	}
	ex, codes := pooled(data, -1)
	m, err := coder.TrainTriggers(ex, coder.RootCodes(codes), *iters, *seed, float32(*threshold))
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d examples, %d feature rows, wrote %s\n", len(ex), m.Features(), *out)
	return nil
}

// pooled returns the examples and gold codes of every set but skip.
func pooled(data []*triggerSet, skip int) ([]coder.TriggerExample, []string) {
	var ex []coder.TriggerExample
	var codes []string
	for j, s := range data {
		if j != skip {
			ex = append(ex, s.examples...)
			codes = append(codes, s.codes...)
		}
	}
	return ex, codes
}

// crossValidateTriggers codes each set with the rules and a model trained
// on the other sets, at each threshold, and prints the scores beside the
// rules' alone, set by set and in total.
func crossValidateTriggers(w io.Writer, data []*triggerSet, ths []float32, iters int, seed uint64) error {
	type total struct{ rules, both eval.EventScores }
	tot := make([]total, len(ths))
	fmt.Fprintf(w, "\n%-8s %9s %5s | %-24s | %-30s\n", "held out", "threshold", "gold", "rules: system matched P R", "rules+model: system matched P R (model events)")
	line := func(name string, th float32, r, b *eval.EventScores, n string) {
		fmt.Fprintf(w, "%-8s %9g %5d | %5d %5d %5.1f %5.1f | %5d %5d %5.1f %5.1f %s\n", name, th, r.Gold, r.System, r.Matched, r.P(), r.R(), b.System, b.Matched, b.P(), b.R(), n)
	}
	for k, held := range data {
		ex, codes := pooled(data, k)
		m, err := coder.TrainTriggers(ex, coder.RootCodes(codes), iters, seed, ths[0])
		if err != nil {
			return err
		}
		for ti, th := range ths {
			c, err := coder.New()
			if err != nil {
				return err
			}
			c.WithModel(m).WithThreshold(th)
			var both eval.EventScores
			n := 0
			for i, d := range held.docs {
				if err := c.Process(d); err != nil {
					return err
				}
				sys, rules := systemEvents(d)
				for _, r := range rules {
					if strings.HasPrefix(r, "model:") {
						n++
					}
				}
				both.AddArticle(append([]eval.GoldEvent(nil), held.gold[i]...), sys)
			}
			r := held.rules
			line(held.name, th, &r, &both, fmt.Sprintf("(%d)", n))
			addScores(&tot[ti].rules, &r)
			addScores(&tot[ti].both, &both)
		}
	}
	for ti, th := range ths {
		line("total", th, &tot[ti].rules, &tot[ti].both, "")
	}
	return nil
}

func addScores(to, s *eval.EventScores) {
	to.Gold += s.Gold
	to.System += s.System
	to.Matched += s.Matched
}

// readTriggerSets runs every article of the files through the pipeline,
// rules alone, and labels the model's candidates: a candidate is an
// example of the root of the gold event the rules missed whose trigger it
// tells (coder.AlignTrigger), else of no event; a word that tells a gold
// event the rules found, or lies inside any gold trigger phrase, is no
// example of no event (it may tell the event though the alignment chose
// another word).
func readTriggerSets(paths []string) ([]*triggerSet, error) {
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		return nil, err
	}
	c, err := coder.New()
	if err != nil {
		return nil, err
	}
	var out []*triggerSet
	for _, path := range paths {
		arts, err := readGoldArticles(path, true)
		if err != nil {
			return nil, err
		}
		s := &triggerSet{name: strings.TrimSuffix(filepath.Base(path), ".jsonl")}
		for _, g := range arts {
			d := &sitrep.Document{ID: g.ID, Title: g.Title, Text: g.Text}
			if pub := g.published(); pub != "" {
				if d.Published, err = sitrep.ParseDate(pub); err != nil {
					return nil, fmt.Errorf("%s:%d: published: %v", path, g.line, err)
				}
			}
			if err := p.Process(d); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, g.line, err)
			}
			cands, err := c.Candidates(d)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, g.line, err)
			}
			sys, _ := systemEvents(d)
			pair := eval.MatchEvents(g.Events, sys)
			s.rules.AddArticle(append([]eval.GoldEvent(nil), g.Events...), sys)
			isCand := map[int]bool{}
			for _, cd := range cands {
				isCand[cd.Token] = true
			}
			label := map[int]int{}
			skip := inTriggers(d, g.Events)
			for gi, ge := range g.Events {
				s.codes = append(s.codes, ge.CAMEO)
				root, err := strconv.Atoi(ge.CAMEO[:min(2, len(ge.CAMEO))])
				if err != nil || root < 1 || root > 20 {
					continue
				}
				tok := coder.AlignTrigger(d, ge.Trigger, ge.Source, ge.Target)
				if pair[gi] >= 0 {
					continue
				}
				s.missed++
				if tok < 0 {
					continue
				}
				s.aligned++
				if isCand[tok] {
					s.reachable++
				}
				if _, ok := label[tok]; !ok {
					label[tok] = root
				}
			}
			for _, cd := range cands {
				r := label[cd.Token]
				if r == 0 && skip[cd.Token] {
					continue
				}
				s.examples = append(s.examples, coder.TriggerExample{Feats: cd.Feats, Root: r})
			}
			s.docs = append(s.docs, d)
			s.gold = append(s.gold, g.Events)
		}
		out = append(out, s)
	}
	return out, nil
}

// inTriggers returns the tokens inside any occurrence of any of the
// events' trigger phrases.
func inTriggers(d *sitrep.Document, evs []eval.GoldEvent) map[int]bool {
	in := map[int]bool{}
	for _, ge := range evs {
		t := strings.ToLower(strings.TrimSpace(ge.Trigger))
		for _, st := range coder.TriggerOccurrences(d.Text, t) {
			for ti, tk := range d.Tokens {
				if tk.Start < st+len(t) && tk.End > st {
					in[ti] = true
				}
			}
		}
	}
	return in
}
