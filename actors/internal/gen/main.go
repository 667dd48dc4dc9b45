// Command gen builds actors/data/countries.tsv, the country table of the
// actor knowledge base, from the shared gazetteer: GeoNames countryInfo and
// cities15000, the mledoze world-countries list, the i18n nationality list
// and the mordecai nationality table. The output is committed, so that the
// coder needs no shared data at run time. Run from the module root:
//
//	go run ./actors/internal/gen -shared ../shared -o actors/data/countries.tsv
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder holding data/gazetteer")
	out := flag.String("o", "actors/data/countries.tsv", "output file")
	minPop := flag.Int("minpop", 500000, "smallest city population kept")
	firstNames := flag.String("firstnames", "ner/data/firstnames.txt", "given names, which no region's name may be")
	flag.Parse()
	ewt := filepath.Join(*shared, "data", "ud-english-ewt", "en_ewt-ud-train.conllu")
	if err := run(filepath.Join(*shared, "data", "gazetteer"), ewt, *firstNames, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// country gathers every name the sources give one ISO code.
type country struct {
	iso3, iso2 string
	pop        int
	names      []string // first is the common name
	adjs       []string
	capitals   []string
}

func (c *country) add(list *[]string, s string) {
	// "Congolese (Democratic Republic of the Congo)": the note is no name.
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, x := range *list {
		if strings.EqualFold(x, s) {
			return
		}
	}
	*list = append(*list, s)
}

func run(dir, ewt, firstNames, out string, minPop int) error {
	byISO3 := map[string]*country{}
	byISO2 := map[string]*country{}
	if err := readCountryInfo(filepath.Join(dir, "countryInfo_2025.tsv"), byISO3, byISO2); err != nil {
		return err
	}
	if err := readMledoze(filepath.Join(dir, "world-countries_mledoze_countries.json"), byISO3); err != nil {
		return err
	}
	if err := readI18n(filepath.Join(dir, "i18n-nationality_en.json"), byISO2); err != nil {
		return err
	}
	if err := readMordecai(filepath.Join(dir, "mordecai_nat_df.csv"), byISO3); err != nil {
		return err
	}
	codes := make([]string, 0, len(byISO3))
	for k := range byISO3 {
		codes = append(codes, k)
	}
	sort.Strings(codes)

	// A name two countries share ("Congolese", "Dominican") goes to the
	// more populous one: news about it is far more likely.
	owner := map[string]*country{}
	claim := func(c *country, s string) {
		k := strings.ToLower(s)
		if o, ok := owner[k]; !ok || c.pop > o.pop {
			owner[k] = c
		}
	}
	for _, k := range codes {
		c := byISO3[k]
		for _, l := range [][]string{c.names, c.adjs, c.capitals} {
			for _, s := range l {
				claim(c, s)
			}
		}
	}
	keep := func(c *country, l []string) []string {
		var r []string
		for _, s := range l {
			if owner[strings.ToLower(s)] == c && !dropped[s] {
				r = append(r, s)
			}
		}
		return r
	}

	var b strings.Builder
	b.WriteString(header)
	for _, k := range codes {
		c := byISO3[k]
		if l := keep(c, c.names); len(l) > 0 {
			fmt.Fprintf(&b, "country\t%s\t%s\t%s\n", l[0], strings.Join(l[1:], "|"), c.iso3)
		}
		if l := keep(c, c.adjs); len(l) > 0 {
			fmt.Fprintf(&b, "adjective\t%s\t%s\t%s\n", l[0], strings.Join(l[1:], "|"), c.iso3)
		}
		if l := keep(c, c.capitals); len(l) > 0 {
			fmt.Fprintf(&b, "capital\t%s\t%s\t%s\tGOV\n", l[0], strings.Join(l[1:], "|"), c.iso3)
		}
	}
	cities, cityNames, err := readCities(filepath.Join(dir, "cities15000_2025-11-19.txt"), byISO2, owner, minPop)
	if err != nil {
		return err
	}
	b.WriteString(cities)
	common, err := lowercaseWords(ewt)
	if err != nil {
		return err
	}
	given, err := givenNames(firstNames)
	if err != nil {
		return err
	}
	for k := range common {
		given[k] = true
	}
	regions, err := readRegions(filepath.Join(dir, "admin1_regionInfo_2025.tsv"), byISO2, owner, cityNames, given)
	if err != nil {
		return err
	}
	b.WriteString(regions)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// dropped are names the sources give that news uses far more often for
// something else: a word ("Island", Iceland's name in Icelandic; "Male")
// or a person's name (the capitals Douglas, Hamilton, Stanley, Victoria).
// "Congo" names two countries; actors/data/places.tsv gives it to DR Congo
// and the coder decides by context.
var dropped = map[string]bool{
	"Island": true, "Male": true, "Douglas": true, "Hamilton": true, "Stanley": true,
	"Victoria": true, "Jamestown": true, "Plymouth": true, "Congo": true,
	// Divisions named by words: "the Cascades", "Southeastern", a saga.
	"Cascades": true, "Southeastern": true, "Saga": true,
	// "Welsh" is Wales's (GBR, in places.tsv), though a source gives it to
	// Wallis and Futuna; "Balkan" is the peninsula's, not the Turkmen
	// province's ("Balkan leaders" are no Turkmen officials).
	"Welsh": true, "Balkan": true,
}

// defunct are states GeoNames still lists (Serbia and Montenegro,
// Netherlands Antilles): "Belgrade" is Serbia's capital, not theirs.
var defunct = map[string]bool{"SCG": true, "ANT": true, "CSK": true, "YUG": true}

const header = `# Country table of the sitrep actor knowledge base. GENERATED by
#   go run ./actors/internal/gen -shared ../shared -o actors/data/countries.tsv
# from the shared gazetteer; edit the generator, not this file.
# Sources and licences:
#   GeoNames countryInfo and cities15000 (Nov 2025), CC BY 4.0, https://www.geonames.org/
#   mledoze/countries (world-countries), ODbL 1.0, https://github.com/mledoze/countries
#   i18n-nationality (en), MIT; mordecai nationality table, MIT
# A name two countries share goes to the more populous one; a few names news
# uses for something else (Island, Male, Douglas...) are left out. Cities of
# at least 500,000 people are kept, the most populous of a name winning.
# columns: kind	name	aliases	country	sector	role	start	end	code
`

func readCountryInfo(path string, byISO3, byISO2 map[string]*country) error {
	return eachRow(path, 8, func(n int, col []string) error {
		pop, err := strconv.Atoi(col[7])
		if err != nil {
			return fmt.Errorf("%s:%d: population %q: %v", path, n, col[7], err)
		}
		if defunct[col[1]] {
			return nil // GeoNames keeps them; their capitals belong to the successors
		}
		c := &country{iso3: col[1], iso2: col[0], pop: pop}
		c.add(&c.names, col[4])
		c.add(&c.capitals, col[5])
		byISO3[c.iso3] = c
		byISO2[c.iso2] = c
		return nil
	})
}

// eachRow calls fn with every row of a tab-separated file, its line
// number and its columns, skipping blank lines and comments (#); a row of
// fewer than minCols columns is an error naming the line.
func eachRow(path string, minCols int, fn func(line int, col []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < minCols {
			return fmt.Errorf("%s:%d: %d columns, want at least %d", path, n, len(col), minCols)
		}
		if err := fn(n, col); err != nil {
			return err
		}
	}
	return sc.Err()
}

func readMledoze(path string, byISO3 map[string]*country) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []struct {
		Name struct {
			Common, Official string
		}
		CCA3         string
		AltSpellings []string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for _, m := range list {
		c := byISO3[m.CCA3]
		if c == nil {
			continue
		}
		c.add(&c.names, m.Name.Common)
		c.add(&c.names, m.Name.Official)
		for _, s := range m.AltSpellings {
			// Two-letter codes ("IT", "IN") and names in other
			// scripts would match English words or nothing.
			if len(s) <= 3 && strings.ToUpper(s) == s || !latin(s) || strings.Contains(s, ",") {
				continue
			}
			c.add(&c.names, s)
		}
		for _, s := range m.Capital {
			c.add(&c.capitals, s)
		}
		if d, ok := m.Demonyms["eng"]; ok {
			c.add(&c.adjs, d.M)
			c.add(&c.adjs, d.F)
		}
	}
	return nil
}

func readI18n(path string, byISO2 map[string]*country) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var v struct{ Nationalities map[string]string }
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for iso2, adj := range v.Nationalities {
		if c := byISO2[iso2]; c != nil && latin(adj) {
			c.add(&c.adjs, adj)
		}
	}
	return nil
}

func readMordecai(path string, byISO3 map[string]*country) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	line := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		line++
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		// The file has a few rows with a missing comma; skip them.
		if line == 1 || len(rec) != 2 {
			continue
		}
		if c := byISO3[strings.TrimSpace(rec[1])]; c != nil {
			c.add(&c.adjs, rec[0])
		}
	}
}

