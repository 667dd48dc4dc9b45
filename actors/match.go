package actors

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Match is an actor found in a text.
type Match struct {
	Start, End int    // byte span in the text given to KB.Code
	Code       string // CAMEO actor code: CHNGOV, IGOWSTNAT, MED
	Country    string // ISO 3166 alpha-3, empty for none
	Sector     string // GOV, MIL...; IGO for international organisations
	Entry      string // the knowledge-base entries that decided the code
	Role       string // a person's office, or the class of the head noun
	Person     bool   // the actor is one named person
}

// Code codes the first actor phrase of a short text such as a quote's
// speaker ("Chinese foreign ministry spokesperson Mao Ning") at time at; a
// zero at takes people's latest roles.
func (kb *KB) Code(text string, at time.Time) (Match, bool) {
	spans := wordSpans(text)
	words := make([]string, len(spans))
	for i, sp := range spans {
		words[i] = text[sp[0]:sp[1]]
	}
	s := scanner{kb: kb, words: words, at: at, phrase: true}
	for i := 0; i < len(words); {
		c, next := s.chainAt(i, len(words))
		if c.ok {
			m := c.match
			m.Start, m.End = spans[c.from][0], spans[c.to-1][1]
			return m, true
		}
		i = next
	}
	return Match{}, false
}

// scanner finds actor phrases in a run of words.
type scanner struct {
	kb    *KB
	words []string
	// upos, when the words are tagged, lets names be told from other
	// capitalised words.
	upos []string
	// perAt[i] is the end of a PER entity starting at word i, or 0;
	// perFrom[i] is the first word of the PER entity word i is in, or -1
	// ("Jordan" in "Michael Jordan" is no country).
	perAt   map[int]int
	perFrom []int
	// otherSurnames are last words of PER entities of the document that
	// name someone else than the KB person of that surname.
	otherSurnames map[string]bool
	// named holds the KB people the text names in full (named_in_full.go).
	named map[string]bool
	// acronyms are the story's own: "Reporters Without Borders (RSF)"
	// (story_acronym.go).
	acronyms map[string]*Entry
	// phrase: the words are one noun phrase given to KB.Code, so lowercase
	// words before a known noun are its modifiers even without tags
	// ("Russian customs officials").
	phrase bool
	at     time.Time
	buf    []byte
	elems  []elem
	spare  [][]elem // element buffers of nested scans, by depth
	depth  int
}

type elem struct {
	e        *Entry
	plural   bool // matched through a plural form
	from, to int  // its words
}

// chain is a scanned phrase: [det] modifiers... head [name] [in PLACE].
type chain struct {
	ok       bool
	from, to int    // words of the phrase, without the determiner
	det      string // "the", "a", "an" or ""
	match    Match
	place    bool // only places: China, Beijing, Kharkiv
	name     bool // extended over a name the KB does not know
	anaphor  bool // "the spokesperson": no country of its own
	// possessed: "his finance minister", no country of its own; it takes
	// the country of the actor the possessive refers to.
	possessed bool
	// local: a sector phrase without a country that is not marked foreign
	// ("security forces", not "foreign journalists"); it may take the
	// dateline's country.
	local    bool
	headRole string
	// bare: no person, organisation or country decided the code, so a
	// following "of/for ACTOR" may ("a spokesman for the coast guard").
	bare bool
	// ethnic: "ethnic Serb protesters"; the adjective names a people, not
	// the state, so the phrase takes its country from the story.
	ethnic bool
	plural bool // the head noun is plural: "officials", not "Russia"
	human  bool // the head noun is a person: "spokesman", "minister"
	igo    bool // "the bloc", "the alliance": refers back to an IGO
	// generic: the country came only from an institution whose bare name
	// many countries use ("Congress", "the Foreign Office"); a story
	// datelined elsewhere means that country's.
	generic bool
	// sub is a named person inside the phrase ("spokeswoman for Hillary
	// Clinton"), subSurname their last word, for later bare surnames.
	sub        *Match
	subSurname string
}

// genericInstitutions are bare institution names that many countries use;
// the KB gives them the country news most often means.
var genericInstitutions = map[string]bool{
	"congress": true, "supreme court": true, "foreign office": true, "ministry of defence": true,
	"secret service": true, "national security council": true, "justice department": true,
	"house of representatives": true, "chancellery": true, "politburo": true, "communist party": true,
	"treasury department": true, "senate": true, "national assembly": true, "constitutional court": true,
	// party names many countries have
	"democratic party": true, "democrats": true, "labour party": true, "labour": true, "conservative party": true,
	"conservatives": true, "liberal democratic party": true, "people's party": true, "socialist party": true,
	"national party": true,
}

// genericName reports an element whose words are one of the
// genericInstitutions.
func (s *scanner) genericName(el elem) bool {
	return genericInstitutions[strings.ToLower(strings.Join(s.words[el.from:el.to], " "))]
}

// humanRoles are the anaphora classes of nouns that name one person, to
// which "he", "she", "his" and "her" may refer.
var humanRoles = map[string]bool{
	"official": true, "spokesperson": true, "minister": true, "prime minister": true, "president": true,
	"vice president": true, "chancellor": true, "king": true, "leader": true, "diplomat": true,
	"governor": true, "aide": true, "politician": true, "commander": true, "secretary-general": true,
	"pope": true, "judge": true, "lawmakers": true, "opposition": true, "media": true, "officer": true,
	"foreign minister": true, "defence minister": true, "interior minister": true, "finance minister": true,
	"counterpart": true,
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// possessives are the determiners that tie a phrase to an earlier actor:
// "his finance minister" is of the country of the man named before.
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// locative prepositions make a following place a location, not an actor.
var locative = map[string]bool{
	"in": true, "near": true, "outside": true, "inside": true, "across": true, "throughout": true, "around": true,
	"within": true, "to": true, "into": true, "towards": true, "toward": true,
}

// directions may stand between a locative preposition and its place.
var directions = map[string]bool{
	"the": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "occupied": true, "neighbouring": true, "neighboring": true,
}

// located reports whether the phrase starting at word i follows a locative
// preposition ("in southern Somalia"), which makes a place a location.
func (s *scanner) located(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.words[k]
		if s.in(locative, w) {
			return !s.recipientSlot(k)
		}
		if w == "of" && k > 0 && s.in(directions, s.words[k-1]) {
			return true // "north of Moscow"
		}
		if !s.in(directions, w) {
			return false
		}
	}
	return false
}

// followers join a noun phrase to a place that tells its country.
var followers = map[string]bool{"in": true, "from": true, "of": true}

// notNames are capitalised words that follow a title without being a name.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "said": true, "says": true, "on": true, "in": true, "the": true,
}

// lookup returns the trie node of word w in m, lowercasing w into s.buf
// (no allocation) when it has capitals; curly apostrophes become straight.
func (s *scanner) lookup(m map[string]*node, w string) *node {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return m[w]
	}
	s.buf = s.buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(normApos(w))]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.buf = append(s.buf, c)
	}
	return m[string(s.buf)]
}

// in reports whether the lowercased word w is in set, without allocating.
func (s *scanner) in(set map[string]bool, w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			s.buf = append(s.buf[:0], w...)
			for k, c := range s.buf {
				if c >= 'A' && c <= 'Z' {
					s.buf[k] = c + 'a' - 'A'
				}
			}
			return set[string(s.buf)]
		}
	}
	return set[w]
}

// longest returns the entries of the longest knowledge-base name starting
// at word i (and ending before to) that the surface allows, and its length.
func (s *scanner) longest(i, to int) ([]ref, int) {
	var best []ref
	n := 0
	m := s.kb.root
	for j := i; j < to; j++ {
		nd := s.lookup(m, s.words[j])
		if nd == nil {
			break
		}
		if len(nd.refs) > 0 && s.anyFits(nd.refs, s.words[i]) {
			best, n = nd.refs, j-i+1
		}
		m = nd.next
	}
	return best, n
}

func fits(r ref, w string) bool {
	switch r.caps {
	case capsFirst:
		c, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(c)
	case capsAll:
		return !hasLower(w)
	case capsExact:
		// "LeT" as written, or in a headline's capitals; never "Let".
		return w == r.exact || !hasLower(w)
	}
	return true
}

