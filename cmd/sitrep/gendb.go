package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"sitrep"
	"sitrep/cameo"
)

// cmdGenDB fills a store with synthetic articles and events, for the query
// and API benchmarks (docs/benchmarks.md). The data are random but shaped
// like real event data: a few busy countries, many quiet ones, common
// codes more frequent, ten years of dates.
func cmdGenDB(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "gendb", "")
	st := storeFlag(fs, e)
	events := fs.Int("events", 1_000_000, "event mentions to generate")
	perDoc := fs.Int("per-article", 10, "events per article")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *perDoc < 1 || *events < 0 {
		// (--per-article 0 never added an event, and looped for ever.)
		return usageError{fmt.Sprintf("--per-article %d --events %d: want at least one event per article and no negative count", *perDoc, *events)}
	}
	s, err := openStore(ctx, *st)
	if err != nil {
		return err
	}
	defer s.Close()
	g := newGenerator(*seed)
	start := time.Now()
	const batch = 500
	var docs []*sitrep.Document
	made := 0
	for n := 0; made < *events; n++ {
		k := min(*perDoc, *events-made)
		docs = append(docs, g.doc(n, k))
		made += k
		if len(docs) == batch || made >= *events {
			if _, err := s.PutDocuments(ctx, docs); err != nil {
				return err
			}
			docs = docs[:0]
			fmt.Fprintf(e.stderr, "\r%d events", made)
		}
	}
	if a, ok := s.(interface{ Analyze(context.Context) error }); ok {
		if err := a.Analyze(ctx); err != nil {
			return err
		}
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "\rgenerated %d articles, %d events, %d mentions in %.1fs\n", stats.Articles, stats.Events, stats.Mentions, time.Since(start).Seconds())
	return nil
}

type generator struct {
	r      *rand.Rand
	actors []string
	codes  []cameo.Code
	start  time.Time
}

var genCountries = []string{"USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "PHL", "JPN", "KOR", "PRK",
	"TUR", "SYR", "IRQ", "SAU", "EGY", "ETH", "ERI", "SDN", "NGA", "ZAF", "BRA", "MEX", "VEN", "COL", "AFG", "MMR", "TWN", "VNM", "IDN", "AUS",
	"CAN", "POL", "BLR", "ARM", "AZE", "LBN", "YEM", "SOM", "LBY", "MLI", "KEN", "QAT", "ARE", "JOR"}

var genSectors = []string{"GOV", "MIL", "GOV", "COP", "REB", "OPP", "CVL", "MED", "BUS", "LEG", "JUD", ""}

func newGenerator(seed uint64) *generator {
	g := &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), start: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, c := range genCountries {
		for _, s := range genSectors {
			g.actors = append(g.actors, c+s)
		}
	}
	g.actors = append(g.actors, "IGOUNO", "IGOWSTNAT", "IGOEUREEC", "IGOAFRAU", "IGOSEAASN")
	for _, c := range cameo.All() {
		if len(c.Code) >= 3 {
			g.codes = append(g.codes, c)
		}
	}
	sort.Slice(g.codes, func(i, j int) bool { return g.codes[i].Code < g.codes[j].Code })
	return g
}

// pick draws skewed towards the start of a list: busy actors and codes.
func (g *generator) pick(n int) int {
	x := g.r.ExpFloat64() * float64(n) / 6
	return min(int(x), n-1)
}

func (g *generator) doc(n, events int) *sitrep.Document {
	day := g.r.IntN(3650)
	pub := g.start.AddDate(0, 0, day)
	d := &sitrep.Document{ID: fmt.Sprintf("gen-%d", n), URL: fmt.Sprintf("https://gen.test/%d", n), Title: fmt.Sprintf("Generated article %d", n),
		Source: fmt.Sprintf("source%d", g.r.IntN(40)), Published: pub}
	var b strings.Builder
	for i := 0; i < events; i++ {
		src := g.actors[g.pick(len(g.actors))]
		tgt := g.actors[g.pick(len(g.actors))]
		code := g.codes[g.r.IntN(len(g.codes))]
		start := b.Len()
		fmt.Fprintf(&b, "%s acted toward %s. ", src, tgt)
		d.Sentences = append(d.Sentences, sitrep.Sentence{Start: start, End: b.Len() - 1})
		status := sitrep.StatusOccurred
		evDay := pub.AddDate(0, 0, -g.r.IntN(3))
		if g.r.IntN(8) == 0 {
			status, evDay = sitrep.StatusPlanned, pub.AddDate(0, 0, 1+g.r.IntN(30))
		}
		ev := sitrep.Event{Sentence: i, CAMEO: code.Code, PLOVER: code.PLOVER, Mode: code.Mode, Context: code.Context,
			Goldstein: code.Goldstein, Quad: code.Quad, Status: status, Date: evDay.Format("2006-01-02"), DatePrecision: "day", Rule: "generated", Mentions: 1}
		ev.Source = &sitrep.EventActor{Span: sitrep.Span{Start: start, End: start + len(src), Text: src}, Code: src, Country: src[:3], Sector: src[3:]}
		if tgt != src {
			ev.Target = &sitrep.EventActor{Code: tgt, Country: tgt[:3], Sector: tgt[3:]}
		}
		ev.Trigger = sitrep.Span{Start: start + len(src) + 1, End: start + len(src) + 6, Text: "acted"}
		d.Events = append(d.Events, ev)
	}
	d.Text = b.String()
	for i := range d.Events {
		d.Events[i].Source.Text = d.Text[d.Events[i].Source.Start:d.Events[i].Source.End]
	}
	d.Layers = sitrep.LayerSentences | sitrep.LayerEvents
	return d
}
