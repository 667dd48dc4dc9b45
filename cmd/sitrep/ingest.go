package main

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"sitrep"
	"sitrep/fetch"
	"sitrep/reader"
)

// ingestBatch is how many articles one transaction stores: enough to keep
// the store's overhead small, few enough that a kill loses little work.
const ingestBatch = 64

func cmdIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH|URL|-...")
	var in inputConfig
	in.register(fs)
	storeSpec := storeFlag(fs, e)
	qf := newQueueFlags(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		return usageError{"name the files, folders, URLs or - to ingest"}
	}
	// The flags are checked before anything is opened or loaded: a
	// mistyped --dct must not leave a new empty store behind.
	opt, err := in.readerOptions(e)
	if err != nil {
		return err
	}
	if *qf.url != "" {
		return publishInputs(ctx, e, qf, paths, &in)
	}
	st, err := openStore(ctx, *storeSpec)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := buildPipeline(in.pipe)
	if err != nil {
		return err
	}
	var urls, files []string
	for _, p := range paths {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			urls = append(urls, p)
		} else {
			files = append(files, p)
		}
	}
	client := fetch.New(userAgent)
	storedKey := func(key string) bool {
		ok, err := st.HasArticle(ctx, key)
		return err == nil && ok
	}
	read := func(ctx context.Context, emit func(reader.Item) error) error {
		for _, u := range urls {
			if err := emitURL(ctx, client, u, opt.DCT, storedKey, emit); err != nil {
				return err
			}
		}
		if len(files) == 0 {
			return nil
		}
		return reader.Read(ctx, files, opt, emit)
	}
	sum := ingestSummary{reasons: map[string]int{}}
	prog := newProgress(e.stderr)
	// One goroutine stores batches, in input order, while the pipeline
	// annotates the next ones: storing then overlaps annotating instead of
	// stalling it.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type batchJob struct {
		docs   []*sitrep.Document
		pos    map[*sitrep.Document]string // where each was read, for the store's refusals
		tokens int
	}
	batches := make(chan batchJob, 2)
	var mu sync.Mutex // guards sum between the two goroutines
	var storeErr error
	stored := make(chan struct{})
	go func() {
		defer close(stored)
		for b := range batches {
			if storeErr != nil {
				// Drained: annotated, never stored (an interrupt, the
				// store failing); the summary says so.
				mu.Lock()
				sum.unstored += len(b.docs)
				mu.Unlock()
				continue
			}
			refused := 0
			res, err := storeBatch(ctx, st, b.docs, func(d *sitrep.Document, err error) {
				mu.Lock()
				refused++
				sum.failed++
				sum.reasons[reasonOf(err)]++
				if pos := b.pos[d]; pos != "" {
					err = fmt.Errorf("%s: %w", pos, err)
				}
				fmt.Fprintf(e.stderr, "%ssitrep ingest: %v\n", prog.lineStart(), err)
				mu.Unlock()
			})
			mu.Lock()
			if err != nil {
				storeErr = err
				cancel()
				sum.unstored += len(b.docs) - len(res) - refused
			}
			for _, r := range res {
				if r.Stored {
					sum.stored++
					sum.events += r.Events
					sum.newEvents += r.NewEvents
				} else {
					sum.present++
				}
			}
			sum.tokens += b.tokens
			mu.Unlock()
		}
	}()
	var batch []*sitrep.Document
	batchPos := map[*sitrep.Document]string{}
	var batchTokens int
	flush := func() {
		if len(batch) > 0 {
			batches <- batchJob{batch, batchPos, batchTokens}
			batch, batchPos, batchTokens = nil, map[*sitrep.Document]string{}, 0
		}
	}
	// Skipping stored articles before annotating makes a rerun after a
	// crash cost only the articles not yet stored.
	skip := func(d *sitrep.Document) (bool, error) {
		return alreadyStored(ctx, st, d)
	}
	lastFlush := time.Now()
	err = annotateItems(ctx, in.workers, read, p, skip, func(r result) error {
		mu.Lock()
		defer mu.Unlock()
		sum.read++
		switch {
		case r.err != nil:
			sum.failed++
			sum.reasons[reasonOf(r.err)]++
			fmt.Fprintf(e.stderr, "%ssitrep ingest: %v\n", prog.lineStart(), r.err)
		case r.skipped:
			sum.present++
		default:
			batch = append(batch, r.doc)
			if r.pos != "" {
				batchPos[r.doc] = r.pos
			}
			batchTokens += len(r.doc.Tokens)
		}
		if len(batch) >= ingestBatch || time.Since(lastFlush) > time.Second {
			lastFlush = time.Now()
			mu.Unlock()
			flush()
			mu.Lock()
		}
		prog.update(sum.read, sum.failed, sum.events)
		return nil
	})
	flush()
	close(batches)
	<-stored
	if storeErr != nil {
		err = storeErr
	}
	prog.finish()
	sum.elapsed = time.Since(prog.start)
	sum.print(e)
	if err != nil {
		return err
	}
	if sum.failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", sum.failed, errPartial)
	}
	return nil
}

