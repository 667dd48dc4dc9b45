// Package actors codes the people, groups and institutions of a news
// article as CAMEO actors: a country (ISO 3166 alpha-3) and a sector (GOV,
// MIL, REB...), or an international organisation code (IGOUNO). The
// knowledge base is a set of readable TSV files embedded from data/ and
// extendable with the user's own files in the same columns.
package actors

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Kind says what a knowledge-base entry names and so how it combines with
// its neighbours in a phrase.
type Kind uint8

const (
	KindCountry     Kind = iota + 1 // China: the country itself
	KindAdjective                   // Chinese: a country modifier
	KindCapital                     // Beijing: the government as a metonym
	KindCity                        // Kharkiv: a place, giving only a country
	KindOrg                         // NATO, Hamas, Xinhua: a named group
	KindInstitution                 // the Kremlin, foreign ministry, coast guard
	KindNoun                        // officials, troops, protesters: a sector noun
	KindModifier                    // senior, foreign, state: only modifies
	KindPerson                      // Wang Yi: a person with date-ranged roles
	kindPeople                      // Ukrainians: made from adjectives at load time
)

var kindNames = map[string]Kind{
	"country": KindCountry, "adjective": KindAdjective, "capital": KindCapital,
	"city": KindCity, "org": KindOrg, "institution": KindInstitution,
	"noun": KindNoun, "modifier": KindModifier, "person": KindPerson,
}

func (k Kind) String() string {
	for n, v := range kindNames {
		if v == k {
			return n
		}
	}
	if k == kindPeople {
		return "people"
	}
	return "unknown"
}

// Entry is one row of the knowledge base.
type Entry struct {
	Kind    Kind
	Name    string   // canonical name
	Aliases []string // other names that match
	Country string   // ISO 3166 alpha-3, empty for none (IGOs, "foreign")
	Sector  string   // GOV, MIL...; for nouns the sector they denote
	Role    string   // for people the office; for nouns the anaphora class
	// Start and End bound a person's role: Start inclusive, End exclusive,
	// zero for open.
	Start, End time.Time
	code       string // explicit CAMEO code (IGOWSTNAT); else Country+Sector
}

// Code returns the entry's CAMEO actor code.
func (e *Entry) Code() string {
	if e.code != "" {
		return e.code
	}
	return e.Country + e.Sector
}

// active reports whether the entry's role covers t.
func (e *Entry) active(t time.Time) bool {
	return (e.Start.IsZero() || !t.Before(e.Start)) && (e.End.IsZero() || t.Before(e.End))
}

// distance is how far t lies outside the entry's role, zero inside it.
func (e *Entry) distance(t time.Time) time.Duration {
	switch {
	case !e.Start.IsZero() && t.Before(e.Start):
		return e.Start.Sub(t)
	case !e.End.IsZero() && !t.Before(e.End):
		return t.Sub(e.End) + 1
	}
	return 0
}

// caps says how the surface word must be written for a name to match:
// proper names must be capitalised ("Turkey", not "turkey") and acronyms
// written in capitals ("US", not "us").
type caps uint8

const (
	capsAny caps = iota
	capsFirst
	capsAll
	capsExact // mixed case such as "LeT" or "AfD": as written
)

type ref struct {
	entry int32
	caps  caps
	exact string // the name as written, for capsExact
}

// node is a trie over lowercased words.
type node struct {
	next map[string]*node
	refs []ref
}

// KB is the actor knowledge base. It is read-only once loaded and safe for
// concurrent use.
type KB struct {
	entries   []Entry
	root      map[string]*node
	countries map[string]string // lowercased country, adjective, capital or city name → ISO3
	cityOnly  map[string]bool   // keys of countries given by a city or region row alone
	names     map[string]string // ISO3 → common name
	// dated: lowercased country, adjective or capital names of rows
	// bounded in time (Belgrade YUGGOV to 2003), for LookupCountryAt.
	dated map[string][]int32
}

func newKB() *KB {
	return &KB{root: map[string]*node{}, countries: map[string]string{}, cityOnly: map[string]bool{}, names: map[string]string{}}
}

