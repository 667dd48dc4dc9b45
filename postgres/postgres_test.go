package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep"
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