func hasLower(w string) bool {
	for _, c := range w {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

func (s *scanner) anyFits(refs []ref, w string) bool {
	for _, r := range refs {
		if fits(r, w) {
			return true
		}
	}
	return false
}

// kindRank orders the kinds one name may have: a person before a place.
var kindRank = [...]int{KindPerson: 0, KindOrg: 1, KindInstitution: 2, KindCapital: 3, KindCountry: 4, kindPeople: 5, KindAdjective: 6, KindNoun: 7, KindModifier: 8, KindCity: 9}

// pick chooses among the entries of one name. People are chosen by date:
// the role that covers s.at, else the latest (zero at) or nearest one. With
// place set, places come first (a LOC entity).
func (s *scanner) pick(refs []ref, w string, place bool) *Entry {
	if e := s.acronyms[w]; e != nil {
		return e
	}
	var best *Entry
	bestRank := 100
	var bestDist time.Duration
	bestDated, bestNamed := false, false
	for _, r := range refs {
		if !fits(r, w) {
			continue
		}
		e := &s.kb.entries[r.entry]
		rank := kindRank[e.Kind]
		if place && (e.Kind == KindCountry || e.Kind == KindCapital || e.Kind == KindCity) {
			rank -= 10
		}
		var dist time.Duration
		dated := !e.Start.IsZero() || !e.End.IsZero()
		if dated {
			if s.at.IsZero() {
				// The latest role: the one starting last.
				dist = time.Duration(-e.Start.Unix())
				if e.End.IsZero() {
					dist -= 1 << 50
				}
			} else {
				dist = e.distance(s.at)
			}
		}
		// On a tie a dated place or institution beats an undated one:
		// "Moscow" in 1990 is the Soviet capital (SUN, to 1991-12-26), not
		// Russia's. People keep the first row, so that a user's undated
		// row for a known name still wins.
		// A person the story named in full comes before one of the same
		// surname it did not name, whatever the dates.
		named := e.Kind == KindPerson && s.named[e.Name]
		if best == nil || rank < bestRank || rank == bestRank && (named && !bestNamed ||
			named == bestNamed && (dist < bestDist || dist == bestDist && dated && !bestDated && e.Kind != KindPerson)) {
			best, bestRank, bestDist, bestDated, bestNamed = e, rank, dist, dated, named
		}
	}
	return best
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" }

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// chainAt scans the phrase starting at word i, before to. It returns the
// chain (ok when it codes an actor) and where scanning goes on.
func (s *scanner) chainAt(i, to int) (chain, int) {
	var c chain
	j := i
	if w := s.words[j]; len(w) <= 5 && s.in(determiners, w) {
		c.det = strings.ToLower(w)
		j++
	}
	if j+1 < to && len(s.words[j]) == 6 && strings.EqualFold(s.words[j], "ethnic") {
		c.ethnic = true
		j++
	}
	c.from = j
	s.elems = s.elems[:0]
	for j < to {
		refs, n := s.longest(j, to)
		if n == 0 {
			// "Hamas-run", "Russian-backed": a compound modifier.
			if e := s.compound(s.words[j]); e != nil {
				s.elems = append(s.elems, elem{e: e, from: j, to: j + 1})
				j++
				continue
			}
			// "Eritrea's information minister", "Iran's oil minister": one
			// or two lowercase words the KB lacks before a noun it knows.
			if k := s.unknownModifiers(j, to); k > j && len(s.elems) > 0 {
				j = k
				continue
			}
			if k := s.titleModifiers(j, to); k > j {
				j = k
				continue
			}
			if k := s.modelDesignation(j, to); k > j {
				j = k
				continue
			}
			break
		}
		// "Hamas - run", "U.N. - backed": the tokenizer splits hyphenated
		// modifiers; rejoin them.
		if j+n+1 < to && s.words[j+n] == "-" {
			if _, ok := compoundSuffixes[strings.ToLower(s.words[j+n+1])]; ok {
				if e := s.compound(strings.Join(s.words[j:j+n], " ") + "-" + s.words[j+n+1]); e != nil {
					s.elems = append(s.elems, elem{e: e, from: j, to: j + n + 2})
					j += n + 2
					continue
				}
				break
			}
		}
		e := s.pick(refs, s.words[j], false)
		if s.partOfName(j, n, e, j == c.from && c.det == "") || s.adjectiveHead(&c, e, j, n) || s.afterPlural(e, j, n) {
			break
		}
		if e.Kind == KindNoun && e.Name == "commission" && (!igoTitles || j != c.from || !capitalised(s.words[j]) || !hasLower(s.words[j]) ||
			c.det == "" && j > 0 && capitalised(s.words[j-1]) && hasLower(s.words[j-1])) {
			// "border commissions", "Armenia's Commission", "the Australian
			// High Commission": a body of its own, not an organisation's
			// executive.
			break
		}
		plural := false
		if e.Kind == KindNoun || e.Kind == KindModifier {
			last := strings.ToLower(s.words[j+n-1])
			plural = strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") ||
				strings.HasSuffix(last, "men") || strings.HasSuffix(last, "people")
		}
		s.elems = append(s.elems, elem{e, plural, j, j + n})
		j += n
		if j+1 < to && isPossessive(s.words[j]) {
			if _, m := s.longest(j+1, to); m > 0 || s.compound(s.words[j+1]) != nil || s.unknownModifiers(j+1, to) > j+1 || s.titleModifiers(j+1, to) > j+1 {
				j++
				continue
			}
			break
		}
	}
	if len(s.elems) == 0 {
		if c.det != "" {
			return c, c.from
		}
		return c, i + 1
	}
	// "Mexico's presidential election": a phrase does not end in a
	// modifier; what the modifier qualifies is not in the KB.
	for len(s.elems) > 1 {
		k := s.elems[len(s.elems)-1]
		if k.e.Kind != KindModifier && k.e.Kind != KindAdjective {
			break
		}
		s.elems = s.elems[:len(s.elems)-1]
		j = k.from
		if isPossessive(s.words[j-1]) {
			j--
		}
	}
	c.to = j
	last := s.elems[len(s.elems)-1]
	// A title before a name the KB does not know: "spokesperson Mao Ning".
	if last.e.Kind == KindNoun && !last.plural && j < to {
		if end := s.nameAt(j, to); end > j {
			c.name = true
			at := j
			j = end
			c.to = j
			// "President Volodymyr Zelensky" where the KB knows "Zelensky";
			// not "former prime minister Betssy Chavez", whose given name
			// makes another person than the KB's Hugo Chavez.
			if refs, n := s.longest(j-1, j); n == 1 {
				if e := s.pick(refs, s.words[j-1], false); e.Kind == KindPerson && (s.sameName(e, at, j-1) || sameInitial(e, s.words[at])) {
					s.elems = append(s.elems, elem{e: e, from: j - 1, to: j})
					c.name = false
				}
			}
		}
	}
	s.eval(&c)
	// "protesters in Minsk": a place after the phrase gives its country.
	if c.match.Country == "" && !c.place && c.match.Code != "" && c.match.Sector != "IGO" && j+1 < to && s.in(followers, s.words[j]) {
		// "fighters of Russia's Wagner group": the place only starts the
		// actor; the "of" phrase below takes it whole.
		if refs, n := s.longest(j+1, to); n > 0 && !(j+1+n < to && isPossessive(s.words[j+1+n])) {
			if e := s.pick(refs, s.words[j+1], true); e.Kind == KindCountry || e.Kind == KindCapital || e.Kind == KindCity {
				c.match.Country = e.Country
				c.match.Code = e.Country + c.match.Sector
				c.match.Entry += " + " + e.Name
				c.anaphor, c.local, c.possessed = false, false, false
				j += 1 + n
				c.to = j
			}
		}
	}
	// "a spokesman for the Chinese coast guard", "fighters of the
	// Pakistani Taliban", "chairperson of the AU Commission": a phrase no
	// country or name decided takes the code of the actor it belongs to.
	if c.bare && c.match.Country == "" && j+1 < to {
		at := j
		if strings.EqualFold(s.words[j], "loyal") && j+2 < to && strings.EqualFold(s.words[j+1], "to") {
			at = j + 1 // "security forces loyal to Gbagbo" are his country's
		}
		if w := strings.ToLower(s.words[at]); w == "of" || w == "for" || w == "to" && (c.headRole == "aide" || at > j) {
			// The nested scan gets its own element buffer, reused across
			// calls, so that this phrase's elements survive it.
			saved := s.elems
			if len(s.spare) <= s.depth {
				s.spare = append(s.spare, nil)
			}
			s.elems = s.spare[s.depth][:0]
			s.depth++
			sub, next := s.chainAt(at+1, to)
			s.depth--
			s.spare[s.depth] = s.elems
			s.elems = saved
			if sub.ok && !sub.anaphor && !sub.possessed && !sub.local && (sub.match.Country != "" || sub.match.Sector == "IGO") &&
				(c.match.Sector != "IGO" || sub.match.Sector == "IGO") {
				m := &c.match
				ownSector := m.Sector
				named := sub.match.Code != sub.match.Country+sub.match.Sector || sub.match.Sector == "IGO"
				switch {
				case sub.place:
					// "the president of the United States": the country and
					// the phrase's own sector.
					if ownSector == "" {
						ownSector = sub.match.Sector
					}
					m.Country, m.Sector, m.Code = sub.match.Country, ownSector, sub.match.Country+ownSector
				case named || ownSector == "" || ownSector == "GOV":
					m.Code, m.Country, m.Sector = sub.match.Code, sub.match.Country, sub.match.Sector
				default:
					m.Country, m.Code = sub.match.Country, sub.match.Country+ownSector
				}
				if m.Entry == "" {
					m.Entry = s.entryNames()
				}
				m.Entry += " + of " + sub.match.Entry
				if sub.match.Person && next-sub.from > 1 {
					// "supporters of Hillary Clinton": a later "Clinton" is her.
					sm := sub.match
					c.sub, c.subSurname = &sm, strings.ToLower(s.words[next-1])
				}
				c.ok, c.anaphor, c.local, c.possessed, c.place, c.igo = true, false, false, false, false, false
				j = next
				c.to = j
			}
		}
	}
	// "outside the embassy", "at the embassy": a building, not an actor.
	if c.ok && c.headRole == "embassy" && c.match.Country == "" && c.from > 0 &&
		(s.located(c.from) || strings.EqualFold(s.words[c.from-1], "at") || c.det != "" && c.from > 1 && strings.EqualFold(s.words[c.from-2], "at")) {
		c.ok = false
	}
	if c.ok && c.place && s.located(c.from) {
		c.ok = false
	}
	// With tags, "a military base": a singular country-less phrase before
	// a noun only modifies it ("Russian military headquarters" is still
	// the Russian military).
	if c.ok && s.upos != nil && j < to && s.upos[j] == "NOUN" && !c.name && c.match.Country == "" {
		if l := s.elems[len(s.elems)-1]; !l.plural && l.e.Kind != KindPerson && l.e.Kind != KindOrg {
			c.ok = false
		}
	}
	if c.det != "" && !c.ok {
		return c, c.from
	}
	return c, j
}

// commission reports whether el is "Commission" written as a name: in
// news the executive of the organisation the story names ("Commission
// Vice-President Maros Sefcovic", "the Commission said"), as the European
// Commission is to the EU; lowercase, or after other words ("Ghana's
// Electoral Commission"), it is a body of its own and no actor, as before.
func (s *scanner) commission(el elem) bool {
	return igoTitles && el.e.Kind == KindNoun && el.e.Name == "commission" && el.to == el.from+1 && capitalised(s.words[el.from]) && hasLower(s.words[el.from])
}

// unknownModifiers returns the end of one or two lowercase words at j the
// KB does not know when a lowercase KB noun follows them, else j. They
// must follow a possessive ("Eritrea's information minister"), or, when
// tagged, an adjective and be nouns or adjectives themselves ("Iranian oil
// minister"), so that a verb ("Iran fired missiles") never joins a phrase.
func (s *scanner) unknownModifiers(j, to int) int {
	if j == 0 {
		return j
	}
	afterPoss := isPossessive(s.words[j-1])
	if s.upos == nil && !s.phrase && !afterPoss || len(s.elems) == 0 && !afterPoss {
		return j
	}
	// After a country adjective any noun the KB knows may follow, and so
	// after a country's name that opens the phrase as its modifier ("U.S.
	// hostage envoy Adam Boehler", "UK trade envoy"); after another word
	// of the phrase ("Chinese military surveillance plane") only a craft's.
	onlyCraft := false
	if !afterPoss {
		last := s.elems[len(s.elems)-1].e.Kind
		onlyCraft = last != KindAdjective && !(last == KindCountry && len(s.elems) == 1) && !s.igoOpens()
	}
	for k := j; k < j+2 && k < to; k++ {
		w := s.words[k]
		if w == "" || w[0] < 'a' || w[0] > 'z' || s.in(starters, w) || s.in(followers, w) {
			return j
		}
		if s.upos != nil && s.upos[k] != "NOUN" && s.upos[k] != "ADJ" {
			return j
		}
		if k+1 < to {
			if refs, n := s.longest(k+1, to); n > 0 {
				if nw := s.words[k+1]; nw[0] >= 'a' && nw[0] <= 'z' {
					// A craft's noun has no sector but its owner: "Chinese
					// surveillance ships", "a Russian cargo plane".
					if e := s.pick(refs, nw, false); e.Kind == KindNoun && e.Name != "commission" && (e.Role == "materiel" || (e.Sector != "" || s.igoOpens()) && !onlyCraft) {
						return k + 1
					}
				}
				return j
			}
		}
	}
	return j
}

// modelDesignation returns the end of an aircraft's or a weapon's model
// designation at j ("F-16", "MiG-31", "Su-24", as one word or split at
// the hyphen) when it follows a country adjective and a military noun the
// KB knows comes after it, else j: "Turkish F-16 fighter jets", "Three
// Russian MiG-31 fighter jets" are the country's military like "Turkish
// fighter jets".
func (s *scanner) modelDesignation(j, to int) int {
	if len(s.elems) == 0 || s.elems[len(s.elems)-1].e.Kind != KindAdjective {
		return j
	}
	k := j
	switch {
	case designation(s.words[k]):
		k++
	case k+2 < to && modelPrefix(s.words[k]) && s.words[k+1] == "-" && modelNumber(s.words[k+2]):
		k += 3
	default:
		return j
	}
	if k >= to {
		return j
	}
	if refs, n := s.longest(k, to); n > 0 {
		if e := s.pick(refs, s.words[k], false); e.Kind == KindNoun && e.Sector == "MIL" {
			return k
		}
	}
	return j
}

// modelPrefix reports the letters of a model designation: one to three
// letters, the first a capital ("F", "MiG", "Su").
func modelPrefix(w string) bool {
	if len(w) == 0 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !(w[i] >= 'a' && w[i] <= 'z' || w[i] >= 'A' && w[i] <= 'Z') {
			return false
		}
	}
	return true
}

// modelNumber reports the number of a model designation: digits, with at
// most one letter after them ("16", "35A").
func modelNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	return len(w) == n || len(w) == n+1 && (w[n] >= 'A' && w[n] <= 'Z' || w[n] >= 'a' && w[n] <= 'z')
}

// designation reports a model designation written as one word ("F-16").
func designation(w string) bool {
	p, num, ok := strings.Cut(w, "-")
	return ok && modelPrefix(p) && modelNumber(num)
}

// igoTitles switches the twelfth session's titles of international
// organisations (actors16): an organisation's name opening a title, and a
// capitalised "Commission" standing for the organisation named before.
var igoTitles = true

// igoOpens reports whether the phrase so far is an international
// organisation's name alone, which then modifies a title as a country's
// name does: "EU enlargement commissioner Johannes Hahn", "EU Migration
// Commissioner Magnus Brunner" are the EU's.
func (s *scanner) igoOpens() bool {
	if !igoTitles || len(s.elems) != 1 {
		return false
	}
	e := s.elems[0].e
	return e.Kind == KindOrg && e.Sector == "IGO"
}

// titleModifiers returns the end of one or two capitalised words at j the
// KB does not know when a capitalised KB noun follows them, else j: the
// portfolio inside a title ("Japanese Economy Minister", "India's External
// Affairs Ministry"). They must follow a country adjective or a possessive,
// so that the country is not lost to a dateline's guess.
func (s *scanner) titleModifiers(j, to int) int {
	if j == 0 || len(s.elems) == 0 {
		return j
	}
	if !isPossessive(s.words[j-1]) && s.elems[len(s.elems)-1].e.Kind != KindAdjective && !s.igoOpens() {
		return j
	}
	for k := j; k < j+2 && k+1 < to; k++ {
		w := s.words[k]
		if !capitalised(w) || !hasLower(w) || s.in(starters, w) || s.upos != nil && s.upos[k] != "PROPN" && s.upos[k] != "NOUN" && s.upos[k] != "ADJ" {
			return j
		}
		refs, n := s.longest(k+1, to)
		if n == 0 {
			continue
		}
		if nw := s.words[k+1]; capitalised(nw) {
			if e := s.pick(refs, nw, false); e.Kind == KindNoun && e.Name != "commission" && (e.Sector != "" || s.igoOpens()) {
				return k + 1
			}
		}
		return j
	}
	return j
}

// compoundSuffixes are the second parts of hyphenated modifiers. When true
// the first part gives the phrase its country ("Hamas-run ministry" is
// Palestinian, "US-led coalition" American); when false it does not
// ("Iranian-backed militias" are not Iranian).
var compoundSuffixes = map[string]bool{
	"run": true, "controlled": true, "ruled": true, "held": true, "based": true, "owned": true,
	"led": true, "born": true, "appointed": true, "installed": true,
	"backed": false, "allied": false, "aligned": false, "funded": false, "sponsored": false,
	"supported": false, "friendly": false, "linked": false, "affiliated": false, "inspired": false,
	"armed": false, "trained": false,
}

// compound returns a modifier entry for a hyphenated word whose first part
// the KB knows and whose second part is in compoundSuffixes, or nil.
func (s *scanner) compound(w string) *Entry {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return nil
	}
	if len(w) > 4 && strings.EqualFold(w[:4], "pro-") || len(w) > 5 && strings.EqualFold(w[:5], "anti-") {
		return &Entry{Kind: KindModifier, Name: w} // "pro-EU demonstrators" are not the EU
	}
	if i <= 0 || i == len(w)-1 {
		return nil
	}
	gives, ok := compoundSuffixes[strings.ToLower(w[i+1:])]
	if !ok {
		return nil
	}
	head := w[:i]
	country := ""
	if gives {
		if iso, ok := s.kb.LookupCountryAt(head, s.at); ok && capitalised(head) {
			country = iso
		} else if m, ok := s.kb.Code(head, s.at); ok && m.Country != "" {
			country = m.Country // "Hamas-run", "Taliban-controlled"
		}
	}
	if country == "" && gives {
		// "Niger's military-appointed prime minister", "the
		// junta-installed government": a first part that is no actor
		// gives no country, but the word still only qualifies the
		// phrase, which goes on.
		return &Entry{Kind: KindModifier, Name: w}
	}
	return &Entry{Kind: KindModifier, Name: w, Country: country}
}

