// Package ner finds named entities (PER, ORG, LOC, as in Universal NER)
// in tokenised text. An averaged perceptron, trained as a structured
// perceptron, scores BILOU classes; a Viterbi search over first-order
// transitions (a beam of the best few previous classes, invalid
// transitions excluded) picks each sentence's tags. Features read the
// words, their shapes, the rest of the article, and tables learnt at
// training time that the model file carries, so that inference reads
// nothing else: a gazetteer of places, nationalities, organisations and
// given names, case statistics and word classes from unlabeled news.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/internal/modelio"
	"sitrep/internal/perceptron"
	"sitrep/models"
	"sitrep/nlp"
)

var _ nlp.Component = (*Recognizer)(nil)

// ModelFile is the name of the embedded model.
const ModelFile = "ner.gz"

const magic = "sitrep-ner-2"

// Recognizer is the NER component. It is read-only once loaded, so one
// value serves any number of goroutines.
type Recognizer struct {
	model *perceptron.Model   // while training; nil once frozen
	comp  *perceptron.Compact // the shipped weights
	dense *perceptron.Dense   // the same, laid out for decode (freeze)
	gaz   *Gazetteer
	pool  sync.Pool // *scratch
	// trans[p+1][c] is the weight of the bare transition p → c, looked up
	// once at load rather than for every token; nil while training.
	trans *[nClasses + 1][nClasses]float32
}

type scratch struct {
	s      sentence
	feats  []uint64
	scores []float32
	trans  [beamWidth][nClasses]float32 // scores after each class of prevs
	ends   []int                        // ends of the lists in feats
	sums   []int32                      // their integer sums (scoreLists)
	words  []string                     // an article's words, then their lowercase (Process)
	dc     docContext                   // the article's context (Process)
	delta  []float32                    // best path score per token and class
	back   []int                        // the previous class on that path
	cls    []int
	prevs  []int
}

// Mention is an entity over the tokens [Start, End) of a sentence.
type Mention struct {
	Start, End int
	Label      string
}

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the embedded model, read once per process.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		f, err := models.Open(ModelFile)
		if err != nil {
			loadErr = err
			return
		}
		defer f.Close()
		loaded, loadErr = Read(f)
	})
	return loaded, loadErr
}

func newRecognizer(m *perceptron.Model, g *Gazetteer) *Recognizer {
	r := &Recognizer{model: m, gaz: g}
	if g.words == nil {
		g.index()
	}
	r.pool.New = func() any {
		return &scratch{scores: make([]float32, nClasses), sums: make([]int32, (beamWidth+1)*nClasses)}
	}
	return r
}

// freeze makes a trained model read-only: the averaged weights go into a
// compact table (open addressing rather than a Go map: map look-ups were
// most of the tagging time) and the transition weights are tabulated.
func (r *Recognizer) freeze() error {
	if r.model != nil {
		c, err := r.model.Compact(0)
		if err != nil {
			return err
		}
		r.comp, r.model = c, nil
	}
	r.dense = r.comp.Dense()
	var t [nClasses + 1][nClasses]float32
	for p := -1; p < nClasses; p++ {
		r.comp.Scores([]uint64{perceptron.AddInt(perceptron.Start(fP1), p)}, t[p+1][:])
	}
	r.trans = &t
	return nil
}

// scoreLists scores one token: sc.feats holds its static features, then
// its transition features after each class of prevs, list k ending at
// sc.ends[k]. The static scores go into sc.scores, those after prevs[k]
// into sc.trans[k], with the tabulated weight of the bare transition
// added first. The frozen model scores all the lists in one lookup pass
// (perceptron.Dense.SumGroups), with the same floats as one
// Compact.Scores call per list.
func (r *Recognizer) scoreLists(sc *scratch, prevs []int) {
	static := sc.scores
	clear(static)
	if r.comp == nil {
		r.model.Scores(sc.feats[:sc.ends[0]], static)
		for k := range prevs {
			t := sc.trans[k][:]
			clear(t)
			r.model.Scores(sc.feats[sc.ends[k]:sc.ends[k+1]], t)
		}
		return
	}
	sums := sc.sums[:len(sc.ends)*nClasses]
	clear(sums)
	r.dense.SumGroups(sc.feats, sc.ends, sums)
	r.dense.AddSums(sums[:nClasses], static)
	for k, p := range prevs {
		t := sc.trans[k][:]
		copy(t, r.trans[p+1][:])
		r.dense.AddSums(sums[(k+1)*nClasses:(k+2)*nClasses], t)
	}
}

