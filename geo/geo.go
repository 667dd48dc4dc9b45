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

// Lookup returns the best place for a name. A place called by its own name
// beats one that merely lists the name among its alternates (GeoNames lists
// "Islamabad" for a Bangladeshi city and "Zaragoza" for Tijuana): first the
// places whose own name is the name up to case, then up to accents, then the
// rest. Countries and the hand-made entries answer to all their names as
// their own. Within a tier, candidates in one of the preferred countries
// (the article's other places, say) win; then countries, then the most
// populous. An alternate name still wins for a city more than aliasRatio
// times larger: "Calcutta" is Kolkata, not a South African town of that
// name. ok is false for unknown names.
func (g *Gazetteer) Lookup(name string, prefer ...string) (Place, bool) {
	k := key(name)
	ids := g.byName[k]
	if len(ids) == 0 {
		return Place{}, false
	}
	fk := fold(k)
	acronym := isAcronym(strings.TrimSpace(name))
	own, alias := -1, -1
	var ownScore, aliasScore float64
	var ownPref, aliasPref bool
	for _, id := range ids {
		p := &g.places[id]
		if acronym && p.GeonameID != 0 && p.Name != strings.TrimSpace(name) {
			continue // "UN" is not the Indian town of Un; "US" is a country's own name
		}
		score := float64(p.Population)
		if p.Feature == "PCLI" {
			score += 1e10 // "Georgia" the country before the US state's towns
		}
		pref := false
		for _, c := range prefer {
			if c != "" && p.Country == c {
				score += 1e11
				pref = true
				break
			}
		}
		switch n := key(p.Name); {
		case n == k || p.GeonameID == 0:
			score += 1e12 // "San José" is San José before San Jose
		case fold(n) == fk:
		default:
			if alias < 0 || score > aliasScore {
				alias, aliasScore, aliasPref = int(id), score, pref
			}
			continue
		}
		if own < 0 || score > ownScore {
			own, ownScore, ownPref = int(id), score, pref
		}
	}
	if own < 0 && alias < 0 {
		return Place{}, false
	}
	if own < 0 {
		return g.places[alias], true
	}
	if alias >= 0 && !(ownPref && !aliasPref) && g.places[own].GeonameID != 0 {
		r := aliasRatio
		if aliasPref && !ownPref {
			r = aliasRatioPreferred
		}
		a, o := &g.places[alias], &g.places[own]
		if a.Population > r*o.Population || rank(a.Feature) > rank(o.Feature) && a.Population > seatRatio*o.Population {
			return *a, true
		}
	}
	return g.places[own], true
}

// rank orders the seats of government: a capital, then the seat of a
// province, of a district, of less. An alternate name of a higher seat
// that is also seatRatio times larger beats a lesser town's own name:
// "Geneva" is Genève, not Geneva, Illinois; "Odessa" is Odesa, not Odessa,
// Texas (both about nine times); Salem, India keeps its name against
// Jerusalem, only a little larger.
func rank(feature string) int {
	switch feature {
	case "PPLC":
		return 4
	case "PPLA":
		return 3
	case "PPLA2":
		return 2
	case "PPLA3", "PPLA4":
		return 1
	}
	return 0
}

// aliasRatio is how many times larger a city must be than the place whose
// own name it is for an alternate name to win. Islamabad (600,000) keeps its
// name against Chattogram (3.9 million), Zaragoza against Tijuana; Kolkata,
// 130 times the South African Calcutta, keeps "Calcutta".
// Where only the larger city is in a preferred country the bar is lower:
// an Indian story's "Calcutta" is Kolkata, and Islamabad (600,000) still
// beats the Indian town of Anantnag that GeoNames also lists under it.
const (
	aliasRatio          = 25
	aliasRatioPreferred = 3
	seatRatio           = 3
)

// isAcronym reports whether s is two or three capital letters, as "UN",
// "EU" and "US" are.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// fold strips the accents of the Latin letters place names carry, so that
// "San Jose" is San José's own name and not an alternate.
func fold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := folded[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// folded maps a lower-case Latin letter with accents to its base letter.
var folded = func() map[rune]rune {
	const (
		accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹøđħłıŧ"
		plain    = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyodhlit"
	)
	m := make(map[rune]rune, len(plain))
	base := []rune(plain)
	for i, r := range []rune(accented) {
		m[r] = base[i]
	}
	return m
}()

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }
