package actors

import (
	"slices"
	"sort"
	"strings"
	"time"

	"sitrep"
	"sitrep/nlp"
)

// Coder is the pipeline component that fills doc.Actors. It is safe for
// concurrent use: all its state is the read-only knowledge base.
type Coder struct {
	kb *KB
	// window is how many sentences back an anaphor may find its antecedent.
	window int
}

var _ nlp.Component = (*Coder)(nil)

// NewCoder returns a coder over kb.
func NewCoder(kb *KB) *Coder { return &Coder{kb: kb, window: 3} }

func (c *Coder) Name() string { return "actors" }

func (c *Coder) Needs() sitrep.Layer {
	return sitrep.LayerTokens | sitrep.LayerSentences | sitrep.LayerEntities
}

func (c *Coder) Fills() sitrep.Layer { return sitrep.LayerActors }

var pronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// pending is a mention found in a sentence, before references resolve.
type pending struct {
	start, end int // token range
	m          Match
	anaphor    bool   // "the spokesperson": look back for its antecedent
	local      bool   // no country, may take the dateline's
	possessor  string // "his", "her", "its", "their" before a country-less phrase
	pronoun    bool   // "he": the last person
	surname    string // a PER entity the KB does not know: an earlier full name
	plural     bool   // "officials": no antecedent of "its" or "he"
	human      bool   // "the spokesman": an antecedent of "he" and "his"
	igo        bool   // "the bloc": the last IGO named
	compass    string // "North" of "the North": a country named North ... before
	sub        *Match // a named person inside the phrase
	subSurname string
	generic    bool // "Congress": the dateline's country if there is one
}

// mentionInfo is what later mentions need to know of an earlier one.
type mentionInfo struct {
	sent       int
	person     bool
	human      bool // a nominal person: "a spokesman for the coast guard"
	plural     bool
	role       string
	surname    string
	inner      []string // a long name's inner names: "fernandez" of "Cristina Fernandez de Kirchner"
	start, end int      // tokens
	sub        *Match   // a named person inside the phrase, for a later surname
	subSurname string
	gender     byte // 'm' or 'f' when a title or given name says so (gender.go)
	opens      bool // the mention stands first in its sentence, after any dateline
}

// Process codes every entity and nominal actor phrase of doc. The phrases
// are found by longest match of knowledge-base names over the tokens; a
// person's role is the one held at doc.Published.
func (c *Coder) Process(doc *sitrep.Document) error {
	doc.Actors = doc.Actors[:0]
	if len(doc.Tokens) == 0 {
		return nil
	}
	words := make([]string, len(doc.Tokens))
	for i := range doc.Tokens {
		words[i] = doc.TokenText(i)
	}
	s := scanner{kb: c.kb, words: words, at: doc.Published}
	if doc.Layers.Has(sitrep.LayerTags) {
		s.upos = make([]string, len(doc.Tokens))
		for i := range doc.Tokens {
			s.upos[i] = doc.Tokens[i].UPOS
		}
	}
	ents := entityTokens(doc)
	inEntity := make([]bool, len(words))
	for _, e := range ents {
		for k := e.start; k < e.end; k++ {
			inEntity[k] = true
		}
	}
	s.perAt = map[int]int{}
	for _, e := range ents {
		if e.label == "PER" {
			s.perAt[e.start] = e.end
			if s.perFrom == nil {
				s.perFrom = make([]int, len(words))
				for k := range s.perFrom {
					s.perFrom[k] = -1
				}
			}
			for k := e.start; k < e.end; k++ {
				s.perFrom[k] = e.start
			}
		}
	}
	for _, e := range ents {
		if e.label == "PER" && e.end-e.start > 1 {
			if _, n := s.longest(e.start, e.end); n == e.end-e.start {
				continue
			}
			if refs, n := s.longest(e.end-1, e.end); n == 1 {
				if x := s.pick(refs, words[e.end-1], false); x.Kind == KindPerson && !s.sameName(x, e.start, e.end-1) {
					if s.otherSurnames == nil {
						s.otherSurnames = map[string]bool{}
					}
					s.otherSurnames[strings.ToLower(words[e.end-1])] = true
				}
			}
		}
	}
	s.markNamedInFull()
	s.markStoryAcronyms()
	info := make([]mentionInfo, 0, 64)
	var swapped []genericSwap
	var bareGeneric []int        // generic institutions no dateline placed
	var redirects []homeRedirect // anaphors homeInstitution sent home
	var pend []pending
	ei := 0
	dateline, home := c.dateline(doc, words)
	focus := ""
	if home != "" {
		focus = c.headlineCountry(doc.Title, home, doc.Published)
	}
	sents := doc.Sentences
	if len(sents) == 0 {
		// Tokens without sentences: one sentence of them all.
		sents = []sitrep.Sentence{{TokStart: 0, TokEnd: len(doc.Tokens)}}
	}
	for si := range sents {
		from, to := sents[si].TokStart, min(sents[si].TokEnd, len(words))
		if from < 0 || from >= to {
			continue // an empty or malformed sentence
		}
		pend = pend[:0]
		if from < dateline {
			from = min(dateline, to)
		}
		// "In Belgrade, President Vucic kept the army on alert": a place
		// opening the sentence gives its local phrases their country.
		sentHome := home
		if iso := c.sentencePlace(&s, from, to); iso != "" {
			sentHome = iso
		}
		for i := from; i < to; {
			ch, next := s.chainAt(i, to)
			switch {
			case ch.ok:
				p := pending{start: ch.from, end: ch.to, m: ch.match, anaphor: ch.anaphor, local: ch.local,
					plural: ch.plural, human: ch.human, igo: ch.igo, sub: ch.sub, subSurname: ch.subSurname, generic: ch.generic}
				if ch.possessed {
					p.possessor = ch.det
				}
				if q, ok := s.surnameOverPlace(doc, info, p); ok {
					pend = append(pend, q)
					break
				}
				pend = append(pend, s.pairedAdjectives(p, from)...)
				pend = append(pend, p)
			case next == i+1 && len(words[i]) <= 3 && s.in(pronouns, words[i]):
				pend = append(pend, pending{start: i, end: i + 1, pronoun: true})
			case next == i+1 && i > from && (words[i] == "North" || words[i] == "South") &&
				strings.EqualFold(words[i-1], "the") && (i+1 == to || !capitalised(words[i+1])):
				// "the North", "the South" in a story about the Koreas or Sudans.
				pend = append(pend, pending{start: i, end: i + 1, compass: words[i]})
			}
			i = next
		}
		// Entities no phrase covered: a city, a surname, an unknown name.
		for ; ei < len(ents) && ents[ei].start < to; ei++ {
			e := ents[ei]
			if e.start < from || covered(pend, e.start, e.end) {
				continue
			}
			e = s.clippedEntity(e, from, pend)
			p, ok := s.entity(e, words)
			if e.label == "PER" && (!ok || p.surname != "") {
				if a, found := s.apposition(e, pend, to); found {
					p, ok = a, true
				} else if a, found := s.ownerTitledName(e, pend); found && (!ok || !knownSurname(doc, info, p.surname)) {
					// A bare surname of a person named before refers
					// back to that person ("Hal Mottram" ... "Inspector
					// General Mottram"); only a new one takes the owner.
					p, ok = a, true
				}
			}
			if ok {
				if q, over := s.surnameOverPlace(doc, info, p); over {
					p = q
				}
				pend = append(pend, p)
			}
		}
		s.tagCountries(pend, to)
		// Words the NER left untagged: "Fernandez accused London" after
		// "President Cristina Fernandez de Kirchner".
		for i := from; i < to; i++ {
			if inEntity[i] || covered(pend, i, i+1) || !loneName(&s, i, from, to) {
				continue
			}
			if w := strings.ToLower(words[i]); knownSurname(doc, info, w) {
				pend = append(pend, pending{start: i, end: i + 1, m: Match{Person: true}, surname: w})
			}
		}
		sort.Slice(pend, func(a, b int) bool { return pend[a].start < pend[b].start })
		for _, p := range pend {
			ref := -1
			if p.compass != "" {
				iso := ""
				for k := len(doc.Actors) - 1; k >= 0 && iso == ""; k-- {
					if cc := doc.Actors[k].Country; cc != "" && strings.HasPrefix(c.kb.CountryName(cc), p.compass+" ") {
						iso = cc
					}
				}
				if iso == "" {
					continue
				}
				p.m = Match{Code: iso, Country: iso, Entry: c.kb.CountryName(iso)}
			}
			if p.igo {
				k := c.lastIGO(doc, info, si)
				if k < 0 {
					continue // "the bloc" with no IGO named before
				}
				a := doc.Actors[k]
				p.m.Code, p.m.Country, p.m.Sector = a.Code, a.Country, a.Sector
				p.m.Entry += " + of " + a.Entry
				p.local = false
			}
			var sub *Match
			if p.surname != "" {
				for k := len(info) - 1; k >= 0; k-- {
					if info[k].subSurname == p.surname {
						ref, sub = k, info[k].sub
						break
					}
					if info[k].surname == p.surname {
						break
					}
				}
			}
			if sub == nil && (p.anaphor || p.pronoun || p.surname != "") {
				ref = c.antecedent(doc, info, si, p)
				if k := homeInstitution(doc, info, ref, p, home); k != ref {
					redirects = append(redirects, homeRedirect{len(doc.Actors), ref})
					ref = k
				}
				if ref < 0 && !p.pronoun && p.surname != "" {
					// "Bernie Sanders supporters ... Sanders said"
					// (titled_sub_surname.go).
					sub = c.personInEntries(doc, info, p.surname)
				}
				if ref < 0 && sub == nil && (p.pronoun || p.surname != "") {
					continue
				}
			}
			if ref < 0 && sub == nil {
				ref = c.titledSurname(doc, info, si, words, p)
				if ref < 0 {
					// "Bernie Sanders supporters ... Sen. Sanders"
					// (titled_sub_surname.go).
					sub = c.titledSubSurname(doc, info, words, p)
				}
			}
			m := p.m
			if sub != nil {
				m.Code, m.Country, m.Sector, m.Entry, m.Person = sub.Code, sub.Country, sub.Sector, sub.Entry, true
			} else if ref >= 0 {
				a := doc.Actors[ref]
				m.Code, m.Country, m.Sector, m.Entry = a.Code, a.Country, a.Sector, a.Entry
				m.Person = m.Person || info[ref].person
			} else if k := c.possessorOf(doc, info, si, p); k >= 0 {
				a := doc.Actors[k]
				m.Country, m.Code = a.Country, a.Country+m.Sector
				if a.Sector == "IGO" {
					m.Code, m.Sector = a.Code, a.Sector // "NATO ... its peacekeepers"
				}
				m.Entry += " + of " + a.Entry
			} else if iso := prevCountry(doc, info, si, p); iso != "" {
				m.Country, m.Code = iso, iso+m.Sector
				m.Entry += " + of the name before"
			} else if iso := c.possessorTitle(doc, &s, info, si, p); iso != "" {
				m.Country, m.Code = iso, iso+m.Sector
				m.Entry += " + of the office's holder"
			} else if iso := usPartyAdjective(words, from, p); iso != "" {
				m.Country, m.Code = iso, iso+m.Sector
				m.Entry += " + US party"
			} else if p.generic && sentHome != "" && sentHome != m.Country {
				// "Congress" in a Lima story is Peru's.
				swapped = append(swapped, genericSwap{len(doc.Actors), m.Country, m.Code})
				m.Country, m.Code = sentHome, sentHome+m.Sector
				m.Entry += " + dateline"
			} else if iso := c.clauseScene(doc, &s, p, m.Sector, sentHome, from, to, home); iso != "" {
				// "soldiers seized police headquarters in Maseru" in a
				// story from Pretoria: Lesotho's soldiers.
				m.Country, m.Code = iso, iso+m.Sector
				m.Entry += " + place of the clause"
			} else if p.local && sentHome == home && focus != "" && focusSectors[m.Sector] && !properModifier(doc, words, p.start) {
				// "Prime Minister Siaosi Sovaleni thanked Australia" in a
				// Wellington story headlined on Tonga: Tonga's.
				m.Country, m.Code = focus, focus+m.Sector
				m.Entry += " + headline"
			} else if p.local && sentHome != "" {
				m.Country, m.Code = sentHome, sentHome+m.Sector
				if sentHome == home {
					m.Entry += " + dateline"
				} else {
					m.Entry += " + place of the sentence"
				}
			}
			start, end := doc.Tokens[p.start].Start, doc.Tokens[p.end-1].End
			if p.generic && home == "" && ref < 0 && sub == nil && !strings.Contains(m.Entry, " + ") {
				bareGeneric = append(bareGeneric, len(doc.Actors))
			}
			doc.Actors = append(doc.Actors, sitrep.ActorMention{
				Span: doc.MakeSpan(start, end), Code: m.Code, Country: m.Country,
				Sector: m.Sector, Entry: m.Entry, Ref: ref,
			})
			mi := mentionInfo{sent: si, person: m.Person || p.pronoun, role: m.Role, start: p.start, end: p.end, opens: p.start == from,
				human: p.human && m.Country != "", plural: p.plural, sub: p.sub, subSurname: p.subSurname}
			if inheritRoleOn && mi.role == "" && ref >= 0 && (p.surname != "" || p.pronoun) {
				// "King Hussein ... Hussein ... the king": a surname or
				// pronoun keeps the title of the mention it refers to,
				// so that a later "the king" finds it (role_inherit.go).
				mi.role = info[ref].role
			}
			if mi.person {
				if p.pronoun {
					mi.gender = pronounGender(words[p.start])
				} else if mi.gender = mentionGender(doc, p.start, p.end); mi.gender == 0 && ref >= 0 && p.surname != "" {
					mi.gender = info[ref].gender
				}
			}
			if mi.person && p.end-p.start > 1 {
				mi.surname = strings.ToLower(words[p.end-1])
				mi.inner = innerNames(words[p.start+1 : p.end-1])
			}
			info = append(info, mi)
		}
	}
	undateline(doc, home, focus, swapped)
	restoreRedirects(doc, redirects)
	storyGeneric(doc, bareGeneric)
	sectorOwners(doc, home)
	c.congo(doc)
	return nil
}

