package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"sitrep"
	"sitrep/fetch"
	"sitrep/nlp"
	"sitrep/reader"
)

// emitFeedItem turns a feed item into an article: the linked page's main
// text when the page can be had, else the item's own text. The feed's date
// stands in when the page carries none. The article's URL, and so its key,
// is the page's canonical URL, as for `ingest URL`, so that a page reached
// both ways is stored once; the feed link is the URL only without a page,
// or when stored says the store holds the page under it (keepStoredKey).
// dct (--dct) dates an article neither page nor feed dates.
func emitFeedItem(ctx context.Context, c *fetch.Client, it reader.FeedItem, dct time.Time, stored func(string) bool, emit func(reader.Item) error) error {
	var doc *sitrep.Document
	var fetchErr error
	if it.Link != "" {
		if resp, err := c.Get(ctx, it.Link, fetch.Validators{}); err == nil {
			doc, _ = reader.ParseHTMLType(bytes.NewReader(resp.Body), resp.URL, resp.ContentType)
		} else if ctx.Err() != nil {
			return ctx.Err()
		} else {
			fetchErr = err
		}
	}
	if doc == nil || len(bytes.TrimSpace([]byte(doc.Text))) == 0 {
		if it.Text == "" {
			// A page that could not be had now (a 503, a timeout) may be
			// had later: that failure is not the item's own (invalid),
			// so that watch keeps no validators and tries it again.
			if fetch.Temporary(fetchErr) {
				return emit(reader.Item{Err: fmt.Errorf("feed item has no text and its page could not be fetched: %w", fetchErr)})
			}
			return emit(reader.Item{Err: &reader.Error{File: firstNonEmpty(it.Link, it.GUID), Msg: "feed item has no text and its page could not be read"}})
		}
		doc = &sitrep.Document{Text: it.Text}
	}
	if doc.URL == "" {
		doc.URL = it.Link
	}
	keepStoredKey(doc, it.Link, stored)
	if doc.Title == "" {
		doc.Title = it.Title
	}
	if doc.Published.IsZero() {
		doc.Published = it.Published
	}
	if doc.Published.IsZero() {
		doc.Published = dct
	}
	doc.ID = firstNonEmpty(doc.URL, it.GUID)
	if doc.ID == "" {
		return emit(reader.Item{Err: &reader.Error{Msg: "feed item has neither link nor guid"}})
	}
	return emit(reader.Item{Doc: doc})
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// feedState is what watch remembers of one feed between polls.
type feedState struct {
	url      string
	val      fetch.Validators
	next     time.Time
	failures int
	dct      time.Time // --dct: the date of items that carry none
}

// linkStore is what the SQL stores offer for feed links: which links led
// to a stored article under another key. A feed's link usually differs
// from the page's canonical URL (the key), so the store cannot answer by
// key whether a link's page is stored; remembering the links spares later
// polls, of this process or the next, a download per item.
type linkStore interface {
	LinkStored(ctx context.Context, link string) (bool, error)
	RememberLink(ctx context.Context, link, key string) error
}

func cmdWatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "watch", "FEED_URL...")
	var in inputConfig
	in.register(fs)
	storeSpec := storeFlag(fs, e)
	interval := fs.Duration("interval", 5*time.Minute, "time between polls of one feed")
	perHost := fs.Duration("per-host", 2*time.Second, "least time between two requests to one host")
	once := fs.Bool("once", false, "poll every feed once, ingest what is new, and stop")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name at least one feed URL"}
	}
	opt, err := in.readerOptions(e)
	if err != nil {
		return err
	}
	if opt.Format != "" && opt.Format != "rss" {
		// Feeds are RSS or Atom, and the pages they link to HTML.
		return usageError{fmt.Sprintf("--input %q: watch reads feeds; leave --input out", in.format)}
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
	client := fetch.New(userAgent)
	client.PerHost = *perHost
	feeds := make([]*feedState, fs.NArg())
	for i, u := range fs.Args() {
		feeds[i] = &feedState{url: u, dct: opt.DCT}
	}
	skip := func(d *sitrep.Document) (bool, error) { return st.HasArticle(ctx, sitrep.ArticleKey(d)) }
	failedOnce := 0 // feeds that failed, for --once's exit status
	for {
		for _, f := range feeds {
			if time.Now().Before(f.next) {
				continue
			}
			n, err := pollFeed(ctx, e, client, st, p, in.workers, f, skip)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil && *once {
				failedOnce++
				fmt.Fprintf(e.stderr, "sitrep watch: %s: %v\n", f.url, err)
				continue
			}
			if err != nil {
				// Back off a failing feed: double the wait per failure, at
				// most an hour.
				f.failures++
				wait := min(*interval*time.Duration(1<<min(f.failures, 6)), time.Hour)
				f.next = time.Now().Add(wait)
				fmt.Fprintf(e.stderr, "sitrep watch: %s: %v (next try in %v)\n", f.url, err, wait.Round(time.Second))
				continue
			}
			f.failures = 0
			f.next = time.Now().Add(*interval)
			if n > 0 {
				fmt.Fprintf(e.stderr, "sitrep watch: %s: %d new articles stored\n", f.url, n)
			}
		}
		if *once {
			if failedOnce > 0 {
				return fmt.Errorf("%d of %d feed(s) failed: %w", failedOnce, len(feeds), errPartial)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Second):
		}
	}
}

