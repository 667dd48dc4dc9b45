// Package storetest is the conformance suite that every sitrep.Store
// implementation must pass: SQLite always, PostgreSQL when a server is
// reachable.
package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep"
)

// Doc builds a small annotated article with one event per spec, for tests.
// Each spec is "SRC TGT CAMEO DATE STATUS" (TGT may be "-").
func Doc(id, url, source string, published string, events ...[5]string) *sitrep.Document {
	pub, _ := time.Parse("2006-01-02", published)
	text := "Officials met. "
	d := &sitrep.Document{ID: id, URL: url, Source: source, Title: "Title " + id, Published: pub}
	for range events {
		text += "China warned the Philippines. "
	}
	d.Text = text + "Talks on security guarantees continue."
	d.Sentences = []sitrep.Sentence{{Start: 0, End: 14}}
	d.Tokens = []sitrep.Token{{Start: 0, End: 9, Sent: 0, Head: -1}, {Start: 10, End: 13, Sent: 0, Head: -1}, {Start: 13, End: 14, Sent: 0, Head: -1}}
	off := 15
	for i, e := range events {
		s := sitrep.Sentence{Start: off, End: off + 29, TokStart: len(d.Tokens)}
		d.Tokens = append(d.Tokens, sitrep.Token{Start: off, End: off + 5, Sent: i + 1, Head: -1}, sitrep.Token{Start: off + 6, End: off + 12, Sent: i + 1, Head: -1})
		s.TokEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
		quad := 3
		gold := -4.0
		if e[2] < "06" {
			quad, gold = 1, 3.0
		}
		ev := sitrep.Event{Sentence: i + 1, Trigger: d.MakeSpan(off+6, off+12),
			Source: &sitrep.EventActor{Span: d.MakeSpan(off, off+5), Code: e[0], Country: e[0][:3]},
			CAMEO:  e[2], PLOVER: "THREATEN", Goldstein: gold, Quad: quad, Status: e[4], Date: e[3], DatePrecision: "day", Rule: "test", Mentions: 1}
		if e[1] != "-" {
			ev.Target = &sitrep.EventActor{Span: d.MakeSpan(off+17, off+28), Code: e[1], Country: e[1][:3]}
		}
		d.Events = append(d.Events, ev)
		off += 30
	}
	d.Quotes = []sitrep.Quote{{Span: d.MakeSpan(0, 14), Direct: true, SpeakerResolved: &sitrep.ResolvedSpeaker{Text: "Wang Yi", Actor: "CHNGOV"}}}
	d.Layers = sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerEvents | sitrep.LayerQuotes
	return d
}

