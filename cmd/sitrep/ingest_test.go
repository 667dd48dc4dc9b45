package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/nlp"
	"sitrep/reader"
	"sitrep/sqlite"
	"sitrep/storetest"
)

// refusingStore refuses the articles whose ID it names, as PostgreSQL
// refuses text it cannot hold, or fails outright when down is set.
type refusingStore struct {
	sitrep.Store
	bad  string
	down bool
}

func (s *refusingStore) check(docs []*sitrep.Document) error {
	if s.down {
		return errors.New("connection refused")
	}
	for _, d := range docs {
		if d.ID == s.bad {
			return sitrep.Errorf(sitrep.EInvalid, "article %q: text holds a NUL character at byte 3", d.ID)
		}
	}
	return nil
}

func (s *refusingStore) PutDocuments(ctx context.Context, docs []*sitrep.Document) ([]sitrep.PutResult, error) {
	if err := s.check(docs); err != nil {
		return nil, err
	}
	return s.Store.PutDocuments(ctx, docs)
}

func (s *refusingStore) PutDocument(ctx context.Context, d *sitrep.Document) (sitrep.PutResult, error) {
	if err := s.check([]*sitrep.Document{d}); err != nil {
		return sitrep.PutResult{}, err
	}
	return s.Store.PutDocument(ctx, d)
}

// TestStoreBatchLosesOnlyTheBadArticle: one article the store refuses costs
// itself, not the 63 stored with it; a store that is down stops the ingest.
func TestStoreBatchLosesOnlyTheBadArticle(t *testing.T) {
	ctx := context.Background()
	base, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	docs := []*sitrep.Document{
		storetest.Doc("a", "", "wire", "2024-03-14"),
		storetest.Doc("bad", "", "wire", "2024-03-14"),
		storetest.Doc("c", "", "wire", "2024-03-14"),
	}
	tests := []struct {
		name             string
		store            *refusingStore
		stored, failures int
		fatal            bool
	}{
		{"all good", &refusingStore{Store: base, bad: "none"}, 3, 0, false},
		{"one refused", &refusingStore{Store: base, bad: "bad"}, 2, 1, false},
		{"store down", &refusingStore{Store: base, down: true}, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, d := range docs {
				d.ID = tt.name + "/" + []string{"a", "bad", "c"}[i]
			}
			if tt.store.bad == "bad" {
				tt.store.bad = tt.name + "/bad"
			}
			var failed []string
			res, err := storeBatch(ctx, tt.store, docs, func(d *sitrep.Document, err error) {
				failed = append(failed, d.ID)
			})
			stored := 0
			for _, r := range res {
				if r.Stored {
					stored++
				}
			}
			if (err != nil) != tt.fatal || stored != tt.stored || len(failed) != tt.failures {
				t.Fatalf("stored %d, failed %v, err %v; want %d stored, %d failed, fatal %v", stored, failed, err, tt.stored, tt.failures, tt.fatal)
			}
		})
	}
}

