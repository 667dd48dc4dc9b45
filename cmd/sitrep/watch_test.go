package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep"
	"sitrep/fetch"
	"sitrep/nlp"
	"sitrep/sqlite"
	"sitrep/storetest"
)

// feedServer serves an RSS feed with an ETag, answering 304 to it, and the
// pages its items link to. Each page names a canonical URL that differs
// from the feed's link to it (a tracking parameter), as news sites do.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Ministers meet</title><link>%[1]s/p1?src=feed</link><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate><guid>p1</guid></item>
<item><title>Envoy recalled</title><link>%[1]s/p2?src=feed</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><guid>p2</guid></item>
</channel></rss>`, srv.URL)
	})
	page := func(path, title, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `<html><head><title>%s</title><link rel="canonical" href="%s%s"></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>`,
				title, srv.URL, path, title, body, body)
		})
	}
	page("/p1", "Ministers meet", "The foreign ministers of Norway and Chile met on Monday in Oslo to discuss fishing quotas, their offices said in a joint statement.")
	page("/p2", "Envoy recalled", "Peru recalled its ambassador from Bolivia on Tuesday after a dispute over border crossings, the ministry in Lima said.")
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestWatchRetriesAfterStoreFailure: a poll whose items could not be stored
// keeps no validators, so the next poll is not answered 304 and stores them.
func TestWatchRetriesAfterStoreFailure(t *testing.T) {
	srv := feedServer(t)
	ctx := context.Background()
	base, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	st := &refusingStore{Store: base, down: true}
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost = time.Millisecond
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err == nil || n != 0 {
		t.Fatalf("poll with the store down: %d stored, err %v; want an error", n, err)
	}
	st.down = false
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 2 {
		t.Fatalf("poll with the store back: %d stored, err %v; want 2", n, err)
	}
	if f.val.ETag != `"v1"` {
		t.Fatalf("validators after a whole poll: %+v", f.val)
	}
}

// TestFeedAndURLStoreAPageOnce: a page ingested by URL and then met again
// as a feed item (under another link) is the same article.
func TestFeedAndURLStoreAPageOnce(t *testing.T) {
	srv := feedServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := sitrepRun(t, "", "ingest", "--store", db, srv.URL+"/p1"); code != exitOK || !strings.Contains(errs, "1 stored") {
		t.Fatalf("ingest URL: %d %s", code, errs)
	}
	code, _, errs := sitrepRun(t, "", "watch", "--once", "--per-host", "1ms", "--store", db, srv.URL+"/feed.xml")
	if code != exitOK || !strings.Contains(errs, "1 new articles stored") {
		t.Fatalf("watch: %d %s", code, errs)
	}
	code, out, _ := sitrepRun(t, "", "show", srv.URL+"/p2", "--store", db, "--format", "jsonl")
	if code != exitOK || !strings.Contains(out, `"title":"Envoy recalled"`) {
		t.Fatalf("feed article not stored under its canonical URL: %d %s", code, out)
	}
}

// TestPagesStoredUnderTheirLinkStayThere: a store written before feed items
// were keyed by canonical URL holds a page under its feed link; reaching it
// again by that link (ingest of the feed, or of the link) finds it there
// instead of storing it a second time under its canonical URL.
func TestPagesStoredUnderTheirLinkStayThere(t *testing.T) {
	srv := feedServer(t)
	db := filepath.Join(t.TempDir(), "old.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	link := srv.URL + "/p1?src=feed"
	if _, err := st.PutDocument(ctx, storetest.Doc(link, link, "Wire", "2024-03-04")); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, _, errs := sitrepRun(t, "", "ingest", "--store", db, srv.URL+"/feed.xml")
	if code != exitOK || !strings.Contains(errs, "1 stored, 1 already present") {
		t.Fatalf("ingest of the feed: %d %s", code, errs)
	}
	code, _, errs = sitrepRun(t, "", "ingest", "--store", db, link)
	if code != exitOK || !strings.Contains(errs, "0 stored, 1 already present") {
		t.Fatalf("ingest of the link: %d %s", code, errs)
	}
}

// TestWatchKeepsValidatorsPastABadItem: an item the store refuses as
// invalid would fail again; the poll keeps the feed's validators, so that
// later polls stay conditional.
func TestWatchKeepsValidatorsPastABadItem(t *testing.T) {
	srv := feedServer(t)
	ctx := context.Background()
	base, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	st := &refusingStore{Store: base, bad: srv.URL + "/p1"}
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost = time.Millisecond
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 1 || f.val.ETag != `"v1"` {
		t.Fatalf("poll: %d stored, err %v, validators %+v; want 1 stored and the ETag kept", n, err, f.val)
	}
}

// TestWatchDoesNotRefetchStoredPages: a feed link that differs from the
// page's canonical URL (a tracking parameter) led to a stored article; when
// the feed changes and is polled again, that page is not downloaded again.
func TestWatchDoesNotRefetchStoredPages(t *testing.T) {
	srv := feedServer(t)
	var pages atomic.Int32
	h := srv.Config.Handler
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			pages.Add(1)
		}
		h.ServeHTTP(w, r)
	})
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost = time.Millisecond
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 2 || pages.Load() != 2 {
		t.Fatalf("first poll: %d stored, %d pages fetched, err %v; want 2 and 2", n, pages.Load(), err)
	}
	f.val = fetch.Validators{} // the feed changed: no 304
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 0 || pages.Load() != 2 {
		t.Fatalf("second poll: %d stored, %d pages fetched in all, err %v; want 0 and still 2", n, pages.Load(), err)
	}
	// A new watch process (watch --once from cron) knows the links from
	// the store.
	st.Close()
	if st, err = sqlite.Open(ctx, db); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f = &feedState{url: srv.URL + "/feed.xml"}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 0 || pages.Load() != 2 {
		t.Fatalf("poll of a new process: %d stored, %d pages fetched in all, err %v; want 0 and still 2", n, pages.Load(), err)
	}
}

// TestWatchRetriesItemsWhosePageIsDown: an item without feed text whose
// page answers 503 is not the item's own fault; the poll keeps no
// validators, and a later poll stores it once the page is back.
func TestWatchRetriesItemsWhosePageIsDown(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks resume</title><link>%s/p</link><guid>p</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, `<html><head><title>Talks resume</title></head><body><article><p>Delegations from Ghana and Togo resumed talks on Wednesday in Accra about their shared border, officials from both sides said.</p></article></body></html>`)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost, client.Retries = time.Millisecond, 0
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 0 || f.val.ETag != "" {
		t.Fatalf("poll with the page down: %d stored, err %v, validators %+v; want none kept", n, err, f.val)
	}
	down.Store(false)
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 1 || f.val.ETag != `"v1"` {
		t.Fatalf("poll with the page back: %d stored, err %v, validators %+v; want 1 and the ETag", n, err, f.val)
	}
}

// panicky is a pipeline component with a bug: it panics on every article.
type panicky struct{}

func (panicky) Name() string                     { return "panicky" }
func (panicky) Needs() sitrep.Layer              { return 0 }
func (panicky) Fills() sitrep.Layer              { return sitrep.LayerSentences }
func (panicky) Process(d *sitrep.Document) error { panic("index out of range") }

// TestWatchKeepsValidatorsPastAnAnnotatorPanic: an article the annotators
// fail on (a recovered panic) fails the same way on every poll, so the poll
// keeps the feed's validators instead of downloading it all again forever.
func TestWatchKeepsValidatorsPastAnAnnotatorPanic(t *testing.T) {
	srv := feedServer(t)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := nlp.New(0, panicky{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost = time.Millisecond
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 0 || f.val.ETag != `"v1"` {
		t.Fatalf("poll: %d stored, err %v, validators %+v; want 0 stored and the ETag kept", n, err, f.val)
	}
}
