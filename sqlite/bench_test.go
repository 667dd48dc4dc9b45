package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/storetest"
)

// BenchmarkPutDocuments measures storing articles of ten events each, in
// batches of 64 (what ingest does).
func BenchmarkPutDocuments(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	codes := []string{"010", "036", "042", "112", "138", "163", "173", "190", "195", "051"}
	var docs []*sitrep.Document
	for i := 0; i < b.N; i++ {
		var evs [][5]string
		for k := 0; k < 10; k++ {
			evs = append(evs, [5]string{"CHNGOV", "PHLGOV", codes[(i+k)%10], fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+k), "occurred"})
		}
		docs = append(docs, storetest.Doc(fmt.Sprint("b", i), "", "wire", "2024-03-14", evs...))
	}
	b.ResetTimer()
	for i := 0; i < len(docs); i += 64 {
		if _, err := s.PutDocuments(ctx, docs[i:min(i+64, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQueries runs the queries the issue sets a latency for against a
// large generated store:
//
//	sitrep gendb --store /tmp/bench1m.db --events 1000000
//	SITREP_BENCH_STORE=/tmp/bench1m.db go test -run XXX -bench Queries ./sqlite
func BenchmarkQueries(b *testing.B) {
	path := os.Getenv("SITREP_BENCH_STORE")
	if path == "" {
		b.Skip("set SITREP_BENCH_STORE to a store made by sitrep gendb")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Stats(ctx)
	b.Logf("store: %d articles, %d events", st.Articles, st.Events)
	countries := []string{"USA", "CHN", "RUS", "UKR", "ISR", "IRN", "ETH", "PHL", "VEN", "MLI"}
	for _, q := range []struct {
		name string
		run  func(i int) error
	}{
		{"dyad-month", func(i int) error {
			_, err := s.Dyad(ctx, sitrep.DyadQuery{A: countries[i%10], B: countries[(i+3)%10], By: sitrep.ByMonth, Both: true})
			return err
		}},
		{"dyad-week-codes", func(i int) error {
			_, err := s.Dyad(ctx, sitrep.DyadQuery{A: countries[i%10] + "GOV", B: countries[(i+1)%10], By: sitrep.ByWeek})
			return err
		}},
		{"calendar", func(i int) error {
			_, err := s.Events(ctx, sitrep.EventFilter{Status: "planned", From: fmt.Sprintf("20%02d-%02d-01", 17+i%8, 1+i%12), Limit: 100})
			return err
		}},
		{"events-actor", func(i int) error {
			_, err := s.Events(ctx, sitrep.EventFilter{Actor: countries[i%10], Limit: 50})
			return err
		}},
		{"events-dyad-code", func(i int) error {
			_, err := s.Events(ctx, sitrep.EventFilter{Source: countries[i%10], Target: countries[(i+2)%10], CAMEO: "1", Limit: 50})
			return err
		}},
		{"events-country-range", func(i int) error {
			_, err := s.Events(ctx, sitrep.EventFilter{Country: countries[i%10], From: "2020-01-01", To: "2020-06-30", Limit: 50})
			return err
		}},
		{"events-status-page5", func(i int) error {
			_, err := s.Events(ctx, sitrep.EventFilter{Status: "occurred", Limit: 50, Offset: 200})
			return err
		}},
	} {
		b.Run(q.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := q.run(i); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
