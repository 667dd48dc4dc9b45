package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// queryFlags are the flags every query command shares.
type queryFlags struct {
	store  *string
	format *string
	limit  *int
	offset *int
}

func newQueryFlags(fs *flag.FlagSet, e *env) *queryFlags {
	return &queryFlags{
		store:  storeFlag(fs, e),
		format: fs.String("format", "table", "output `format`: table, json, csv"),
		limit:  fs.Int("limit", 50, "most rows to print"),
		offset: fs.Int("offset", 0, "rows to skip (for paging)"),
	}
}

// withStore opens the store for a query command.
func withStore(ctx context.Context, q *queryFlags, fn func(sitrep.Store) error) error {
	st, err := openExistingStore(ctx, *q.store)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// checkDates checks the --from and --to of a command.
func checkDates(from, to string) error {
	if err := checkDate("from", from); err != nil {
		return err
	}
	return checkDate("to", to)
}

// checkEventFilter checks the flags of eventFilterFlags that a store
// would take without complaint and match nothing with.
func checkEventFilter(f *sitrep.EventFilter) error {
	if f.Status != "" && !sitrep.ValidStatus(f.Status) {
		return usageError{fmt.Sprintf("--status %q: use %s", f.Status, strings.Join(sitrep.Statuses, ", "))}
	}
	return checkDates(f.From, f.To)
}

func checkDate(name, v string) error {
	if v == "" {
		return nil
	}
	if _, _, err := sitrep.ParsePartialDate(v); err == nil {
		return nil
	}
	return usageError{fmt.Sprintf("--%s %q: want YYYY-MM-DD, YYYY-MM or YYYY", name, v)}
}

func eventFilterFlags(fs *flag.FlagSet) *sitrep.EventFilter {
	f := &sitrep.EventFilter{}
	fs.StringVar(&f.Actor, "actor", "", "actor code prefix, as source or target (e.g. CHN, USAGOV)")
	fs.StringVar(&f.Source, "source", "", "source actor code prefix")
	fs.StringVar(&f.Target, "target", "", "target actor code prefix")
	fs.StringVar(&f.Country, "country", "", "ISO alpha-3 country of source or target")
	fs.StringVar(&f.CAMEO, "cameo", "", "CAMEO code or prefix (e.g. 04, 0431, 19)")
	fs.StringVar(&f.PLOVER, "plover", "", "PLOVER event type (e.g. CONSULT, ACCUSE)")
	fs.StringVar(&f.Status, "status", "", "occurred, planned, denied, negated, hypothetical or reported")
	fs.StringVar(&f.From, "from", "", "first event `date` (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "last event `date` (YYYY-MM-DD)")
	fs.StringVar(&f.Place, "place", "", "place name or country code")
	fs.StringVar(&f.Text, "text", "", "words in the evidence sentence")
	fs.StringVar(&f.Article, "article", "", "article id or URL")
	return f
}

func cmdEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "")
	q := newQueryFlags(fs, e)
	f := eventFilterFlags(fs)
	dyad := fs.String("dyad", "", "`A,B`: events from A to B or B to A")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkEventFilter(f); err != nil {
		return err
	}
	f.Limit, f.Offset = *q.limit, *q.offset
	return withStore(ctx, q, func(st sitrep.Store) error {
		var evs []sitrep.StoredEvent
		if *dyad != "" {
			a, b, ok := cut2(*dyad)
			if !ok {
				return usageError{"--dyad wants two codes: A,B"}
			}
			var err error
			if evs, err = dyadEvents(ctx, st, *f, a, b); err != nil {
				return err
			}
		} else {
			var err error
			if evs, err = st.Events(ctx, *f); err != nil {
				return err
			}
		}
		return writeTable(e.stdout, *q.format, eventTable(evs))
	})
}

// dyadEvents returns the page f asks for of the events from a to b or b to
// a.
func dyadEvents(ctx context.Context, st sitrep.Store, f sitrep.EventFilter, a, b string) ([]sitrep.StoredEvent, error) {
	f1, f2 := f, f
	f1.Source, f1.Target, f2.Source, f2.Target = a, b, b, a
	return sitrep.EitherPage(ctx, f, f1, f2, st.Events)
}

func cut2(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			return s[:i], s[i+1:], i > 0 && i < len(s)-1
		}
	}
	return "", "", false
}

func eventTable(evs []sitrep.StoredEvent) *table {
	t := &table{header: []string{"id", "date", "source", "target", "cameo", "plover", "goldstein", "status", "place", "mentions", "articles", "evidence"}, values: evs}
	for _, ev := range evs {
		place := ""
		if ev.Place != nil {
			place = ev.Place.Name
		}
		t.rows = append(t.rows, []string{strconv.FormatInt(ev.ID, 10), ev.Date, ev.SourceCode, ev.TargetCode, ev.CAMEO, ev.PLOVER,
			strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), ev.Status, place, strconv.Itoa(ev.Mentions), strconv.Itoa(ev.Articles), clip(ev.Sentence, 70)})
	}
	return t
}