// Columns of every knowledge-base file, in order; trailing ones may be left
// out.
var Columns = []string{"kind", "name", "aliases", "country", "sector", "role", "start", "end", "code"}

// Load reads the embedded knowledge base and then the user's files, whose
// rows add to it (a user row for a name already known is tried first).
// Errors name the file and line: a reader with a Name method (an *os.File)
// by that name, others as "actors file N".
func Load(extra ...io.Reader) (*KB, error) {
	kb := newKB()
	files, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var all [][]Entry
	for _, name := range files {
		f, err := dataFS.Open(name)
		if err != nil {
			return nil, err
		}
		es, err := parse(f, "actors/"+name, nil)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, es)
	}
	// A user row's country must be one the embedded files know: "URK" has
	// the shape of a code but names no country.
	known := map[string]bool{}
	for _, es := range all {
		for _, e := range es {
			if e.Country != "" {
				known[e.Country] = true
			}
		}
	}
	for i, r := range extra {
		name := fmt.Sprintf("actors file %d", i+1)
		if n, ok := r.(interface{ Name() string }); ok {
			name = n.Name() // an *os.File, or a reader the caller named
		}
		es, err := parse(r, name, known)
		if err != nil {
			return nil, err
		}
		// User rows go first so that they win ties.
		all = append([][]Entry{es}, all...)
	}
	for _, es := range all {
		for _, e := range es {
			kb.add(e)
		}
	}
	return kb, nil
}

// Len returns the number of entries.
func (kb *KB) Len() int { return len(kb.entries) }

// Entries returns the entries, for inspection; do not modify them.
func (kb *KB) Entries() []Entry { return kb.entries }

// parse reads one TSV file. Blank lines and lines starting with # are
// skipped, and a UTF-8 byte-order mark at the start, which some editors
// write. With known set, a country must be one of it.
func parse(r io.Reader, file string, known map[string]bool) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !utf8.ValidString(s) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", file, line)
		}
		col := strings.Split(s, "\t")
		if len(col) > len(Columns) {
			return nil, fmt.Errorf("%s:%d: %d columns, want at most %d (%s)", file, line, len(col), len(Columns), strings.Join(Columns, ", "))
		}
		for len(col) < len(Columns) {
			col = append(col, "")
		}
		for i := range col {
			col[i] = strings.TrimSpace(col[i])
		}
		k, ok := kindNames[col[0]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: kind: unknown kind %q", file, line, col[0])
		}
		e := Entry{Kind: k, Name: col[1], Country: col[3], Sector: col[4], Role: col[5], code: col[8]}
		if e.Name == "" {
			return nil, fmt.Errorf("%s:%d: name: empty", file, line)
		}
		for _, a := range strings.Split(col[2], "|") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if e.Country != "" && !isCode(e.Country, 3) {
			return nil, fmt.Errorf("%s:%d: country: %q is not an ISO 3166 alpha-3 code", file, line, e.Country)
		}
		if e.Country != "" && known != nil && !known[e.Country] {
			return nil, fmt.Errorf("%s:%d: country: %q is no country of the knowledge base", file, line, e.Country)
		}
		if e.Sector != "" && !isCode(e.Sector, 0) {
			return nil, fmt.Errorf("%s:%d: sector: %q is not a code of capital letters", file, line, e.Sector)
		}
		if e.code != "" && !isCode(e.code, 0) {
			return nil, fmt.Errorf("%s:%d: code: %q is not a code of capital letters and digits", file, line, e.code)
		}
		var err error
		if e.Start, err = parseDate(col[6], false); err != nil {
			return nil, fmt.Errorf("%s:%d: start: %v", file, line, err)
		}
		if e.End, err = parseDate(col[7], true); err != nil {
			return nil, fmt.Errorf("%s:%d: end: %v", file, line, err)
		}
		if !e.Start.IsZero() && !e.End.IsZero() && !e.End.After(e.Start) {
			return nil, fmt.Errorf("%s:%d: end: %s is not after start %s", file, line, col[7], col[6])
		}
		if e.Code() == "" && k != KindNoun && k != KindModifier {
			return nil, fmt.Errorf("%s:%d: country: a %s needs a country or a code", file, line, k)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", file, line, err)
	}
	return out, nil
}

