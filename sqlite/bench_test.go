package sqlite

import (
	"context"
	"fmt"
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