func cmdCalendar(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "calendar", "")
	q := newQueryFlags(fs, e)
	f := eventFilterFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if f.From == "" {
		f.From = time.Now().UTC().Format("2006-01-02")
	}
	if err := checkEventFilter(f); err != nil {
		return err
	}
	if f.Status != "" && f.Status != sitrep.StatusPlanned {
		return usageError{fmt.Sprintf("--status %q: calendar lists planned events only", f.Status)}
	}
	// Soonest first, so that a limited page is the next events.
	f.Status, f.Soonest, f.Limit, f.Offset = sitrep.StatusPlanned, true, *q.limit, *q.offset
	return withStore(ctx, q, func(st sitrep.Store) error {
		evs, err := st.Events(ctx, *f)
		if err != nil {
			return err
		}
		return writeTable(e.stdout, *q.format, eventTable(evs))
	})
}

func cmdQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "")
	q := newQueryFlags(fs, e)
	var f sitrep.QuoteFilter
	fs.StringVar(&f.Speaker, "speaker", "", "words of the speaker's name")
	fs.StringVar(&f.Actor, "actor", "", "speaker's actor code prefix")
	fs.StringVar(&f.Text, "text", "", "words in the quote")
	fs.StringVar(&f.From, "from", "", "first publication `date`")
	fs.StringVar(&f.To, "to", "", "last publication `date`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	f.Limit, f.Offset = *q.limit, *q.offset
	return withStore(ctx, q, func(st sitrep.Store) error {
		qs, err := st.Quotes(ctx, f)
		if err != nil {
			return err
		}
		t := &table{header: []string{"published", "speaker", "actor", "direct", "quote", "article"}, values: qs}
		for _, x := range qs {
			sp, act := "", ""
			if x.SpeakerResolved != nil {
				sp, act = x.SpeakerResolved.Text, x.SpeakerResolved.Actor
			}
			t.rows = append(t.rows, []string{sitrep.FormatDate(x.Published), sp, act, strconv.FormatBool(x.Direct), clip(x.Text, 80), x.ArticleID})
		}
		return writeTable(e.stdout, *q.format, t)
	})
}

func cmdDyad(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "dyad", "A B")
	q := newQueryFlags(fs, e)
	by := fs.String("by", "month", "period: day, week or month")
	both := fs.Bool("both", false, "count B toward A as well")
	from := fs.String("from", "", "first `date`")
	to := fs.String("to", "", "last `date`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usageError{"name two actors, e.g. sitrep dyad USA CHN"}
	}
	switch sitrep.Period(*by) {
	case sitrep.ByDay, sitrep.ByWeek, sitrep.ByMonth:
	default:
		return usageError{fmt.Sprintf("--by %q: use day, week or month", *by)}
	}
	if err := checkDates(*from, *to); err != nil {
		return err
	}
	return withStore(ctx, q, func(st sitrep.Store) error {
		pts, err := st.Dyad(ctx, sitrep.DyadQuery{A: fs.Arg(0), B: fs.Arg(1), By: sitrep.Period(*by), Both: *both, From: *from, To: *to})
		if err != nil {
			return err
		}
		t := &table{header: []string{"period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "mean_goldstein"}, values: pts}
		for _, p := range pts {
			t.rows = append(t.rows, []string{p.Period, strconv.Itoa(p.Events), strconv.Itoa(p.Quad[0]), strconv.Itoa(p.Quad[1]),
				strconv.Itoa(p.Quad[2]), strconv.Itoa(p.Quad[3]), strconv.FormatFloat(p.MeanGoldstein, 'f', 2, 64)})
		}
		return writeTable(e.stdout, *q.format, t)
	})
}

func cmdActors(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "actors", "")
	q := newQueryFlags(fs, e)
	var f sitrep.ActorFilter
	fs.StringVar(&f.Prefix, "code", "", "actor code prefix")
	fs.StringVar(&f.From, "from", "", "first `date`")
	fs.StringVar(&f.To, "to", "", "last `date`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	f.Limit, f.Offset = *q.limit, *q.offset
	return withStore(ctx, q, func(st sitrep.Store) error {
		as, err := st.Actors(ctx, f)
		if err != nil {
			return err
		}
		t := &table{header: []string{"code", "name", "country", "sector", "as_source", "as_target"}, values: as}
		for _, a := range as {
			t.rows = append(t.rows, []string{a.Code, a.Name, a.Country, a.Sector, strconv.Itoa(a.AsSource), strconv.Itoa(a.AsTarget)})
		}
		return writeTable(e.stdout, *q.format, t)
	})
}

func cmdSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "WORDS | \"a phrase\"")
	q := newQueryFlags(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"say what to search for"}
	}
	query := fs.Arg(0)
	for _, a := range fs.Args()[1:] {
		query += " " + a
	}
	return withStore(ctx, q, func(st sitrep.Store) error {
		hits, err := st.Search(ctx, sitrep.SearchQuery{Query: query, Limit: *q.limit, Offset: *q.offset})
		if err != nil {
			return err
		}
		t := &table{header: []string{"published", "article", "title", "snippet"}, values: hits}
		for _, h := range hits {
			t.rows = append(t.rows, []string{sitrep.FormatDate(h.Published), h.ArticleID, clip(h.Title, 50), clip(h.Snippet, 100)})
		}
		return writeTable(e.stdout, *q.format, t)
	})
}

func cmdShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show", "ARTICLE")
	st := storeFlag(fs, e)
	format := fs.String("format", "pretty", "output `format`: pretty, jsonl, conllu")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"name one article id or URL"}
	}
	write, err := docWriter(*format)
	if err != nil {
		return err
	}
	s, err := openExistingStore(ctx, *st)
	if err != nil {
		return err
	}
	defer s.Close()
	d, err := s.Document(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	return write(e.stdout, d)
}