// Name implements nlp.Component.
func (r *Recognizer) Name() string { return "ner" }

// Needs implements nlp.Component.
func (r *Recognizer) Needs() sitrep.Layer { return sitrep.LayerSentences | sitrep.LayerTokens }

// Fills implements nlp.Component.
func (r *Recognizer) Fills() sitrep.Layer { return sitrep.LayerEntities }

// Process replaces doc's entities by those found sentence by sentence,
// then by the other mentions in the article of the names found (see
// propagate). Each entity runs from its first token's start to its last
// token's end.
func (r *Recognizer) Process(doc *sitrep.Document) error {
	doc.Entities = doc.Entities[:0]
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	// The words, their lowercase and the article's context live in the
	// scratch, reused from one article to the next.
	sc.words = grow(sc.words, 2*len(doc.Tokens))
	words, lower := sc.words[:len(doc.Tokens)], sc.words[len(doc.Tokens):]
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		// A token with a Form of its own still needs its span in the
		// text: the entities are cut from the text by those offsets.
		if t.Start < 0 || t.End > len(doc.Text) || t.Start > t.End {
			return fmt.Errorf("token %d: span [%d, %d) outside the text", i, t.Start, t.End)
		}
		words[i] = doc.TokenText(i)
		lower[i] = strings.ToLower(words[i])
	}
	dc := &sc.dc
	dc.reset()
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		if from < 0 || to > len(doc.Tokens) || from > to {
			return fmt.Errorf("sentence %d: token range [%d, %d) outside the %d tokens", si, from, to, len(doc.Tokens))
		}
		dc.addSentence(words[from:to], lower[from:to])
	}
	var spans []tokenSpan
	sents := make([][2]int, 0, len(doc.Sentences))
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		if from == to {
			continue
		}
		sents = append(sents, [2]int{from, to})
		cls := r.decode(sc, words[from:to], lower[from:to], dc, nil)
		place := r.datelinePlace(doc, words, from, to)
		if place > from {
			spans = append(spans, tokenSpan{from, place, typeIndex("LOC")})
		}
		agency := datelineAgency(doc, words, from, to)
		if agency.end > agency.start {
			spans = append(spans, agency)
		}
		for _, sp := range spansOf(cls) {
			sp.start, sp.end = from+sp.start, from+sp.end
			if sp.start < place || sp.start < agency.end && sp.end > agency.start {
				continue
			}
			if sp.typ == typeIndex("PER") {
				sp.start = untitled(words, sp.start, sp.end)
			}
			spans = append(spans, sp)
		}
	}
	// The dateline's agency is added before the tagger's spans of its
	// sentence ("LONDON , England ( AP )"): restore text order, which
	// joinHyphenated and the entity layer need.
	slices.SortStableFunc(spans, func(a, b tokenSpan) int { return a.start - b.start })
	spans = joinHyphenated(doc, words, spans)
	spans = propagate(words, sents, spans, r.gaz.capitalised)
	for _, sp := range spans {
		start, end := doc.Tokens[sp.start].Start, doc.Tokens[sp.end-1].End
		if end < start {
			continue
		}
		doc.Entities = append(doc.Entities, sitrep.Entity{Span: doc.MakeSpan(start, end), Label: types[sp.typ]})
	}
	return nil
}