// undateline takes the dateline's country back from the phrases that got
// it when the story is about other countries: it names other countries'
// actors but never the dateline's, or names one other country at least
// hubDominance times as often (and thrice) as the dateline's. A story
// filed from a news hub (DUBAI, NAIROBI, ACCRA) about other countries
// says little or nothing of the hub's courts, police or junta. The
// headline's country stays when the story names it most: then it was no
// stand-in for the dateline.
func undateline(doc *sitrep.Document, home, focus string, swapped []genericSwap) {
	if home == "" {
		return
	}
	own, others := 0, 0
	named := map[string]int{}
	for _, a := range doc.Actors {
		if strings.Contains(a.Entry, "+ dateline") || strings.Contains(a.Entry, "+ headline") || a.Country == "" {
			continue // placed by the story's framing, not named
		}
		if a.Country == home {
			own++
			continue
		}
		others++
		named[a.Country]++
	}
	if others < 2 {
		return // a local story that does not name its country
	}
	top, topCountry := 0, ""
	for c, n := range named {
		if n > top || n == top && c < topCountry {
			top, topCountry = n, c
		}
	}
	if own > 0 && (top < hubDominance*own || top < 3) {
		return // the hub's own actors are a side of the story
	}
	keepHeadline := focus == topCountry
	for i := range doc.Actors {
		a := &doc.Actors[i]
		if a.Country == home && strings.Contains(a.Entry, "+ dateline") {
			a.Country, a.Code = "", a.Sector
			a.Entry = strings.Replace(a.Entry, " + dateline", "", 1)
		}
		if strings.Contains(a.Entry, " + headline") && !keepHeadline {
			// A hub's story: the headline's country was the
			// dateline's stand-in, and goes with it.
			a.Country, a.Code = "", a.Sector
			a.Entry = strings.Replace(a.Entry, " + headline", "", 1)
		}
	}
	// "Congress" in a story from a hub is the KB's Congress again.
	for _, g := range swapped {
		a := &doc.Actors[g.index]
		if a.Country == "" {
			a.Country, a.Code = g.country, g.code
		}
	}
}

// storyGeneric gives a generic institution ("the Supreme Court", "the
// Democratic Party") of a story with no dateline the story's country
// when the KB's country for it is otherwise absent from the story and
// one other country is named most (twice at least): in an undatelined
// story about Italy the bare "Supreme Court" is Italy's, not America's.
func storyGeneric(doc *sitrep.Document, bare []int) {
	if len(bare) == 0 {
		return
	}
	isBare := map[int]bool{}
	for _, i := range bare {
		isBare[i] = true
	}
	named := map[string]int{}
	for i, a := range doc.Actors {
		if a.Country == "" || isBare[i] || a.Sector == "IGO" || a.Ref >= 0 {
			continue
		}
		named[a.Country]++
	}
	top, second, topCountry := 0, 0, ""
	for c, n := range named {
		switch {
		case n > top || n == top && c < topCountry:
			top, second, topCountry = n, top, c
		case n > second:
			second = n
		}
	}
	if top < 2 || top == second {
		return // no country the story is plainly about
	}
	for _, i := range bare {
		a := &doc.Actors[i]
		if a.Country == "" || a.Country == topCountry || named[a.Country] > 0 {
			continue // the KB's country is in the story: its institution may be meant
		}
		old := a.Country
		a.Country, a.Code = topCountry, topCountry+a.Sector
		a.Entry += " + story's country"
		for j := i + 1; j < len(doc.Actors); j++ {
			// "it" and "the court" that took their code from it follow.
			if r := &doc.Actors[j]; r.Ref == i && r.Country == old {
				r.Country, r.Code = a.Country, a.Code
			}
		}
	}
}