// pollFeed fetches a feed conditionally and ingests its new items; it
// returns how many articles it stored.
func pollFeed(ctx context.Context, e *env, c *fetch.Client, st sitrep.Store, p *nlp.Pipeline, workers int, f *feedState,
	skip func(*sitrep.Document) (bool, error)) (int, error) {
	resp, err := c.Get(ctx, f.url, f.val)
	if err != nil {
		return 0, err
	}
	if resp.NotModified {
		return 0, nil
	}
	items, err := reader.ParseFeed(bytes.NewReader(resp.Body))
	if err != nil {
		return 0, err
	}
	// linkOf maps an article to the link it came from, remembered once
	// the article is found stored or is stored.
	var mu sync.Mutex
	linkOf := map[*sitrep.Document]string{}
	ls, _ := st.(linkStore)
	rememberLink := func(d *sitrep.Document) {
		mu.Lock()
		l := linkOf[d]
		mu.Unlock()
		if key := sitrep.ArticleKey(d); l != "" && l != key && ls != nil {
			// Failing to remember costs a download at a later process's
			// poll, not this article.
			if err := ls.RememberLink(ctx, l, key); err != nil && ctx.Err() == nil {
				fmt.Fprintf(e.stderr, "sitrep watch: %s: remembering the link: %v\n", l, err)
			}
		}
	}
	read := func(ctx context.Context, emit func(reader.Item) error) error {
		for _, it := range items {
			// Pages already stored are not fetched again: those stored
			// under their link (stores written before keys were
			// canonical URLs, or a link that is canonical) and those
			// whose link the store remembers as leading to a stored
			// article.
			if it.Link != "" {
				ok, err := st.HasArticle(ctx, it.Link)
				known := err == nil && ok
				if !known && ls != nil {
					ok, err := ls.LinkStored(ctx, it.Link)
					known = err == nil && ok
				}
				if known {
					continue
				}
			}
			err := emitFeedItem(ctx, c, it, f.dct, nil, func(ri reader.Item) error {
				if ri.Doc != nil && it.Link != "" {
					mu.Lock()
					linkOf[ri.Doc] = it.Link
					mu.Unlock()
				}
				return emit(ri)
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	// One item's failure (its page, its text, the store refusing or
	// failing it) costs that item only. The feed's validators are kept
	// only when no item failed in a way another try could mend (the store
	// failing): otherwise the next poll would be answered 304 and those
	// items never tried again. An item that is bad in itself (invalid, a
	// conflict) would fail again, and does not cost every later poll a
	// whole download.
	stored, failed := 0, 0
	var storeErr error
	retry := func(err error) bool {
		// A failure of the annotators (a recovered panic) is a bug that
		// meets the same article the same way again.
		var ae annotateError
		if errors.As(err, &ae) {
			return false
		}
		code := sitrep.ErrorCode(err)
		return code != sitrep.EInvalid && code != sitrep.EConflict
	}
	err = annotateItems(ctx, workers, read, p, skip, func(r result) error {
		if r.err != nil {
			if retry(r.err) {
				failed++
			}
			fmt.Fprintf(e.stderr, "sitrep watch: %v\n", r.err)
			return nil
		}
		if r.skipped {
			rememberLink(r.doc)
			return nil
		}
		res, err := st.PutDocument(ctx, r.doc)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if retry(err) {
				failed++
				storeErr = err
			}
			fmt.Fprintf(e.stderr, "sitrep watch: %s: %v\n", r.doc.ID, err)
			return nil
		}
		rememberLink(r.doc)
		if res.Stored {
			stored++
		}
		return nil
	})
	if err != nil {
		return stored, err
	}
	if failed == 0 {
		f.val = fetch.Validators{ETag: resp.ETag, LastModified: resp.LastModified}
	}
	if storeErr != nil && stored == 0 {
		// Nothing could be stored: the store is failing, and the feed
		// backs off like one that cannot be fetched.
		return 0, fmt.Errorf("store: %w", storeErr)
	}
	return stored, nil
}
