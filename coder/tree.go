package coder

import (
	"slices"
	"sort"
	"strings"

	"sitrep"
	"sitrep/cameo"
)

// sent is one parsed sentence with child lists, for walking the tree.
type sent struct {
	doc      *sitrep.Document
	idx      int
	from, to int     // token range
	children [][]int // by token index - from
	body     int     // the first token after the dateline
	art      *article
	// srcDepth counts the sourceActors calls under way for a sentence
	// coded on its own (maxSourceDepth), and srcCuts the source searches
	// a guard cut short there; an article's sentences count in the
	// article's.
	srcDepth, srcCuts int
	// fix holds arcs of the parse the coder reads otherwise (repair).
	fix map[int]arc
	// txs caches timexes(): nil not yet found.
	txs []*sitrep.Timex
	// txHead caches timexHead() by time expression.
	txHead map[*sitrep.Timex]int
	// lemmas and words cache lemma() and lowerWord() by token index - from
	// ("" not yet asked): the rules ask a token's lemma or word many
	// times, and lowercasing a capitalised one allocates each time.
	lemmas, words []string
	// issuers caches filedIssuer by token index - from (nil until a text
	// noun is asked): the subject walk asks it once per verb and frame.
	issuers []issuerMemo
	// anc numbers the tree for hangsUnder (nil until first asked).
	anc *ancestry
}

// arc is a token's head and full relation.
type arc struct {
	head int
	rel  string
}

func newSent(d *sitrep.Document, s int) *sent {
	from, to := d.SentenceTokens(s)
	st := &sent{doc: d, idx: s, from: from, to: to, children: make([][]int, to-from), body: from}
	if s <= 1 && s == datelineSentence(d) { // only the first two may open with it
		st.body = d.DatelineEnd(from, to)
	}
	st.repair()
	// Every token's children in one array, each list capped at its own
	// length: one allocation instead of one or more per head, the lists
	// the same as appending them one by one.
	count := make([]int, to-from)
	for i := from; i < to; i++ {
		if h := st.head(i); h >= 0 {
			count[h-from]++
		}
	}
	flat := make([]int, 0, to-from)
	for k, n := range count {
		if n > 0 {
			st.children[k] = flat[len(flat) : len(flat) : len(flat)+n]
			flat = flat[:len(flat)+n]
		}
	}
	for i := from; i < to; i++ {
		if h := st.head(i); h >= 0 {
			st.children[h-from] = append(st.children[h-from], i)
		}
	}
	return st
}

// repair rereads a misparse common in news copy: "said on Monday that
// two men had been detained", with the that-clause read as a relative
// clause of the date ("Monday ... that had been detained"). The clause
// is the speech verb's complement and "that" its conjunction, as in
// "said that ... on Monday".
func (s *sent) repair() {
	for i := s.from; i < s.to; i++ {
		t := s.tok(i)
		if t.Deprel != "acl:relcl" || t.UPOS != "VERB" {
			continue
		}
		h := t.Head
		if h < s.from || h >= i || !strings.HasPrefix(s.tok(h).Deprel, "obl") || !s.isTime(h) {
			continue
		}
		v := s.tok(h).Head
		if v < s.from || v >= h || s.tok(v).UPOS != "VERB" || !speechVerbs[s.lemma(v)] {
			continue
		}
		// "that", right after the date's phrase, hung on the clause.
		j := h + 1
		for j < i && s.tok(j).Head == h {
			j++
		}
		if j >= i || s.lemma(j) != "that" || s.tok(j).Head != i {
			continue
		}
		s.setFix(i, arc{v, "ccomp"})
		s.setFix(j, arc{i, "mark"})
	}
	s.repairCommaClauses()
	s.repairApposSubject()
	s.repairSpanSubject()
	s.repairTitleGerund()
	s.repairRelclMain()
	s.repairClaimObject()
	s.repairTornCompound()
}

// rebuttals are the verbs whose object is a claim turned down: "rejected
// the claims", "dismissed the allegation".
var rebuttals = setOf("reject", "dismiss", "deny", "refute")

// repairClaimObject rereads the claim a rebuttal turns down as its
// object where the parse made a clause of it: "rejected U.S. claims that
// the cut was political", with "claims" read as a verb whose subject is
// "U.S.", or "rejected Trump's claim that Christians were killed", with
// "claim" read as the subject of the that-clause. Without it the claim
// is lost and the rebuttal codes a bare rejection (120) instead of a
// denial (016).
func (s *sent) repairClaimObject() {
	for v := s.from; v < s.to; v++ {
		if s.tok(v).UPOS != "VERB" || !rebuttals[s.lemma(v)] || s.hasObj(v) {
			continue
		}
		for c := v + 1; c < s.to; c++ {
			if s.tok(c).Head != v || s.tok(c).Deprel != "ccomp" && s.tok(c).Deprel != "conj" {
				continue
			}
			if s.tok(c).Deprel == "ccomp" && claimNouns[s.lemma(c)] && s.tok(c).XPOS == "VBZ" && s.onlyUnder(v+1, c, c) {
				// "claims" read as the verb of "U.S. claims".
				s.setFix(c, arc{v, "obj"})
				for k := v + 1; k < c; k++ {
					if s.tok(k).Head == c && s.tok(k).Deprel == "nsubj" {
						s.setFix(k, arc{c, "compound"})
					}
				}
				continue
			}
			for n := v + 1; n+1 < c; n++ {
				// "claim" read as the subject of the clause it introduces.
				if s.tok(n).Head == c && strings.HasPrefix(s.tok(n).Deprel, "nsubj") && s.tok(n).UPOS == "NOUN" && claimNouns[s.lemma(n)] &&
					s.lemma(n+1) == "that" && s.tok(n+1).Head == c && s.onlyUnder(v+1, n, n) {
					s.setFix(n, arc{v, "obj"})
					s.setFix(c, arc{n, "acl"})
				}
			}
		}
	}
}

// hasObj reports a direct object on verb v, as parsed.
func (s *sent) hasObj(v int) bool {
	for k := s.from; k < s.to; k++ {
		if s.tok(k).Head == v && s.tok(k).Deprel == "obj" {
			return true
		}
	}
	return false
}

// onlyUnder reports that every token from a up to b (excluded) hangs,
// directly or not, on token h, as parsed: the words before the claim are
// its own modifiers.
func (s *sent) onlyUnder(a, b, h int) bool {
	for k := a; k < b; k++ {
		if !s.parsedUnder(k, h) {
			return false
		}
	}
	return true
}

// parsedUnder reports that token k is h or hangs on it, directly or
// not, as parsed (the repairs not applied: they are being decided).
func (s *sent) parsedUnder(k, h int) bool {
	for steps := 0; k != h && s.inside(k) && steps < 64; steps++ {
		k = s.tok(k).Head
	}
	return k == h
}

// repairRelclMain rereads a main verb the parse swallowed into a
// relative clause on the subject: "Villagers who will lose pasture land
// rallied on Monday", "Students who oppose the new law protested outside
// parliament", parsed with the subject noun as the root, the relative
// clause on it and "rallied"/"protested" hung below the clause's verb
// (xcomp, conj, acl on its object ...). The first finite verb after the
// clause's verb, in its subtree, with no subject, conjunction or marker
// of its own and no "and"/"or" right before it, becomes the root and the
// noun its subject; the clause's obliques and modifiers after that verb
// go with it. Only when the noun heads the sentence (the parse found no
// verb above it), or is the subject of a later verb with "and" before
// it, which then becomes the first verb's conjunct (there a bare past
// participle with an object counts as finite); and only when the clause
// opens with who/which/that as its subject.
func (s *sent) repairRelclMain() {
	for r := s.from; r < s.to; r++ {
		tr := s.tok(r)
		if tr.Deprel != "acl:relcl" || tr.UPOS != "VERB" || !s.inside(tr.Head) {
			continue
		}
		n := tr.Head
		tn := s.tok(n)
		if n >= r || tn.UPOS != "NOUN" && tn.UPOS != "PROPN" {
			continue
		}
		// w is the verb the parse gave the noun as its subject, when
		// it comes after the clause with "and" before it: "Mnangagwa,
		// who is seeking a second term, accused observers of meddling
		// and said ...", where "accused" went under the clause.
		w := -1
		switch {
		case tn.Head < 0 && tn.Deprel == "root":
		case tn.Deprel == "nsubj" && s.inside(tn.Head) && tn.Head > r && s.tok(tn.Head).UPOS == "VERB":
			w = tn.Head
		default:
			continue
		}
		if _, ok := s.fix[n]; ok {
			continue
		}
		rp := false
		for k := n + 1; k < r; k++ {
			if s.tok(k).Head == r && strings.HasPrefix(s.tok(k).Deprel, "nsubj") && relPronouns[s.lemma(k)] {
				rp = true
			}
		}
		if !rp {
			continue
		}
		v := -1
		for k := r + 1; k < s.to; k++ {
			if w >= 0 && k >= w {
				break
			}
			if s.tok(k).UPOS == "VERB" && (s.finite(k) || w >= 0 && s.bareParticiple(k)) && s.parsedUnder(k, r) {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		switch s.tok(v).Deprel {
		case "conj", "ccomp", "parataxis", "obj", "advcl", "xcomp", "acl", "dep":
		default:
			continue
		}
		if u := s.tok(v - 1); u.UPOS == "CCONJ" || u.UPOS == "SCONJ" || relPronouns[s.lemma(v-1)] {
			continue
		}
		own := false
		for k := s.from; k < s.to; k++ {
			if s.tok(k).Head != v {
				continue
			}
			switch d := s.tok(k).Deprel; {
			case strings.HasPrefix(d, "nsubj"), strings.HasPrefix(d, "csubj"), d == "cc", d == "mark", d == "expl":
				own = true
			}
		}
		if own {
			continue
		}
		if w >= 0 {
			and := false
			for k := v + 1; k < w; k++ {
				if s.tok(k).Head == w && s.tok(k).Deprel == "cc" {
					and = true
				}
			}
			if !and {
				continue
			}
			s.setFix(w, arc{v, "conj"})
		}
		s.setFix(v, arc{-1, "root"})
		s.setFix(n, arc{v, "nsubj"})
		for k := v + 1; k < s.to; k++ {
			h := s.tok(k).Head
			if !s.inside(h) || h >= v || h != n && h != r && !s.parsedUnder(h, r) {
				continue
			}
			switch d := s.tok(k).Deprel; {
			case strings.HasPrefix(d, "obl"), d == "advmod", d == "punct" && h == n:
				s.setFix(k, arc{v, d})
			}
		}
	}
}

// bareParticiple reports a past form with no auxiliary and an object
// of its own, the tagger's reading of a past tense ("accused observers").
func (s *sent) bareParticiple(k int) bool {
	if s.tok(k).XPOS != "VBN" {
		return false
	}
	obj := false
	for j := s.from; j < s.to; j++ {
		if s.tok(j).Head != k {
			continue
		}
		switch s.tok(j).Deprel {
		case "aux", "aux:pass":
			return false
		case "obj":
			obj = true
		}
	}
	return obj
}

// finite reports a verb with a tense of its own ("rallied", "protest",
// "protests") or one with a modal ("will march").
func (s *sent) finite(k int) bool {
	switch s.tok(k).XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VB":
		for j := s.from; j < k; j++ {
			if s.tok(j).Head == k && s.tok(j).XPOS == "MD" {
				return true
			}
		}
	}
	return false
}

// titleGerunds are the words that qualify a title by the time its holder
// holds it, which the tagger may read as gerunds: "Acting Prime Minister
// ...", "Outgoing President ...".
var titleGerunds = setOf("acting", "outgoing", "incoming")

// repairTitleGerund rereads "Outgoing President Nana Akufo-Addo
// congratulated him", "Acting Prime Minister Karen Karapetyan agreed to
// ...", which the parse may read as a gerund clause ("Outgoing") taking
// the titled name as its object and standing as the verb's clausal
// subject (or adverbial clause): the name becomes the verb's subject and
// the word its modifier ("Thailand's acting Prime Minister ... signed",
// a possessive on the word going to the name). Only when the title and
// the name follow the word straight, capitalised, and the verb has no
// subject of its own. (With the word read as the root and the verb as
// its parataxis the sentence is left as it is.)
func (s *sent) repairTitleGerund() {
	for g := s.from; g < s.to; g++ {
		tg := s.tok(g)
		if tg.UPOS != "VERB" || tg.XPOS != "VBG" || !titleGerunds[s.lowerWord(g)] {
			continue
		}
		// The name: g's object, after capitalised words only (and the
		// hyphens of names like "Akufo-Addo").
		o := -1
		for k := g + 1; k < s.to; k++ {
			w := s.doc.TokenText(k)
			if w == "-" && k > g+1 {
				continue
			}
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				break
			}
			if s.tok(k).Head == g && s.tok(k).Deprel == "obj" {
				o = k
				break
			}
		}
		if o < 0 || s.tok(o).UPOS != "PROPN" {
			continue
		}
		v := tg.Head
		if tg.Deprel != "csubj" && tg.Deprel != "advcl" || !s.inside(v) || v <= o || s.tok(v).UPOS != "VERB" {
			continue
		}
		own := false
		for k := s.from; k < s.to; k++ {
			if k != o && s.tok(k).Head == v && strings.HasPrefix(s.tok(k).Deprel, "nsubj") {
				own = true
			}
		}
		if own {
			continue
		}
		s.setFix(o, arc{v, "nsubj"})
		s.setFix(g, arc{o, "amod"})
		// "Thailand's": a possessive hung on the word goes to the name.
		for k := s.from; k < g; k++ {
			if s.tok(k).Head == g {
				s.setFix(k, arc{o, s.tok(k).Deprel})
			}
		}
	}
}

// timeSpanNouns are the nouns of a span of time that opens a clause of
// time: "two days after police arrested him".
var timeSpanNouns = setOf("minute", "hour", "day", "week", "month", "year")

// repairSpanSubject rereads "hours after police arrested him", "two days
// after government forces detained a commander", which the parse may
// read with the span of time as the verb's subject and the clause's real
// subject as an oblique of the verb, or a modifier of the span, marked
// by "after": the noun after
// the conjunction becomes the subject (its "after" kept on it, as the
// parse mostly hangs it) and the span an oblique of time. Only when the
// conjunction comes right after the span and the noun right before the
// verb's own words (its modifiers between).
func (s *sent) repairSpanSubject() {
	for t := s.from; t < s.to; t++ {
		tt := s.tok(t)
		if tt.Deprel != "nsubj" || tt.UPOS != "NOUN" || !timeSpanNouns[s.lemma(t)] || !s.inside(tt.Head) {
			continue
		}
		v := tt.Head
		if v <= t || s.tok(v).UPOS != "VERB" || s.tok(v).XPOS != "VBD" && s.tok(v).XPOS != "VBZ" && s.tok(v).XPOS != "VBP" {
			continue
		}
		m := t + 1
		if m >= v || (s.lemma(m) != "after" && s.lemma(m) != "before") || s.tok(m).Deprel != "case" {
			continue
		}
		n := s.tok(m).Head
		if !s.inside(n) || n <= m || n >= v || !(s.tok(n).Head == v && strings.HasPrefix(s.tok(n).Deprel, "obl") || s.tok(n).Head == t && s.tok(n).Deprel == "nmod") {
			continue
		}
		if u := s.tok(n).UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		between := false
		for k := n + 1; k < v; k++ {
			if s.tok(k).Head != v && s.tok(k).Head != n || s.tok(k).UPOS == "VERB" || s.tok(k).UPOS == "PUNCT" {
				between = true
			}
		}
		if between {
			continue
		}
		s.setFix(n, arc{v, "nsubj"})
		s.setFix(t, arc{v, "obl:tmod"})
	}
}

// repairApposSubject rereads a title in apposition to a name as the
// subject ("The EU's foreign policy chief, Josep Borrell, called on
// Iran"), which the parse may hang on the verb as an oblique with the
// name as the subject of the comma after it: the title becomes the
// verb's subject and the name its apposition. Only when the verb has no
// subject of its own.
func (s *sent) repairApposSubject() {
	for n := s.from; n < s.to; n++ {
		tn := s.tok(n)
		if tn.Deprel != "nsubj" || tn.UPOS != "PROPN" || !s.inside(tn.Head) || s.tok(tn.Head).UPOS != "PUNCT" {
			continue
		}
		t := s.tok(tn.Head).Head
		if !s.inside(t) || t >= n || s.tok(t).UPOS != "NOUN" && s.tok(t).UPOS != "PROPN" || !strings.HasPrefix(s.tok(t).Deprel, "obl") {
			continue
		}
		v := s.tok(t).Head
		if !s.inside(v) || v <= n || s.tok(v).UPOS != "VERB" {
			continue
		}
		own := false
		for k := s.from; k < s.to; k++ {
			if k != n && s.tok(k).Head == v && strings.HasPrefix(s.tok(k).Deprel, "nsubj") {
				own = true
			}
		}
		if own {
			continue
		}
		s.setFix(t, arc{v, "nsubj"})
		s.setFix(n, arc{t, "appos"})
	}
}

// repairCommaClauses rehangs a clause the parse hung on a comma
// ("Venezuela suspended the deal on Monday, accusing Guyana of ...",
// "parties, which accuse the president of ..."): a relative or
// participle clause goes to the comma's head, an adverbial clause to the
// first verb above the comma, where its subject is found.
func (s *sent) repairCommaClauses() {
	for i := s.from; i < s.to; i++ {
		t := s.tok(i)
		r := t.Deprel
		if t.UPOS != "VERB" || r != "advcl" && r != "acl" && r != "acl:relcl" || !s.inside(t.Head) || s.tok(t.Head).UPOS != "PUNCT" {
			continue
		}
		h := s.tok(t.Head).Head
		for r == "advcl" && s.inside(h) && s.tok(h).UPOS != "VERB" {
			h = s.tok(h).Head
		}
		if s.inside(h) && h != i {
			s.setFix(i, arc{h, r})
		}
	}
}

func (s *sent) setFix(i int, a arc) {
	if s.fix == nil {
		s.fix = map[int]arc{}
	}
	s.fix[i] = a
}

// deprel is token i's full relation, as repaired.
func (s *sent) deprel(i int) string {
	if f, ok := s.fix[i]; ok {
		return f.rel
	}
	return s.tok(i).Deprel
}

func (s *sent) tok(i int) *sitrep.Token { return &s.doc.Tokens[i] }

// tokensIn returns the stretch [lo, hi) of the sentence's tokens that lie
// inside the byte span [start, end): from the first that starts at or
// after start to the last that ends at or before end. The tokens are in
// text order and do not overlap, so their ends are sorted too and both
// bounds are found by binary search; walking the whole sentence instead,
// over a sentence of thousands of words, for each mention and each
// trigger, took minutes (fuzz28). Empty (lo == hi) when no token lies
// inside.
func (s *sent) tokensIn(start, end int) (lo, hi int) {
	t := s.doc.Tokens[s.from:s.to]
	l := sort.Search(len(t), func(k int) bool { return t[k].Start >= start })
	h := l + sort.Search(len(t)-l, func(k int) bool { return t[l+k].End > end })
	return s.from + l, s.from + h
}

// lastTokIn returns the sentence's last token inside the byte span
// [start, end) (a name's head), or -1 when none lies inside.
func (s *sent) lastTokIn(start, end int) int {
	if lo, hi := s.tokensIn(start, end); lo < hi {
		return hi - 1
	}
	return -1
}

// nominal reports a noun, a name or a pronoun.
func (s *sent) nominal(i int) bool {
	switch s.tok(i).UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

func (s *sent) lemma(i int) string {
	if i < s.from || i >= s.to {
		return lowerLemma(s.doc, i)
	}
	if s.lemmas == nil {
		s.lemmas = make([]string, s.to-s.from)
	}
	l := s.lemmas[i-s.from]
	if l == "" {
		l = lowerLemma(s.doc, i)
		s.lemmas[i-s.from] = l
	}
	return l
}

// lowerWord is strings.ToLower(s.doc.TokenText(i)), each token of the
// sentence lowercased once.
func (s *sent) lowerWord(i int) string {
	if i < s.from || i >= s.to {
		return strings.ToLower(s.doc.TokenText(i))
	}
	if s.words == nil {
		s.words = make([]string, s.to-s.from)
	}
	w := s.words[i-s.from]
	if w == "" {
		w = strings.ToLower(s.doc.TokenText(i))
		s.words[i-s.from] = w
	}
	return w
}

// lowerLemma is token i's lemma, or its word where it has none, in lower case.
func lowerLemma(d *sitrep.Document, i int) string {
	if t := &d.Tokens[i]; t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(d.TokenText(i))
}

func (s *sent) rel(i int) string {
	r := s.deprel(i)
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

func (s *sent) head(i int) int {
	h := s.tok(i).Head
	if f, ok := s.fix[i]; ok {
		h = f.head
	}
	if h < s.from || h >= s.to || h == i || i >= s.body && h < s.body {
		// A word of the story hung on the dateline heads its own tree.
		return -1
	}
	return h
}

func (s *sent) kids(i int) []int { return s.children[i-s.from] }

// inside reports token k within the sentence: a head the parse gave may
// lie outside it (-1 for the root).
func (s *sent) inside(k int) bool { return k >= s.from && k < s.to }

// child returns the first child of i with one of the relations (full
// relation or its universal part).
func (s *sent) child(i int, rels ...string) int {
	for _, c := range s.kids(i) {
		full := s.deprel(c)
		for _, r := range rels {
			if full == r || s.rel(c) == r && !strings.Contains(r, ":") {
				return c
			}
		}
	}
	return -1
}

// childLemma reports whether i's first child with relation rel (matched
// as child matches it) has lemma l: "no" as the determiner of an object,
// "since" as the conjunction of a clause.
func (s *sent) childLemma(i int, rel, l string) bool {
	c := s.child(i, rel)
	return c >= 0 && s.lemma(c) == l
}

// hasKid reports any child of i with relation rel (its base, as rel
// gives it) and one of the lemmas: "which" among the subjects, "will"
// among the auxiliaries.
func (s *sent) hasKid(i int, rel string, lemmas ...string) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == rel && slices.Contains(lemmas, s.lemma(c)) {
			return true
		}
	}
	return false
}

// caseOf returns the preposition of an oblique or nominal modifier.
func (s *sent) caseOf(i int) string {
	for _, c := range s.kids(i) {
		if s.rel(c) == "case" {
			return s.lemma(c)
		}
	}
	return s.caseInsideName(i)
}

// conjuncts returns i and the tokens coordinated with it.
func (s *sent) conjuncts(i int) []int {
	out := s.chain(i)
	if h := s.head(i); h >= 0 && s.caseOf(i) != "" {
		// "from Argentina, Chile, Peru, the Dominican Republic and
		// Uruguay" with "the Dominican Republic" hung on the verb as a
		// second oblique without a preposition: the list goes on after
		// a comma.
		last := out[len(out)-1]
		for _, c := range s.kids(h) {
			if c > last && s.rel(c) == s.rel(i) && s.caseOf(c) == "" && s.tok(c).UPOS == "PROPN" {
				// A single name before it needs an "and" after it ("from
				// South Korea, the United States and Japan"): "from Seoul,
				// the capital" is an apposition.
				rest := s.chain(c)
				if lo, _ := s.span(c); s.lemma(last+1) == "," && s.tok(last+1).End <= lo && (len(out) > 1 || len(rest) > 1) {
					out = append(out, rest...)
				} else if last+1 < c && s.rel(last+1) == "cc" && s.head(last+1) == c {
					// "called on the United States and the European
					// Union to ...": the second name hung on the verb
					// as a bare oblique, with the "and" its own.
					out = append(out, rest...)
				}
				break
			}
		}
	}
	return out
}

// chain returns i and the tokens coordinated with it in the parse.
func (s *sent) chain(i int) []int {
	out := []int{i}
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "conj":
			// "Saudi Arabia, Egypt and Qatar": the parser often hangs
			// each conjunct on the one before it, so the chain is
			// followed to its end.
			if s.appositive(i, c) {
				continue
			}
			out = append(out, s.chain(c)...)
		case "flat":
			// "Rwandan President Paul Kagame and Congolese President
			// Felix Tshisekedi": the second name is often hung on a
			// part of the first.
			for _, g := range s.kids(c) {
				if s.rel(g) == "conj" {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

// clauseBoundary reports relations that start a clause of their own: what
// lies below them belongs to another predicate.
func clauseBoundary(rel string) bool {
	switch rel {
	case "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "conj", "list", "appos":
		return true
	}
	return false
}

// span returns the byte span of i's subtree, skipping clauses, relative
// clauses and punctuation, so that an argument's span is its phrase.
func (s *sent) span(i int) (int, int) {
	start, end := s.tok(i).Start, s.tok(i).End
	var walk func(j int)
	walk = func(j int) {
		for _, c := range s.kids(j) {
			r := s.rel(c)
			if r == "punct" || clauseBoundary(r) || r == "cc" {
				continue
			}
			t := s.tok(c)
			start, end = min(start, t.Start), max(end, t.End)
			walk(c)
		}
	}
	walk(i)
	return start, end
}

// inClause reports whether token j lies in the clause headed by i: on
// the path from j up to i no clause boundary is crossed.
func (s *sent) inClause(j, i int) bool {
	for k := j; k >= 0; k = s.head(k) {
		if k == i {
			return true
		}
		if clauseBoundary(s.rel(k)) {
			return false
		}
	}
	return false
}

// infinitive reports a clause introduced by "to" ("called on Rwanda to
// withdraw").
func (s *sent) infinitive(k int) bool {
	m := s.child(k, "mark")
	return m >= 0 && s.lemma(m) == "to" && m < k
}

// toComplement reports k the infinitive complement of its head: an xcomp,
// or an infinitive the parse hung on it as a clause of its own ("declined
// at first to criticise", "the refusal to condemn").
func (s *sent) toComplement(k int) bool {
	r := s.rel(k)
	return r == "xcomp" || (r == "advcl" || r == "acl") && s.infinitive(k)
}

// datedInfinitive reports an infinitive c of trigger i with only a time
// oblique of i between them ("threatened on Monday to ban imports",
// "refused on Friday to resign"): the parse reads such a complement as an
// adverbial clause.
func (s *sent) datedInfinitive(i, c int) bool {
	m := s.child(c, "mark")
	if c < i || m <= i+1 || !s.infinitive(c) {
		return false
	}
	for _, tx := range s.timexes() {
		o := s.timexHead(tx)
		if o > i && o < m && s.head(o) == i && s.rel(o) == "obl" {
			if lo, hi := s.subtree(o); lo == i+1 && hi == m-1 {
				return true
			}
		}
	}
	return false
}

// nextInfinitive returns the first infinitive verb after trigger i,
// when only its arguments stand between them ("called on Rwanda to
// withdraw", however parsed), else -1.
func (s *sent) nextInfinitive(i int) int {
	for k := i + 1; k < s.to && k < i+12; k++ {
		t := s.tok(k)
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			if s.infinitive(k) {
				return k
			}
			return -1
		}
		if s.rel(k) == "punct" && s.lemma(k) != "," || s.rel(k) == "mark" && s.lemma(k) != "to" {
			return -1
		}
	}
	return -1
}

// consume marks k and what it coordinates (all of its subtree when deep)
// as coding no event of its own.
func (s *sent) consume(consumed map[int]bool, k int, deep bool) {
	consumed[k] = true
	for _, c := range s.kids(k) {
		if deep || s.rel(c) == "conj" {
			s.consume(consumed, c, deep)
		}
	}
}

// consumeBefore marks k and all its dependents before end as consumed;
// with zeroRelative off, all of them (the answer to an accusation that
// ends it, "..., a charge the ministry rejected", is its own act).
func (s *sent) consumeBefore(consumed map[int]bool, k, end int) {
	if !zeroRelative {
		s.consume(consumed, k, true)
		return
	}
	if k < end {
		consumed[k] = true
	}
	for _, c := range s.kids(k) {
		s.consumeBefore(consumed, c, end)
	}
}

// newClause reports a clause of its own after conjunction k: a finite
// verb within a few words whose subject stands between the two ("..., and
// India's foreign secretary paid a visit").
func (s *sent) newClause(k int) bool {
	for v := k + 1; v < s.to && v < k+9; v++ {
		if x := s.tok(v).XPOS; x == "VBD" || x == "VBZ" || x == "VBP" {
			sb := s.child(v, "nsubj")
			return sb > k && sb < v
		}
	}
	return false
}

// consumeAccusation marks the words of an accusation's "of" phrase
// ("accused Rwanda on Sunday of sending troops to help the rebels
// encircle Sake"), read off the word order since the parse often hangs
// the phrase on the wrong word: from "of" to the end of the clause (a
// finite verb after "and" or a comma, a trailing "a claim ...", or a
// semicolon or full stop). It returns where the phrase ends.
func (s *sent) consumeAccusation(consumed map[int]bool, i int) int {
	k := i + 1
	for ; k < s.to && k < i+10; k++ {
		if s.lemma(k) == "of" {
			break
		}
		if t := s.tok(k); t.UPOS == "VERB" || t.UPOS == "AUX" || s.rel(k) == "punct" && s.lemma(k) != "," {
			return s.answerAfter(i)
		}
	}
	if k >= s.to || k >= i+10 {
		return s.answerAfter(i)
	}
	for k++; k < s.to; k++ {
		t := s.tok(k)
		if s.rel(k) == "punct" && (s.lemma(k) == ";" || s.lemma(k) == ".") {
			return k
		}
		if x := t.XPOS; (x == "VBD" || x == "VBZ" || x == "VBP") && (s.lemma(k-1) == "and" || s.lemma(k-1) == ",") {
			return k
		}
		if s.lemma(k) == "and" && s.lemma(k-1) == "," && s.newClause(k) {
			return k // "..., and India's foreign secretary paid a visit"
		}
		if s.lemma(k) == "," && k+2 < s.to && s.tok(k+1).UPOS == "DET" && claimNouns[s.lemma(k+2)] {
			return k // "..., a charge Asmara rejected"
		}
		if whichDenial && s.lemma(k) == "," && s.deniedWhich(k) {
			return k // "..., which the militias denied"
		}
		consumed[k] = true
	}
	return s.to
}

// answerAfter returns where an accusation told with no "of" phrase
// ends, so that the answer after it is coded ("blamed the opposition for
// fuelling hatred, an accusation opposition leaders rejected", "blamed
// the militias; Kataib Hezbollah denied any involvement"): a semicolon,
// the comma before a claim noun, or the comma before ", which" and a
// denial; else the sentence's end.
func (s *sent) answerAfter(i int) int {
	if !answerApart {
		return s.to
	}
	for k := i + 1; k+2 < s.to; k++ {
		if s.lemma(k) == ";" {
			return k
		}
		if s.lemma(k) == "," && s.tok(k+1).UPOS == "DET" && claimNouns[s.lemma(k+2)] {
			return k
		}
		if whichDenial && s.lemma(k) == "," && s.deniedWhich(k) {
			return k
		}
	}
	return s.to
}

// answerApart switches answerAfter (merge19; tests turn it off).
var answerApart = true

// definite reports a noun with "the" or a demonstrative and no
// possessor: a thing already mentioned ("the talks").
func (s *sent) definite(i int) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == "det" && definiteDets[s.lemma(c)] {
			return true
		}
	}
	return false
}

// definiteDets are the determiners of a thing already mentioned.
var definiteDets = setOf("the", "this", "these", "those", "that")

// governingVerb returns the verb a noun is an argument or modifier of,
// climbing through nouns, else -1.
func (s *sent) governingVerb(i int) int {
	for k, steps := s.head(i), 0; k >= 0 && steps < 4; k, steps = s.head(k), steps+1 {
		if s.tok(k).UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// demandVerbs are what "must" demands of a party, by CAMEO code: stopping
// the fight (1056), letting people go (1053), anything else (100).
var demandVerbs = map[string]string{"stop": "1056", "halt": "1056", "cease": "1056", "end": "1056", "withdraw": "1056",
	"disband": "1056", "leave": "1056", "disarm": "1056", "release": "1053", "free": "1053"}

// mustDemands codes "Cambodia must stop firing first", said by a Thai
// leader, as his demand of Cambodia: a "must" clause whose subject is an
// actor other than the speaker's. The demanded act is not coded.
func (s *sent) mustDemands(consumed map[int]bool) []sitrep.Event {
	var out []sitrep.Event
	d := s.doc
	for v := s.from; v < s.to; v++ {
		if s.tok(v).UPOS != "VERB" {
			continue
		}
		if !s.hasKid(v, "aux", "must") {
			continue
		}
		subj := s.frame(v).subj
		if subj < 0 {
			continue
		}
		tgt := s.actorAt(subj)
		sp := s.speakerMention(v)
		if tgt == nil || sp == nil || actorKey(tgt) == "" || actorKey(sp) == "" || actorKey(tgt) == actorKey(sp) {
			continue
		}
		code := "100"
		if c, ok := demandVerbs[s.lemma(v)]; ok {
			code = c
		}
		cm, _ := cameo.Lookup(code)
		s.consume(consumed, v, true)
		date, prec := s.date(v, sitrep.StatusOccurred)
		out = append(out, sitrep.Event{Sentence: s.idx, Trigger: d.MakeSpan(d.Tokens[v].Start, d.Tokens[v].End),
			Source: eventActor(sp), Target: eventActor(tgt), CAMEO: cm.Code, PLOVER: cm.PLOVER, Mode: cm.Mode, Context: cm.Context,
			Goldstein: cm.Goldstein, Quad: cm.Quad, Status: sitrep.StatusOccurred, Date: date, DatePrecision: prec,
			Quote: quoteAt(d, d.Tokens[v].Start), Rule: "must: demand", Mentions: 1})
	}
	return out
}

// speakerMention returns the actor mention of whoever says token i: the
// speaker of the quote it is in, else the subject of the speech verb
// governing it.
func (s *sent) speakerMention(i int) *sitrep.ActorMention {
	d := s.doc
	if q := quoteAt(d, d.Tokens[i].Start); q != nil {
		if sp := d.Quotes[*q].SpeakerResolved; sp != nil && sp.Actor != "" {
			var best *sitrep.ActorMention
			for j := range d.Actors {
				m := &d.Actors[j]
				if m.Code == sp.Actor && (best == nil || abs(m.Start-d.Tokens[i].Start) < abs(best.Start-d.Tokens[i].Start)) {
					best = m
				}
			}
			if best != nil {
				return best
			}
		}
	}
	return s.speakerOf(i)
}

// lemmaIn reports whether token i's lemma, or for a word the lemmatiser
// left inflected its regular stem, is in set.
func (s *sent) lemmaIn(set map[string]bool, i int) bool {
	return set[s.lemma(i)] || set[s.stem(i)]
}

// headOrModifierIn reports a noun k whose own lemma is in heads, or one
// of whose amod or compound children is in mods ("rebels", "rebel
// positions"; "minister", "chief executive").
func (s *sent) headOrModifierIn(k int, heads, mods map[string]bool) bool {
	if s.lemmaIn(heads, k) {
		return true
	}
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "amod" || r == "compound") && s.lemmaIn(mods, c) {
			return true
		}
	}
	return false
}