// sectorOwners gives an armed force the dateline placed to the country
// whose forces of that sector the story names, when it names none of the
// dateline's and names that country more often than the dateline's: in a
// story from Beijing on Myanmar's war that names the junta and Myanmar's
// rebels but no Chinese soldier, "government soldiers" and "armed
// groups" are Myanmar's. The hub's own government, police and people
// stay with it: undateline alone judges those.
func sectorOwners(doc *sitrep.Document, home string) {
	if home == "" {
		return
	}
	named := map[string]map[string]int{} // sector -> country -> mentions
	total := map[string]int{}            // country -> named mentions
	for _, a := range doc.Actors {
		if a.Country == "" || placed(a.Entry) {
			continue
		}
		total[a.Country]++
		if !forceSectors[a.Sector] {
			continue
		}
		if named[a.Sector] == nil {
			named[a.Sector] = map[string]int{}
		}
		named[a.Sector][a.Country]++
	}
	for i := range doc.Actors {
		a := &doc.Actors[i]
		if a.Country != home || !forceSectors[a.Sector] || !strings.Contains(a.Entry, "+ dateline") ||
			strings.Contains(a.Entry, "minist") {
			continue // a defence minister or ministry speaks for the hub's state
		}
		by := named[a.Sector]
		if by[home] > 0 {
			continue // the dateline's own forces are in the story
		}
		if iso := soleOwner(by); iso != "" && total[iso] > total[home] {
			a.Country, a.Code = iso, iso+a.Sector
			a.Entry = strings.Replace(a.Entry, " + dateline", " + named "+a.Sector, 1)
		}
	}
}

// forceSectors are the armed sides, whose bare mentions ("the army",
// "armed groups") belong to the war the story tells of; police, gangs
// and civilians stay with the dateline.
var forceSectors = map[string]bool{"MIL": true, "REB": true}

// placed reports an entry whose country came from the story's framing
// (dateline, headline) rather than from a name.
func placed(entry string) bool {
	return strings.Contains(entry, "+ dateline") || strings.Contains(entry, "+ headline")
}

// soleOwner returns the one country with named mentions of a sector, or
// "" when none or several have.
func soleOwner(by map[string]int) string {
	iso := ""
	for c := range by {
		if iso != "" {
			return ""
		}
		iso = c
	}
	return iso
}

// properModifier reports a capitalised adjective or name the KB did not
// code just before token k: "European leaders", "Western diplomats" are
// of some region or body, not of the headline's country.
func properModifier(doc *sitrep.Document, words []string, k int) bool {
	if k < 1 || k > len(doc.Tokens) {
		return false
	}
	u := doc.Tokens[k-1].UPOS
	return (u == "ADJ" || u == "PROPN") && capitalised(words[k-1])
}

// hubDominance is how many times as often as the dateline's country
// another country must be named for a story that names both to be about
// the other (the ratio the event coder asks of a domestic story's second
// actor).
const hubDominance = 6

// genericSwap records a generic institution given the dateline's country,
// with the country and code it had.
type genericSwap struct {
	index         int
	country, code string
}

// apposition codes a name the KB does not know by the title set beside
// it: "Hussein al-Ezzi, a senior Houthi official," or "Eritrea's
// information minister, Yemane Gebremeskel". The title must name one
// person.
func (s *scanner) apposition(e entitySpan, pend []pending, to int) (pending, bool) {
	p := pending{start: e.start, end: e.end}
	if e.start >= 2 && s.words[e.start-1] == "," {
		for k := len(pend) - 1; k >= 0; k-- {
			if q := pend[k]; q.end == e.start-1 && q.human && !q.plural && (q.m.Country != "" || q.m.Sector == "IGO") && !q.anaphor {
				p.m, p.local, p.possessor = q.m, q.local, q.possessor
				p.m.Person = true
				return p, true
			}
		}
	}
	if e.end+2 < to && s.words[e.end] == "," {
		if w := strings.ToLower(s.words[e.end+1]); w == "a" || w == "an" || w == "the" {
			ch, _ := s.chainAt(e.end+1, to)
			if ch.ok && ch.human && (ch.match.Country != "" || ch.match.Sector == "IGO") && !ch.anaphor && !ch.possessed {
				p.m, p.local = ch.match, ch.local
				p.m.Person = true
				return p, true
			}
		}
		if p, ok := s.countryApposition(e, to); ok {
			return p, true
		}
	}
	if p, ok := s.partyStateTag(e, to); ok {
		return p, true
	}
	return pending{}, false
}

// congo makes bare "Congo" and "Congolese" the Republic of the Congo in a
// story that names Brazzaville or the Republic of (the) Congo and nothing
// of DR Congo; elsewhere they stay DR Congo, the usual coder choice.
func (c *Coder) congo(doc *sitrep.Document) {
	t := doc.Text
	if !strings.Contains(t, "Brazzaville") && !strings.Contains(t, "Republic of the Congo") && !strings.Contains(t, "Republic of Congo") {
		return
	}
	for _, w := range []string{"Kinshasa", "DRC", "Democratic Republic", "DR Congo", "Goma", "M23", "Tshisekedi", "Kivu"} {
		if strings.Contains(t, w) {
			return
		}
	}
	for i := range doc.Actors {
		a := &doc.Actors[i]
		if a.Country != "COD" {
			continue
		}
		if w := t[a.Span.Start:a.Span.End]; strings.Contains(w, "Congo") || strings.Contains(w, "Congolese") {
			a.Country = "COG"
			a.Code = "COG" + strings.TrimPrefix(a.Code, "COD")
		}
	}
}