func readCities(path string, byISO2 map[string]*country, owner map[string]*country, minPop int) (string, map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	type city struct {
		name, ascii, iso3 string
		pop               int
	}
	best := map[string]city{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 15 {
			return "", nil, fmt.Errorf("%s:%d: %d columns, want 19", path, n, len(col))
		}
		pop, err := strconv.Atoi(col[14])
		if err != nil {
			return "", nil, fmt.Errorf("%s:%d: population %q: %v", path, n, col[14], err)
		}
		c := byISO2[col[8]]
		if pop < minPop || c == nil || !latin(col[1]) {
			continue
		}
		k := strings.ToLower(col[1])
		if _, taken := owner[k]; taken {
			continue // a country, adjective or capital already
		}
		if b, ok := best[k]; !ok || pop > b.pop {
			best[k] = city{col[1], col[2], c.iso3, pop}
		}
	}
	if err := sc.Err(); err != nil {
		return "", nil, err
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := best[keys[i]], best[keys[j]]
		if a.iso3 != b.iso3 {
			return a.iso3 < b.iso3
		}
		return a.name < b.name
	})
	var b strings.Builder
	names := map[string]bool{}
	for _, k := range keys {
		c := best[k]
		alias := ""
		if c.ascii != c.name {
			alias = c.ascii
			names[strings.ToLower(alias)] = true
		}
		names[k] = true
		fmt.Fprintf(&b, "city\t%s\t%s\t%s\n", c.name, alias, c.iso3)
	}
	return b.String(), names, nil
}

// readRegions lists the first-level divisions of every country (US and
// Indian states, Ukrainian oblasts, Syrian governorates) as city rows,
// places that give only their country: "New Jersey Gov. Chris Christie"
// is a US official, not one of Jersey. A name is left out when it is
// already a country, adjective, capital or city, when two countries have
// a division of that name ("Punjab", "Amazonas"), when it is a word that
// English text writes in lowercase ("delta", "central") or a given name
// ("Vladimir", "Carolina"; listed in regionNames when the place is the
// likelier reading), or when it is shorter than four letters. "Kano State"
// also gives "Kano". Countries of under a million people, and those that
// GeoNames divides into more than 90 municipalities (Slovenia), are left
// out: their parishes and communes are named like common words ("Forest",
// "Grad").
func readRegions(path string, byISO2, owner map[string]*country, cities, common map[string]bool) (string, error) {
	type region struct {
		iso3  string
		names []string
	}
	var regions []region
	perCountry := map[string]int{}
	countries := map[string]map[string]bool{} // lowercased name → ISO3 codes having it
	err := eachRow(path, 3, func(_ int, col []string) error {
		iso2, _, _ := strings.Cut(col[0], ".")
		c := byISO2[iso2]
		if c == nil {
			return nil
		}
		r := region{iso3: c.iso3}
		for _, s := range []string{col[1], col[2]} {
			for _, v := range []string{s, shortRegion(s)} {
				if v == "" || !latin(v) || slices.Contains(r.names, v) {
					continue
				}
				r.names = append(r.names, v)
				k := strings.ToLower(v)
				if countries[k] == nil {
					countries[k] = map[string]bool{}
				}
				countries[k][c.iso3] = true
			}
		}
		regions = append(regions, r)
		perCountry[c.iso3]++
		return nil
	})
	if err != nil {
		return "", err
	}
	small := map[string]bool{}
	for _, c := range byISO2 {
		if c.pop < 1000000 || perCountry[c.iso3] > 90 {
			small[c.iso3] = true
		}
	}
	var rows []string
	seen := map[string]bool{}
	for _, r := range regions {
		if small[r.iso3] {
			continue
		}
		var keep []string
		for _, v := range r.names {
			k := strings.ToLower(v)
			if len(countries[k]) > 1 || owner[k] != nil || cities[k] || common[k] && !regionNames[v] || dropped[v] || generic(v) ||
				seen[k] || len([]rune(v)) < 4 || strings.ContainsAny(v, "'’,(") {
				continue
			}
			seen[k] = true
			keep = append(keep, v)
		}
		if len(keep) > 0 {
			rows = append(rows, fmt.Sprintf("city\t%s\t%s\t%s\n", keep[0], strings.Join(keep[1:], "|"), r.iso3))
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := strings.Split(rows[i], "\t"), strings.Split(rows[j], "\t")
		if a[3] != b[3] {
			return a[3] < b[3]
		}
		return a[1] < b[1]
	})
	return "# First-level divisions (GeoNames admin1), as places of their country.\n" + strings.Join(rows, ""), nil
}