func isCode(s string, n int) bool {
	if n > 0 && len(s) != n || s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (n > 0 || s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD. A partial end date means the
// end of that year or month.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, precision, err := sitrep.ParsePartialDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	if end {
		switch precision {
		case "month":
			t = t.AddDate(0, 1, 0)
		case "year":
			t = t.AddDate(1, 0, 0)
		}
	}
	return t, nil
}

func (kb *KB) add(e Entry) {
	idx := int32(len(kb.entries))
	kb.entries = append(kb.entries, e)
	names := append([]string{e.Name}, e.Aliases...)
	switch e.Kind {
	case KindCountry, KindAdjective, KindCapital, KindCity:
		for _, n := range names {
			k := strings.ToLower(n)
			// The first entry of a name wins, except that a country,
			// adjective or capital wins over a city or region whatever
			// the order of the files: "Gaza" is Palestine's before it
			// is Mozambique's province.
			if _, ok := kb.countries[k]; !ok || kb.cityOnly[k] && e.Kind != KindCity {
				kb.countries[k] = e.Country
				kb.cityOnly[k] = e.Kind == KindCity
			}
			if e.Kind != KindCity && e.Country != "" && (!e.Start.IsZero() || !e.End.IsZero()) {
				if kb.dated == nil {
					kb.dated = map[string][]int32{}
				}
				kb.dated[k] = append(kb.dated[k], idx)
			}
		}
		if e.Kind == KindCountry {
			if _, ok := kb.names[e.Country]; !ok {
				kb.names[e.Country] = e.Name
			}
		}
	}
	for _, n := range names {
		kb.index(n, idx)
		switch e.Kind {
		case KindNoun, KindModifier:
			if p := plural(n); p != n {
				kb.index(p, idx)
			}
		case KindAdjective:
			// "Ukrainians": the plural of a demonym names the people.
			if p, ok := demonymPlural(n); ok {
				pe := Entry{Kind: kindPeople, Name: p, Country: e.Country}
				kb.entries = append(kb.entries, pe)
				kb.index(p, int32(len(kb.entries)-1))
			}
		}
	}
}

// index adds name to the trie, pointing at entry idx. A hyphenated word is
// indexed whole and in parts ("al-Assad" and "al - Assad"), as tokenizers
// differ on splitting it.
func (kb *KB) index(name string, idx int32) {
	words := splitWords(name, nil)
	if len(words) == 0 {
		return
	}
	var split []string
	for _, w := range words {
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
			for k, part := range strings.Split(w, "-") {
				if k > 0 {
					split = append(split, "-")
				}
				if part != "" {
					split = append(split, part)
				}
			}
		} else {
			split = append(split, w)
		}
	}
	if len(split) != len(words) {
		kb.indexWords(split, idx)
	}
	kb.indexWords(words, idx)
}

func (kb *KB) indexWords(words []string, idx int32) {
	c := capsAny
	first := words[0]
	if r, size := utf8.DecodeRuneInString(first); unicode.IsUpper(r) {
		c = capsFirst
		rest := first[size:]
		switch {
		case utf8.RuneCountInString(first) >= 2 && first == strings.ToUpper(first) && strings.ToLower(first) != first:
			c = capsAll
		case len(words) == 1 && rest != strings.ToLower(rest) && rest != strings.ToUpper(rest):
			c = capsExact // "LeT", not "Let"; but "McConnell" is a name, matched in capitals too
		}
	}
	m := kb.root
	var n *node
	for _, w := range words {
		k := strings.ToLower(normApos(w))
		n = m[k]
		if n == nil {
			n = &node{}
			m[k] = n
		}
		if n.next == nil {
			n.next = map[string]*node{}
		}
		m = n.next
	}
	for _, r := range n.refs {
		if r.entry == idx {
			return
		}
	}
	r := ref{entry: idx, caps: c}
	if c == capsExact {
		r.exact = first
	}
	n.refs = append(n.refs, r)
}