// storeBatch stores docs in one call. That call is one transaction, so an
// article the store refuses loses the whole batch: then the articles are
// stored one at a time, each refused one (invalid input, or an id taken by
// a different article) goes to fail, and the rest are kept. Any other
// error means the store itself is failing and is returned with the
// results of the articles stored before it.
func storeBatch(ctx context.Context, st sitrep.Store, docs []*sitrep.Document, fail func(*sitrep.Document, error)) ([]sitrep.PutResult, error) {
	res, err := st.PutDocuments(ctx, docs)
	if err == nil || ctx.Err() != nil {
		return res, err
	}
	res = res[:0]
	for _, d := range docs {
		r, err := st.PutDocument(ctx, d)
		if err != nil {
			if code := sitrep.ErrorCode(err); (code == sitrep.EInvalid || code == sitrep.EConflict) && ctx.Err() == nil {
				fail(d, err)
				continue
			}
			return res, err
		}
		res = append(res, r)
	}
	return res, nil
}

type ingestSummary struct {
	read, stored, present, failed int
	unstored                      int // annotated, then left unstored by an interrupt or a failing store
	events, newEvents, tokens     int
	reasons                       map[string]int
	elapsed                       time.Duration
}

func (s *ingestSummary) print(e *env) {
	secs := s.elapsed.Seconds()
	unstored := ""
	if s.unstored > 0 {
		unstored = fmt.Sprintf(", %d annotated but not stored", s.unstored)
	}
	fmt.Fprintf(e.stderr, "ingested %d articles (%d stored, %d already present, %d failed%s), %d event mentions (%d new events), %d tokens in %.1fs",
		s.read, s.stored, s.present, s.failed, unstored, s.events, s.newEvents, s.tokens, secs)
	if secs > 0 && s.stored > 0 {
		fmt.Fprintf(e.stderr, ": %.1f articles/s, %.0f tokens/s", float64(s.stored)/secs, float64(s.tokens)/secs)
	}
	fmt.Fprintln(e.stderr)
	if len(s.reasons) > 0 {
		var rs []string
		for r := range s.reasons {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool {
			return s.reasons[rs[i]] > s.reasons[rs[j]] || s.reasons[rs[i]] == s.reasons[rs[j]] && rs[i] < rs[j]
		})
		fmt.Fprintln(e.stderr, "failures:")
		for _, r := range rs {
			fmt.Fprintf(e.stderr, "  %5d  %s\n", s.reasons[r], r)
		}
	}
}

// reasonOf groups an error by its message without the file and line, so
// the summary counts kinds of failure.
func reasonOf(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return msg
}

const userAgent = "sitrep/" + version + " (news event coder; +https://example.org/sitrep)"

// emitURL fetches one URL and emits the article it holds, or each item of
// the feed it is; a fetch failure is an item error, not a fatal one. The
// article's key is the page's canonical URL, unless stored (which may be
// nil) says the page is stored under u already (see keepStoredKey). dct
// (--dct) dates what carries no date of its own, as for files.
func emitURL(ctx context.Context, c *fetch.Client, u string, dct time.Time, stored func(string) bool, emit func(reader.Item) error) error {
	resp, err := c.Get(ctx, u, fetch.Validators{})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(reader.Item{Err: &reader.Error{File: u, Msg: err.Error()}})
	}
	if isFeed(resp.ContentType, resp.Body) {
		items, err := reader.ParseFeed(bytes.NewReader(resp.Body))
		if err != nil {
			return emit(reader.Item{Err: &reader.Error{File: u, Msg: err.Error()}})
		}
		for _, it := range items {
			if err := emitFeedItem(ctx, c, it, dct, stored, emit); err != nil {
				return err
			}
		}
		return nil
	}
	doc, err := reader.ParseHTMLType(bytes.NewReader(resp.Body), resp.URL, resp.ContentType)
	if err != nil {
		return emit(reader.Item{Err: &reader.Error{File: u, Msg: err.Error()}})
	}
	if doc.URL == "" {
		doc.URL = u
	}
	if doc.ID == "" {
		doc.ID = doc.URL
	}
	if doc.Published.IsZero() {
		doc.Published = dct
	}
	keepStoredKey(doc, u, stored)
	return emit(reader.Item{Doc: doc})
}

// keepStoredKey keys doc by the URL it was reached by (a feed link, a URL
// given to ingest) when the store holds an article under that URL and not
// under the page's canonical one: stores written before feed items were
// keyed by canonical URL hold them under their link, and the same page must
// not be stored again under a second key.
func keepStoredKey(doc *sitrep.Document, reached string, stored func(string) bool) {
	if stored == nil || reached == "" || doc.URL == reached || stored(doc.URL) || !stored(reached) {
		return
	}
	if doc.ID == doc.URL {
		doc.ID = reached
	}
	doc.URL = reached
}

func isFeed(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") {
		return true
	}
	head := strings.ToLower(string(body[:min(len(body), 512)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed")
}
