package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sitrep/samples"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the sitrep command once per test run, for tests that need
// a real process (to kill it, say).
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sitrep-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "sitrep")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// manyArticles writes n articles made from the samples, each with its own
// id and URL, so that events repeat across articles and merge.
func manyArticles(t *testing.T, n int) string {
	t.Helper()
	var base []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(samples.JSONL))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		base = append(base, m)
	}
	p := filepath.Join(t.TempDir(), "in.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		m := map[string]any{}
		for k, v := range base[i%len(base)] {
			m[k] = v
		}
		m["id"] = fmt.Sprintf("%s-%d", m["id"], i)
		m["url"] = fmt.Sprintf("%s?copy=%d", m["url"], i)
		m["source"] = fmt.Sprintf("outlet%d", i%7)
		b, _ := json.Marshal(m)
		w.Write(append(b, '\n'))
	}
	w.Flush()
	f.Close()
	return p
}

// dump renders every table of a store in primary-key order.
func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	for _, q := range []string{
		"SELECT id, key, doc_id, published, length(text), tokens, hex(annotations) FROM articles ORDER BY id",
		"SELECT * FROM events ORDER BY id",
		"SELECT * FROM mentions ORDER BY event_id, article_id, start",
		"SELECT * FROM quotes ORDER BY id",
		"SELECT * FROM dyad_days ORDER BY source_code, target_code, day, quad",
		"SELECT * FROM actor_days ORDER BY code, day",
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func countArticles(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.QueryRow("SELECT count(*) FROM articles").Scan(&n)
	return n
}

// TestIngestSurvivesKill kills an ingest with SIGKILL mid-run, reruns it,
// and compares the store with that of a clean run: identical, nothing lost
// or duplicated.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a thousand articles")
	}
	bin := binary(t)
	in := manyArticles(t, 1000)
	dir := t.TempDir()
	clean, killed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "killed.db")
	run := func(store string) {
		out, err := exec.Command(bin, "ingest", "-j", "2", "--store", store, in).CombinedOutput()
		if err != nil {
			t.Fatalf("ingest: %v\n%s", err, out)
		}
	}
	run(clean)

	cmd := exec.Command(bin, "ingest", "-j", "2", "--store", killed, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for countArticles(killed) < 64 && ctx.Err() == nil {
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	stored := countArticles(killed)
	if stored >= 1000 {
		t.Log("the ingest finished before the kill; the rerun still has to change nothing")
	}
	run(killed)
	if a, b := dump(t, clean), dump(t, killed); a != b {
		t.Fatalf("store after kill (%d articles at the kill) and rerun differs from a clean run", stored)
	}
	// And a third run changes nothing.
	before := dump(t, killed)
	run(killed)
	if dump(t, killed) != before {
		t.Fatal("re-ingesting changed the store")
	}
}