// endsInS reports a word written with a final s, read off the surface
// text: a plural the tagger or lemmatiser may have missed ("talks",
// "the three countries").
func (s *sent) endsInS(i int) bool {
	return strings.HasSuffix(s.lowerWord(i), "s")
}

// stem returns the base form of an inflected verb read off its surface
// text, for when the lemmatiser errs ("severed" lemmatised as "severe"):
// the regular endings -ed, -ing, -s taken off, with a dropped e or a
// doubled consonant restored or undone. It is consulted only when the
// lemma has no lexicon entry, and returns "" for a word that is not
// regularly inflected.
func (s *sent) stem(i int) string {
	return stemOf(s.doc.TokenText(i))
}

// stemOf is stem for a word's written form.
func stemOf(form string) string {
	w := strings.ToLower(form)
	var base string
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ies") && len(w) > 5 && iesPlurals:
		// "supplies", "parties": the tagger leaves some plurals in -ies
		// as their own lemma (a plurale tantum), so the frame's "supply"
		// never matched.
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		base = w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		base = w[:len(w)-3]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return strings.TrimSuffix(w, "s")
	default:
		return ""
	}
	if n := len(base); n > 2 && base[n-1] == base[n-2] && !strings.ContainsRune("aeiouls", rune(base[n-1])) {
		// "stopped", "shutting"
		return base[:n-1]
	}
	return base
}

// appositive reports a "conjunct" c of i that is an apposition the
// parse read as a list: a common noun with a possessor, between commas,
// with no "and" or "or" in the list ("The United States, the
// Philippines' treaty ally, urged both sides").
func (s *sent) appositive(i, c int) bool {
	if s.tok(c).UPOS != "NOUN" || s.child(c, "nmod:poss") < 0 || c-1 <= i {
		return false
	}
	if s.child(c, "cc") >= 0 {
		return false
	}
	for _, g := range s.kids(c) {
		if s.rel(g) == "conj" {
			return false
		}
	}
	lo, hi := s.subtree(c)
	for lo < c && s.tok(lo).UPOS == "PUNCT" {
		lo++
	}
	for hi > c && s.tok(hi).UPOS == "PUNCT" {
		hi--
	}
	return lo > s.from && s.lemma(lo-1) == "," && hi+1 < s.to && s.lemma(hi+1) == ","
}

// commaBetween reports a comma between tokens j and k (j before k).
func (s *sent) commaBetween(j, k int) bool {
	for x := j + 1; x < k; x++ {
		if s.lemma(x) == "," {
			return true
		}
	}
	return false
}

// whichDenial switches off the ninth session's ", which X denied" ending
// of an accusation (for its tests).
var whichDenial = true

// deniedWhich reports a comma k that opens a relative clause denying what
// the clause before asserts: ", which the militias denied", ", which both
// countries deny" — "which" right after the comma, as the object of a
// denial verb a few words on whose subject stands between them. Not
// "reject" or "dismiss": ", which Serbia rejected" after a demand turns
// the demand down.
func (s *sent) deniedWhich(k int) bool {
	if k+1 >= s.to || s.lemma(k+1) != "which" {
		return false
	}
	for v := k + 2; v < s.to && v <= k+8; v++ {
		if s.rel(v) == "punct" {
			return false
		}
		if s.tok(v).UPOS == "VERB" {
			sb := s.child(v, "nsubj")
			return whichDenyVerbs[s.lemma(v)] && sb > k+1 && sb < v
		}
	}
	return false
}

// whichDenyVerbs deny a claim told before ", which".
var whichDenyVerbs = setOf("deny", "refute", "rebut")
