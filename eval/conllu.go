package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"sitrep"
	"sitrep/corpus"
)

// CoNLLU holds word-level counts in the manner of the CoNLL 2018 shared
// task's scorer, for gold tokenization: the system's words are the gold
// words, so every metric is an accuracy over words.
type CoNLLU struct {
	Words  int
	UPOS   int
	XPOS   int
	UFeats int
	Lemma  int
	UAS    int
	LAS    int
}

// universalFeatures are the features the CoNLL 2018 scorer compares; the
// others (language-specific, e.g. English ExtPos) are ignored.
var universalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true,
	"Abbr": true, "Gender": true, "Animacy": true, "Number": true, "Case": true,
	"Definite": true, "Degree": true, "VerbForm": true, "Mood": true, "Tense": true,
	"Aspect": true, "Voice": true, "Evident": true, "Polarity": true, "Person": true,
	"Polite": true,
}

// Add scores one predicted word against its gold word. Heads are compared
// as given (indexes in a shared numbering, -1 or 0 for the root), so the
// caller must number both alike.
func (c *CoNLLU) Add(gold, pred ScoredWord) {
	c.Words++
	if gold.UPOS == pred.UPOS {
		c.UPOS++
	}
	if gold.XPOS == pred.XPOS {
		c.XPOS++
	}
	if universalFeats(gold.Feats) == universalFeats(pred.Feats) {
		c.UFeats++
	}
	// As in the 2018 scorer, a word whose gold lemma is unknown ("_")
	// counts as right whatever the system says.
	if gold.Lemma == pred.Lemma || gold.Lemma == "_" {
		c.Lemma++
	}
	if gold.Head == pred.Head {
		c.UAS++
		if universalDeprel(gold.Deprel) == universalDeprel(pred.Deprel) {
			c.LAS++
		}
	}
}

// ScoredWord is what the scorer compares of a word. Empty strings and "_"
// are the same value.
type ScoredWord struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Deprel                         string
}

func universalFeats(feats string) string {
	if feats == "" || feats == "_" {
		return ""
	}
	var keep []string
	for _, kv := range strings.Split(feats, "|") {
		k, _, _ := strings.Cut(kv, "=")
		if universalFeatures[k] {
			keep = append(keep, kv)
		}
	}
	sort.Strings(keep)
	return strings.Join(keep, "|")
}

// universalDeprel drops a relation's subtype: nmod:poss scores as nmod.
func universalDeprel(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func pctOf(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(a) / float64(n)
}

// Accuracies in percent.
func (c CoNLLU) UPOSAcc() float64   { return pctOf(c.UPOS, c.Words) }
func (c CoNLLU) XPOSAcc() float64   { return pctOf(c.XPOS, c.Words) }
func (c CoNLLU) UFeatsAcc() float64 { return pctOf(c.UFeats, c.Words) }
func (c CoNLLU) LemmaAcc() float64  { return pctOf(c.Lemma, c.Words) }
func (c CoNLLU) UASAcc() float64    { return pctOf(c.UAS, c.Words) }
func (c CoNLLU) LASAcc() float64    { return pctOf(c.LAS, c.Words) }

// Metrics selects which figures Report prints.
type Metrics struct {
	Tags, Lemmas, Deps bool
}

// Report writes the figures selected by m as a small table.
func (c CoNLLU) Report(w io.Writer, m Metrics) {
	fmt.Fprintf(w, "%-8s %8s\n", "Metric", "Accuracy")
	fmt.Fprintf(w, "%-8s %8d\n", "Words", c.Words)
	row := func(name string, v float64) { fmt.Fprintf(w, "%-8s %8.2f\n", name, v) }
	if m.Tags {
		row("UPOS", c.UPOSAcc())
		row("XPOS", c.XPOSAcc())
		row("UFeats", c.UFeatsAcc())
	}
	if m.Lemmas {
		row("LEMMA", c.LemmaAcc())
	}
	if m.Deps {
		row("UAS", c.UASAcc())
		row("LAS", c.LASAcc())
	}
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// CompareCoNLLU scores predicted sentences against gold ones. Both must have
// the same words (gold tokenization); a mismatch is an error that names the
// lines. Every gold word must have its HEAD and DEPREL (CheckGoldDeps): a
// "_" on both sides would otherwise count as a right attachment. A
// prediction's "_" is a wrong one.
func CompareCoNLLU(gold, pred []corpus.Sentence) (CoNLLU, error) {
	var c CoNLLU
	if err := CheckGoldDeps(gold); err != nil {
		return c, err
	}
	if len(gold) != len(pred) {
		return c, fmt.Errorf("gold has %d sentences, prediction %d: tokenization must be the gold one", len(gold), len(pred))
	}
	for i := range gold {
		g, p := &gold[i], &pred[i]
		if len(g.Words) != len(p.Words) {
			return c, fmt.Errorf("sentence at gold line %d has %d words, prediction (line %d) has %d", g.Line, len(g.Words), p.Line, len(p.Words))
		}
		for k := range g.Words {
			gw, pw := &g.Words[k], &p.Words[k]
			if gw.Form != pw.Form {
				return c, fmt.Errorf("gold line %d word %d is %q, prediction (line %d) has %q", g.Line, k+1, gw.Form, p.Line, pw.Form)
			}
			c.Add(wordOf(gw), wordOf(pw))
		}
	}
	return c, nil
}

// CheckGoldDeps refuses gold sentences with a word whose HEAD or DEPREL
// is "_" when dependencies are to be scored: such a word would score as
// right against a prediction with no head, or (read into a document,
// where "_" and the root are both no head) against one attached to the
// root.
func CheckGoldDeps(gold []corpus.Sentence) error {
	for i := range gold {
		for k := range gold[i].Words {
			if w := &gold[i].Words[k]; w.Head < 0 || blank(w.Deprel) == "" {
				return fmt.Errorf("gold line %d: HEAD or DEPREL is \"_\": dependencies cannot be scored against it", w.Line)
			}
		}
	}
	return nil
}

func wordOf(w *corpus.Word) ScoredWord {
	return ScoredWord{Form: w.Form, Lemma: w.Lemma, UPOS: blank(w.UPOS), XPOS: blank(w.XPOS), Feats: w.Feats, Head: w.Head, Deprel: blank(w.Deprel)}
}

// CompareDocuments scores annotated documents against gold documents made
// from the same CoNLL-U (so with the same tokens). Heads are token indexes,
// -1 for the root, in both.
func CompareDocuments(gold, pred []*sitrep.Document) (CoNLLU, error) {
	var c CoNLLU
	if len(gold) != len(pred) {
		return c, fmt.Errorf("%d gold documents, %d predicted", len(gold), len(pred))
	}
	for d := range gold {
		g, p := gold[d], pred[d]
		if len(g.Tokens) != len(p.Tokens) {
			return c, fmt.Errorf("document %q: %d gold tokens, %d predicted", g.ID, len(g.Tokens), len(p.Tokens))
		}
		for i := range g.Tokens {
			c.Add(tokenWord(g, i), tokenWord(p, i))
		}
	}
	return c, nil
}

func tokenWord(d *sitrep.Document, i int) ScoredWord {
	t := &d.Tokens[i]
	lemma := t.Lemma
	if lemma == "" {
		lemma = "_"
	}
	head := t.Head
	if t.Deprel == "" {
		head = -2 // no parse: never equal to a gold head
	}
	return ScoredWord{Form: d.TokenText(i), Lemma: lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Head: head, Deprel: t.Deprel}
}
