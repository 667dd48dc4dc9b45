package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// TestQueueKeepsTheFirstOfOneID: two articles of one id in one input go
// the way a direct ingest takes them: the first is queued and stored, the
// later one reported as a conflict before it is queued (review34 finding
// 10: concurrent workers could store the later one and dead-letter the
// first).
func TestQueueKeepsTheFirstOfOneID(t *testing.T) {
	pgAdmin, nq := services(t)
	in := filepath.Join(t.TempDir(), "dup.jsonl")
	os.WriteFile(in, []byte(`{"id":"q1","published":"2024-03-20","text":"Iran threatened Iraq on Monday."}
{"id":"q2","published":"2024-03-20","text":"Chile praised Peru on Monday."}
{"id":"q1","published":"2024-03-20","text":"Egypt praised Jordan on Monday."}
{"id":"q2","published":"2024-03-20","text":"Chile praised Peru on Monday."}
`), 0o644)
	pg := freshPostgres(t, pgAdmin)
	name := fmt.Sprintf("sitreptest%d", time.Now().UnixNano())
	t.Cleanup(func() {
		if nc, err := nats.Connect(nq); err == nil {
			js, _ := nc.JetStream()
			js.DeleteStream(strings.ToUpper(name) + "_JOBS")
			js.DeleteStream(strings.ToUpper(name) + "_DEAD")
			nc.Close()
		}
	})
	q := []string{"--queue", nq, "--queue-name", name}
	code, _, errs := sitrepRun(t, "", append([]string{"ingest"}, append(q, in)...)...)
	if code != exitFailed || !strings.Contains(errs, "dup.jsonl:3") || !strings.Contains(errs, "a different article") ||
		!strings.Contains(errs, "queued 2 articles") {
		t.Fatalf("publish: exit %d, want %d naming line 3's conflict and 2 queued:\n%s", code, exitFailed, errs)
	}
	if code, _, errs := sitrepRun(t, "", append([]string{"worker", "--store", pg, "--exit-when-idle", "1"}, q...)...); code != exitOK {
		t.Fatalf("worker: exit %d\n%s", code, errs)
	}
	code, out, errs := sitrepRun(t, "", "show", "q1", "--store", pg, "--format", "jsonl")
	if code != exitOK || !strings.Contains(out, "Iran threatened Iraq") {
		t.Fatalf("q1 stored: exit %d\n%s%s", code, out, errs)
	}
}
