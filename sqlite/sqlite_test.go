package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.W.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, p)
	if err == nil || !strings.Contains(err.Error(), "newer than this sitrep supports") {
		t.Fatalf("got %v", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "t.db")
	s, _ := Open(ctx, p)
	s.PutDocument(ctx, storetest.Doc("a", "", "w", "2024-01-02", [5]string{"USAGOV", "-", "010", "2024-01-02", "occurred"}))
	s.Close()
	s, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := s.Stats(ctx); st.Articles != 1 || st.Events != 1 {
		t.Fatalf("%+v", st)
	}
}

// TestConcurrentOpensOfANewFile: processes (here goroutines, each with its
// own connections) that create one store together all succeed, and the
// schema is made once.
func TestConcurrentOpensOfANewFile(t *testing.T) {
	ctx := context.Background()
	// SQLITE_BUSY from the switch to WAL came in about one round of 30:
	// ten rounds of six opens make a regression show in most runs.
	for round := 0; round < 10; round++ {
		p := filepath.Join(t.TempDir(), "t.db")
		var wg sync.WaitGroup
		errs := make([]error, 6)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(ctx, p)
				if err == nil {
					s.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, open %d: %v", round, i, err)
			}
		}
		s, err := Open(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		var v int
		var mode string
		s.W.QueryRow("PRAGMA user_version").Scan(&v)
		s.R.QueryRow("PRAGMA journal_mode").Scan(&mode)
		s.Close()
		if v != SchemaVersion() {
			t.Fatalf("version %d, want %d", v, SchemaVersion())
		}
		// WAL is set after the schema, not by the connection string, and
		// must still be the file's mode: readers would wait for writers.
		if mode != "wal" {
			t.Fatalf("journal mode %q, want wal", mode)
		}
	}
}
