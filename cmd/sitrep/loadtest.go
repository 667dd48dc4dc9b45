package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// cmdLoadTest sends a fixed rate of API requests to a running sitrep
// serve on this machine for a bounded time and reports latency
// percentiles: the API latency benchmark of docs/benchmarks.md. It only
// talks to loopback addresses.
func cmdLoadTest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "loadtest", "")
	base := fs.String("url", "http://127.0.0.1:8080", "`base URL` of a sitrep serve on this machine")
	rate := fs.Int("rate", 200, "requests per second")
	dur := fs.Duration("duration", 30*time.Second, "how long to send (at most 10m)")
	seed := fs.Uint64("seed", 1, "random seed for the request mix")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	u, err := url.Parse(*base)
	if err != nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost" && u.Hostname() != "::1") {
		return usageError{"--url must be a loopback address"}
	}
	if *rate < 1 || *rate > 5000 || *dur <= 0 || *dur > 10*time.Minute {
		return usageError{"--rate 1..5000 and --duration up to 10m"}
	}
	r := rand.New(rand.NewPCG(*seed, 2))
	countries := genCountries[:20]
	pick := func() string { return countries[r.IntN(len(countries))] }
	// The mix: the queries analysts run most.
	mix := []func() string{
		func() string { return "/api/events?actor=" + pick() + "&limit=50" },
		func() string { return "/api/events?source=" + pick() + "&target=" + pick() + "&limit=50" },
		func() string {
			return fmt.Sprintf("/api/events?cameo=%02d&from=2020-01-01&to=2020-12-31&limit=50", 1+r.IntN(20))
		},
		func() string { return "/api/events?status=planned&limit=50" },
		func() string { return "/api/dyad?a=" + pick() + "&b=" + pick() + "&by=month&both=true" },
		func() string { return "/api/dyad?a=" + pick() + "&b=" + pick() + "&by=week" },
		func() string { return fmt.Sprintf("/api/calendar?from=2024-%02d-01&limit=50", 1+r.IntN(12)) },
		func() string { return "/api/actors?limit=20" },
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	type res struct {
		path string
		d    time.Duration
		ok   bool
	}
	var mu sync.Mutex
	var results []res
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(*rate))
	defer tick.Stop()
	deadline := time.After(*dur)
	sent := 0
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-deadline:
			break loop
		case <-tick.C:
			path := mix[sent%len(mix)]()
			sent++
			wg.Add(1)
			go func() {
				defer wg.Done()
				start := time.Now()
				resp, err := client.Get(*base + path)
				ok := err == nil
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					ok = resp.StatusCode == 200
				}
				mu.Lock()
				results = append(results, res{path, time.Since(start), ok})
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	if len(results) == 0 {
		return fmt.Errorf("no requests completed")
	}
	all := make([]time.Duration, 0, len(results))
	byKind := map[string][]time.Duration{}
	failed := 0
	for _, x := range results {
		if !x.ok {
			failed++
		}
		all = append(all, x.d)
		kind := x.path
		if i := strings.IndexByte(kind, '?'); i >= 0 {
			kind = kind[:i]
		}
		byKind[kind] = append(byKind[kind], x.d)
	}
	pct := func(ds []time.Duration, p float64) time.Duration {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ds[min(len(ds)-1, int(p*float64(len(ds))))]
	}
	fmt.Fprintf(e.stdout, "%d requests in %v at %d/s target (%.0f/s achieved), %d failed\n", len(results), *dur, *rate, float64(len(results))/dur.Seconds(), failed)
	fmt.Fprintf(e.stdout, "all        p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", ms(pct(all, .5)), ms(pct(all, .9)), ms(pct(all, .99)), ms(pct(all, 1)))
	var kinds []string
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		ds := byKind[k]
		fmt.Fprintf(e.stdout, "%-14s p50 %6.1f ms  p99 %6.1f ms  (%d)\n", k, ms(pct(ds, .5)), ms(pct(ds, .99)), len(ds))
	}
	if failed > 0 {
		return fmt.Errorf("%d requests failed: %w", failed, errPartial)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
