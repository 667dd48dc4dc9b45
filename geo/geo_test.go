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

// A place's own name beats another place's alternate name, unless that
// other place is far larger or a larger seat of government.
func TestLookupOwnNameFirst(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		prefer      []string
		wantName    string
		wantCountry string
	}{
		{"Islamabad", nil, "Islamabad", "PAK"},                    // not Chattogram, which lists it
		{"Islamabad", []string{"IND", "CHN"}, "Islamabad", "PAK"}, // nor an Indian town in an Indian story
		{"ISLAMABAD", nil, "Islamabad", "PAK"},
		{"Zaragoza", nil, "Zaragoza", "ESP"},
		{"Montgomery", nil, "Montgomery", "USA"},
		{"San José", nil, "San José", "CRI"},
		{"San Jose", nil, "San Jose", "USA"},
		{"Pokrovsk", nil, "Pokrovsk", "UKR"},
		// Alternate names still win for much larger places or seats.
		{"Geneva", nil, "Genève", "CHE"},
		{"Odessa", nil, "Odesa", "UKR"},
		{"Cologne", nil, "Köln", "DEU"},
		{"Calcutta", nil, "Kolkata", "IND"},
		{"Kharkov", nil, "Kharkiv", "UKR"},
		// Countries and the hand-made entries answer to all their names.
		{"Gaza", nil, "Gaza Strip", "PSE"},
		{"Albania", nil, "Albania", "ALB"},
		{"Africa", nil, "Africa", ""}, // not Mahdia, which GeoNames also calls so
		{"Asia", nil, "Asia", ""},
	} {
		p, ok := g.Lookup(c.name, c.prefer...)
		if !ok || p.Name != c.wantName || p.Country != c.wantCountry {
			t.Errorf("Lookup(%q, %v) = %s %s, want %s %s", c.name, c.prefer, p.Name, p.Country, c.wantName, c.wantCountry)
		}
	}
}

// Two or three capitals are an acronym: only a country or a hand-made entry
// named so, or a place whose own name is written so, answers to it.
func TestLookupAcronyms(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := g.Lookup("UN"); ok {
		t.Errorf("UN found as %s %s", p.Name, p.Country)
	}
	if p, ok := g.Lookup("DMZ"); !ok || p.Name != "Korean Demilitarized Zone" {
		t.Errorf("DMZ: got %+v %v", p, ok)
	}
	if p, ok := g.Lookup("Un"); !ok || p.Country != "IND" {
		t.Errorf("Un: got %+v %v", p, ok)
	}
}
