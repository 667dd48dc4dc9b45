package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/fetch"
)

// sitrepRun runs a command in-process and returns its exit code and
// output.
func sitrepRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestUsageAndUnknownCommands(t *testing.T) {
	if code, _, errs := sitrepRun(t, "", "frobnicate"); code != exitUsage || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Fatalf("%d %s", code, errs)
	}
	if code, _, errs := sitrepRun(t, ""); code != exitUsage || !strings.Contains(errs, "annotate") {
		t.Fatalf("%d %s", code, errs)
	}
	if code, _, errs := sitrepRun(t, "", "events", "--from", "yesterday", "--store", filepath.Join(t.TempDir(), "x.db")); code != exitUsage || !strings.Contains(errs, "--from") {
		t.Fatalf("%d %s", code, errs)
	}
	if code, _, _ := sitrepRun(t, "", "annotate", "-h"); code != exitOK {
		t.Fatalf("-h: %d", code)
	}
}

// TestAnnotateBadInputGoesOn feeds a batch with broken lines: each is
// reported with file and line, the good articles are annotated, and the
// exit status says something failed.
func TestAnnotateBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"a","published":"2024-03-14","text":"China warned the Philippines on Tuesday."}
{"id":"b", broken
{"id":"c","published":"2024-03-14","text":""}
{"id":"d","published":"2024-03-14","text":"Russia attacked Ukraine."}
`), 0o644)
	code, out, errs := sitrepRun(t, "", "annotate", in)
	if code != exitFailed {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, want := range []string{"in.jsonl:2", "in.jsonl:3"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 annotated articles, got %d:\n%s", len(lines), out)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["id"] != "a" || doc["text"] != "China warned the Philippines on Tuesday." || len(doc["tokens"].([]any)) < 6 {
		t.Fatalf("first article: %v", doc)
	}
}

// TestIngestIsIdempotentAndQueriesWork ingests the samples twice and
// queries the store.
func TestIngestIsIdempotentAndQueriesWork(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	in := manyArticles(t, 5)
	code, _, errs := sitrepRun(t, "", "ingest", "--store", db, in)
	if code != exitOK || !strings.Contains(errs, "5 stored") {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	code, _, errs = sitrepRun(t, "", "ingest", "--store", db, in)
	if code != exitOK || !strings.Contains(errs, "0 stored, 5 already present") {
		t.Fatalf("re-ingest: %d %s", code, errs)
	}
	for _, q := range [][]string{
		{"events", "--format", "json"},
		{"calendar", "--from", "2024-01-01", "--format", "csv"},
		{"quotes"},
		{"actors"},
		{"dyad", "CHN", "PHL", "--both"},
		{"search", "shoal"},
		{"export", "--format", "gdelt"},
		{"export", "--format", "plover"},
		{"show", "sample-scs-2024-03-14-0"},
	} {
		code, out, errs := sitrepRun(t, "", append(q, "--store", db)...)
		if code != exitOK || out == "" {
			t.Errorf("%v: exit %d, %s", q, code, errs)
		}
	}
}

// TestWatchPollsPolitely serves a feed and its pages locally: the watcher
// ingests the new items, asks again with the validators it was given, and
// does not fetch stored pages again.
func TestWatchPollsPolitely(t *testing.T) {
	var feedHits, conditional, pageHits atomic.Int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		feedHits.Add(1)
		if r.Header.Get("If-None-Match") == `"f1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"f1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>
<item><title>Talks agreed</title><link>%[1]s/a1</link><pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate><guid>a1</guid></item>
<item><title>Border troops</title><link>%[1]s/a2</link><pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate><guid>a2</guid></item>
</channel></rss>`, srv.URL)
	})
	page := func(title, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			pageHits.Add(1)
			fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>`, title, title, body, body)
		}
	}
	mux.HandleFunc("/a1", page("Talks agreed", "The Philippines and China agreed on Thursday to hold talks later this month after a collision near a disputed shoal, officials said."))
	mux.HandleFunc("/a2", page("Border troops", "Ethiopia accused Eritrea on Wednesday of massing troops along their shared border, a charge the government in Asmara rejected."))
	srv = httptest.NewServer(mux)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	args := []string{"watch", "--once", "--per-host", "1ms", "--store", db, srv.URL + "/feed.xml"}
	if code, _, errs := sitrepRun(t, "", args...); code != exitOK || !strings.Contains(errs, "2 new articles stored") {
		t.Fatalf("first poll: %d %s", code, errs)
	}
	if code, _, errs := sitrepRun(t, "", args...); code != exitOK {
		t.Fatalf("second poll: %d %s", code, errs)
	}
	// A new process has no validators: it refetches the feed, but not the
	// pages it has stored.
	if pageHits.Load() != 2 || feedHits.Load() != 2 {
		t.Fatalf("feed fetched %d times, pages %d times", feedHits.Load(), pageHits.Load())
	}
	// Within one process the next poll is conditional and costs nothing.
	ctx := context.Background()
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New("test")
	client.PerHost = time.Millisecond
	f := &feedState{url: srv.URL + "/feed.xml"}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	for i := 0; i < 2; i++ {
		if n, err := pollFeed(ctx, e, client, st, p, 1, f, nil); err != nil || n != 0 {
			t.Fatalf("poll %d: %d %v", i, n, err)
		}
	}
	if conditional.Load() != 1 || pageHits.Load() != 2 {
		t.Fatalf("conditional GETs %d, page fetches %d", conditional.Load(), pageHits.Load())
	}
	code, out, _ := sitrepRun(t, "", "show", srv.URL+"/a1", "--store", db, "--format", "jsonl")
	if code != exitOK || !strings.Contains(out, `"title":"Talks agreed"`) || !strings.Contains(out, `"published":"2024-03-14`) {
		t.Fatalf("stored article: %s", out)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	fs := newFlags(&env{stderr: io.Discard}, "x", "")
	by := fs.String("by", "month", "")
	both := fs.Bool("both", false, "")
	if err := parseFlags(fs, []string{"USA", "--by", "week", "CHN", "--both", "--", "-x"}); err != nil {
		t.Fatal(err)
	}
	if *by != "week" || !*both || strings.Join(fs.Args(), ",") != "USA,CHN,-x" {
		t.Fatalf("by %s both %v args %v", *by, *both, fs.Args())
	}
}
