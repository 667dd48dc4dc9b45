package ner

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

//go:embed data/firstnames.txt
var firstNamesFile string

// BuildGazetteer reads the place and nationality lists of the shared
// gazetteer folder (GeoNames cities15000, countryInfo, admin1 regions,
// mledoze countries, i18n and mordecai nationalities) and adds the
// hand-written lists. common holds lowercased words frequent in running
// text ("mobile", "reading"): single-word place names among them are left
// out, since as features they would mostly fire on the common word.
func BuildGazetteer(dir string, common map[string]bool) (*Gazetteer, error) {
	g := newGazetteer()
	place := func(name string, cat int) {
		if !isNameLike(name) {
			return
		}
		if !strings.ContainsAny(name, " -") && common[strings.ToLower(name)] {
			return
		}
		g.addPhrase(name, cat)
	}
	for _, step := range []func() error{
		func() error { return readCities(filepath.Join(dir, "cities15000_2025-11-19.txt"), place) },
		func() error { return readCountryInfo(filepath.Join(dir, "countryInfo_2025.tsv"), place) },
		func() error { return readRegions(filepath.Join(dir, "admin1_regionInfo_2025.tsv"), place) },
		func() error { return readMledoze(filepath.Join(dir, "world-countries_mledoze_countries.json"), place) },
		func() error {
			return readNationalities(filepath.Join(dir, "i18n-nationality_en.json"), filepath.Join(dir, "mordecai_nat_df.csv"), g)
		},
	} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for _, c := range []string{"Africa", "Asia", "Europe", "North America", "South America", "Latin America",
		"Middle East", "Antarctica", "Oceania", "Caribbean", "Balkans", "Scandinavia", "Gulf", "Persian Gulf",
		"West Bank", "Gaza", "Gaza Strip", "Kashmir", "Siberia", "Sahara", "Pacific", "Atlantic"} {
		g.addPhrase(c, catRegion)
	}
	for _, w := range strings.Fields(orgWords) {
		g.add([]string{w}, catOrgWord)
	}
	for _, w := range strings.Fields(titles) {
		g.add([]string{w}, catTitle)
	}
	for _, w := range strings.Fields(firstNames) {
		g.add([]string{w}, catFirstName)
	}
	for _, line := range strings.Split(firstNamesFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") && !common[strings.ToLower(line)] {
			g.add([]string{line}, catFirstName)
		}
	}
	return g, nil
}

// readCities adds the name, ASCII name and, for places of 100,000 people
// or more, the Latin-script alternate names of every GeoNames city.
func readCities(path string, add func(string, int)) error {
	return eachLine(path, func(line int, f []string) error {
		if len(f) < 15 {
			return fmt.Errorf("%s:%d: want 19 tab-separated fields, got %d", path, line, len(f))
		}
		add(f[1], catCity)
		add(f[2], catCity)
		pop, _ := strconv.Atoi(f[14])
		if pop >= 100000 {
			for _, a := range strings.Split(f[3], ",") {
				add(a, catCity)
			}
		}
		return nil
	})
}

func readCountryInfo(path string, add func(string, int)) error {
	return eachLine(path, func(line int, f []string) error {
		if len(f) < 6 {
			return fmt.Errorf("%s:%d: want country fields, got %d", path, line, len(f))
		}
		add(f[4], catCountry)
		add(f[5], catCity) // capital
		return nil
	})
}

func readRegions(path string, add func(string, int)) error {
	return eachLine(path, func(line int, f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want region fields, got %d", path, line, len(f))
		}
		add(f[1], catRegion)
		add(f[2], catRegion)
		return nil
	})
}

func readMledoze(path string, add func(string, int)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cs []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		AltSpellings []string `json:"altSpellings"`
		Capital      []string `json:"capital"`
		Demonyms     map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(data, &cs); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range cs {
		add(c.Name.Common, catCountry)
		add(c.Name.Official, catCountry)
		for _, a := range c.AltSpellings {
			if len(a) > 3 { // two-letter codes match too much
				add(a, catCountry)
			}
		}
		for _, cap := range c.Capital {
			add(cap, catCity)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			add(d.F, catDemonym)
			add(d.M, catDemonym)
		}
	}
	return nil
}

func readNationalities(i18nPath, csvPath string, g *Gazetteer) error {
	data, err := os.ReadFile(i18nPath)
	if err != nil {
		return err
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := json.Unmarshal(data, &nat); err != nil {
		return fmt.Errorf("%s: %w", i18nPath, err)
	}
	for _, n := range nat.Nationalities {
		if isNameLike(n) && !strings.Contains(n, " ") {
			g.addPhrase(n, catDemonym)
		}
	}
	f, err := os.Open(csvPath)
	if err != nil {
		return err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1 // the file has a row without its comma
	rows, err := cr.ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %w", csvPath, err)
	}
	for i, r := range rows {
		if i > 0 && len(r) == 2 && isNameLike(r[0]) {
			g.addPhrase(r[0], catDemonym)
		}
	}
	return nil
}

// eachLine calls fn with the tab-separated fields of every line that is
// not blank or a # comment.
func eachLine(path string, fn func(line int, f []string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(n, strings.Split(t, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	return nil
}
