package main

import (
	"context"
	"path/filepath"
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