// splitWords splits a name or a short text into words the way a UD
// tokenizer would (see wordSpans) and appends them to out.
func splitWords(s string, out []string) []string {
	for _, sp := range wordSpans(s) {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

// wordSpans returns the byte spans of the words of s: split on spaces,
// with leading and trailing punctuation and a possessive 's apart. A final
// period stays on abbreviations ("U.S.", "Jr.").
func wordSpans(s string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		if i == j {
			break
		}
		a, b := i, j
		for b-a > 1 && strings.IndexByte("\"([", s[a]) >= 0 {
			out = append(out, [2]int{a, a + 1})
			a++
		}
		var tail [][2]int
		for b-a > 1 {
			c := s[b-1]
			if strings.IndexByte(",;:!?\")]", c) >= 0 || c == '.' && strings.Count(s[a:b], ".") == 1 && b-a > 3 && !keepsPeriod(s[a:b]) {
				tail = append(tail, [2]int{b - 1, b})
				b--
				continue
			}
			break
		}
		if p := possessive(s[a:b]); p > 0 {
			out = append(out, [2]int{a, a + p}, [2]int{a + p, b})
		} else {
			out = append(out, [2]int{a, b})
		}
		for k := len(tail) - 1; k >= 0; k-- {
			out = append(out, tail[k])
		}
		i = j
	}
	return out
}

// possessive returns where a final 's or ’s starts, or 0.
func possessive(w string) int {
	switch {
	case len(w) > 2 && strings.HasSuffix(w, "'s"):
		return len(w) - 2
	case len(w) > 4 && strings.HasSuffix(w, "’s"):
		return len(w) - 4
	}
	return 0
}

func normApos(s string) string { return strings.ReplaceAll(s, "’", "'") }

// plural returns the English plural of a noun phrase's last word.
func plural(s string) string {
	i := strings.LastIndexByte(s, ' ') + 1
	head, w := s[:i], s[i:]
	switch {
	case w == "police" || w == "media" || w == "staff" || w == "military" || w == "personnel" || w == "people" || w == "intelligence" || w == "press":
		return s
	case strings.HasSuffix(w, "person"):
		return head + w[:len(w)-6] + "people"
	case strings.HasSuffix(w, "man") && w != "human":
		return head + w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return head + w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return head + w + "es"
	}
	return head + w + "s"
}

// demonymPlural returns "Ukrainians" for "Ukrainian"; "Chinese" and
// "French" have no plural of their own.
func demonymPlural(adj string) (string, bool) {
	if adj == "Czech" {
		return "Czechs", true // the one "-ch" demonym with a plain plural
	}
	if strings.ContainsRune(adj, ' ') {
		return "", false
	}
	for _, s := range []string{"ese", "ss", "sh", "ch", "s", "x", "z"} {
		if strings.HasSuffix(adj, s) {
			return "", false
		}
	}
	// "Ukrainians", "Iraqis", "Cypriots", "Islanders"; "Filipinos",
	// "Greeks", "Uzbeks" too; not "Britishs".
	for _, s := range []string{"an", "i", "ot", "er", "o", "k"} {
		if strings.HasSuffix(adj, s) {
			return adj + "s", true
		}
	}
	return "", false
}

// LookupCountry returns the ISO 3166 alpha-3 code of a country name,
// adjective, capital or city ("Ukrainian" and "Kyiv" both give UKR).
func (kb *KB) LookupCountry(name string) (iso3 string, ok bool) {
	iso3, ok = kb.countries[strings.ToLower(normApos(strings.TrimSpace(name)))]
	return iso3, ok
}

// LookupCountryAt is LookupCountry at a date: a country, adjective or
// capital row bounded in time that covers at wins ("Serbian" is YUG in
// 1998, "Moscow" SUN in 1990); a zero at, or no such row, gives
// LookupCountry's answer.
func (kb *KB) LookupCountryAt(name string, at time.Time) (iso3 string, ok bool) {
	k := strings.ToLower(normApos(strings.TrimSpace(name)))
	if !at.IsZero() {
		for _, x := range kb.dated[k] {
			e := &kb.entries[x]
			if (e.Start.IsZero() || !at.Before(e.Start)) && (e.End.IsZero() || at.Before(e.End)) {
				return e.Country, true
			}
		}
	}
	return kb.LookupCountry(name)
}

// CountryName returns the common English name of an ISO3 code.
func (kb *KB) CountryName(iso3 string) string { return kb.names[iso3] }
