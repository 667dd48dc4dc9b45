package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep"
	"sitrep/sqlite"
	"sitrep/storetest"
)

// TestDyadEventsPages: pages of a two-way dyad follow the merged order, not
// each direction's own offset.
func TestDyadEventsPages(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Newest first: 05 (A→B), 04 (B→A), 03 (A→B), 02 (B→A), 01 (A→B).
	if _, err := st.PutDocuments(ctx, []*sitrep.Document{
		storetest.Doc("d1", "", "wire", "2024-05-10",
			[5]string{"NORGOV", "CHLGOV", "036", "2024-05-05", "occurred"},
			[5]string{"CHLGOV", "NORGOV", "036", "2024-05-04", "occurred"},
			[5]string{"NORGOV", "CHLGOV", "036", "2024-05-03", "occurred"},
			[5]string{"CHLGOV", "NORGOV", "036", "2024-05-02", "occurred"},
			[5]string{"NORGOV", "CHLGOV", "036", "2024-05-01", "occurred"}),
	}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		limit, offset int
		want          string
	}{
		{2, 0, "2024-05-05 2024-05-04"},
		{2, 1, "2024-05-04 2024-05-03"},
		{2, 2, "2024-05-03 2024-05-02"},
		{2, 4, "2024-05-01"},
		{2, 9, ""},
		{0, 3, "2024-05-02 2024-05-01"},
	} {
		evs, err := dyadEvents(ctx, st, sitrep.EventFilter{Limit: tt.limit, Offset: tt.offset}, "NOR", "CHL")
		var got []string
		for _, e := range evs {
			got = append(got, e.Date)
		}
		if err != nil || strings.Join(got, " ") != tt.want {
			t.Errorf("limit %d offset %d: got %v, want %s (%v)", tt.limit, tt.offset, got, tt.want, err)
		}
	}
}

// TestDateFlagsChecked: every command with --from or --to refuses a date it
// cannot read, naming the flag, instead of matching nothing.
func TestDateFlagsChecked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	for _, args := range [][]string{
		{"events", "--to", "soon"},
		{"calendar", "--to", "2024-13-45"},
		{"quotes", "--from", "yesterday"},
		{"dyad", "USA", "CHN", "--to", "x"},
		{"actors", "--from", "03/12/2024"},
		{"export", "--to", "later"},
	} {
		code, _, errs := sitrepRun(t, "", append(args, "--store", db)...)
		flag := "--from"
		if slices.Contains(args, "--to") {
			flag = "--to"
		}
		if code != exitUsage || !strings.Contains(errs, flag) {
			t.Errorf("%v: exit %d, %s", args, code, errs)
		}
	}
}

// fullWriter fails every write, as a full disk does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestOutputErrorsFail: a command whose output cannot be written fails,
// even when everything fitted in its output buffer.
func TestOutputErrorsFail(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte("Officials met on Monday.\n"), 0o644)
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, args := range [][]string{
		{"export", "--format", "csv", "--store", db},
		{"export", "--format", "gdelt", "--header", "--store", db},
		{"annotate", in},
	} {
		var errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: fullWriter{}, stderr: &errb, getenv: func(string) string { return "" }}
		if code := run(context.Background(), e, args); code == exitOK || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("%v: exit %d, %s", args, code, errb.String())
		}
	}
}

// TestReadCommandsNeedAStore: a command that only reads refuses a store
// file that does not exist instead of making an empty one there.
func TestReadCommandsNeedAStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"events"}, {"calendar"}, {"quotes"}, {"dyad", "A", "B"}, {"actors"}, {"search", "x"}, {"show", "a1"}, {"export"}} {
		code, _, errs := sitrepRun(t, "", append(args, "--store", db)...)
		if code == exitOK || !strings.Contains(errs, "typo.db does not exist") {
			t.Errorf("%v: exit %d, %s", args, code, errs)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%v made %s", args, db)
		}
	}
}