// datelinePlace returns the end of the place that opens the dateline of
// the sentence [from, to) ("BRUSSELS - ...", "NEW YORK , May 2 ( AP ) -"),
// or from when there is none or the gazetteer does not know it as a place.
// The tagger, trained on web text without datelines, sometimes takes a
// place in capitals next to an organisation for one.
func (r *Recognizer) datelinePlace(doc *sitrep.Document, words []string, from, to int) int {
	if doc.DatelineEnd(from, to) == from {
		return from
	}
	k := from
	for ; k < to; k++ {
		w := words[k]
		if w == "," || w == "(" {
			break
		}
		// A hyphen inside the name ("PORT-AU-PRINCE") touches both
		// neighbours; the dash after it does not.
		if isDashWord(w) && !(k > from && k+1 < to && doc.Tokens[k].Start == doc.Tokens[k-1].End && doc.Tokens[k+1].Start == doc.Tokens[k].End) {
			break
		}
	}
	if k == from || !r.gaz.place(words[from:k], placeCats) {
		return from
	}
	return k
}

// joinHyphenated makes one person of a double-barrelled name the tagger
// split at its hyphen ("Philippe Ould - Abbas", "Kim Hong - kyun"): two
// PER spans with only a hyphen written against both between them, when
// the first has a given name and a surname and the second is one word, or
// the second goes on in lowercase ("Dan-el Padilla Peralta"). Two names each of one word ("the
// Putin-Xi summit") stay two people, and so do two full names ("the
// Hillary Clinton-Donald Trump debate") and names joined by an en dash,
// which pairs them. spans are in text order.
func joinHyphenated(doc *sitrep.Document, words []string, spans []tokenSpan) []tokenSpan {
	per := typeIndex("PER")
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			h := prev.end
			if prev.typ == per && sp.typ == per && sp.start == h+1 && words[h] == "-" &&
				doc.Tokens[h].Start == doc.Tokens[h-1].End && doc.Tokens[h+1].Start == doc.Tokens[h].End &&
				(prev.end-prev.start > 1 && sp.end-sp.start == 1 || !isCapitalised(words[sp.start])) {
				prev.end = sp.end
				continue
			}
		}
		out = append(out, sp)
	}
	// A Korean given name in two parts goes on in lowercase after the
	// hyphen ("Yoon Suk - yeol", "Moon Jae - in"), a part the tagger
	// leaves out; not an English word joined to a name ("Obama - era").
	for k := range out {
		sp := &out[k]
		h := sp.end
		if sp.typ == per && sp.end-sp.start == 2 && h+1 < len(words) && words[h] == "-" &&
			doc.Tokens[h].Start == doc.Tokens[h-1].End && doc.Tokens[h+1].Start == doc.Tokens[h].End &&
			syllable(words[h+1]) && (k+1 == len(out) || out[k+1].start > h+1) {
			sp.end = h + 2
		}
	}
	return out
}

// syllable reports a short lowercase word that is no English word a
// name takes after a hyphen ("-era", "-led", "-style").
func syllable(w string) bool {
	if len(w) > 5 || w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "era", "led", "style", "based", "born", "run", "owned", "type", "like", "free", "elect", "aged", "made", "year", "day", "ish", "esque",
		"lite", "light", "ism", "isms", "ist", "ists", "ite", "ites", "less", "gate", "fest", "proof", "phile", "phobe", "speak", "mania", "ness", "wing", "bot", "bots":
		return false
	}
	return true
}

// datelineAgency returns the news agency named in brackets in the
// dateline of the sentence [from, to) ("NEW YORK , May 2 ( AP ) -"), as an
// ORG span, or an empty span. Wire copy names its agency there, and the
// tagger, trained on web text, has never seen the pattern.
func datelineAgency(doc *sitrep.Document, words []string, from, to int) tokenSpan {
	end := doc.DatelineEnd(from, to)
	for k := from; k < end; k++ {
		if words[k] != "(" {
			continue
		}
		j := k + 1
		for j < end && words[j] != ")" && isCapitalised(words[j]) {
			j++
		}
		if j > k+1 && j < end && words[j] == ")" && !monthWord(words[k+1]) {
			return tokenSpan{k + 1, j, typeIndex("ORG")}
		}
		break
	}
	return tokenSpan{}
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func monthWord(w string) bool {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december":
		return true
	}
	return false
}

