package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestDCTDatesURLs: --dct dates an undated page reached by URL or through
// a feed as it dates an undated file, so "on Tuesday" resolves (review34
// finding 2: the flag was ignored for URLs and by watch).
func TestDCTDatesURLs(t *testing.T) {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/art.html", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Threat</title></head><body><article><h1>Threat</h1><p>Iran threatened Iraq on Tuesday, officials said.</p></article></body></html>`)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Threat</title><link>%s/art.html</link><guid>t1</guid></item>
</channel></rss>`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"ingest URL", []string{"ingest", "--dct", "2024-03-20", srv.URL + "/art.html"}},
		{"ingest feed URL", []string{"ingest", "--dct", "2024-03-20", srv.URL + "/feed.xml"}},
		{"watch", []string{"watch", "--once", "--per-host", "1ms", "--dct", "2024-03-20", srv.URL + "/feed.xml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "u.db")
			if code, _, errs := sitrepRun(t, "", append(tc.args, "--store", db)...); code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			code, out, errs := sitrepRun(t, "", "events", "--store", db, "--format", "csv")
			if code != exitOK || !strings.Contains(out, "2024-03-19") {
				t.Fatalf("events (exit %d) lack the date 2024-03-19:\n%s%s", code, out, errs)
			}
		})
	}
}

// TestWatchOnceReportsFailedFeeds: watch --once whose feeds fail exits 1
// and promises no next try; an --input it cannot honour is a usage error
// (review34 finding 3: it exited 0 and took any --input).
func TestWatchOnceReportsFailedFeeds(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		want     string
		wantNone string
	}{
		{"every feed fails", []string{srv.URL + "/a.xml", srv.URL + "/b.xml"}, exitFailed, "2 of 2 feed(s) failed", "next try"},
		{"an input format watch cannot read", []string{"--input", "bogus", srv.URL + "/a.xml"}, exitUsage, "--input", "next try"},
		{"an input format of files", []string{"--input", "jsonl", srv.URL + "/a.xml"}, exitUsage, "leave --input out", "next try"},
		{"a date not YYYY-MM-DD", []string{"--dct", "2024-3-1", srv.URL + "/a.xml"}, exitUsage, "--dct", "next try"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"watch", "--once", "--per-host", "1ms", "--store", db}, tc.args...)
			code, _, errs := sitrepRun(t, "", args...)
			if code != tc.code || !strings.Contains(errs, tc.want) || strings.Contains(errs, tc.wantNone) {
				t.Fatalf("exit %d, want %d with %q and no %q:\n%s", code, tc.code, tc.want, tc.wantNone, errs)
			}
		})
	}
}

// TestFetchedPagesUseTheHeaderCharset: a page reached by URL or through a
// feed is decoded in the charset its Content-Type names (review38 finding
// 1: windows-1251 was stored as Latin-1 mojibake).
func TestFetchedPagesUseTheHeaderCharset(t *testing.T) {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/ru.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		fmt.Fprint(w, "<html><body><article><p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p></article></body></html>")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>News</title><link>%s/ru.html</link><guid>n1</guid></item>
</channel></rss>`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"ingest URL", []string{"ingest", srv.URL + "/ru.html"}},
		{"watch", []string{"watch", "--once", "--per-host", "1ms", srv.URL + "/feed.xml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "ru.db")
			if code, _, errs := sitrepRun(t, "", append(tc.args, "--store", db)...); code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			st, err := openStore(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			doc, err := st.Document(context.Background(), srv.URL+"/ru.html")
			if err != nil || doc.Text != "Новости" {
				t.Fatalf("stored %v, %v; want Новости", doc, err)
			}
		})
	}
}