// TestQueueIngestGoesOnPastOversizedArticle: ingest --queue counts an
// article larger than the queue's message limit as a failed input and
// queues the rest.
func TestQueueIngestGoesOnPastOversizedArticle(t *testing.T) {
	_, nq := services(t)
	name := fmt.Sprintf("sitrep-test-big-%d", time.Now().UnixNano())
	t.Cleanup(func() { sitrepRun(t, "", "status", "--delete", "--queue", nq, "--queue-name", name) })
	in := filepath.Join(t.TempDir(), "in.jsonl")
	big := strings.Repeat("Talks went on. ", 200_000) // 3 MB, over NATS's 1 MiB default
	os.WriteFile(in, []byte(`{"id":"s1","text":"Officials met."}
{"id":"huge","text":"`+big+`"}
{"id":"s2","text":"Officials met again."}
`), 0o644)
	code, _, errs := sitrepRun(t, "", "ingest", "--queue", nq, "--queue-name", name, in)
	// The refusal names the input's file and line.
	if code != exitFailed || !strings.Contains(errs, `in.jsonl:2: article "huge"`) || !strings.Contains(errs, "queued 2 articles") || !strings.Contains(errs, "1 inputs failed") {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
}

// TestIngestReportsIDConflicts: a different article under an id already
// taken is a failed input naming the id, in one run or the next; the same
// article again is "already present".
func TestIngestReportsIDConflicts(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	first := filepath.Join(dir, "first.jsonl")
	os.WriteFile(first, []byte(`{"id":"7","text":"Officials met on Monday."}
{"id":"8","text":"Troops left the town."}
{"id":"7","text":"Ministers signed a treaty."}
`), 0o644)
	code, _, errs := sitrepRun(t, "", "ingest", "--store", db, first)
	// Met in one batch, at the store: the message names the line, and the
	// id once.
	if code != exitFailed || !strings.Contains(errs, `ingest: `+first+`:3: article "7": a different article`) || strings.Contains(errs, "store article") || !strings.Contains(errs, "2 stored") {
		t.Fatalf("one run: exit %d\n%s", code, errs)
	}
	second := filepath.Join(dir, "second.jsonl")
	os.WriteFile(second, []byte(`{"id":"8","text":"Rebels took the port."}
{"id":"7","text":"Officials met on Monday."}
`), 0o644)
	code, _, errs = sitrepRun(t, "", "ingest", "--store", db, second)
	if code != exitFailed || !strings.Contains(errs, `second.jsonl:1: article "8": a different article`) || !strings.Contains(errs, "1 already present") {
		t.Fatalf("next run: exit %d\n%s", code, errs)
	}
}

// TestQueueIngestKeepsArticlesSharingAnID: ingest --queue queues a
// different article under a taken id by a later run (JetStream must not
// drop it as a duplicate, or the conflict is never seen), and counts the
// same article sent again as already queued; the worker stores one and
// dead-letters the other as a conflict. (Two such articles in one run
// are told apart before queueing: TestQueueKeepsTheFirstOfOneID.)
func TestQueueIngestKeepsArticlesSharingAnID(t *testing.T) {
	_, nq := services(t)
	name := fmt.Sprintf("sitrep-test-ids-%d", time.Now().UnixNano())
	t.Cleanup(func() { sitrepRun(t, "", "status", "--delete", "--queue", nq, "--queue-name", name) })
	dir := t.TempDir()
	in, other := filepath.Join(dir, "in.jsonl"), filepath.Join(dir, "other.jsonl")
	os.WriteFile(in, []byte(`{"id":"7","text":"Officials met on Monday."}
`), 0o644)
	os.WriteFile(other, []byte(`{"id":"7","text":"Ministers signed a treaty."}
`), 0o644)
	for _, f := range []string{in, other} {
		code, _, errs := sitrepRun(t, "", "ingest", "--queue", nq, "--queue-name", name, f)
		if code != 0 || !strings.Contains(errs, "queued 1 articles") {
			t.Fatalf("first runs: exit %d:\n%s", code, errs)
		}
	}
	code, _, errs := sitrepRun(t, "", "ingest", "--queue", nq, "--queue-name", name, in)
	if code != 0 || !strings.Contains(errs, "queued 0 articles") || !strings.Contains(errs, "1 already queued") {
		t.Fatalf("again: exit %d:\n%s", code, errs)
	}
	db := filepath.Join(dir, "w.db")
	code, _, errs = sitrepRun(t, "", "worker", "--queue", nq, "--queue-name", name, "--store", db, "--exit-when-idle", "1")
	if code != 0 || !strings.Contains(errs, "stored 1 articles") {
		t.Fatalf("worker: exit %d:\n%s", code, errs)
	}
	code, out, errs := sitrepRun(t, "", "status", "--queue", nq, "--queue-name", name)
	if code != 0 || !strings.Contains(out, "failed       1") || !strings.Contains(out, `article "7": a different article`) {
		t.Fatalf("status: exit %d:\n%s%s", code, out, errs)
	}
}

// TestAnnotatorFailuresNameThePosition: an article the pipeline fails on
// is reported with the file and line it was read from, and its id.
func TestAnnotatorFailuresNameThePosition(t *testing.T) {
	p, err := nlp.New(0, panicky{})
	if err != nil {
		t.Fatal(err)
	}
	read := func(ctx context.Context, emit func(reader.Item) error) error {
		return emit(reader.Item{Doc: &sitrep.Document{ID: "d1", Text: "Talks began."}, Pos: "a.jsonl:4"})
	}
	var got []error
	err = annotateItems(context.Background(), 1, read, p, nil, func(r result) error {
		got = append(got, r.err)
		return nil
	})
	if err != nil || len(got) != 1 || got[0] == nil || !strings.HasPrefix(got[0].Error(), "a.jsonl:4: d1: internal error while annotating") {
		t.Fatalf("%v %v", got, err)
	}
}