// starters are capitalised words that open sentences without being part
// of a name: "In China", "But Putin".
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the in on at for from to by of with without under over after before
		during since until while when whenever if as but and or nor so yet still then also even only both either
		neither this that these those there here it its his her their our my your we they he she i you what
		which who whom whose why how where meanwhile yesterday today tomorrow tonight last next earlier later
		now some many most several all each every no not despite although though because unlike like
		according asked told said says speaking writing dear mr mrs ms dr sen rep gov gen ethnic`) {
		starters[w] = true
	}
}

// partOfName reports whether the KB entry e, matched over words [j, j+n),
// is really part of a longer name it does not cover: "Machado" in "Alicia
// Machado", "Jersey" in "New Jersey", "King" in "Martin Luther King". That
// is so when the NER's PER entity around it starts earlier and e is not a
// person, or, at the start of a phrase, when a capitalised word the KB does
// not know comes just before a one-word person name or a place (a proper
// noun, when tagged; not an initial such as "V.", nor a sentence opener).
func (s *scanner) partOfName(j, n int, e *Entry, first bool) bool {
	if s.perFrom != nil && s.perFrom[j] >= 0 && s.perFrom[j] < j && e.Kind != KindPerson {
		return true
	}
	// "Defence Minister Aden Duale": a PER entity that starts here and
	// runs past the KB name is a name, not the city of Aden.
	if end := s.perAt[j]; end > j+n && (e.Kind != KindPerson || n == 1) {
		return true // also "Qassem Rezaei" is not Naim Qassem
	}
	if !first || j == 0 {
		return false
	}
	switch e.Kind {
	case KindPerson:
		if n > 1 {
			return false
		}
		if s.otherSurnames[strings.ToLower(s.words[j])] {
			return true // "Machado" after "Alicia Machado" in the same story
		}
	case KindCountry, KindCapital, KindCity, KindAdjective, kindPeople:
	case KindNoun:
		// "Larry King", but not "Apple CEO": a noun written as a name.
		if w := s.words[j]; !capitalised(w) || !hasLower(w) {
			return false
		}
	default:
		return false
	}
	p := s.words[j-1]
	if !capitalised(p) || s.in(starters, p) || len(p) == 2 && p[1] == '.' {
		return false
	}
	if s.upos != nil && s.upos[j-1] != "PROPN" {
		return false
	}
	_, known := s.longest(j-1, j)
	return known == 0
}

// sameInitial reports whether w, the first word of a titled name, starts
// with the letter the person's name starts with: another spelling of the
// same given name ("Vladimir" for "Volodymyr Zelensky").
func sameInitial(e *Entry, w string) bool {
	return w != "" && e.Name != "" && strings.EqualFold(w[:1], e.Name[:1])
}

// nameAt returns the end of a personal name starting at word j, or j: a PER
// entity there, else a run of up to four capitalised words (proper nouns
// when tagged) that the KB does not know.
func (s *scanner) nameAt(j, to int) int {
	if end := s.perAt[j]; end > j {
		if s.in(notNames, s.words[j]) {
			return j // "his doctor Friday": the NER took a weekday for a name
		}
		return end
	}
	if s.perAt != nil && s.upos == nil {
		return j // NER ran and found no name here
	}
	k := j
	for k < to && k-j < 4 {
		w := s.words[k]
		if !capitalised(w) || s.in(notNames, w) {
			break
		}
		if s.upos != nil && s.upos[k] != "PROPN" {
			break
		}
		if _, n := s.longest(k, to); n > 0 {
			break
		}
		k++
	}
	return k
}

// localSectors are those whose country-less phrases in a datelined story
// are, as a rule, of the dateline's country ("police", "the government",
// "protesters"); journalists, businesses, refugees and IGOs often are not.
var localSectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true, "REB": true,
	"CVL": true, "EDU": true, "LAB": true, "SPY": true, "HLH": true, "UAF": true, "AGR": true, "CRM": true,
}

// countryLevel are the classes of nouns that stand for a whole country's
// leadership; "the two leaders", "both governments" are of several
// countries, so they take none from the dateline.
var countryLevel = map[string]bool{
	"government": true, "leader": true, "president": true, "prime minister": true, "king": true,
	"minister": true, "foreign minister": true, "defence minister": true, "ministry": true,
	"foreign ministry": true, "defence ministry": true, "official": true, "chancellor": true,
}

// several reports whether phrase c counts several countries' leaders:
// "two", "both", "three" before a country-level noun.
func (s *scanner) several(c *chain) bool {
	if !countryLevel[c.headRole] {
		return false
	}
	for k := max(c.from-1, 0); k < c.to; k++ {
		switch strings.ToLower(s.words[k]) {
		case "two", "both", "three", "four", "five":
			return true
		}
	}
	return false
}

// entryNames names the scanned entries: "Chinese + official".
func (s *scanner) entryNames() string {
	if len(s.elems) == 1 {
		return s.elems[0].e.Name
	}
	var b strings.Builder
	for i, el := range s.elems {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(el.e.Name)
	}
	return b.String()
}

// eval decides the code of the scanned elements.
// ownedMateriel reports weapons named with the force that has them, "air
// force helicopters", "navy ships": the force is an actor, of the
// country its story places it in, like "the air force" alone.
func (s *scanner) ownedMateriel() bool {
	for _, el := range s.elems[:len(s.elems)-1] {
		if el.e.Kind == KindNoun && el.e.Sector == "MIL" && el.e.Role != "materiel" {
			return true
		}
	}
	return false
}

func (s *scanner) eval(c *chain) {
	var person, org *Entry
	afterPerson := false // a noun follows the person: "the Trump administration"
	country, strong, weak := "", "", ""
	head := false
	onlyPlaces := true
	for _, el := range s.elems {
		e := el.e
		switch e.Kind {
		case KindPerson:
			person, afterPerson = e, false
		case KindOrg:
			org = e
		case KindNoun:
			afterPerson = person != nil
		}
		if country == "" && e.Kind != KindOrg && e.Kind != KindPerson &&
			!(c.ethnic && (e.Kind == KindAdjective || e.Kind == kindPeople)) {
			country = e.Country
		}
		switch e.Kind {
		case KindAdjective, KindModifier:
		case KindCity:
			// A city gives a country but is no actor: a lone city codes
			// only as a LOC entity (Coder.Process), "Kharkiv residents"
			// by its noun.
		default:
			head = true
		}
		if e.Kind != KindCountry && e.Kind != KindCapital && e.Kind != KindCity {
			onlyPlaces = false
		}
		if e.Kind == KindNoun || e.Kind == KindModifier {
			if e.Role != "" {
				c.headRole = e.Role
			}
		}
		switch sec := e.Sector; {
		case sec == "" || e.Kind == KindPerson:
		case sec == "GOV":
			weak = sec
		case strong == "":
			strong = sec
		}
	}
	c.place = onlyPlaces
	if person == nil && org != nil && org.Kind == KindOrg && org.Country != "" {
		for _, el := range s.elems {
			if el.e == org && s.genericName(el) {
				c.generic = true
			}
		}
	}
	if person == nil && org == nil && country != "" {
		for _, el := range s.elems {
			if el.e.Country == "" || el.e.Kind == KindModifier {
				continue
			}
			if el.e.Kind == KindInstitution && el.e.Country == country && s.genericName(el) {
				c.generic = true
			}
			break
		}
	}
	if c.ethnic && strong == "" && weak == "" {
		strong = "CVL" // "ethnic Serbs": the people, of the story's country
	}
	last := s.elems[len(s.elems)-1]
	c.plural = last.plural || last.e.Kind == kindPeople
	c.human = !c.plural && last.e.Kind == KindNoun && humanRoles[last.e.Role]
	m := Match{Role: c.headRole}
	switch {
	case afterPerson && person.Country != "":
		// The head is the noun; the person gives its country, whatever
		// office they hold at the date ("the Biden administration" in 2025).
		m.Country = person.Country
		m.Sector = strong
		if m.Sector == "" {
			m.Sector = weak
		}
		m.Code = m.Country + m.Sector
		m.Entry = s.entryNames()
	case person != nil:
		pm := s.personMatch(person)
		m.Code, m.Country, m.Sector, m.Person = pm.Code, pm.Country, pm.Sector, true
		m.Entry = person.Name
		if m.Role == "" {
			m.Role = person.Role
		}
	case org != nil:
		m.Code, m.Country, m.Sector = org.Code(), org.Country, org.Sector
		m.Entry = s.entryNames()
		if m.Country == "" && m.Sector == "" && len(m.Code) > 3 {
			m.Sector = m.Code[:3]
		}
	default:
		m.Country = country
		m.Sector = strong
		if m.Sector == "" {
			m.Sector = weak
		}
		m.Code = m.Country + m.Sector
		m.Person = c.name
		c.bare = country == ""
		c.igo = country == "" && (c.det == "the" || s.commission(s.elems[0])) && s.elems[0].e.Role == "igo"
		c.anaphor = country == "" && c.det == "the" && c.headRole != "" && !c.igo && !(c.name && c.human && titledNameNoAnaphor)
		// "his counterpart" is of another country than "his": a
		// counterpart takes no country from a possessor or a dateline.
		c.possessed = country == "" && possessives[c.det] && c.headRole != "counterpart"
		// "diplomats said": in a datelined story these are as a rule
		// foreign ones, so they take no country from the dateline.
		if country == "" && localSectors[m.Sector] && c.headRole != "diplomat" && c.headRole != "counterpart" && !s.several(c) {
			c.local = true
			for _, el := range s.elems {
				if el.e.Kind == KindModifier && el.e.Name == "foreign" {
					c.local = false
				}
			}
		}
		if m.Code != "" {
			m.Entry = s.entryNames()
		}
	}
	if c.name {
		m.Person = true
	}
	c.match = m
	c.ok = m.Code != "" && head
	if s.elems[0].e.Role == "igo" && !c.igo && person == nil && org == nil {
		c.ok = false // "a regional bloc": no IGO named
	}
	if person == nil && org == nil {
		if s.elems[0].e.Role == "honorific" {
			c.ok = false // "Mr. King" is a person the KB does not know
		}
		if c.headRole == "materiel" && country == "" && !s.ownedMateriel() {
			c.ok = false // "missiles" alone are no actor; "Russian missiles" are
		}
		// "run for president", "official results": a bare singular noun
		// is a title or an adjective, not an actor.
		if l := s.elems[0]; len(s.elems) == 1 && c.det == "" && !c.name && l.e.Kind == KindNoun && l.e.Sector == "GOV" &&
			!l.plural && !capitalised(s.words[l.from]) && !strings.HasSuffix(s.words[l.to-1], "s") {
			c.ok = false
		}
	}
}
