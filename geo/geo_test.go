package geo

import "testing"

func TestLookup(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 30000 {
		t.Fatalf("only %d places", g.Len())
	}
	for _, c := range []struct {
		name, prefer, wantName, wantCountry string
	}{
		{"Manila", "", "Manila", "PHL"},
		{"Kharkiv", "", "Kharkiv", "UKR"},
		{"Kharkov", "", "Kharkiv", "UKR"},
		{"Minsk", "", "Minsk", "BLR"},
		{"Philippines", "", "Philippines", "PHL"},
		{"the South China Sea", "", "South China Sea", ""},
		{"Second Thomas Shoal", "", "Second Thomas Shoal", "PHL"},
		{"Gaza", "", "Gaza Strip", "PSE"},
		{"Georgia", "", "Georgia", "GEO"},
		{"Paris", "", "Paris", "FRA"},
		{"Nairobi", "", "Nairobi", "KEN"},
	} {
		p, ok := g.Lookup(c.name, c.prefer)
		if !ok || p.Name != c.wantName || p.Country != c.wantCountry {
			t.Errorf("%s: got %+v %v", c.name, p, ok)
		}
	}
	if _, ok := g.Lookup("Nowhereville-on-Sea"); ok {
		t.Error("unknown place found")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parse(); err != nil {
			b.Fatal(err)
		}
	}
}
