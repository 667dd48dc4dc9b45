// Package geo geocodes place names with an embedded gazetteer: GeoNames
// cities of 15,000 people or more, every country (by its centre), and a
// hand-made list of seas, straits and regions that news names.
package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/places.tsv.gz
var placesGz []byte

//go:embed data/extra.tsv
var extraTSV string

// Place is a gazetteer entry.
type Place struct {
	GeonameID  int // 0 for countries and the hand-made entries
	Name       string
	Lat, Lon   float64
	Country    string // ISO alpha-3; empty for international waters
	Population int
	Feature    string // GeoNames feature code, PCLI for a country
}

// Gazetteer finds places by name.
type Gazetteer struct {
	places []Place
	byName map[string][]int32 // lowercased name → places
}

var (
	once   sync.Once
	shared *Gazetteer
	err    error
)

// Load returns the embedded gazetteer, parsed once and shared.
func Load() (*Gazetteer, error) {
	once.Do(func() { shared, err = parse() })
	return shared, err
}

func parse() (*Gazetteer, error) {
	g := &Gazetteer{byName: make(map[string][]int32, 200000)}
	zr, err := gzip.NewReader(bytes.NewReader(placesGz))
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "#") {
			continue
		}
		c := strings.Split(t, "\t")
		if len(c) != 8 {
			return nil, fmt.Errorf("geo: places.tsv:%d: want 8 columns", line)
		}
		id, _ := strconv.Atoi(c[0])
		lat, err1 := strconv.ParseFloat(c[2], 64)
		lon, err2 := strconv.ParseFloat(c[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("geo: places.tsv:%d: bad coordinates", line)
		}
		pop, _ := strconv.Atoi(c[5])
		g.add(Place{GeonameID: id, Name: c[1], Lat: lat, Lon: lon, Country: c[4], Population: pop, Feature: c[6]}, strings.Split(c[7], "|"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	for i, t := range strings.Split(extraTSV, "\n") {
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		c := strings.Split(t, "\t")
		if len(c) != 6 {
			return nil, fmt.Errorf("geo: extra.tsv:%d: want 6 columns", i+1)
		}
		lat, err1 := strconv.ParseFloat(c[1], 64)
		lon, err2 := strconv.ParseFloat(c[2], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("geo: extra.tsv:%d: bad coordinates", i+1)
		}
		names := []string{c[0]}
		if c[5] != "" {
			names = append(names, strings.Split(c[5], "|")...)
		}
		// Large enough to beat a small town of the same name.
		g.add(Place{Name: c[0], Lat: lat, Lon: lon, Country: c[3], Population: 1_000_000, Feature: c[4]}, names)
	}
	return g, nil
}

func (g *Gazetteer) add(p Place, names []string) {
	i := int32(len(g.places))
	g.places = append(g.places, p)
	for _, n := range names {
		k := key(n)
		if k != "" {
			g.byName[k] = append(g.byName[k], i)
		}
	}
}

func key(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// Lookup returns the best place for a name. Candidates in one of the
// preferred countries (the article's other places, say) win; then
// countries, then the most populous. ok is false for unknown names.
func (g *Gazetteer) Lookup(name string, prefer ...string) (Place, bool) {
	ids := g.byName[key(name)]
	if len(ids) == 0 {
		return Place{}, false
	}
	best := -1
	bestScore := -1.0
	for _, id := range ids {
		p := &g.places[id]
		score := float64(p.Population)
		if p.Feature == "PCLI" {
			score += 1e10 // "Georgia" the country before the US state's towns
		}
		for _, c := range prefer {
			if c != "" && p.Country == c {
				score += 1e11
				break
			}
		}
		if p.Name == strings.TrimSpace(name) {
			score *= 1.5 // the place's own name beats an alternate name
		}
		if score > bestScore {
			best, bestScore = int(id), score
		}
	}
	return g.places[best], true
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }
