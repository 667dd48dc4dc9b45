package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/sqlstore"
	"sitrep/storetest"
)

var dbSeq atomic.Int64

// testURL returns the server to test against: $SITREP_TEST_POSTGRES, else
// the local default. Without a reachable server the test skips, unless
// $SITREP_REQUIRE_SERVICES is set (CI), when it fails.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("SITREP_TEST_POSTGRES")
	if u == "" {
		u = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	db, err := sql.Open("pgx", u)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		err = db.PingContext(ctx)
		cancel()
		db.Close()
	}
	if err != nil {
		if os.Getenv("SITREP_REQUIRE_SERVICES") != "" {
			t.Fatalf("PostgreSQL at %s: %v", u, err)
		}
		t.Skipf("no PostgreSQL at %s (%v): set SITREP_TEST_POSTGRES", u, err)
	}
	return u
}

// freshDB creates an empty database for one test and drops it after.
func freshDB(t *testing.T) string {
	t.Helper()
	admin := testURL(t)
	name := fmt.Sprintf("sitrep_test_%d_%d", os.Getpid(), dbSeq.Add(1))
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	return u.String()
}

func TestConformance(t *testing.T) {
	testURL(t)
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		s, err := Open(context.Background(), freshDB(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	u := freshDB(t)
	ctx := context.Background()
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.W.ExecContext(ctx, "UPDATE sitrep_schema SET version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, u); err == nil || !strings.Contains(err.Error(), "newer than this sitrep supports") {
		t.Fatalf("got %v", err)
	}
}

// TestConcurrentWriters stores the same events from many goroutines at
// once: each article once, each event once, every mention counted.
func TestConcurrentWriters(t *testing.T) {
	u := freshDB(t)
	ctx := context.Background()
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	errc := make(chan error, 8)
	for w := 0; w < 8; w++ {
		go func(w int) {
			for i := 0; i < 20; i++ {
				// Every writer stores every article: 20 distinct, 160 puts.
				d := storetest.Doc(fmt.Sprint("c", i), "", "wire", "2024-03-14",
					[5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
				if _, err := s.PutDocument(ctx, d); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}(w)
	}
	for w := 0; w < 8; w++ {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 20 || st.Events != 1 || st.Mentions != 20 {
		t.Fatalf("stats %+v", st)
	}
}

// TestPipelinedWriteFails checks that an error in a held-back statement
// surfaces at the next query, rolls the whole transaction back, and leaves
// the pool usable.
func TestPipelinedWriteFails(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, freshDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.W.SetMaxOpenConns(1) // the next write must reuse the failed one's connection
	cases := []struct {
		name string
		fn   func(w sqlstore.WriteTx) error
	}{
		{"held statement fails", func(w sqlstore.WriteTx) error {
			w.Exec(ctx, "INSERT INTO actor_totals (code) VALUES (?)", "AAA")
			w.Exec(ctx, "INSERT INTO no_such_table VALUES (1)")
			var n int
			return w.QueryRow(ctx, "SELECT count(*) FROM actor_totals").Scan(&n)
		}},
		{"commit fails", func(w sqlstore.WriteTx) error {
			w.Exec(ctx, "INSERT INTO actor_totals (code) VALUES (?)", "BBB")
			return w.Exec(ctx, "INSERT INTO actor_totals (code) VALUES (?)", "BBB") // duplicate key, sent with COMMIT
		}},
		{"fn fails", func(w sqlstore.WriteTx) error {
			var n int
			if err := w.QueryRow(ctx, "INSERT INTO actor_totals (code) VALUES (?) RETURNING 1", "CCC").Scan(&n); err != nil {
				return err
			}
			return fmt.Errorf("caller gives up")
		}},
	}
	for _, c := range cases {
		if err := s.Write(ctx, c.fn); err == nil {
			t.Errorf("%s: no error", c.name)
		}
		var n int
		if err := s.R.QueryRowContext(ctx, "SELECT count(*) FROM actor_totals").Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows committed (%v)", c.name, n, err)
		}
	}
	d := storetest.Doc("after", "", "wire", "2024-03-14", [5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"})
	if r, err := s.PutDocument(ctx, d); err != nil || !r.Stored {
		t.Fatalf("put after failures: %+v %v", r, err)
	}
}

// TestStoreCPU measures what storing one annotated article costs in CPU,
// in PostgreSQL (every postgres process on this machine, so run it on an
// otherwise idle server) and in this process, the way a worker stores it:
// HasArticle, then PutDocument. It runs only when
// $SITREP_BENCH_ANNOTATED names a JSON Lines file of annotated articles
// (sitrep annotate output), $SITREP_BENCH_RUNS times (default 3) into
// fresh databases, since other load on the machine makes one run noisy:
//
//	SITREP_BENCH_ANNOTATED=/tmp/ann.jsonl go test -run StoreCPU -v ./postgres
func TestStoreCPU(t *testing.T) {
	path := os.Getenv("SITREP_BENCH_ANNOTATED")
	if path == "" {
		t.Skip("set SITREP_BENCH_ANNOTATED to a file of annotated articles")
	}
	docs := readAnnotated(t, path)
	runs, _ := strconv.Atoi(os.Getenv("SITREP_BENCH_RUNS"))
	runs = max(runs, 1)
	if os.Getenv("SITREP_BENCH_RUNS") == "" {
		runs = 3
	}
	var pgs, mes []float64
	for range runs {
		pg, me := storeCPU(t, docs)
		pgs, mes = append(pgs, pg), append(mes, me)
	}
	t.Logf("%d articles, median (least) of %d runs: CPU ms per article: postgres %.2f (%.2f), this process %.2f (%.2f)",
		len(docs), runs, median(pgs), slices.Min(pgs), median(mes), slices.Min(mes))
}

// storeCPU stores docs into a fresh database and returns the CPU
// milliseconds per article of PostgreSQL and of this process.
func storeCPU(t *testing.T, docs []*sitrep.Document) (pg, me float64) {
	ctx := context.Background()
	s, err := Open(ctx, freshDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pg0, me0 := postgresTicks(t), processCPU()
	start := time.Now()
	events := 0
	for _, d := range docs {
		if ok, err := s.HasArticle(ctx, sitrep.ArticleKey(d)); err != nil || ok {
			t.Fatalf("HasArticle %q: %v %v", d.ID, ok, err)
		}
		r, err := s.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		events += r.Events
	}
	wall := time.Since(start)
	// Let the backend's last work settle into its counters.
	s.Close()
	time.Sleep(200 * time.Millisecond)
	n := float64(len(docs))
	pg = float64(postgresTicks(t)-pg0) * 10 / n
	me = (processCPU() - me0).Seconds() * 1000 / n
	t.Logf("%d articles, %d events: CPU ms per article: postgres %.2f, this process %.2f; wall %.2f ms per article",
		len(docs), events, pg, me, float64(wall.Microseconds())/1000/n)
	return pg, me
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func readAnnotated(t *testing.T, path string) []*sitrep.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*sitrep.Document
	dec := json.NewDecoder(f)
	for dec.More() {
		d := new(sitrep.Document)
		if err := dec.Decode(d); err != nil {
			t.Fatalf("%s: article %d: %v", path, len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// postgresTicks sums the CPU clock ticks (1/100 s) of every postgres
// process, with exited backends counted through the postmaster's
// reaped-children times.
func postgresTicks(t *testing.T) int64 {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	var sum int64
	for _, e := range ents {
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 || !strings.HasSuffix(s[:i], " (postgres") {
			continue
		}
		f := strings.Fields(s[i+1:])
		// Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14
		// after the command name.
		for _, v := range f[11:15] {
			n, _ := strconv.ParseInt(v, 10, 64)
			sum += n
		}
	}
	return sum
}

// processCPU is this process's user and system CPU time, from /proc (a
// test that runs only on Linux, and builds everywhere).
func processCPU() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// TestBatchesInOppositeOrders: two writers store the same articles in
// batches of opposite order. Inserted as given, each would wait on a key
// the other inserted first (a deadlock PostgreSQL breaks by failing one);
// inserted in key order they only queue.
func TestBatchesInOppositeOrders(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, freshDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for round := 0; round < 3; round++ {
		var docs, rev []*sitrep.Document
		for i := 0; i < 16; i++ {
			docs = append(docs, storetest.Doc(fmt.Sprintf("o%d-%02d", round, i), "", "wire", "2024-03-14"))
		}
		for i := len(docs) - 1; i >= 0; i-- {
			rev = append(rev, storetest.Doc(docs[i].ID, "", "wire", "2024-03-14"))
		}
		errc := make(chan error, 2)
		for _, batch := range [][]*sitrep.Document{docs, rev} {
			go func() {
				_, err := s.PutDocuments(ctx, batch)
				errc <- err
			}()
		}
		for range 2 {
			if err := <-errc; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
	if st, _ := s.Stats(ctx); st.Articles != 48 {
		t.Fatalf("stats %+v", st)
	}
}
