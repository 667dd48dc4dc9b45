package coder

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/cameo"
	"sitrep/internal/modelio"
	"sitrep/internal/perceptron"
)

// The learned trigger model (docs/events.md, "Sixth session: a learned
// trigger model"): where the
// hand rules code nothing for a verb, noun or predicate adjective, an
// averaged perceptron trained on the gold events of the tuning sets says
// which CAMEO root, if any, the word tells. The rules always win: the
// model is asked only about words no lexicon entry matched and no rule
// consumed, and its events never replace a rule's.

// triggerFeatureVersion names the feature set; a model trained on another
// is refused.
const triggerFeatureVersion = "triggers-1"

const triggerMagic = "sitrep-triggers-1"

// nRoots is the number of classes: 0 is no event, 1..20 the CAMEO roots.
const nRoots = 21

// TriggerModel scores the candidate words of a sentence.
type TriggerModel struct {
	w *perceptron.Compact
	// Codes[r] is the most frequent code of root r in training, the code
	// a model event gets ("" for class 0).
	Codes [nRoots]string
	// Threshold is how far the best root must score above every other
	// class, no event included, for the model to code it.
	Threshold float32
	entries   [nRoots]*Entry
}

// TriggerCandidate is a word the model may be asked about, with its
// features; for training.
type TriggerCandidate struct {
	Token int
	Feats []uint64
}

// TriggerExample is a candidate with its gold class (0: no event).
type TriggerExample struct {
	Feats []uint64
	Root  int
}

// TrainTriggers trains a model on examples: iters passes in an order
// shuffled by seed, then averaged and pruned. codes gives each root's
// code (see RootCodes).
func TrainTriggers(ex []TriggerExample, codes [nRoots]string, iters int, seed uint64, threshold float32) (*TriggerModel, error) {
	m := perceptron.New(nRoots)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7269676765727331))
	scores := make([]float32, nRoots)
	for range iters {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			clear(scores)
			m.Scores(ex[k].Feats, scores)
			m.Update(ex[k].Feats, ex[k].Root, perceptron.Best(scores, nil), 1)
			m.Tick()
		}
	}
	m.Average()
	w, err := m.Compact(0.01)
	if err != nil {
		return nil, err
	}
	tm := &TriggerModel{w: w, Codes: codes, Threshold: threshold}
	return tm, tm.init()
}

// RootCodes returns, for each root, the code most frequent among codes
// (ties to the smaller code); a root never seen gets its own root code.
func RootCodes(codes []string) [nRoots]string {
	var out [nRoots]string
	n := map[string]int{}
	for _, c := range codes {
		if _, ok := cameo.Lookup(c); ok && len(c) >= 2 {
			n[c]++
		}
	}
	keys := slices.Sorted(maps.Keys(n))
	best := map[int]int{}
	for _, c := range keys {
		r, _ := strconv.Atoi(c[:2])
		if r < 1 || r >= nRoots {
			continue
		}
		if n[c] > best[r] {
			out[r], best[r] = c, n[c]
		}
	}
	for r := 1; r < nRoots; r++ {
		if out[r] == "" {
			out[r] = fmt.Sprintf("%02d0", r)
		}
	}
	return out
}

func (m *TriggerModel) init() error {
	for r := 1; r < nRoots; r++ {
		c := m.Codes[r]
		if _, ok := cameo.Lookup(c); !ok || c[:2] != fmt.Sprintf("%02d", r) {
			return fmt.Errorf("trigger model: root %02d has code %q", r, c)
		}
		// The generic frame: the target is whatever the verb acts on or
		// towards.
		m.entries[r] = &Entry{Lemma: "(model)", Targets: []string{"obj", "iobj", "with", "against", "on", "to", "at"}, Code: c, Name: "model:" + c[:2]}
	}
	return nil
}

// Write writes the model, gzip-compressed; the same model gives the same
// bytes.
func (m *TriggerModel) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	modelio.WriteString32(bw, triggerMagic)
	modelio.WriteStr(bw, strconv.FormatFloat(float64(m.Threshold), 'g', -1, 32))
	for r := 1; r < nRoots; r++ {
		modelio.WriteStr(bw, m.Codes[r])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := m.w.Encode(zw, triggerFeatureVersion); err != nil {
		return err
	}
	return zw.Close()
}

// ReadTriggerModel loads a model written by Write.
func ReadTriggerModel(r io.Reader) (*TriggerModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("trigger model: not a gzip stream: %w", err)
	}
	br := bufio.NewReader(zr)
	if mg, err := modelio.ReadString32(br, 64); err != nil || mg != triggerMagic {
		return nil, errors.New("trigger model: not a trigger model file")
	}
	d := &modelio.Reader{R: br}
	m := &TriggerModel{}
	th, err := strconv.ParseFloat(d.Str(), 32)
	if d.Err != nil || err != nil {
		return nil, errors.New("trigger model: bad header")
	}
	m.Threshold = float32(th)
	for r := 1; r < nRoots; r++ {
		m.Codes[r] = d.Str()
	}
	if d.Err != nil {
		return nil, fmt.Errorf("trigger model: truncated header: %v", d.Err)
	}
	if m.w, err = perceptron.DecodeCompact(br, triggerFeatureVersion); err != nil {
		return nil, fmt.Errorf("trigger model: %w", err)
	}
	if m.w.NClasses != nRoots {
		return nil, fmt.Errorf("trigger model: %d classes, want %d", m.w.NClasses, nRoots)
	}
	return m, m.init()
}

// Features returns how many feature rows the model keeps.
func (m *TriggerModel) Features() int { return m.w.Features() }

// predict returns the root the model codes for feats, or 0: the best
// scoring root, if it scores at least threshold above every other class
// (no event included; a negative threshold lets a root a little below no
// event through).
func (m *TriggerModel) predict(feats []uint64, threshold float32) int {
	scores := make([]float32, nRoots)
	m.w.Scores(feats, scores)
	best := perceptron.Best(scores, func(c int) bool { return c > 0 })
	second := float32(-1e30)
	for c, v := range scores {
		if c != best && v > second {
			second = v
		}
	}
	if best <= 0 || scores[best]-second < threshold {
		return 0
	}
	return best
}

// modelCandidates returns the words of s the model may code: verbs, nouns
// and predicate adjectives that no rule matched (ruled) or consumed, in a
// sentence with a coded actor.
func (s *sent) modelCandidates(ruled, consumed map[int]bool) []int {
	actor := false
	for i := range s.doc.Actors {
		m := &s.doc.Actors[i]
		if actorKey(m) != "" && m.Start >= s.doc.Tokens[s.from].Start && m.Start < s.doc.Tokens[s.to-1].End {
			actor = true
			break
		}
	}
	if !actor {
		return nil
	}
	var out []int
	for i := max(s.from, s.body); i < s.to; i++ {
		if ruled[i] || consumed[i] {
			continue
		}
		switch s.tok(i).UPOS {
		case "VERB", "NOUN":
		case "ADJ":
			if s.child(i, "cop") < 0 && s.rel(i) != "xcomp" {
				continue
			}
		default:
			continue
		}
		out = append(out, i)
	}
	return out
}

// Feature templates.
const (
	ftBias = iota + 1
	ftLemma
	ftPOS
	ftLemmaObj
	ftObj
	ftLemmaPrep
	ftLemmaPrepNoun
	ftPrepNoun
	ftLemmaXcomp
	ftXcomp
	ftPrt
	ftRel
	ftLemmaRel
	ftHeadRel
	ftNeg
	ftModal
	ftPassive
	ftSubjActor
	ftObjActor
	ftLemmaSubjActor
	ftLemmaObjActor
	ftPrepActor
	ftLemmaPrepActor
	ftQuote
	ftCompound
	ftLemmaCompound
	ftCcomp
	ftSubj
	ftLemmaSubj
	ftCountries
	ftLexRoot
	ftLexRootPOS
	ftObjLexRoot
	ftLexRootObjLexRoot
	ftXcompLexRoot
	ftOblLexRoot
	ftHeadLexRoot
)

// lexRoots returns the CAMEO roots of the lexicon's entries for word i
// of any part of speech, whatever their frames: what the lexicon knows a
// word can tell, though no frame of it fits here.
func (s *sent) lexRoots(lx *Lexicon, i int, nounFirst bool) []string {
	l := s.lemma(i)
	var es []*Entry
	if nounFirst {
		es = append(append(es, lx.nouns[l]...), lx.verbs[l]...)
	} else {
		es = append(append(es, lx.verbs[l]...), lx.nouns[l]...)
	}
	es = append(es, lx.adjs[l]...)
	var out []string
	for _, e := range es {
		r := e.Code[:2]
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
}

// triggerFeats is the one feature function of training and inference.
func (s *sent) triggerFeats(lx *Lexicon, i int) []uint64 {
	a := s.frame(i)
	lem := s.lemma(i)
	pos := s.tok(i).UPOS
	var fs []uint64
	f := func(t uint64, parts ...string) {
		h := perceptron.Start(t)
		for _, p := range parts {
			h = perceptron.Add(h, p)
		}
		fs = append(fs, h)
	}
	sector := func(k int) string {
		if k < 0 {
			return "-"
		}
		m := s.actorAt(k)
		if actorKey(m) == "" {
			return "none"
		}
		if m.Sector == "" {
			return "actor"
		}
		return m.Sector
	}
	f(ftBias)
	f(ftLemma, lem, pos)
	f(ftPOS, pos)
	f(ftRel, s.deprel(i))
	f(ftLemmaRel, lem, s.deprel(i))
	if h := s.head(i); h >= 0 {
		f(ftHeadRel, s.lemma(h), s.rel(i))
	}
	if a.obj >= 0 {
		f(ftLemmaObj, lem, s.lemma(a.obj))
		f(ftObj, s.lemma(a.obj))
		f(ftObjActor, sector(a.obj))
		f(ftLemmaObjActor, lem, yes(sector(a.obj) != "none"))
	}
	if sb := s.subjectWord(a); sb >= 0 {
		f(ftSubj, s.lemma(sb))
		f(ftLemmaSubj, lem, s.lemma(sb))
		f(ftSubjActor, sector(sb))
		f(ftLemmaSubjActor, lem, yes(sector(sb) != "none"))
	} else {
		f(ftSubjActor, "-")
	}
	preps := make([]string, 0, len(a.obl))
	for p := range a.obl {
		preps = append(preps, p)
	}
	sort.Strings(preps)
	for _, p := range preps {
		f(ftLemmaPrep, lem, p)
		for _, n := range a.obl[p] {
			f(ftLemmaPrepNoun, lem, p, s.lemma(n))
			f(ftPrepNoun, p, s.lemma(n))
			act := yes(sector(n) != "none")
			f(ftPrepActor, p, act)
			f(ftLemmaPrepActor, lem, p, act)
		}
	}
	if a.xcomp >= 0 {
		f(ftLemmaXcomp, lem, s.lemma(a.xcomp))
		f(ftXcomp, s.lemma(a.xcomp))
	}
	if a.ccomp >= 0 {
		f(ftCcomp, lem)
	}
	if a.prt != "" {
		f(ftPrt, lem, a.prt)
	}
	if a.passive {
		f(ftPassive, lem)
	}
	if s.negatedVerb(i) {
		f(ftNeg)
	}
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "aux":
			if l := s.lemma(c); l != "be" && l != "have" && l != "do" {
				f(ftModal, l)
			}
		case "compound", "amod":
			f(ftCompound, s.lemma(c))
			f(ftLemmaCompound, lem, s.lemma(c))
		}
	}
	if quoteAt(s.doc, s.tok(i).Start) != nil {
		f(ftQuote)
	}
	countries := map[string]bool{}
	for k := range s.doc.Actors {
		m := &s.doc.Actors[k]
		if key := actorKey(m); key != "" && m.Start >= s.doc.Tokens[s.from].Start && m.Start < s.doc.Tokens[s.to-1].End {
			countries[key] = true
		}
	}
	f(ftCountries, strconv.Itoa(min(len(countries), 3)))
	own := s.lexRoots(lx, i, pos == "NOUN")
	for _, r := range own {
		f(ftLexRoot, r)
		f(ftLexRootPOS, r, pos)
	}
	if a.obj >= 0 {
		for _, r := range s.lexRoots(lx, a.obj, true) {
			f(ftObjLexRoot, r)
			for _, r0 := range own {
				f(ftLexRootObjLexRoot, r0, r)
			}
		}
	}
	if a.xcomp >= 0 {
		for _, r := range s.lexRoots(lx, a.xcomp, false) {
			f(ftXcompLexRoot, r)
		}
	}
	for _, p := range preps {
		for _, n := range a.obl[p] {
			for _, r := range s.lexRoots(lx, n, true) {
				f(ftOblLexRoot, p, r)
			}
		}
	}
	if h := s.head(i); h >= 0 {
		for _, r := range s.lexRoots(lx, h, false) {
			f(ftHeadLexRoot, r, s.rel(i))
		}
	}
	return fs
}

// modelEvents codes the candidates the model picks, after the rules'
// events of the sentence (seen holds their source>target>root keys, and a
// model event repeating one is dropped).
func (c *Coder) modelEvents(s *sent, ruled, consumed map[int]bool, seen map[string]bool) []sitrep.Event {
	var out []sitrep.Event
	for _, i := range s.modelCandidates(ruled, consumed) {
		feats := s.triggerFeats(c.lex, i)
		if c.collect != nil {
			*c.collect = append(*c.collect, TriggerCandidate{Token: i, Feats: feats})
		}
		if c.model == nil {
			continue
		}
		r := c.model.predict(feats, c.threshold)
		if r == 0 {
			continue
		}
		cd := candidate{trig: i, entry: c.model.entries[r], args: s.frame(i)}
		for _, ev := range c.build(s, cd) {
			key := eventKey(&ev)
			src, tgt, _ := strings.Cut(key, "\x00")
			tgt, _, _ = strings.Cut(tgt, "\x00")
			k2 := src + ">" + tgt + ">" + ev.CAMEO[:2]
			if seen[k2] {
				continue
			}
			seen[k2] = true
			ev.Rule = "model:" + ev.CAMEO[:2]
			out = append(out, ev)
		}
	}
	return out
}

// dropRepeats removes the model's events whose source, target and root
// a rule's event of the article has: the rules win.
func dropRepeats(evs []sitrep.Event) []sitrep.Event {
	key := func(e *sitrep.Event) string {
		return eventActorKey(e.Source) + ">" + eventActorKey(e.Target) + ">" + e.CAMEO[:2]
	}
	ruled := map[string]bool{}
	for i := range evs {
		if !strings.HasPrefix(evs[i].Rule, "model:") {
			ruled[key(&evs[i])] = true
		}
	}
	out := evs[:0]
	for _, e := range evs {
		if strings.HasPrefix(e.Rule, "model:") && ruled[key(&e)] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Candidates runs the rules on d (filling d.Events with their events
// alone) and returns the words the model would be asked about, with their
// features, for training.
func (c *Coder) Candidates(d *sitrep.Document) ([]TriggerCandidate, error) {
	var got []TriggerCandidate
	cc := *c
	cc.model, cc.collect = nil, &got
	err := cc.Process(d)
	return got, err
}

// TriggerOccurrences returns the byte offsets in text of every
// occurrence of phrase (lowercase), ignoring case where folding keeps the
// text's byte length (else matching the text as is, so that offsets stay
// true).
func TriggerOccurrences(text, phrase string) []int {
	if phrase == "" {
		return nil
	}
	low := strings.ToLower(text)
	if len(low) != len(text) {
		low = text
	}
	var out []int
	for from := 0; ; {
		k := strings.Index(low[from:], phrase)
		if k < 0 {
			return out
		}
		out = append(out, from+k)
		from += k + 1
	}
}

// AlignTrigger returns the token a gold event's trigger phrase is told
// by, or -1: the occurrence of the phrase in a sentence naming actors of
// the event's source and target countries (the most of them, else the
// first occurrence), and in it the first verb, else the phrase's head.
func AlignTrigger(d *sitrep.Document, trigger, source, target string) int {
	trigger = strings.ToLower(strings.TrimSpace(trigger))
	bestStart, bestScore := -1, -1
	for _, start := range TriggerOccurrences(d.Text, trigger) {
		sc := 0
		si := sentenceAt(d, start)
		if si >= 0 {
			lo, hi := d.Sentences[si].Start, d.Sentences[si].End
			for _, want := range []string{source, target} {
				if len(want) < 3 || want == "-" {
					continue
				}
				for j := range d.Actors {
					m := &d.Actors[j]
					if m.Start >= lo && m.Start < hi && (m.Country == want[:3] || strings.HasPrefix(m.Code, want)) {
						sc++
						break
					}
				}
			}
		}
		if sc > bestScore {
			bestStart, bestScore = start, sc
		}
	}
	if bestStart < 0 {
		return -1
	}
	end := bestStart + len(trigger)
	var span []int
	for i, t := range d.Tokens {
		if t.Start < end && t.End > bestStart {
			span = append(span, i)
		}
	}
	in := func(h int) bool { return len(span) > 0 && h >= span[0] && h <= span[len(span)-1] }
	for _, i := range span {
		if d.Tokens[i].UPOS == "VERB" {
			return i
		}
	}
	for _, i := range span {
		if !in(d.Tokens[i].Head) {
			return i
		}
	}
	if len(span) > 0 {
		return span[0]
	}
	return -1
}

func sentenceAt(d *sitrep.Document, off int) int {
	for i, s := range d.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

func yes(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// WithModel makes the coder ask m where the rules code nothing, at m's
// threshold; nil turns the model off.
func (c *Coder) WithModel(m *TriggerModel) *Coder {
	c.model = m
	if m != nil {
		c.threshold = m.Threshold
	}
	return c
}

// WithThreshold overrides the model's threshold.
func (c *Coder) WithThreshold(t float32) *Coder {
	c.threshold = t
	return c
}