// Run runs the suite; open returns a fresh, empty store.
func Run(t *testing.T, open func(t *testing.T) sitrep.Store) {
	ctx := context.Background()
	t.Run("PutIsIdempotent", func(t *testing.T) {
		s := open(t)
		d := Doc("a1", "https://x.test/a1", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
		r, err := s.PutDocument(ctx, d)
		if err != nil || !r.Stored || r.Events != 1 || r.NewEvents != 1 {
			t.Fatalf("first put: %+v %v", r, err)
		}
		r, err = s.PutDocument(ctx, d)
		if err != nil || r.Stored {
			t.Fatalf("second put: %+v %v", r, err)
		}
		st, _ := s.Stats(ctx)
		if st != (sitrep.StoreStats{Articles: 1, Events: 1, Mentions: 1, Quotes: 1}) {
			t.Fatalf("stats %+v", st)
		}
		if ok, _ := s.HasArticle(ctx, "https://x.test/a1"); !ok {
			t.Fatal("HasArticle false")
		}
	})
	t.Run("DocumentRoundTrip", func(t *testing.T) {
		s := open(t)
		d := Doc("a1", "", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != d.Text || len(got.Tokens) != len(d.Tokens) || len(got.Events) != 1 || got.Events[0].Source.Code != "CHNGOV" ||
			!got.Published.Equal(d.Published) || got.Sentences[1].TokStart != 3 {
			t.Fatalf("round trip lost data: %+v", got)
		}
		if _, err := s.Document(ctx, "nope"); sitrep.ErrorCode(err) != sitrep.ENotFound {
			t.Fatalf("missing article: %v", err)
		}
	})
	t.Run("MergeAcrossArticles", func(t *testing.T) {
		s := open(t)
		docs := []*sitrep.Document{
			Doc("a1", "u1", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "planned"}),
			Doc("a2", "u2", "paper", "2024-03-15", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-13", "occurred"}), // within a day: merged
			Doc("a3", "u3", "wire", "2024-03-16", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-20", "occurred"}),  // too far: new event
			Doc("a4", "u4", "wire", "2024-03-16", [5]string{"CHNGOV", "PHLGOV", "036", "2024-03-12", "occurred"}),  // other code
		}
		res, err := s.PutDocuments(ctx, docs)
		if err != nil {
			t.Fatal(err)
		}
		if res[1].NewEvents != 0 || res[2].NewEvents != 1 || res[3].NewEvents != 1 {
			t.Fatalf("merge results %+v", res)
		}
		evs, err := s.Events(ctx, sitrep.EventFilter{CAMEO: "13"})
		if err != nil || len(evs) != 2 {
			t.Fatalf("events %+v %v", evs, err)
		}
		merged := evs[1] // older date last
		if merged.Date != "2024-03-12" || merged.Mentions != 2 || merged.Articles != 2 || merged.Sources != 2 || merged.Status != "occurred" {
			t.Fatalf("merged event %+v", merged)
		}
		ms, err := s.Mentions(ctx, merged.ID)
		if err != nil || len(ms) != 2 || ms[0].ArticleID != "a1" || ms[1].Status != "occurred" {
			t.Fatalf("mentions %+v %v", ms, err)
		}
	})
	t.Run("Filters", func(t *testing.T) {
		s := open(t)
		_, err := s.PutDocuments(ctx, []*sitrep.Document{
			Doc("a1", "u1", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"},
				[5]string{"PHLGOV", "CHNMIL", "112", "2024-03-13", "occurred"},
				[5]string{"IGOSEAASN", "-", "043", "2024-03-28", "planned"}),
			Doc("a2", "u2", "wire", "2024-04-01", [5]string{"USAGOV", "CHNGOV", "036", "2024-04-10", "planned"}),
			Doc("a3", "u3", "wire", "2024-02-01", [5]string{"CHNGOV", "CHNMIL", "051", "2024-02-01", "occurred"}),
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			f    sitrep.EventFilter
			want int
		}{
			{sitrep.EventFilter{}, 5},
			{sitrep.EventFilter{Actor: "CHN"}, 4}, // the CHN-CHN event once
			{sitrep.EventFilter{Actor: "CHN", Offset: 3}, 1},
			{sitrep.EventFilter{Source: "PHL"}, 1},
			{sitrep.EventFilter{Target: "CHNMIL"}, 2},
			{sitrep.EventFilter{Country: "chn"}, 4},
			{sitrep.EventFilter{CAMEO: "0"}, 3},
			{sitrep.EventFilter{Status: "planned"}, 2},
			{sitrep.EventFilter{From: "2024-03-13", To: "2024-03-31"}, 2},
			{sitrep.EventFilter{Text: "warned"}, 5},
			{sitrep.EventFilter{Article: "a2"}, 1},
			{sitrep.EventFilter{Limit: 1}, 1},
			{sitrep.EventFilter{Source: "CHN", Target: "PHL", CAMEO: "13"}, 1},
		} {
			evs, err := s.Events(ctx, c.f)
			if err != nil || len(evs) != c.want {
				t.Errorf("%+v: got %d events, want %d (%v)", c.f, len(evs), c.want, err)
			}
		}
		// Order: newest first by default, soonest first for calendars,
		// through both query paths (one index, and the actor merge).
		for _, c := range []struct {
			f    sitrep.EventFilter
			want string
		}{
			{sitrep.EventFilter{Limit: 2}, "2024-04-10 2024-03-28"},
			{sitrep.EventFilter{Soonest: true, Limit: 2}, "2024-02-01 2024-03-12"},
			{sitrep.EventFilter{Soonest: true, Status: "planned", Limit: 1}, "2024-03-28"},
			{sitrep.EventFilter{Soonest: true, Actor: "CHN", Limit: 2, Offset: 1}, "2024-03-12 2024-03-13"},
			{sitrep.EventFilter{Actor: "CHN", Limit: 2, Offset: 1}, "2024-03-13 2024-03-12"},
		} {
			evs, err := s.Events(ctx, c.f)
			var got []string
			for _, e := range evs {
				got = append(got, e.Date)
			}
			if err != nil || strings.Join(got, " ") != c.want {
				t.Errorf("%+v: got %v, want %s (%v)", c.f, got, c.want, err)
			}
		}
		n := 0
		if err := s.EachEvent(ctx, sitrep.EventFilter{}, func(*sitrep.StoredEvent) error { n++; return nil }); err != nil || n != 5 {
			t.Errorf("EachEvent: %d %v", n, err)
		}
		pts, err := s.Dyad(ctx, sitrep.DyadQuery{A: "CHN", B: "PHL", By: sitrep.ByMonth, Both: true})
		if err != nil || len(pts) != 1 || pts[0].Period != "2024-03" || pts[0].Events != 2 || pts[0].Quad[2] != 2 || pts[0].MeanGoldstein != -4 {
			t.Errorf("dyad %+v %v", pts, err)
		}
		pts, err = s.Dyad(ctx, sitrep.DyadQuery{A: "CHNGOV", B: "PHL", By: sitrep.ByWeek})
		if err != nil || len(pts) != 1 || pts[0].Period != "2024-03-11" || pts[0].Events != 1 {
			t.Errorf("dyad by week %+v %v", pts, err)
		}
		acts, err := s.Actors(ctx, sitrep.ActorFilter{})
		if err != nil || len(acts) == 0 || acts[0].Code != "CHNGOV" || acts[0].AsSource != 2 || acts[0].AsTarget != 1 {
			t.Errorf("actors %+v %v", acts, err)
		}
		qs, err := s.Quotes(ctx, sitrep.QuoteFilter{Speaker: "wang", Actor: "CHN"})
		if err != nil || len(qs) != 3 {
			t.Errorf("quotes %+v %v", qs, err)
		}
		hits, err := s.Search(ctx, sitrep.SearchQuery{Query: `"security guarantees"`})
		if err != nil || len(hits) != 3 || hits[0].Snippet == "" {
			t.Errorf("search %+v %v", hits, err)
		}
		if _, err := s.Search(ctx, sitrep.SearchQuery{Query: `AND OR "(`}); err != nil {
			t.Errorf("hostile query should not be a syntax error: %v", err)
		}
	})
	t.Run("SelfDyadRollups", func(t *testing.T) {
		// An actor that is its own target (a government arresting its own
		// officials) counts once on each side, in the all-time totals and
		// in the dated rows alike; a second mention of one event in the
		// same article adds a mention, not an article nor an event.
		s := open(t)
		d := Doc("s1", "", "wire", "2024-03-14", [5]string{"CHNGOV", "CHNGOV", "111", "2024-03-12", "occurred"},
			[5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"},
			[5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		for _, f := range []sitrep.ActorFilter{{}, {From: "2024-03-01", To: "2024-03-31"}} {
			acts, err := s.Actors(ctx, f)
			if err != nil || len(acts) != 2 || acts[0].Code != "CHNGOV" || acts[0].AsSource != 2 || acts[0].AsTarget != 1 ||
				acts[1].Code != "PHLGOV" || acts[1].AsTarget != 1 {
				t.Errorf("actors %+v: %+v %v", f, acts, err)
			}
		}
		evs, err := s.Events(ctx, sitrep.EventFilter{CAMEO: "13"})
		if err != nil || len(evs) != 1 || evs[0].Mentions != 2 || evs[0].Articles != 1 || evs[0].Sources != 1 {
			t.Errorf("events %+v %v", evs, err)
		}
	})
	t.Run("ActorsPaging", func(t *testing.T) {
		// The most-active list pages like the other lists, from the
		// all-time totals and from the dated rows alike (review34
		// finding 5: the offset was dropped).
		s := open(t)
		d := Doc("p1", "", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"},
			[5]string{"CHNGOV", "VNMGOV", "111", "2024-03-12", "occurred"})
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			f    sitrep.ActorFilter
			want string
		}{
			{sitrep.ActorFilter{Limit: 2}, "CHNGOV PHLGOV"},
			{sitrep.ActorFilter{Limit: 2, Offset: 1}, "PHLGOV VNMGOV"},
			{sitrep.ActorFilter{Limit: 1, Offset: 2}, "VNMGOV"},
			{sitrep.ActorFilter{Offset: 3}, ""},
			{sitrep.ActorFilter{From: "2024-03-01", To: "2024-03-31", Limit: 2, Offset: 1}, "PHLGOV VNMGOV"},
		} {
			acts, err := s.Actors(ctx, tc.f)
			var codes []string
			for _, a := range acts {
				codes = append(codes, a.Code)
			}
			if got := strings.Join(codes, " "); err != nil || got != tc.want {
				t.Errorf("actors %+v: %q %v, want %q", tc.f, got, err, tc.want)
			}
		}
	})
	t.Run("DyadLeavesOutUndated", func(t *testing.T) {
		// A series by period has no row for events without a date
		// (review34, smaller findings: a first row with an empty period).
		s := open(t)
		for _, d := range []*sitrep.Document{
			Doc("u1", "", "wire", "", [5]string{"CHNGOV", "PHLGOV", "138", "", "occurred"}),
			Doc("u2", "", "wire", "2024-03-14", [5]string{"PHLGOV", "CHNGOV", "138", "2024-03-12", "occurred"}),
		} {
			if _, err := s.PutDocument(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			by   sitrep.Period
			want string
		}{{sitrep.ByDay, "2024-03-12"}, {sitrep.ByWeek, "2024-03-11"}, {sitrep.ByMonth, "2024-03"}} {
			pts, err := s.Dyad(ctx, sitrep.DyadQuery{A: "CHN", B: "PHL", By: tc.by, Both: true})
			if err != nil || len(pts) != 1 || pts[0].Period != tc.want || pts[0].Events != 1 {
				t.Errorf("dyad by %s: %+v %v, want one point %s", tc.by, pts, err, tc.want)
			}
		}
	})
	t.Run("FromKeepsCoarseDates", func(t *testing.T) {
		// A month or year that overlaps the range is in it, from either
		// end: plans for "this summer" show from today on (review38
		// finding 2: `to` kept them, `from` dropped them).
		s := open(t)
		if _, err := s.PutDocument(ctx, Doc("c1", "", "wire", "2024-03-13",
			[5]string{"CHNGOV", "PHLGOV", "036", "2024-03", "planned"},
			[5]string{"CHNGOV", "PHLGOV", "042", "2024", "planned"},
			[5]string{"CHNGOV", "PHLGOV", "043", "2025-01-05", "planned"},
			[5]string{"CHNGOV", "PHLGOV", "051", "2024-03-10", "occurred"},
			[5]string{"CHNGOV", "PHLGOV", "057", "2024-02", "occurred"},
			[5]string{"CHNGOV", "PHLGOV", "061", "2023", "occurred"})); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			from, to string
			want     []string
		}{
			{"2024-03-13", "", []string{"2025-01-05", "2024-03", "2024"}},
			{"2024-03-13", "2024-03-31", []string{"2024-03", "2024"}},
			{"2024-03", "2024-03", []string{"2024-03-10", "2024-03", "2024"}},
			{"2024", "", []string{"2025-01-05", "2024-03-10", "2024-03", "2024-02", "2024"}},
		} {
			evs, err := s.Events(ctx, sitrep.EventFilter{From: tc.from, To: tc.to})
			var got []string
			for _, e := range evs {
				got = append(got, e.Date)
			}
			if err != nil || strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("events %s..%s: %q %v, want %q", tc.from, tc.to, got, err, tc.want)
			}
			n := 0
			err = s.EachEvent(ctx, sitrep.EventFilter{From: tc.from, To: tc.to}, func(*sitrep.StoredEvent) error { n++; return nil })
			if err != nil || n != len(tc.want) {
				t.Errorf("each event %s..%s: %d %v, want %d", tc.from, tc.to, n, err, len(tc.want))
			}
			pts, err := s.Dyad(ctx, sitrep.DyadQuery{A: "CHN", B: "PHL", By: sitrep.ByMonth, From: tc.from, To: tc.to})
			total := 0
			for _, p := range pts {
				total += p.Events
			}
			if err != nil || total != len(tc.want) {
				t.Errorf("dyad %s..%s: %+v %v, want %d events", tc.from, tc.to, pts, err, len(tc.want))
			}
			acts, err := s.Actors(ctx, sitrep.ActorFilter{Prefix: "CHNGOV", From: tc.from, To: tc.to})
			if err != nil || len(acts) != 1 || acts[0].AsSource != len(tc.want) {
				t.Errorf("actors %s..%s: %+v %v, want CHNGOV as source %d times", tc.from, tc.to, acts, err, len(tc.want))
			}
		}
	})
	t.Run("SharedIDReachedByKey", func(t *testing.T) {
		// Two pages under one id (feeds reuse guids) are both kept, and
		// each is reached by its key, the URL (review38 finding 3: every
		// lookup gave the first).
		s := open(t)
		d1 := Doc("dup", "https://one.test/a", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
		d2 := Doc("dup", "https://two.test/b", "paper", "2024-03-15", [5]string{"USAGOV", "RUSGOV", "036", "2024-03-13", "planned"})
		d2.Text = strings.Replace(d2.Text, "Officials", "Ministers", 1)
		// A page whose id is another's URL, stored before it, does not
		// hide it.
		d3 := Doc("https://two.test/b", "https://three.test/c", "wire", "2024-03-15", [5]string{"FRAGOV", "DEUGOV", "036", "2024-03-13", "planned"})
		d3.Text = strings.Replace(d3.Text, "Officials", "Envoys", 1)
		for _, d := range []*sitrep.Document{d1, d3, d2} {
			if r, err := s.PutDocument(ctx, d); err != nil || !r.Stored {
				t.Fatalf("put %s: %+v %v", d.URL, r, err)
			}
		}
		for _, tc := range []struct{ name, text, source string }{
			{"https://one.test/a", d1.Text, "CHNGOV"},
			{"https://two.test/b", d2.Text, "USAGOV"},
			{"dup", d1.Text, ""}, // the id names the first stored
		} {
			got, err := s.Document(ctx, tc.name)
			if err != nil || got.Text != tc.text {
				t.Errorf("document %s: %v %v", tc.name, got, err)
			}
			if tc.source == "" {
				continue
			}
			evs, err := s.Events(ctx, sitrep.EventFilter{Article: tc.name})
			if err != nil || len(evs) != 1 || evs[0].SourceCode != tc.source {
				t.Errorf("events of %s: %+v %v, want one from %s", tc.name, evs, err, tc.source)
			}
		}
	})
	t.Run("ManyQuotes", func(t *testing.T) {
		// More quotes than one INSERT takes: every one stored, in order.
		s := open(t)
		d := Doc("q1", "", "wire", "2024-03-14")
		d.Quotes = nil
		for i := range 150 {
			d.Quotes = append(d.Quotes, sitrep.Quote{Span: d.MakeSpan(0, 9), Direct: i%2 == 0,
				SpeakerResolved: &sitrep.ResolvedSpeaker{Text: fmt.Sprint("Speaker ", i), Actor: "CHNGOV"}})
		}
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		qs, err := s.Quotes(ctx, sitrep.QuoteFilter{Limit: 200})
		if err != nil || len(qs) != 150 {
			t.Fatalf("quotes: %d %v", len(qs), err)
		}
		for i, q := range qs {
			if q.SpeakerResolved == nil || q.SpeakerResolved.Text != fmt.Sprint("Speaker ", i) || q.Direct != (i%2 == 0) {
				t.Fatalf("quote %d: %+v", i, q)
			}
		}
	})
	t.Run("RefusesUnstorableText", func(t *testing.T) {
		// PostgreSQL cannot store NUL or invalid UTF-8: every store
		// refuses both as invalid input, which callers count as that
		// article's failure, not as the store breaking.
		s := open(t)
		for _, bad := range []func(d *sitrep.Document){
			func(d *sitrep.Document) { d.Text = strings.Replace(d.Text, "met", "m\x00t", 1) },
			func(d *sitrep.Document) { d.Title = "Caf\xe9" },
			func(d *sitrep.Document) { d.Source = "wire\x00" },
		} {
			d := Doc("bad", "", "wire", "2024-03-14", [5]string{"RUSMIL", "UKRMIL", "190", "2024-03-12", "occurred"})
			bad(d)
			_, err := s.PutDocuments(ctx, []*sitrep.Document{Doc("good", "", "wire", "2024-03-14"), d})
			if sitrep.ErrorCode(err) != sitrep.EInvalid || !strings.Contains(err.Error(), `"bad"`) {
				t.Errorf("%+q: got %v, want an invalid error naming the article", d.Text+d.Title+d.Source, err)
			}
		}
		if r, err := s.PutDocument(ctx, Doc("good", "", "wire", "2024-03-14")); err != nil || !r.Stored {
			t.Fatalf("good article after refusals: %+v %v", r, err)
		}
	})
	t.Run("IDConflict", func(t *testing.T) {
		// An article keyed by its id is the same article only with the
		// same text; a URL-keyed one is the same page whatever its text.
		s := open(t)
		other := func(d *sitrep.Document) *sitrep.Document {
			d.Text = strings.Replace(d.Text, "Officials met.", "Ministers met.", 1)
			return d
		}
		if r, err := s.PutDocument(ctx, Doc("n1", "", "wire", "2024-03-14")); err != nil || !r.Stored {
			t.Fatalf("first: %+v %v", r, err)
		}
		if r, err := s.PutDocument(ctx, Doc("n1", "", "wire", "2024-03-14")); err != nil || r.Stored {
			t.Fatalf("same article again: %+v %v", r, err)
		}
		_, err := s.PutDocuments(ctx, []*sitrep.Document{other(Doc("n1", "", "wire", "2024-03-14"))})
		// The id once: the conflict names it, no wrapper repeats it.
		if sitrep.ErrorCode(err) != sitrep.EConflict || strings.Count(err.Error(), `"n1"`) != 1 {
			t.Fatalf("different article under a stored id: %v", err)
		}
		if _, err := s.PutDocument(ctx, Doc("u1", "https://x.test/u1", "wire", "2024-03-14")); err != nil {
			t.Fatal(err)
		}
		if r, err := s.PutDocument(ctx, other(Doc("u1", "https://x.test/u1", "wire", "2024-03-14"))); err != nil || r.Stored {
			t.Fatalf("edited page under a stored URL: %+v %v", r, err)
		}
	})
	t.Run("FeedLinks", func(t *testing.T) {
		// A feed link remembered as leading to a stored article is found
		// again, also by another process (a new connection); a link whose
		// article is not stored, or never remembered, is not.
		s := open(t)
		ls, ok := s.(interface {
			LinkStored(ctx context.Context, link string) (bool, error)
			RememberLink(ctx context.Context, link, key string) error
		})
		if !ok {
			t.Skip("store keeps no feed links")
		}
		canon := "https://x.test/story"
		if _, err := s.PutDocument(ctx, Doc(canon, canon, "wire", "2024-03-14")); err != nil {
			t.Fatal(err)
		}
		for _, l := range []string{canon + "?utm_source=feed", canon + "?ref=rss"} {
			if err := ls.RememberLink(ctx, l, canon); err != nil {
				t.Fatal(err)
			}
		}
		if err := ls.RememberLink(ctx, canon+"?utm_source=feed", canon); err != nil {
			t.Fatalf("remembered twice: %v", err)
		}
		if err := ls.RememberLink(ctx, "https://x.test/gone?x=1", "https://x.test/gone"); err != nil {
			t.Fatal(err)
		}
		for link, want := range map[string]bool{
			canon + "?utm_source=feed": true, canon + "?ref=rss": true,
			"https://x.test/gone?x=1": false, "https://x.test/other": false,
		} {
			if got, err := ls.LinkStored(ctx, link); err != nil || got != want {
				t.Errorf("LinkStored(%q) = %v, %v; want %v", link, got, err, want)
			}
		}
		if _, err := ls.LinkStored(ctx, "bad\xff"); sitrep.ErrorCode(err) != sitrep.EInvalid {
			t.Errorf("invalid UTF-8 link: %v", err)
		}
	})
	t.Run("QueryText", func(t *testing.T) {
		// Query values that are not UTF-8 are the user's mistake, not the
		// store's failure; a valid non-ASCII prefix is a query like any.
		s := open(t)
		if _, err := s.PutDocument(ctx, Doc("q1", "", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})); err != nil {
			t.Fatal(err)
		}
		bad := "CH\xff"
		for name, query := range map[string]func() error{
			"events": func() error { _, err := s.Events(ctx, sitrep.EventFilter{Text: bad}); return err },
			"actor":  func() error { _, err := s.Events(ctx, sitrep.EventFilter{Actor: bad}); return err },
			"each": func() error {
				return s.EachEvent(ctx, sitrep.EventFilter{Source: bad}, func(*sitrep.StoredEvent) error { return nil })
			},
			"quotes":   func() error { _, err := s.Quotes(ctx, sitrep.QuoteFilter{Speaker: bad}); return err },
			"dyad":     func() error { _, err := s.Dyad(ctx, sitrep.DyadQuery{A: bad, B: "PHL"}); return err },
			"actors":   func() error { _, err := s.Actors(ctx, sitrep.ActorFilter{Prefix: bad}); return err },
			"search":   func() error { _, err := s.Search(ctx, sitrep.SearchQuery{Query: bad}); return err },
			"document": func() error { _, err := s.Document(ctx, bad); return err },
		} {
			if err := query(); sitrep.ErrorCode(err) != sitrep.EInvalid {
				t.Errorf("%s: got %v, want an invalid error", name, err)
			}
		}
		// "ıa" is three bytes, "IA" two after upper-casing: still one
		// table and its columns.
		if _, err := s.Dyad(ctx, sitrep.DyadQuery{A: "ıa", B: "PHL", By: sitrep.ByMonth}); err != nil {
			t.Errorf("dyad of a short non-ASCII code: %v", err)
		}
		// "Ŀ" ends in the byte 0xBF: a byte-wise upper bound is not UTF-8.
		if evs, err := s.Events(ctx, sitrep.EventFilter{Actor: "Ŀ"}); err != nil || len(evs) != 0 {
			t.Errorf("non-ASCII prefix: %v %v", evs, err)
		}
		if evs, err := s.Events(ctx, sitrep.EventFilter{Actor: "chn"}); err != nil || len(evs) != 1 {
			t.Errorf("prefix chn: %v %v", evs, err)
		}
	})
	t.Run("ManyArticles", func(t *testing.T) {
		s := open(t)
		var docs []*sitrep.Document
		for i := 0; i < 50; i++ {
			docs = append(docs, Doc(fmt.Sprintf("m%d", i), "", "wire", "2024-03-14",
				[5]string{"RUSMIL", "UKRMIL", "190", fmt.Sprintf("2024-03-%02d", 1+i%28), "occurred"}))
		}
		if _, err := s.PutDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
		// Dates walk through March one day at a time; with a one-day merge
		// window each event absorbs the next day's mention: 14 events.
		st, _ := s.Stats(ctx)
		if st.Articles != 50 || st.Events != 14 || st.Mentions != 50 {
			t.Fatalf("stats %+v", st)
		}
	})
}