// innerNames returns the lowercased capitalised words inside a long
// personal name, the name's particles left out: a later "Fernandez" is
// "Cristina Fernandez de Kirchner", a later "Lula" is "Luiz Inacio Lula da
// Silva" (Spanish and Portuguese names are often shortened to a middle
// surname).
func innerNames(words []string) []string {
	var out []string
	for _, w := range words {
		if capitalised(w) && hasLower(w) && len(w) > 2 && !nameParticles[strings.ToLower(w)] {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

var nameParticles = map[string]bool{"de": true, "del": true, "della": true, "da": true, "dos": true, "das": true, "do": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true}

// antecedent returns the index in doc.Actors of the mention p refers to,
// or -1: for a pronoun the last person, for "the minister" the last mention
// with the same head noun, for a bare surname the person of that name.
func (c *Coder) antecedent(doc *sitrep.Document, info []mentionInfo, sent int, p pending) int {
	ownSubj := -1 // the mention holding an object pronoun's clause subject
	if p.pronoun && objectPronoun(doc, p.start) {
		ownSubj = ownSubjectMention(doc, info, sent, p.start)
	}
	for k := len(info) - 1; k >= 0; k-- {
		if sent-info[k].sent > c.window && p.surname == "" {
			break
		}
		a := &doc.Actors[k]
		switch {
		case p.surname != "":
			if (info[k].surname == p.surname || slices.Contains(info[k].inner, p.surname)) && a.Code != "" {
				return k
			}
		case p.pronoun:
			if info[k].sent == sent && objectPronoun(doc, p.start) && (verbBetween(doc, info[k].end, p.start) || ownSubject(doc, p.start, info[k])) {
				// "Tokayev telephoned him", "Xi had invited him": the
				// subject of the pronoun's own verb is not whom the
				// object pronoun stands for.
				continue
			}
			if ownSubj >= 0 && samePerson(doc, info, ownSubj, k) {
				// "The king spoke with him", the king named before
				// (object_pronoun_subject.go).
				continue
			}
			// A nominal person ("a spokesman for the coast guard") only
			// from this sentence or the one before.
			if genderClash(doc, p, info[k]) {
				continue // "Mrs. Ortiz ... he"
			}
			if personAntecedent(info[k], sent) {
				return preferSubject(doc, info, sent, p, k)
			}
		case p.anaphor:
			if r := info[k].role; (r == p.m.Role || strings.HasSuffix(r, " "+p.m.Role)) && a.Country != "" {
				return k
			}
		}
	}
	return -1
}

// personAntecedent reports a mention that "he" or "she" in sentence sent
// may stand for.
func personAntecedent(mi mentionInfo, sent int) bool {
	return mi.person || mi.human && !mi.plural && sent-mi.sent <= 1
}

// preferSubject returns, for a subject "he" or "she" whose nearest person
// k is an object or oblique ("X summoned the ambassador ... he said"), an
// earlier person of k's sentence who was a subject there, else k. A
// story keeps talking about the subject of its last clause (centering):
// the object named after it is seldom the next speaker.
func preferSubject(doc *sitrep.Document, info []mentionInfo, sent int, p pending, k int) int {
	if !subjectHeShe(doc, p.start) || subjectMention(doc, info[k]) {
		return k
	}
	for j := k - 1; j >= 0 && info[j].sent == info[k].sent; j-- {
		if personAntecedent(info[j], sent) && (subjectMention(doc, info[j]) || opensSentence(info[j])) && !genderClash(doc, p, info[j]) {
			return j
		}
	}
	return k
}

// subjectHeShe reports "he" or "she" as the subject of its clause.
func subjectHeShe(doc *sitrep.Document, i int) bool {
	switch strings.ToLower(doc.TokenText(i)) {
	case "he", "she":
		// "Vice Premier He Lifeng": a Chinese surname before a given
		// name, not the pronoun, though the tagger may read one.
		if i+1 < len(doc.Tokens) && doc.Tokens[i+1].UPOS == "PROPN" {
			return false
		}
		return doc.Tokens[i].UPOS == "PRON" && strings.HasPrefix(doc.Tokens[i].Deprel, "nsubj")
	}
	return false
}

// ownSubject reports that mention mi holds the subject of the clause of
// the object pronoun at i, through infinitives that share it ("he was
// ready to talk to him"): a pronoun object never stands for its own
// clause's subject.
func ownSubject(doc *sitrep.Document, i int, mi mentionInfo) bool {
	k := climbedSubject(doc, doc.Tokens[i].Head)
	return k >= 0 && k >= mi.start && k < mi.end
}

// climbedSubject returns the subject of the clause of verb x, climbing
// through up to four infinitives that share their head's subject ("he
// was ready to talk to him"), or -1. ownSubject and ownSubjectMention
// (object_pronoun_subject.go) both read it.
func climbedSubject(doc *sitrep.Document, x int) int {
	for steps := 0; steps < 4 && x >= 0 && x < len(doc.Tokens); steps++ {
		if k := doc.Child(x, "nsubj"); k >= 0 {
			return k
		}
		if doc.Tokens[x].Deprel != "xcomp" {
			return -1
		}
		x = doc.Tokens[x].Head
	}
	return -1
}

// subjectMention reports a mention one of whose words is the subject of a
// clause outside it (not always the first word that leaves it: the
// parser may hang "German" of "German Chancellor X" on the verb).
func subjectMention(doc *sitrep.Document, mi mentionInfo) bool {
	for t := mi.start; t < mi.end; t++ {
		if h := doc.Tokens[t].Head; (h < mi.start || h >= mi.end) && strings.HasPrefix(doc.Tokens[t].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// objectPronoun reports "him", or "her" not before a noun ("thanked
// her", not "her father").
func objectPronoun(doc *sitrep.Document, k int) bool {
	switch strings.ToLower(doc.TokenText(k)) {
	case "him":
		return true
	case "her":
		if k+1 >= len(doc.Tokens) {
			return true
		}
		u := doc.Tokens[k+1].UPOS
		return u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "NUM"
	}
	return false
}

// verbBetween reports tokens from..to-1 that are a verb group alone
// (verbs, auxiliaries, adverbs, "not"): a mention ending at from is the
// subject of the verb whose object starts at to.
func verbBetween(doc *sitrep.Document, from, to int) bool {
	verb := false
	for k := from; k < to; k++ {
		switch doc.Tokens[k].UPOS {
		case "VERB":
			verb = true
		case "AUX", "ADV", "PART":
		default:
			return false
		}
	}
	return verb
}

// datelineCountry switches the twelfth session's reading of a country
// named after an unknown dateline town (actors16).
var datelineCountry = true

// dateline finds a dateline such as "MANILA, March 5 (Reuters) -" or "KYIV,
// Ukraine —": a place named in capitals that opens the article, followed by
// a comma. It is where the story was filed, not an actor. It returns the
// token after the dateline (0 without one) and the country of the place,
// which country-less phrases of the story such as "police" or "the
// government" take.
func (c *Coder) dateline(doc *sitrep.Document, words []string) (end int, country string) {
	k := 0
	for k < len(words) && k < 7 && (len(words[k]) > 1 && strings.ToUpper(words[k]) == words[k] && strings.ToLower(words[k]) != words[k] ||
		k > 0 && words[k] == "-" && k+1 < len(words) && words[k+1] != ",") {
		k++ // "PORT-AU-PRINCE" may come as PORT - AU - PRINCE
	}
	if k > 0 && k < len(words) && words[k] != "," {
		// "MOSCOW (AP) -", "KYIV — Police": the agency's credit or the
		// dash straight after the place (agencyDateline). A spaced "-"
		// the loop took for a hyphen ends the place before a capital:
		// "MOSCOW - Police", not "NATO-led" or "NATO - led".
		if k > 1 && words[k-1] == "-" && doc.Tokens[k-1].Start > doc.Tokens[k-2].End && capitalised(words[k]) {
			k--
		}
		// (The root package's DatelineEnd reads both, and stops at a
		// sentence or a compound's hyphen.)
		if j := doc.DatelineEnd(0, len(words)); agencyDateline && j > 0 {
			place := doc.Text[doc.Tokens[0].Start:doc.Tokens[k-1].End]
			country, _ = c.kb.LookupCountryAt(place, doc.Published)
			return j, country
		}
	}
	if k == 0 || k >= len(words) || words[k] != "," {
		return 0, ""
	}
	place := doc.Text[doc.Tokens[0].Start:doc.Tokens[k-1].End]
	country, _ = c.kb.LookupCountryAt(place, doc.Published)
	end = k + 1
	// "IMPHAL, India, May 5": a town the KB does not know, followed by
	// its country, as agencies write a place their readers may not know.
	if country == "" && datelineCountry {
		for j := k + 1; j < len(words) && j < k+5; j++ {
			if words[j] != "," {
				continue
			}
			if w := words[k+1]; capitalised(w) && hasLower(w) {
				country, _ = c.kb.LookupCountryAt(doc.Text[doc.Tokens[k+1].Start:doc.Tokens[j-1].End], doc.Published)
			}
			break
		}
	}
	// The dateline runs to the first dash, if one comes soon.
	for j := k; j < len(words) && j < k+12; j++ {
		if w := words[j]; w == "-" || w == "—" || w == "–" || w == "--" {
			end = j + 1
			break
		}
	}
	return end, country
}

// possessorOf returns the index in doc.Actors of the actor a possessive
// determiner refers to, or -1 when there is none or p has no possessor.
// With a parse, the subject of the clause the phrase is in comes first
// ("Algeria closed its airspace to Mali and recalled its ambassadors" is
// Algeria's); otherwise, and when the subject does not fit, the last
// fitting mention within the window: for his/her a person, for its a
// single group, country or organisation, for their any group.
func (c *Coder) possessorOf(doc *sitrep.Document, info []mentionInfo, sent int, p pending) int {
	det := p.possessor
	if det == "" {
		return -1
	}
	person := det == "his" || det == "her"
	fit := func(k int) bool {
		if doc.Actors[k].Country == "" && doc.Actors[k].Sector != "IGO" {
			return false
		}
		mi := &info[k]
		if person {
			return mi.person || mi.human && !mi.plural && sent-mi.sent <= 1
		}
		if mi.person || mi.human {
			return false
		}
		return det == "their" || !mi.plural
	}
	if subj := clauseSubject(doc, p.end-1, p.start-1); subj >= 0 {
		for k := len(info) - 1; k >= 0 && info[k].sent == sent; k-- {
			if info[k].start <= subj && subj < info[k].end {
				if fit(k) {
					return k
				}
				break
			}
		}
	}
	if k := previousSubjectPossessor(doc, info, sent, p, fit); k >= 0 {
		return k
	}
	for k := len(info) - 1; k >= 0 && sent-info[k].sent <= c.window; k-- {
		if fit(k) {
			return k
		}
	}
	return -1
}

// clauseSubject returns the token of the subject of the clause token i is
// in, following the parse up from i: the nsubj of the first verb above it,
// or for an infinitive with no subject of its own ("called on Rwanda to
// withdraw its troops") the object, else the subject, of the verb it
// completes. It returns -1 without a parse or a subject.
func clauseSubject(doc *sitrep.Document, i, from int) int {
	if !doc.Layers.Has(sitrep.LayerDeps) || i < 0 || i >= len(doc.Tokens) {
		return -1
	}
	sent := doc.Tokens[i].Sent
	child := func(h int, rels ...string) int {
		for k := i; k >= 0 && doc.Tokens[k].Sent == sent; k-- {
			if doc.Tokens[k].Head == h && slices.Contains(rels, doc.Tokens[k].Deprel) {
				return k
			}
		}
		for k := i + 1; k < len(doc.Tokens) && doc.Tokens[k].Sent == sent; k++ {
			if doc.Tokens[k].Head == h && slices.Contains(rels, doc.Tokens[k].Deprel) {
				return k
			}
		}
		return -1
	}
	x := i
	for steps := 0; steps < 8; steps++ {
		h := doc.Tokens[x].Head
		if h < 0 || h >= len(doc.Tokens) || h == x {
			return -1
		}
		x = h
		if u := doc.Tokens[x].UPOS; u != "VERB" && u != "AUX" {
			continue
		}
		if k := child(x, "nsubj", "nsubj:pass"); k >= 0 && (k < from || k > i) && !subjectPronoun(doc, k) {
			return k
		} else if k >= 0 {
			continue // the phrase is the subject: "after its coast guard said"
		}
		rel := doc.Tokens[x].Deprel
		if rel == "conj" {
			continue // "closed ... and recalled its ambassadors": the first verb's subject
		}
		if rel == "xcomp" {
			if k := child(doc.Tokens[x].Head, "obj", "iobj"); k >= 0 {
				return k
			}
			continue
		}
		return -1
	}
	return -1
}

// subjectPronoun reports whether token k is "it", "they" or "we": a
// subject that names no actor, so the clause above decides ("Lithuania
// said it would put its troops on alert").
func subjectPronoun(doc *sitrep.Document, k int) bool {
	switch strings.ToLower(doc.TokenText(k)) {
	case "it", "they", "we":
		return true
	}
	return false
}

// lastIGO returns the index in doc.Actors of the last international
// organisation named in the window of sentences, for "the bloc", or -1.
func (c *Coder) lastIGO(doc *sitrep.Document, info []mentionInfo, sent int) int {
	for k := len(info) - 1; k >= 0 && sent-info[k].sent <= c.window+2; k-- {
		if a := &doc.Actors[k]; a.Sector == "IGO" && strings.HasPrefix(a.Code, "IGO") {
			return k
		}
	}
	return -1
}

// sentencePlace returns the country of a place that opens a sentence as
// "In PLACE," (a country, capital or city), else "".
func (c *Coder) sentencePlace(s *scanner, from, to int) string {
	if to-from < 4 || !strings.EqualFold(s.words[from], "in") {
		return ""
	}
	refs, n := s.longest(from+1, to)
	if n == 0 || from+1+n >= to || s.words[from+1+n] != "," {
		return ""
	}
	e := s.pick(refs, s.words[from+1], true)
	if e.Kind != KindCountry && e.Kind != KindCapital && e.Kind != KindCity {
		return ""
	}
	return e.Country
}

// sceneSectors are the local sectors whose people act where the events
// are: forces, police, fighters, gangs, civilians.
var sceneSectors = map[string]bool{"MIL": true, "COP": true, "REB": true, "CRM": true, "UAF": true, "CVL": true}

// sceneWords are the prepositions that place an event ("in Maseru");
// destinations (to, into) are not scenes.
var sceneWords = map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "around": true, "within": true}

// clauseScene returns the country of a place where the clause of phrase p
// happens, when p is the clause's subject or object and the place, after
// "in", "near"..., hangs on the same verb or on its object, and is in
// another country than the dateline's ("soldiers seized police
// headquarters in Maseru" in a story from Pretoria); else "". Only a
// local phrase of a scene sector in a sentence the dateline places is
// looked at, and only with a parse.
func (c *Coder) clauseScene(doc *sitrep.Document, s *scanner, p pending, sector, sentHome string, from, to int, home string) string {
	if home == "" || !p.local || sentHome != home || !sceneSectors[sector] || !doc.Layers.Has(sitrep.LayerDeps) {
		return ""
	}
	h := p.end - 1
	v := -1
	switch doc.Tokens[h].Deprel {
	case "nsubj", "nsubj:pass", "obj":
		v = doc.Tokens[h].Head
	}
	if v < from || v >= to || doc.Tokens[v].UPOS != "VERB" {
		// "after soldiers seized ...", parsed as a reduced relative
		v = -1
		for k := h + 1; k < to; k++ {
			if doc.Tokens[k].Head == h && doc.Tokens[k].Deprel == "acl" && doc.Tokens[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v < 0 {
			return ""
		}
	}
	onVerb := func(k int) bool {
		hk := doc.Tokens[k].Head
		if !strings.HasPrefix(doc.Tokens[k].Deprel, "obl") && !strings.HasPrefix(doc.Tokens[k].Deprel, "nmod") {
			return false
		}
		if hk == v {
			return true
		}
		return hk >= from && hk < to && doc.Tokens[hk].Head == v && (doc.Tokens[hk].Deprel == "obj" || strings.HasPrefix(doc.Tokens[hk].Deprel, "obl"))
	}
	for i := from; i < to; i++ {
		refs, n := s.longest(i, to)
		if n == 0 {
			continue
		}
		e := s.pick(refs, s.words[i], true)
		if e.Country != "" && e.Country != home && (e.Kind == KindCountry || e.Kind == KindCapital || e.Kind == KindCity) {
			k := i - 1
			for k >= from && s.in(directions, s.words[k]) {
				k--
			}
			if k >= from && s.in(sceneWords, s.words[k]) {
				for j := i; j < i+n; j++ {
					if onVerb(j) {
						return e.Country
					}
				}
			}
		}
		i += n - 1
	}
	return ""
}

type entitySpan struct {
	start, end int // token range
	label      string
}

// entityTokens maps the entities' byte spans to token ranges.
func entityTokens(doc *sitrep.Document) []entitySpan {
	out := make([]entitySpan, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		a := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > e.Start })
		b := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= e.End })
		if a < b {
			out = append(out, entitySpan{a, b, e.Label})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func covered(pend []pending, start, end int) bool {
	for _, p := range pend {
		if p.start < end && start < p.end {
			return true
		}
	}
	return false
}

// loneName reports whether word i is a capitalised proper noun standing
// alone, not part of a longer name (a word of the tagger's PROPN when
// there are tags).
func loneName(s *scanner, i, from, to int) bool {
	name := func(k int) bool {
		return capitalised(s.words[k]) && hasLower(s.words[k]) && (s.upos == nil || s.upos[k] == "PROPN")
	}
	return name(i) && (i == from || !name(i-1)) && (i+1 >= to || !name(i+1))
}

// knownSurname reports whether w is the surname or an inner name of a
// person coded earlier in the document.
func knownSurname(doc *sitrep.Document, info []mentionInfo, w string) bool {
	for k := range info {
		if info[k].person && doc.Actors[k].Code != "" && (info[k].surname == w || slices.Contains(info[k].inner, w)) {
			return true
		}
	}
	return false
}

// sameName reports whether words [from, to) before a person's surname fit
// that person ("Volodymyr" before "Zelensky", an initial, a title) rather
// than make another name ("Alicia" before "Machado").
func (s *scanner) sameName(x *Entry, from, to int) bool {
	names := strings.ToLower(x.Name + " " + strings.Join(x.Aliases, " "))
	for k := from; k < to; k++ {
		w := s.words[k]
		if len(w) == 2 && w[1] == '.' || strings.Contains(names, strings.ToLower(w)) {
			continue
		}
		if _, n := s.longest(k, k+1); n == 0 {
			return false
		}
	}
	return true
}

// entity codes a named entity that no phrase covered.
func (s *scanner) entity(e entitySpan, words []string) (pending, bool) {
	if e.end+1 < len(words) && words[e.end] == "-" {
		if _, ok := compoundSuffixes[strings.ToLower(words[e.end+1])]; ok {
			return pending{}, false // "U.N.-backed mission": a modifier, not the UN
		}
	}
	if e.end-e.start == 1 && e.label == "PER" && s.otherSurnames[strings.ToLower(words[e.start])] {
		return pending{}, false // "Machado" after "Alicia Machado"
	}
	if refs, n := s.longest(e.start, e.end); n == e.end-e.start &&
		(e.label != "PER" || s.pick(refs, words[e.start], false).Kind == KindPerson) {
		// A PER entity is a person, never the noun it spells ("King").
		x := s.pick(refs, words[e.start], e.label == "LOC")
		place := x.Kind == KindCountry || x.Kind == KindCapital || x.Kind == KindCity
		if place && s.located(e.start) {
			return pending{}, false
		}
		// "the town of Metula", "the Izium strike": a city named as a
		// place or a modifier is no actor.
		if x.Kind == KindCity && (e.start > 0 && s.in(followers, words[e.start-1]) ||
			s.upos != nil && e.end < len(words) && s.upos[e.end] == "NOUN") {
			return pending{}, false
		}
		if x.Kind == KindAdjective || x.Kind == KindModifier || x.Kind == KindNoun && x.Sector == "" {
			return pending{}, false
		}
		m := Match{Code: x.Code(), Country: x.Country, Sector: x.Sector, Entry: x.Name, Role: x.Role, Person: x.Kind == KindPerson}
		if x.Kind == KindPerson {
			m = s.personMatch(x)
		}
		if x.Kind == KindCity || x.Kind == KindCountry {
			m.Code, m.Sector = x.Country, ""
		}
		return pending{start: e.start, end: e.end, m: m}, m.Code != ""
	}
	if e.label != "PER" {
		if e.end-e.start == 1 && capitalised(words[e.start]) && hasLower(words[e.start]) {
			// "Morales thanked Mexico", "Qin urged Hayashi": a surname
			// the NER took for a place or a body. It stands only for an
			// earlier full name of that surname (Process drops it else).
			return pending{start: e.start, end: e.end, m: Match{Person: true}, surname: strings.ToLower(words[e.start])}, true
		}
		return pending{}, false
	}
	last := words[e.end-1]
	if refs, n := s.longest(e.end-1, e.end); n == 1 {
		if x := s.pick(refs, last, false); x.Kind == KindPerson && s.sameName(x, e.start, e.end-1) {
			m := s.personMatch(x)
			return pending{start: e.start, end: e.end, m: m}, true
		}
	}
	if e.end-e.start > 1 {
		// "Chelsea Clinton" is not "Hillary Clinton": only a bare
		// surname refers back to a full name.
		return pending{}, false
	}
	return pending{start: e.start, end: e.end, m: Match{Person: true}, surname: strings.ToLower(last)}, true
}

// headlineCountry returns the one country the headline's actors belong to
// ("First aid flights land in Tonga"), when the headline names no actor of
// the dateline's country home; else "". A story filed from a neighbour
// about that country ("WELLINGTON" on Tonga) has that country's officials
// as its untitled ones, not the dateline's.
func (c *Coder) headlineCountry(title, home string, at time.Time) string {
	spans := wordSpans(title)
	words := make([]string, len(spans))
	for i, sp := range spans {
		words[i] = title[sp[0]:sp[1]]
	}
	s := scanner{kb: c.kb, words: words, at: at}
	found := ""
	for i := 0; i < len(words); {
		ch, next := s.chainAt(i, len(words))
		switch m := ch.match; {
		case m.Country == "" && headlineSectors[m.Sector]:
			// "Burkina junta chief agrees to step down" (a name the KB
			// lacks): officials without a country are the dateline's.
			return ""
		case m.Country == "" || m.Sector == "IGO":
		case m.Country == home || found != "" && found != m.Country:
			return ""
		default:
			found = m.Country
		}
		i = next
	}
	return found
}

// headlineSectors are the local sectors whose country-less phrase in the
// headline ("Burkina junta chief agrees to step down") leaves the
// headline no country of its own.
var headlineSectors = map[string]bool{"GOV": true, "MIL": true}

// focusSectors are the local sectors the headline's country gives instead
// of the dateline's: officials and forces, and the other sides of a
// country's own strife (rebels, police, opposition, civilians, courts,
// parliament). "The military denied the strikes and accused the rebels"
// in a Manila story headlined on Myanmar's election: Myanmar's rebels.
var focusSectors = map[string]bool{"GOV": true, "MIL": true, "REB": true, "COP": true, "OPP": true, "CVL": true,
	"UAF": true, "CRM": true, "JUD": true, "LEG": true}

// pairedAdjectives returns a mention for each country adjective
// coordinated before phrase p, whose own country its first word, an
// adjective, gives: "Dutch and Australian investigators" are two
// sources, Dutch investigators and Australian ones, with the phrase's
// sector; so are "both Syrian and Israeli officials" and "British,
// French and German diplomats". The scan would otherwise keep only the
// adjective next to the noun.
func (s *scanner) pairedAdjectives(p pending, from int) []pending {
	k := p.start
	if p.m.Country == "" || p.m.Sector == "" || p.m.Person || k-2 < from {
		return nil
	}
	first := s.adjectiveAt(k)
	if first == nil || first.Country != p.m.Country {
		return nil
	}
	if w := strings.ToLower(s.words[k-1]); w != "and" && w != "or" {
		return nil
	}
	var out []pending
	seen := map[string]bool{p.m.Country: true}
	for j := k - 2; j >= from; j -= 2 {
		e := s.adjectiveAt(j)
		if e == nil || seen[e.Country] {
			break
		}
		seen[e.Country] = true
		m := p.m
		m.Country, m.Code, m.Entry = e.Country, e.Country+p.m.Sector, e.Name+" + paired with "+p.m.Entry
		out = append(out, pending{start: j, end: j + 1, m: m, plural: p.plural, human: p.human})
		if j-1 < from || s.words[j-1] != "," {
			break
		}
	}
	return out
}

// adjectiveAt returns the country adjective ("Dutch", "Emirati") that
// word k alone is, else nil.
func (s *scanner) adjectiveAt(k int) *Entry {
	refs, n := s.longest(k, k+1)
	if n != 1 {
		return nil
	}
	e := s.pick(refs, s.words[k], false)
	if e == nil || e.Kind != KindAdjective || e.Country == "" {
		return nil
	}
	return e
}
