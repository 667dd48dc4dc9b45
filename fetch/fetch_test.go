package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

func TestConditionalGetAndRetry(t *testing.T) {
	var hits, fails atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/flaky" && fails.Add(1) <= 2 {
			w.WriteHeader(503)
			return
		}
		if r.URL.Path == "/gone" {
			w.WriteHeader(404)
			return
		}
		if r.Header.Get("User-Agent") != "sitrep-test" {
			t.Errorf("user agent %q", r.Header.Get("User-Agent"))
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte("hello"))
	}))
	defer srv.Close()
	c := New("sitrep-test")
	c.PerHost, c.Backoff = time.Millisecond, time.Millisecond
	ctx := context.Background()
	r, err := c.Get(ctx, srv.URL+"/a", Validators{})
	if err != nil || string(r.Body) != "hello" || r.ETag != `"v1"` {
		t.Fatalf("%+v %v", r, err)
	}
	r, err = c.Get(ctx, srv.URL+"/a", Validators{ETag: r.ETag})
	if err != nil || !r.NotModified || r.ETag != `"v1"` {
		t.Fatalf("conditional: %+v %v", r, err)
	}
	r, err = c.Get(ctx, srv.URL+"/flaky", Validators{})
	if err != nil || string(r.Body) != "hello" {
		t.Fatalf("retry: %+v %v", r, err)
	}
	before := hits.Load()
	if _, err := c.Get(ctx, srv.URL+"/gone", Validators{}); err == nil {
		t.Fatal("404 accepted")
	}
	if hits.Load()-before != 1 {
		t.Fatal("a 404 was retried")
	}
	if _, err := c.Get(ctx, "ftp://x", Validators{}); err == nil {
		t.Fatal("ftp accepted")
	}
	c.MaxBytes = 3
	before = hits.Load()
	if _, err := c.Get(ctx, srv.URL+"/b", Validators{}); err == nil {
		t.Fatal("oversized body accepted")
	}
	if hits.Load()-before != 1 {
		t.Fatalf("an oversized body was fetched %d times", hits.Load()-before)
	}
}

func TestPerHostDelay(t *testing.T) {
	c := New("x")
	c.PerHost = 50 * time.Millisecond
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < 3; i++ {
		if err := c.turn(ctx, "h"); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 100*time.Millisecond {
		t.Fatalf("three turns took %v, want at least two delays", el)
	}
}

// TestTemporary: which failures of Get a later try may not meet.
func TestTemporary(t *testing.T) {
	c := New("test")
	_, badURL := c.Get(context.Background(), "ftp://example.org/x", Validators{})
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"network", errors.New("dial tcp: connection refused"), true},
		{"503", &StatusError{URL: "u", Status: 503}, true},
		{"429", &StatusError{URL: "u", Status: 429}, true},
		{"404", &StatusError{URL: "u", Status: 404}, false},
		{"over the cap", permanentError{errors.New("u: larger than 10 bytes")}, false},
		{"bad URL", badURL, false},
		{"wrapped 502", fmt.Errorf("page: %w", &StatusError{URL: "u", Status: 502}), true},
	}
	for _, tt := range tests {
		if got := Temporary(tt.err); got != tt.want {
			t.Errorf("%s: Temporary(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
}

// TestPermanentFetchFailures: a redirect loop, a redirect off http(s) and
// a certificate that does not verify fail at once, not after retries, and
// are not Temporary (review38 finding 5: a 302 loop cost 40 requests and
// was refetched on every watch poll).
func TestPermanentFetchFailures(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	tlsSrv := httptest.NewTLSServer(mux) // its certificate is not trusted
	defer tlsSrv.Close()
	for _, tc := range []struct {
		url      string
		wantHits int32
	}{
		{srv.URL + "/loop", maxRedirects},
		{srv.URL + "/ftp", 1},
		{tlsSrv.URL + "/loop", 0},
	} {
		hits.Store(0)
		c := New("test")
		c.PerHost, c.Backoff = time.Millisecond, time.Millisecond
		_, err := c.Get(context.Background(), tc.url, Validators{})
		if err == nil || Temporary(err) || hits.Load() != tc.wantHits {
			t.Errorf("%s: %d requests, err %v (temporary %v); want %d and a permanent error", tc.url, hits.Load(), err, Temporary(err), tc.wantHits)
		}
	}
}

// TestRedirectWaitsItsTurn: each redirect hop keeps the per-host delay.
func TestRedirectWaitsItsTurn(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/c", http.StatusFound) })
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New("test")
	c.PerHost = 100 * time.Millisecond
	start := time.Now()
	resp, err := c.Get(context.Background(), srv.URL+"/a", Validators{})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("%v %v", resp, err)
	}
	if el := time.Since(start); el < 200*time.Millisecond {
		t.Fatalf("three requests to one host took %v, want at least two delays", el)
	}
}
