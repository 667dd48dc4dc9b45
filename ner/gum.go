package ner

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/corpus"
)

// GUM (Georgetown University Multilayer corpus) marks every mention of an
// entity, named or not, in the MISC column of its CoNLL-U files:
//
//	# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
//	1	Thomas	…	Entity=(7-person-acc:inf-sssss-cf1-1,2-coref
//	2	Sam	…	Entity=7)
//
// ReadGUMEntities turns those mentions into Universal NER name spans, so
// that GUM's news articles can score and train the recogniser:
//
//   - only named mentions: the mention's syntactic head (its first word
//     whose head lies outside the mention) is a PROPN, or a noun with
//     proper nouns hanging from it by flat ("senior researcher Ana Lima",
//     whose name is then those proper nouns);
//   - person → PER, organization → ORG, place → LOC, except that an
//     organization whose identity is a place of the file, or a national
//     team written as its country, is LOC (see gumCountry); the other types
//     (event, abstract, object, time, substance, plant, animal) are left
//     out, as are persons and organisations written as one plural proper
//     noun (NNPS: "Americans", "the Democrats"), which UNER leaves O;
//   - the span is the run of proper nouns around the head, with the link
//     words of names between two of them ("Bank of America", "Procter &
//     Gamble", "Guinea - Bissau"; "and" too unless the head itself is
//     coordinated, as in "Australia and New Zealand"), so "the United States" is "United
//     States" and "Sydney , Australia" is "Sydney";
//   - of that run, only the words whose chain of heads reaches the
//     mention's head without leaving the run ("State" in "Secretary of
//     State Mike Pompeo" hangs from "Secretary" and is left out);
//   - a person's span starts after the last title before the name ("US
//     President Donald Trump" → "Donald Trump"), as untitled does for the
//     tagger's spans, and a person named only by titles ("the President",
//     "Home Secretary") is left out;
//   - names do not nest in UNER: mentions are taken longest first, and a
//     span that overlaps one already taken is dropped ("University of
//     Sydney" keeps "Sydney" out), while spans the trimming freed stay
//     ("US" in "US President Donald Trump" is a LOC of its own).
//
// Tokens are the syntactic words (as UNER EWT's are); sentences keep their
// newdoc, sent_id and text comments. A global.Entity header with no etype
// field, and malformed Entity values (an opening left unclosed at the end
// of its sentence, a closing with no opening, an id without its bracket),
// fail the file with an error naming the line, the word ID and the value
// (mend25: skipping them silently hid a broken file); malformed CoNLL-U
// lines give corpus.ReadCoNLLU's errors.
func ReadGUMEntities(r io.Reader) ([]corpus.IOB2Sentence, error) {
	sents, err := corpus.ReadCoNLLU(r)
	if err != nil {
		return nil, err
	}
	// Two passes: the first collects the identities of the places, so that
	// the second can read a country typed organization as the place.
	mentions := make([][]gumMention, len(sents))
	places := map[string]bool{}
	f, header := gumDefaultFields, false
	for i := range sents {
		if h := sents[i].Comment("global.Entity"); h != "" {
			if f, err = parseGUMHeader(h); err != nil {
				return nil, fmt.Errorf("line %d: %w", gumCommentLine(&sents[i], "global.Entity"), err)
			}
			header = true
		}
		if mentions[i], err = gumMentions(&sents[i], f); err != nil {
			return nil, err
		}
		for _, m := range mentions[i] {
			if m.etype == "place" && m.identity != "" {
				places[m.identity] = true
			}
		}
	}
	if !header {
		return nil, errors.New("no \"# global.Entity\" header: not a CoNLL-U file with GUM entities")
	}
	out := make([]corpus.IOB2Sentence, 0, len(sents))
	for i := range sents {
		if len(sents[i].Words) > 0 {
			out = append(out, gumSentence(&sents[i], mentions[i], places))
		}
	}
	return out, nil
}

// gumFields gives the positions of the fields of an Entity opening that
// the conversion reads, from the global.Entity header.
type gumFields struct {
	n                   int // number of fields
	id, etype, identity int
}

var gumDefaultFields, _ = parseGUMHeader("GRP-etype-infstat-salience-centering-minspan-link-identity")

// parseGUMHeader reads a global.Entity header; one with no etype field
// is an error (no mention could be typed).
func parseGUMHeader(h string) (gumFields, error) {
	names := strings.Split(h, "-")
	f := gumFields{n: len(names), id: 0, etype: -1, identity: -1}
	for i, n := range names {
		switch n {
		case "GRP", "eid":
			f.id = i
		case "etype":
			f.etype = i
		case "identity":
			f.identity = i
		}
	}
	if f.etype < 0 {
		return f, fmt.Errorf("global.Entity = %q has no etype field", h)
	}
	return f, nil
}

// gumCommentLine returns the file line of a sentence's comment of key
// (the comments are the sentence's first lines).
func gumCommentLine(s *corpus.Sentence, key string) int {
	for j, c := range s.Comments {
		if k, _, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == key {
			return s.Line + j
		}
	}
	return s.Line
}

// gumWordLine returns the file line of the sentence's i-th word, as the
// reader recorded it.
func gumWordLine(s *corpus.Sentence, i int) int {
	return s.Words[i].Line
}

// gumMention is one mention over words [start, end) of a sentence.
type gumMention struct {
	start, end int
	etype      string
	identity   string
}

// gumLabels maps GUM entity types to UNER labels.
var gumLabels = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// gumLinks may stand inside a name between two proper nouns.
var gumLinks = map[string]bool{"of": true, "the": true, "&": true, "-": true, "for": true,
	"de": true, "du": true, "del": true, "la": true, "von": true, "van": true, "der": true, "al": true,
	"on": true, "upon": true}

// gumLinksAnd adds "and" to gumLinks, for names whose head is not
// itself coordinated.
var gumLinksAnd = func() map[string]bool {
	m := map[string]bool{"and": true}
	for k, v := range gumLinks {
		m[k] = v
	}
	return m
}()

// gumCoordinated reports whether the mention's head has a conjunct inside
// the mention ("Australia and New Zealand", two names).
func gumCoordinated(s *corpus.Sentence, m gumMention, head int) bool {
	id := s.Words[head].ID
	for i := m.start; i < m.end; i++ {
		if s.Words[i].Head == id && strings.HasPrefix(s.Words[i].Deprel, "conj") {
			return true
		}
	}
	return false
}

// gumPersonLinks may stand inside a person's name ("Wong Mei - ling",
// "Ludwig van Beethoven"); "of" may not ("Ann Lee of the party").
var gumPersonLinks = map[string]bool{"-": true, "de": true, "du": true, "del": true, "da": true,
	"la": true, "von": true, "van": true, "der": true, "al": true, "bin": true, "ibn": true}

// gumSentence converts one GUM sentence (see ReadGUMEntities); places
// holds the identities of the file's place mentions.
func gumSentence(s *corpus.Sentence, ms []gumMention, places map[string]bool) corpus.IOB2Sentence {
	out := corpus.IOB2Sentence{Line: s.Line}
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newdoc") || strings.HasPrefix(c, "sent_id") || strings.HasPrefix(c, "text ") {
			out.Comments = append(out.Comments, c)
		}
	}
	out.Tokens = make([]string, len(s.Words))
	out.Tags = make([]string, len(s.Words))
	for i, w := range s.Words {
		out.Tokens[i] = w.Form
		out.Tags[i] = "O"
	}
	// Longest mentions first, so that a name's span wins over the names
	// nested in it; ties by position.
	slices.SortStableFunc(ms, func(a, b gumMention) int {
		if d := (b.end - b.start) - (a.end - a.start); d != 0 {
			return d
		}
		return a.start - b.start
	})
	taken := make([]bool, len(s.Words))
	for _, m := range ms {
		label := gumLabels[m.etype]
		if label == "" {
			continue
		}
		start, end, ok := gumNameSpan(s, m, label)
		if !ok || slices.Contains(taken[start:end], true) {
			continue
		}
		if label == "ORG" && gumCountry(s, m, start, end, places) {
			label = "LOC"
		}
		for i := start; i < end; i++ {
			taken[i] = true
			out.Tags[i] = "I-" + label
		}
		out.Tags[start] = "B-" + label
	}
	return out
}

// gumCountry reports whether an organization mention names a place, as
// GUM types a country that acts ("South Korea said", identity South_Korea,
// typed place elsewhere in the file) or a national team written as its
// country ("Belgium beat Panama", identity Belgium_national_football_team):
// Universal NER, and the project's news set, mark the country LOC.
func gumCountry(s *corpus.Sentence, m gumMention, start, end int, places map[string]bool) bool {
	if places[m.identity] {
		return true
	}
	country, _, ok := strings.Cut(m.identity, "_national_")
	if !ok || !strings.HasSuffix(m.identity, "_team") {
		return false
	}
	var b strings.Builder
	for i := start; i < end; i++ {
		b.WriteString(gumLetters(s.Words[i].Form))
	}
	return b.String() == gumLetters(country)
}

// gumMentions reads the Entity brackets of a sentence's words. A closing
// "id)" closes the latest open mention of that id. An opening left
// unclosed at the end of the sentence, a closing without an opening and
// an id without its ")" are errors naming the word's line and ID and the
// Entity value.
func gumMentions(s *corpus.Sentence, f gumFields) ([]gumMention, error) {
	type open struct {
		id string
		m  gumMention
		v  string // the Entity value of the opening word
	}
	bad := func(i int, v, what string) error {
		return fmt.Errorf("line %d, word %d: Entity=%s: %s", gumWordLine(s, i), s.Words[i].ID, v, what)
	}
	var stack []open
	var out []gumMention
	for i, w := range s.Words {
		all := gumMisc(w.Misc, "Entity")
		v := all
		for v != "" {
			if v[0] == '(' {
				j := strings.IndexAny(v[1:], "()")
				body := v[1:]
				if j >= 0 {
					body = v[1 : 1+j]
				}
				v = v[1+len(body):]
				parts := strings.SplitN(body, "-", max(f.n, 1))
				m := gumMention{start: i, end: -1}
				if f.etype >= 0 && f.etype < len(parts) {
					m.etype = parts[f.etype]
				}
				if f.identity >= 0 && f.identity < len(parts) && f.identity == f.n-1 {
					m.identity = parts[f.identity]
				}
				id := ""
				if f.id < len(parts) {
					id = parts[f.id]
				}
				if id == "" {
					return nil, bad(i, all, "an opening with no id")
				}
				if f.etype < 0 || f.etype >= len(parts) {
					return nil, bad(i, all, fmt.Sprintf("opening %q has no etype field", body))
				}
				if v != "" && v[0] == ')' { // a one-word mention: (id-…)
					v = v[1:]
					m.end = i + 1
					out = append(out, m)
					continue
				}
				stack = append(stack, open{id, m, all})
				continue
			}
			// "id)": the id runs up to the next bracket.
			j := strings.IndexAny(v, "()")
			if j < 0 {
				return nil, bad(i, all, fmt.Sprintf("%q has no bracket", v))
			}
			id := v[:j]
			if v[j] == '(' {
				return nil, bad(i, all, fmt.Sprintf("id %q without its \")\"", id))
			}
			v = v[j+1:]
			k := len(stack) - 1
			for k >= 0 && stack[k].id != id {
				k--
			}
			if k < 0 {
				return nil, bad(i, all, fmt.Sprintf("closing %q with no opening", id+")"))
			}
			m := stack[k].m
			m.end = i + 1
			out = append(out, m)
			stack = append(stack[:k], stack[k+1:]...)
		}
	}
	if len(stack) > 0 {
		o := stack[0]
		return nil, bad(o.m.start, o.v, fmt.Sprintf("opening of %q never closed in its sentence", o.id))
	}
	return out, nil
}

// gumMisc returns the value of key in a MISC field, or "".
func gumMisc(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}

// gumNameSpan returns the UNER span [start, end) of a named mention, or
// false when the mention is not named.
func gumNameSpan(s *corpus.Sentence, m gumMention, label string) (int, int, bool) {
	if m.start < 0 || m.end > len(s.Words) || m.start >= m.end {
		return 0, 0, false
	}
	index := make(map[int]int, m.end-m.start)
	for i := m.start; i < m.end; i++ {
		index[s.Words[i].ID] = i
	}
	head := -1
	for i := m.start; i < m.end; i++ {
		if _, in := index[s.Words[i].Head]; !in {
			head = i
			break
		}
	}
	if head < 0 {
		return 0, 0, false
	}
	var start, end int
	flatName := false
	if s.Words[head].UPOS == "PROPN" {
		start, end = gumRun(s, m, head, label)
	} else {
		// "senior researcher Ana Lima": GUM hangs the name from the noun by
		// flat; the name is then the run of those proper nouns.
		id := s.Words[head].ID
		flat := func(i int) bool {
			w := &s.Words[i]
			return w.UPOS == "PROPN" && w.Head == id && strings.HasPrefix(w.Deprel, "flat")
		}
		start = m.start
		for start < m.end && !flat(start) {
			start++
		}
		if start == m.end {
			return 0, 0, false
		}
		for end = start + 1; end < m.end && s.Words[end].UPOS == "PROPN" && strings.HasPrefix(s.Words[end].Deprel, "flat"); end++ {
		}
		flatName = true
	}
	if i, j, ok := gumIdentitySpan(s, m, head); ok {
		// The Wikipedia title written out in the mention is the name:
		// "University of Sheffield" in "the University of Sheffield of
		// the UK", "Donald Trump" in "US President Donald Trump".
		start, end, flatName = i, j, true
		if end-start > 1 && s.Words[start].UPOS == "DET" {
			start++ // "The Guardian": UNER leaves the article out
		}
	}
	// Of a person's name, keep the words whose chain of heads reaches the
	// mention's head inside the run: in "Secretary of State Mike Pompeo"
	// the run left of "of" is "State Mike Pompeo", and "State" hangs from
	// "Secretary". Not for organisations and places, whose names GUM may
	// parse across the run ("the University of NSW 's school": "NSW"
	// hangs from "school").
	inRun := func(i int) bool {
		for steps := 0; steps <= end-start; steps++ {
			if i == head {
				return true
			}
			j, ok := index[s.Words[i].Head]
			if !ok || j < start || j >= end {
				return false
			}
			i = j
		}
		return false
	}
	for label == "PER" && !flatName && start < head && !inRun(start) {
		start++
	}
	for label == "PER" && !flatName && end-1 > head && !inRun(end-1) {
		end--
	}
	if end-start == 1 && s.Words[start].XPOS == "NNPS" && label != "LOC" {
		return 0, 0, false // "Americans", "the Democrats", "the Belgians"
	}
	if label == "PER" {
		for i := end - 2; i >= start; i-- {
			if gumTitle(s.Words[i].Form) {
				start = i + 1
				break
			}
		}
		if gumTitle(s.Words[end-1].Form) {
			return 0, 0, false // "the President", "Home Secretary"
		}
	}
	return start, end, true
}

// gumTitle reports whether a word is a title before a person's name: the
// tagger's titles (see untitled) and a few more that GUM's news has, in
// any case ("general Fuad Basya").
func gumTitle(w string) bool {
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	w = string(unicode.ToUpper(r)) + w[n:]
	return titleWord[w] || gumTitles[w]
}

var gumTitles = map[string]bool{"Professor": true, "Emeritus": true, "Sheriff": true, "Doctor": true,
	"Undersecretary": true, "Home": true, "Shadow": true, "Lawmaker": true, "Councillor": true,
	"Councilor": true, "Coach": true, "Manager": true, "Inspector": true, "Detective": true,
	"Superintendent": true, "Constable": true, "Former": true}

// gumIdentitySpan finds the mention's identity (its Wikipedia title,
// "Victoria_%28Australia%29") written out in the mention, letters and
// digits compared without case, spaces or punctuation, and returns the
// shortest such span, preferring one that holds the head.
func gumIdentitySpan(s *corpus.Sentence, m gumMention, head int) (int, int, bool) {
	id := m.identity
	if id == "" || m.end-m.start > 40 {
		return 0, 0, false
	}
	if i := strings.Index(id, "%28"); i > 0 {
		id = id[:i] // a disambiguation in brackets
	}
	key := gumLetters(id)
	if key == "" {
		return 0, 0, false
	}
	bi, bj, found := 0, 0, false
	for i := m.start; i < m.end; i++ {
		var b strings.Builder
		for j := i; j < m.end; j++ {
			b.WriteString(gumLetters(s.Words[j].Form))
			if b.Len() > len(key) {
				break
			}
			if b.String() != key || gumLetters(s.Words[i].Form) == "" || gumLetters(s.Words[j].Form) == "" {
				continue
			}
			better := !found || (i <= head && head <= j && !(bi <= head && head < bj)) || j+1-i < bj-bi
			if better {
				bi, bj, found = i, j+1, true
			}
		}
	}
	return bi, bj, found
}

// gumLetters lowercases the letters and digits of s and drops the rest
// (underscores, spaces, hyphens, %-escapes' digits are kept as written:
// titles escape only brackets, which come after the name).
func gumLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// gumRun returns the run of name words around a mention's head, with up
// to two link words between name words ("Friends of the Northern
// Library").
func gumRun(s *corpus.Sentence, m gumMention, head int, label string) (int, int) {
	links := gumLinks
	if label == "PER" {
		links = gumPersonLinks
	} else if !gumCoordinated(s, m, head) {
		links = gumLinksAnd // "Food Standards of Australia and New Zealand"
	}
	link := func(i int) bool { return links[strings.ToLower(s.Words[i].Form)] }
	start, end := head, head+1
	for start > m.start {
		n := 0
		for n < 2 && start-1-n > m.start && link(start-1-n) {
			n++
		}
		if !gumNameWord(&s.Words[start-1-n]) {
			break
		}
		start -= n + 1
	}
	for end < m.end {
		n := 0
		for n < 2 && end+n+1 < m.end && link(end+n) {
			n++
		}
		if !gumNameWord(&s.Words[end+n]) {
			break
		}
		end += n + 1
	}
	return start, end
}

// gumNameWord reports whether w can be a word of a name: a proper noun,
// or a capitalised adjective, noun or verb ("New York", "United Nations",
// "Grand Mosque", which GUM tags ADJ, VERB, ADJ before the PROPN).
func gumNameWord(w *corpus.Word) bool {
	switch w.UPOS {
	case "PROPN":
		return true
	case "ADJ", "NOUN", "VERB", "X":
		r, _ := utf8.DecodeRuneInString(w.Form)
		return unicode.IsUpper(r)
	}
	return false
}

// GUMFile reports whether path names a GUM CoNLL-U file (by its
// extension), which eval ner and train ner read with ReadGUMEntities.
func GUMFile(path string) bool {
	return strings.HasSuffix(path, ".conllu")
}