// untitled returns where a person's name in words[start:end] begins once
// the titles before it are left out ("President Tayyip Erdogan", "Mayor
// Ekrem Imamoglu"): Universal NER leaves titles out of the span, and the
// tagger, trained on web text, often takes them in. At least one word is
// always kept.
func untitled(words []string, start, end int) int {
	for start < end-1 && titleWord[words[start]] {
		start++
	}
	return start
}

var titleWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(titles) {
		m[w] = true
	}
	// Religious honorifics and a few others stay in the span: the UNER
	// training data takes them in ("Sheikh …", "Mullah …") more often
	// than not, where it leaves "Mr." and "President" out 207 times to 0.
	for _, w := range strings.Fields("Sheikh Shaikh Mullah Ayatollah Imam Pope Saint St. Capt. Captain") {
		delete(m, w)
	}
	return m
}()

func isDashWord(w string) bool { return w == "-" || w == "--" || w == "—" || w == "–" }

// Recognize tags one sentence of words that stands alone, without the
// help of the rest of its article.
func (r *Recognizer) Recognize(words []string) []Mention {
	if len(words) == 0 {
		return nil
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	cls := r.decode(sc, words, nil, nil, nil)
	var out []Mention
	for _, sp := range spansOf(cls) {
		out = append(out, Mention{Start: sp.start, End: sp.end, Label: types[sp.typ]})
	}
	return out
}

// decode finds the best class sequence by Viterbi search over first-order
// transitions, with invalid transitions excluded. With gold classes given
// it is also a training step (Collins' structured perceptron): where the
// best path differs from the gold one, the gold path's features gain and
// the predicted path's lose.
func (r *Recognizer) decode(sc *scratch, words, lower []string, doc *docContext, gold []int) []int {
	s := &sc.s
	s.reset(words, lower, r.gaz, doc)
	n := len(words)
	sc.delta = growF(sc.delta, n*nClasses)
	sc.back = growI(sc.back, n*nClasses)
	static := sc.scores
	neg := float32(math.Inf(-1))
	for i := 0; i < n; i++ {
		last := i == n-1
		row := sc.delta[i*nClasses : (i+1)*nClasses]
		brow := sc.back[i*nClasses : (i+1)*nClasses]
		for c := range row {
			row[c], brow[c] = neg, -1
		}
		prevs := sc.prevs[:0]
		if i == 0 {
			prevs = append(prevs, -1)
		} else {
			prevs = topClasses(sc.delta[(i-1)*nClasses:i*nClasses], prevs)
		}
		sc.prevs = prevs // kept for the next token: no allocation per token
		// The token's static features, then its transition features for
		// each previous class, scored in one call (scoreLists).
		sc.feats = staticFeatures(s, i, sc.feats[:0])
		sc.ends = append(sc.ends[:0], len(sc.feats))
		for _, p := range prevs {
			sc.feats = transFeatures(s, i, p, r.trans == nil, sc.feats)
			sc.ends = append(sc.ends, len(sc.feats))
		}
		r.scoreLists(sc, prevs)
		ok := &allowedAfter[0]
		if last {
			ok = &allowedAfter[1]
		}
		for k, p := range prevs {
			base := float32(0)
			if p >= 0 {
				base = sc.delta[(i-1)*nClasses+p]
			}
			t := &sc.trans[k]
			okp := &ok[p+1]
			for c := 0; c < nClasses; c++ {
				if !okp[c] {
					continue
				}
				v := base + static[c] + t[c]
				if v > row[c] {
					row[c], brow[c] = v, p
				}
			}
		}
	}
	if cap(sc.cls) < n {
		sc.cls = make([]int, n)
	}
	cls := sc.cls[:n]
	bc, bv := 0, neg
	for c, v := range sc.delta[(n-1)*nClasses : n*nClasses] {
		if v > bv {
			bc, bv = c, v
		}
	}
	for i := n - 1; i >= 0; i-- {
		cls[i] = bc
		bc = sc.back[i*nClasses+bc]
	}
	if gold != nil {
		r.update(sc, gold, cls)
	}
	return cls
}

// beamWidth is how many classes of the previous token the search extends,
// in training and tagging alike: scoring every transition costs a few
// feature look-ups per class. 8 against 4 gained 1.1 points of 5-fold
// cross-validated F1 (dev: -0.3, within its noise) for ~20 % more time;
// the full 13 gained less.
const beamWidth = 8

// topClasses appends the (at most beamWidth) classes of row with the
// highest finite scores, best first.
func topClasses(row []float32, out []int) []int {
	neg := float32(math.Inf(-1))
	for c, v := range row {
		if v == neg {
			continue
		}
		j := len(out)
		if j == beamWidth {
			if v <= row[out[j-1]] {
				continue
			}
			j--
		} else {
			out = append(out, c)
		}
		for j > 0 && v > row[out[j-1]] {
			out[j] = out[j-1]
			j--
		}
		out[j] = c
	}
	return out
}

// update moves weight from the predicted path to the gold one.
func (r *Recognizer) update(sc *scratch, gold, pred []int) {
	s := &sc.s
	for i := range gold {
		gp, pp := -1, -1
		if i > 0 {
			gp, pp = gold[i-1], pred[i-1]
		}
		if gold[i] != pred[i] {
			sc.feats = staticFeatures(s, i, sc.feats[:0])
			r.model.Update(sc.feats, gold[i], pred[i], 1)
		}
		if gold[i] != pred[i] || gp != pp {
			sc.feats = transFeatures(s, i, gp, true, sc.feats[:0])
			r.model.Update(sc.feats, gold[i], -1, 1)
			sc.feats = transFeatures(s, i, pp, true, sc.feats[:0])
			r.model.Update(sc.feats, pred[i], -1, -1)
		}
		r.model.Tick()
	}
}

func growF(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func growI(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// Write stores the model and its gazetteer.
func (r *Recognizer) Write(w io.Writer) error {
	if r.comp == nil {
		return errors.New("ner: only a trained model can be written")
	}
	var pm bytes.Buffer
	if err := r.comp.Encode(&pm, featureVersion); err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	modelio.WriteString32(bw, magic)
	modelio.WriteString32(bw, featureVersion)
	if err := r.gaz.write(bw); err != nil {
		return err
	}
	binary.Write(bw, binary.LittleEndian, uint32(pm.Len()))
	bw.Write(pm.Bytes())
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(rd io.Reader) (*Recognizer, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	br := bufio.NewReader(zr)
	if m, err := modelio.ReadString32(br, 1<<16); err != nil || m != magic {
		return nil, errors.New("ner: not an NER model file")
	}
	fv, err := modelio.ReadString32(br, 1<<16)
	if err != nil {
		return nil, errors.New("ner: truncated model header")
	}
	if fv != featureVersion {
		return nil, fmt.Errorf("ner: model has features %q, code expects %q: retrain it", fv, featureVersion)
	}
	g, err := readGazetteer(br)
	if err != nil {
		return nil, fmt.Errorf("ner: gazetteer: %w", err)
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("ner: truncated model: %w", err)
	}
	c, err := perceptron.DecodeCompact(bufio.NewReader(io.LimitReader(br, int64(n))), featureVersion)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if c.NClasses != nClasses {
		return nil, fmt.Errorf("ner: model has %d classes, code expects %d: retrain it", c.NClasses, nClasses)
	}
	r := newRecognizer(nil, g)
	r.comp = c
	if err := r.freeze(); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return r, nil
}

// Pruned returns a recogniser without the feature rows whose weights all
// lie below minWeight in absolute value: smaller and faster, for a little
// accuracy.
func (r *Recognizer) Pruned(minWeight float32) (*Recognizer, error) {
	if r.comp == nil {
		return nil, errors.New("ner: only a trained model can be pruned")
	}
	p := newRecognizer(nil, r.gaz)
	p.comp = r.comp.Pruned(minWeight)
	if err := p.freeze(); err != nil {
		return nil, err
	}
	return p, nil
}

// Features returns how many feature rows the model has.
func (r *Recognizer) Features() int {
	if r.comp == nil {
		return r.model.Features()
	}
	return r.comp.Features()
}
