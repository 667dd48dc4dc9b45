package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// services returns the PostgreSQL and NATS servers for integration tests,
// skipping without them unless $SITREP_REQUIRE_SERVICES is set (CI).
func services(t *testing.T) (pg, nq string) {
	t.Helper()
	pg = os.Getenv("SITREP_TEST_POSTGRES")
	if pg == "" {
		pg = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	nq = os.Getenv("SITREP_TEST_NATS")
	if nq == "" {
		nq = "nats://127.0.0.1:4222"
	}
	var err error
	if db, e := sql.Open("pgx", pg); e == nil {
		err = db.Ping()
		db.Close()
	} else {
		err = e
	}
	if err == nil {
		var nc *nats.Conn
		if nc, err = nats.Connect(nq, nats.Timeout(2*time.Second)); err == nil {
			nc.Close()
		}
	}
	if err != nil {
		if os.Getenv("SITREP_REQUIRE_SERVICES") != "" {
			t.Fatalf("integration services: %v", err)
		}
		t.Skipf("needs PostgreSQL and NATS (%v): set SITREP_TEST_POSTGRES and SITREP_TEST_NATS", err)
	}
	return pg, nq
}

func freshPostgres(t *testing.T, admin string) string {
	t.Helper()
	name := fmt.Sprintf("sitrep_cmd_%d_%d", os.Getpid(), time.Now().UnixNano())
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", admin); err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	return u.String()
}

// contents lists a store's article keys and its events by content (not
// id: concurrent workers number them in another order).
func contents(t *testing.T, driver, dsn string) (articles []string, events []string) {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT key FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		rows.Scan(&k)
		articles = append(articles, k)
	}
	rows.Close()
	rows, err = db.Query("SELECT source_code, target_code, cameo, date, status, mentions, articles FROM events")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a, b, c, d, s string
		var m, n int
		rows.Scan(&a, &b, &c, &d, &s, &m, &n)
		events = append(events, fmt.Sprint(a, b, c, d, s, m, n))
	}
	rows.Close()
	sort.Strings(articles)
	sort.Strings(events)
	return articles, events
}

// TestWorkersSurviveKill runs three workers on one queue and store, kills
// one with SIGKILL mid-stream, and checks that the store ends with exactly
// the articles and events of a clean single-process run.
func TestWorkersSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real workers against PostgreSQL and NATS")
	}
	pgAdmin, nq := services(t)
	bin := binary(t)
	in := manyArticles(t, 300)
	ref := filepath.Join(t.TempDir(), "ref.db")
	if out, err := exec.Command(bin, "ingest", "--store", ref, in).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
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
	if out, err := exec.Command(bin, append([]string{"ingest"}, append(q, in)...)...).CombinedOutput(); err != nil {
		t.Fatalf("publish: %v\n%s", err, out)
	}
	var workers []*exec.Cmd
	for i := 0; i < 3; i++ {
		args := append([]string{"worker", "--store", pg, "--exit-when-idle", "10", "--ack-wait", "3s", "--batch", "4"}, q...)
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, cmd)
	}
	// Kill the first worker once the store has some articles.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	db, _ := sql.Open("pgx", pg)
	defer db.Close()
	for ctx.Err() == nil {
		var n int
		db.QueryRow("SELECT count(*) FROM articles").Scan(&n)
		if n >= 30 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	workers[0].Process.Signal(syscall.SIGKILL)
	workers[0].Wait()
	for _, w := range workers[1:] {
		if err := w.Wait(); err != nil {
			t.Fatalf("worker: %v\n%s", err, w.Stdout)
		}
	}
	wantA, wantE := contents(t, "sqlite", ref)
	gotA, gotE := contents(t, "pgx", pg)
	if len(wantA) != 300 || strings.Join(gotA, "\n") != strings.Join(wantA, "\n") {
		t.Fatalf("articles: got %d, want %d", len(gotA), len(wantA))
	}
	if strings.Join(gotE, "\n") != strings.Join(wantE, "\n") {
		t.Fatalf("events differ:\ngot  %d %v\nwant %d %v", len(gotE), gotE, len(wantE), wantE)
	}
	out, err := exec.Command(bin, append([]string{"status", "--format", "json"}, q...)...).CombinedOutput()
	if err != nil || !strings.Contains(string(out), `"pending":0,"in_progress":0,"done":300,"failed":0`) {
		t.Fatalf("status: %v %s", err, out)
	}
}
