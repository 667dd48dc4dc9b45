package ner

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/wordclass"
)

//go:embed data/firstnames.txt
var firstNamesFile string

//go:embed data/orgs.txt
var orgsFile string

// listLines returns the names of a list file: its lines less blanks and
// # comments.
func listLines(file string) []string {
	var out []string
	for _, line := range strings.Split(file, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

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
	for _, line := range strings.Split(orgNames, "\n") {
		if !isAcronym(line) { // acronyms match case-sensitively (exactWords)
			g.addPhrase(line, catOrgName)
		}
	}
	for _, name := range listLines(orgsFile) {
		if !isAcronym(name) && (strings.ContainsAny(name, " -") || !common[strings.ToLower(name)]) {
			g.addPhrase(name, catOrgName)
		}
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

// UnlabeledFiles lists the news text of the shared data folder (PolNeAR
// articles, TempEval-3 TimeML, GUM news CoNLL-U) that AddUnlabeled learns
// from. Only statistics and word classes enter the model, never the text.
func UnlabeledFiles(dataDir string) []string {
	var out []string
	for _, pat := range []string{"polnear/train/text/*.txt", "polnear/dev/text/*.txt",
		"tempeval3-tbaq/*/*.tml", "gum-news/*.conllu"} {
		m, _ := filepath.Glob(filepath.Join(dataDir, filepath.FromSlash(pat)))
		out = append(out, m...)
	}
	sort.Strings(out)
	return out
}

// AddUnlabeled learns from unlabeled text: the case statistics of each
// word, and word classes (wordclass.Cluster) over the news files and the words
// of the training sentences.
//
// Case statistics count how often each word is written with a capital in
// mid-sentence and how often in lowercase. A word nearly always
// capitalised is a name even where capitals say nothing: at the start of
// a sentence, in a headline, in web text typed in lowercase.
//
// Two clusterings are kept: nclass classes, and fine (more, smaller)
// ones, which set rare words apart that the coarse ones lump together;
// fine 0 for none.
func (g *Gazetteer) AddUnlabeled(files []string, train [][]string, nclass, fine, maxVocab, iters int) error {
	texts, err := g.addCaseStats(files)
	if err != nil {
		return err
	}
	var sents [][]string
	for _, t := range texts {
		sents = append(sents, wordclass.Sentences(t)...)
	}
	for _, s := range train {
		low := make([]string, len(s))
		for i, w := range s {
			low[i] = strings.ToLower(w)
		}
		sents = append(sents, low)
	}
	g.clusters = map[string]uint32{}
	for w, c := range wordclass.Cluster(sents, nclass, maxVocab, iters) {
		g.clusters[w] = uint32(c)
	}
	if fine > 0 {
		for w, c := range wordclass.Cluster(sents, fine, maxVocab, iters) {
			g.clusters[w] |= uint32(c) << 16
		}
	}
	return nil
}

func (g *Gazetteer) addCaseStats(files []string) ([]string, error) {
	type count struct{ capital, lower int }
	counts := map[string]*count{}
	var texts []string
	for _, path := range files {
		text, err := wordclass.Text(path)
		if err != nil {
			return nil, err
		}
		texts = append(texts, text)
		initial := true
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				switch r {
				case '.', '!', '?', '\n', '"', ':', '“', '(', '-', '—':
					initial = true
				}
				i += size
				continue
			}
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && r2 != '\'' {
					break
				}
				j += s2
			}
			w := text[i:j]
			lw := strings.ToLower(w)
			c := counts[lw]
			if c == nil {
				c = &count{}
				counts[lw] = c
			}
			switch {
			case w == lw:
				c.lower++
			case !initial && w != strings.ToUpper(w):
				c.capital++
			}
			initial = false
			i = j
		}
	}
	for w, c := range counts {
		n := c.capital + c.lower
		if n < 2 {
			continue
		}
		frac := float64(c.capital) / float64(n)
		b := 0
		switch {
		case frac >= 0.95:
			b = 4
		case frac >= 0.7:
			b = 3
		case frac >= 0.3:
			b = 2
		case frac > 0:
			b = 1
		}
		if n >= 20 {
			b += 8 // frequent: the fraction is to be trusted
		}
		g.caps[w] = uint8(b + 1)
	}
	return texts, nil
}

// AddActors adds the organisations, institutions and people of the actor
// knowledge base (the orgs.tsv, institutions.tsv and people.tsv of dir:
// kind, name, aliases separated by "|", …): organisations to the
// well-known organisations, people to their own list. Acronyms match only
// as written; single words common in lowercase text are left out.
func (g *Gazetteer) AddActors(dir string, common map[string]bool) error {
	for _, f := range []struct {
		name string
		cat  int
	}{{"orgs.tsv", catOrgName}, {"institutions.tsv", catOrgName}, {"people.tsv", catPerson}} {
		path := filepath.Join(dir, f.name)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for n, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 2 {
				return fmt.Errorf("%s:%d: want kind, name and aliases separated by tabs", path, n+1)
			}
			names := []string{cols[1]}
			if len(cols) > 2 && cols[2] != "" {
				names = append(names, strings.Split(cols[2], "|")...)
			}
			for _, name := range names {
				name = strings.TrimSpace(name)
				switch {
				case name == "":
				case isAcronym(name):
					g.m[exactPrefix+name] |= 1 << f.cat
				case !strings.ContainsAny(name, " -") && common[strings.ToLower(name)]:
				default:
					// The treebank splits the possessive: "People 's".
					name = strings.ReplaceAll(strings.TrimPrefix(name, "the "), "'s ", " 's ")
					g.addPhrase(name, f.cat)
				}
			}
		}
	}
	return nil
}