// generic reports whether a division's name is made only of compass
// points and kinds of division ("Northern Region", "North-East",
// "Central District", "West Coast"): several countries have one, and news
// uses the words for much else.
func generic(name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch strings.ToLower(w) {
		case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
			"upper", "lower", "middle", "and", "region", "district", "province", "state", "department",
			"governorate", "area", "coast", "bank", "river", "territory", "county", "municipality", "division":
		default:
			return false
		}
	}
	return true
}

// regionNames are divisions named like given names or lowercase words
// that news names far more often as places.
var regionNames = map[string]bool{"Virginia": true, "Alberta": true, "Geneva": true, "Odessa": true, "Wisconsin": true}

// givenNames reads a list of given names, one a line, lowercased.
func givenNames(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m, nil
}

// shortRegion drops the kind of division that GeoNames adds to some names
// ("Kano State", "Sevastopol City"), or returns "" when there is none.
func shortRegion(s string) string {
	for _, suf := range []string{" State", " Province", " Region", " Governorate", " Oblast", " City", " District"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+3 {
			return strings.TrimSuffix(s, suf)
		}
	}
	return ""
}

// lowercaseWords returns the words that the EWT training text writes in
// lowercase at least twice: a division named by such a word ("Delta",
// "Central") would turn common words into places.
func lowercaseWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	count := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		col := strings.SplitN(line, "\t", 3)
		if len(col) < 2 {
			continue
		}
		if w := col[1]; w != "" && strings.ToLower(w) == w {
			count[w]++
		}
	}
	common := map[string]bool{}
	for w, n := range count {
		if n >= 2 {
			common[w] = true
		}
	}
	return common, sc.Err()
}

// latin reports whether s is written in Latin letters (with diacritics),
// the only names an English article will use.
func latin(s string) bool {
	for _, r := range s {
		if r > 0x24F {
			return false
		}
	}
	return true
}
