package natsqueue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"sitrep"
)

// TestURL returns the NATS server to test against ($SITREP_TEST_NATS or
// the local default), skipping when there is none unless
// $SITREP_REQUIRE_SERVICES is set.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("SITREP_TEST_NATS")
	if u == "" {
		u = "nats://127.0.0.1:4222"
	}
	nc, err := nats.Connect(u, nats.Timeout(2*time.Second))
	if err == nil {
		_, err = nc.JetStream()
		nc.Close()
	}
	if err != nil {
		if os.Getenv("SITREP_REQUIRE_SERVICES") != "" {
			t.Fatalf("NATS at %s: %v", u, err)
		}
		t.Skipf("no NATS with JetStream at %s (%v): set SITREP_TEST_NATS", u, err)
	}
	return u
}

// testConfig gives each test streams of its own.
func testConfig(t *testing.T) Config {
	u := testURL(t)
	n := fmt.Sprintf("T%d_%d", os.Getpid(), time.Now().UnixNano())
	cfg := Config{URL: u, Stream: "SITREP_JOBS_" + n, Subject: "sitrep.test." + n + ".jobs", DeadStream: "SITREP_DEAD_" + n,
		DeadSubj: "sitrep.test." + n + ".dead", Consumer: "w", MaxDeliver: 2, AckWait: 5 * time.Second, Backoff: 50 * time.Millisecond}
	t.Cleanup(func() {
		nc, err := nats.Connect(u)
		if err != nil {
			return
		}
		defer nc.Close()
		js, _ := nc.JetStream()
		js.DeleteStream(cfg.Stream)
		js.DeleteStream(cfg.DeadStream)
	})
	return cfg
}

// openQueue opens the queue of cfg, closed when the test ends.
func openQueue(t *testing.T, cfg Config) *Queue {
	t.Helper()
	q, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func TestPublishConsumeDeadLetter(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	q := openQueue(t, cfg)
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, id := range []string{"a", "b", "bad", "c", "a"} { // "a" twice: deduplicated
		if err := q.Publish(ctx, &sitrep.Document{ID: id, Text: "text of " + id, Published: pub}); err != nil {
			t.Fatal(err)
		}
	}
	st, err := q.Status(ctx)
	if err != nil || st.Pending != 4 {
		t.Fatalf("status before: %+v %v", st, err)
	}
	var mu sync.Mutex
	seen := map[string]int{}
	handle := func(ctx context.Context, d *sitrep.Document) error {
		mu.Lock()
		defer mu.Unlock()
		seen[d.ID]++
		if !d.Published.Equal(pub) || d.Text != "text of "+d.ID {
			t.Errorf("job arrived changed: %+v", d)
		}
		if d.ID == "bad" {
			return errors.New("store unreachable")
		}
		return nil
	}
	if err := q.Consume(ctx, handle, sitrep.ConsumeOptions{Batch: 2, IdleExit: 2}); err != nil {
		t.Fatal(err)
	}
	if seen["a"] != 1 || seen["b"] != 1 || seen["c"] != 1 || seen["bad"] != 2 {
		t.Fatalf("deliveries %v", seen)
	}
	st, err = q.Status(ctx)
	if err != nil || st != (sitrep.QueueStatus{Done: 3, Failed: 1}) {
		t.Fatalf("status after: %+v %v", st, err)
	}
	dl, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dl) != 1 || !strings.Contains(dl[0], "bad: store unreachable (after 2 attempts)") {
		t.Fatalf("dead letters %v %v", dl, err)
	}
}

func TestInvalidJobsAreNotRetried(t *testing.T) {
	cfg := testConfig(t)
	cfg.MaxDeliver = 5
	ctx := context.Background()
	q := openQueue(t, cfg)
	q.Publish(ctx, &sitrep.Document{ID: "x", Text: "t"})
	n := 0
	err := q.Consume(ctx, func(context.Context, *sitrep.Document) error {
		n++
		return sitrep.Errorf(sitrep.EInvalid, "empty article")
	}, sitrep.ConsumeOptions{IdleExit: 1})
	if err != nil || n != 1 {
		t.Fatalf("%d attempts, %v", n, err)
	}
	if st, _ := q.Status(ctx); st.Failed != 1 {
		t.Fatalf("%+v", st)
	}
}

func TestDelete(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	q := openQueue(t, cfg)
	if err := q.Publish(ctx, &sitrep.Document{ID: "d1", Text: "Text."}); err != nil {
		t.Fatal(err)
	}
	if err := q.Delete(ctx); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{cfg.Stream, cfg.DeadStream} {
		if _, err := q.js.Stream(ctx, name); err == nil {
			t.Errorf("stream %s still there", name)
		}
	}
}

// TestOversizedArticleIsRefused: an article over the server's message limit
// is an invalid input naming the article, and the queue goes on working.
func TestOversizedArticleIsRefused(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	q := openQueue(t, cfg)
	big := &sitrep.Document{ID: "huge", Text: strings.Repeat("word ", int(q.nc.MaxPayload())/5+1)}
	err := q.Publish(ctx, big)
	if sitrep.ErrorCode(err) != sitrep.EInvalid || !strings.Contains(err.Error(), `"huge"`) {
		t.Fatalf("oversized publish: %v", err)
	}
	if err := q.Publish(ctx, &sitrep.Document{ID: "small", Text: "t"}); err != nil {
		t.Fatalf("publish after a refusal: %v", err)
	}
	if st, _ := q.Status(ctx); st.Pending != 1 {
		t.Fatalf("%+v", st)
	}
}

// TestUndecodableJobsAreNotRetried: a job without an id or with a bad date
// will never decode; it is dead-lettered on its first delivery.
func TestUndecodableJobsAreNotRetried(t *testing.T) {
	cfg := testConfig(t)
	cfg.MaxDeliver = 5
	ctx := context.Background()
	q := openQueue(t, cfg)
	for _, body := range []string{`{"text":"no id"}`, `{"id":"d","published":"soon","text":"t"}`, `{"id":`} {
		if _, err := q.js.Publish(ctx, cfg.Subject, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	err := q.Consume(ctx, func(context.Context, *sitrep.Document) error { n++; return nil }, sitrep.ConsumeOptions{IdleExit: 1})
	if err != nil || n != 0 {
		t.Fatalf("%d handled, %v", n, err)
	}
	st, _ := q.Status(ctx)
	dl, _ := q.DeadLetters(ctx, 10)
	if st.Failed != 3 || len(dl) != 3 {
		t.Fatalf("%+v %v", st, dl)
	}
	for _, r := range dl {
		if !strings.Contains(r, "after 1 attempts") {
			t.Errorf("retried: %s", r)
		}
	}
}

// TestArticlesSharingAnIDAreBothQueued: two different articles without a
// URL under one id are both queued (the worker's store then reports the
// conflict); the same article again within the window is a duplicate, and
// Enqueue says so. URL-keyed articles stay one job per URL.
func TestArticlesSharingAnIDAreBothQueued(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	q := openQueue(t, cfg)
	tests := []struct {
		doc *sitrep.Document
		dup bool
	}{
		{&sitrep.Document{ID: "7", Text: "Officials met on Monday."}, false},
		{&sitrep.Document{ID: "7", Text: "Rebels took the port."}, false},
		{&sitrep.Document{ID: "7", Text: "Officials met on Monday."}, true},
		{&sitrep.Document{ID: "p", URL: "https://example.org/p", Text: "First version."}, false},
		{&sitrep.Document{ID: "p", URL: "https://example.org/p", Text: "Edited version."}, true},
	}
	for i, tt := range tests {
		dup, err := q.Enqueue(ctx, tt.doc)
		if err != nil || dup != tt.dup {
			t.Fatalf("publish %d: duplicate %v, %v; want %v", i, dup, err, tt.dup)
		}
	}
	if st, _ := q.Status(ctx); st.Pending != 3 {
		t.Fatalf("%+v, want 3 pending", st)
	}
}

// TestJobsNearTheLimitAreDeadLettered: a job as large as Publish accepts,
// failing with a long reason, still fits the dead-letter stream with its
// headers, instead of being redelivered and left pending for ever.
func TestJobsNearTheLimitAreDeadLettered(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	q := openQueue(t, cfg)
	limit := int(q.nc.MaxPayload())
	// The job's JSON adds about 40 bytes to the text, the id header its
	// 2 + 1 + 16 bytes: texts are sized to land a few bytes under and over
	// what Publish accepts.
	size := func(d *sitrep.Document) int {
		b, _ := json.Marshal(job{ID: d.ID, Text: d.Text})
		return len(b) + len(msgID(d))
	}
	doc := &sitrep.Document{ID: "n1"}
	doc.Text = strings.Repeat("x", limit-deadLetterMargin-size(doc))
	if size(doc) != limit-deadLetterMargin {
		t.Fatalf("sized %d, want %d", size(doc), limit-deadLetterMargin)
	}
	if _, err := q.Enqueue(ctx, doc); err != nil {
		t.Fatalf("a job at the limit less the margin: %v", err)
	}
	over := &sitrep.Document{ID: "n2", Text: doc.Text + "x"}
	if _, err := q.Enqueue(ctx, over); sitrep.ErrorCode(err) != sitrep.EInvalid {
		t.Fatalf("a job inside the margin: %v, want invalid", err)
	}
	long := strings.Repeat("reason ", 2000) // 14 kB
	err := q.Consume(ctx, func(context.Context, *sitrep.Document) error {
		return sitrep.Errorf(sitrep.EInvalid, "%s", long)
	}, sitrep.ConsumeOptions{IdleExit: 1})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := q.Status(ctx)
	dl, _ := q.DeadLetters(ctx, 10)
	if st.Failed != 1 || st.Pending != 0 || len(dl) != 1 || !strings.Contains(dl[0], "reason reason") || len(dl[0]) > maxReason+100 {
		t.Fatalf("%+v, dead letters %d: %.200q", st, len(dl), dl)
	}
}

func TestClipReason(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"line one\nline two", 40, "line one line two"},
		{"abcdefghij", 6, "abc…"},
		{"ééééé", 7, "éé…"}, // never half a character
	} {
		if got := clipReason(tt.in, tt.n); got != tt.want {
			t.Errorf("clipReason(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
