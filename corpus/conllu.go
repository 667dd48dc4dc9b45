// Package corpus reads the gold-standard formats the project trains and
// measures on (CoNLL-U, IOB2, TimeML, brat) and writes CoNLL-U.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"sitrep"
)

// Word is one syntactic word of a CoNLL-U sentence.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, as in the file
	Deprel string
	Deps   string
	Misc   string
	Line   int // the file line of the word (ReadCoNLLU)
}

// MultiWord is a multi-word token line (e.g. 1-2 don't).
type MultiWord struct {
	First, Last int // word IDs, inclusive
	Form        string
	Misc        string
}

// EmptyNode is an empty node line of the enhanced graph (e.g. 4.1), kept
// as it stands, after the first After words.
type EmptyNode struct {
	After int
	Line  string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Line     int      // line number of the sentence's first line
	Comments []string // comment lines without the leading "# "
	Words    []Word
	Multi    []MultiWord
	Empty    []EmptyNode
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// MiscHas reports whether a MISC field holds key=value.
func MiscHas(misc, key, value string) bool {
	for _, kv := range strings.Split(misc, "|") {
		if kv == key+"="+value {
			return true
		}
	}
	return false
}

// columns names the ten CoNLL-U fields, for errors.
var columns = [10]string{"ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"}

// ReadCoNLLU reads every sentence. Errors name the line. A block of
// comments alone (a "# newdoc" set apart by a blank line) is no sentence:
// its comments go to the next one.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var cur, pending *Sentence
	line := 0
	flush := func() error {
		switch {
		case cur == nil:
		case len(cur.Words) > 0:
			if err := checkSentence(cur); err != nil {
				return err
			}
			out = append(out, *cur)
		case len(cur.Multi) > 0 || len(cur.Empty) > 0:
			return fmt.Errorf("sentence at line %d: token ranges or empty nodes but no words", cur.Line)
		default:
			pending = cur
		}
		cur = nil
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			if err := flush(); err != nil {
				return out, err
			}
			continue
		}
		if cur == nil {
			cur = &Sentence{Line: line}
			if pending != nil {
				cur.Line, cur.Comments, pending = pending.Line, pending.Comments, nil
			}
		}
		if strings.HasPrefix(text, "#") {
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("line %d: want 10 tab-separated fields, got %d", line, len(f))
		}
		// No field may be empty ("_" stands for none): an empty FORM would
		// be a token without text, written back as "_".
		if k := slices.Index(f, ""); k >= 0 {
			return out, fmt.Errorf("line %d: empty %s field (\"_\" for none)", line, columns[k])
		}
		id := f[0]
		if strings.Contains(id, ".") {
			// An empty node of the enhanced graph: nothing reads it, but a
			// writer gives it back where it stood.
			cur.Empty = append(cur.Empty, EmptyNode{After: len(cur.Words), Line: text})
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return out, fmt.Errorf("line %d: bad token range %q", line, id)
			}
			// A range comes just before the words it covers.
			if next := len(cur.Words) + 1; first != next {
				return out, fmt.Errorf("line %d: token range %q does not start at the next word, %d", line, id, next)
			}
			cur.Multi = append(cur.Multi, MultiWord{First: first, Last: last, Form: f[1], Misc: f[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return out, fmt.Errorf("line %d: bad ID %q", line, id)
		}
		// Heads are read by position (Documents), so IDs must count
		// 1, 2, 3… in file order.
		if want := len(cur.Words) + 1; n != want {
			return out, fmt.Errorf("line %d: word ID %d, want %d (IDs count from 1 in order)", line, n, want)
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
				return out, fmt.Errorf("line %d: bad HEAD %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9], Line: line})
	}
	if err := flush(); err != nil {
		return out, err
	}
	return out, sc.Err()
}

// checkSentence refuses what can only be judged once the sentence's words
// are all read: a head past the last word, a token range past it.
func checkSentence(s *Sentence) error {
	n := len(s.Words)
	for _, w := range s.Words {
		if w.Head > n {
			return fmt.Errorf("line %d: HEAD %d, but the sentence has %d words", w.Line, w.Head, n)
		}
	}
	for i, m := range s.Multi {
		if m.Last > n {
			return fmt.Errorf("sentence at line %d: token range %d-%d, but the sentence has %d words", s.Line, m.First, m.Last, n)
		}
		if i > 0 && m.First <= s.Multi[i-1].Last {
			return fmt.Errorf("sentence at line %d: token ranges %d-%d and %d-%d overlap", s.Line, s.Multi[i-1].First, s.Multi[i-1].Last, m.First, m.Last)
		}
	}
	return nil
}

// Documents groups sentences into documents at "# newdoc" comments (all
// sentences form one document when there are none) and rebuilds each
// document's text from the word forms: tokens are joined by a space unless
// SpaceAfter=No, sentences by sep. Sentence ids, multi-word tokens, empty
// nodes and enhanced dependencies go to Given. Token and sentence layers are filled
// exactly as in the file, and so are the lemma, tag and dependency columns
// where the file has them (withAnnotations).
func Documents(sents []Sentence, sep string, withAnnotations bool) []*sitrep.Document {
	var docs []*sitrep.Document
	var doc *sitrep.Document
	var b strings.Builder
	finish := func() {
		if doc != nil {
			doc.Text = b.String()
			if !slices.ContainsFunc(doc.Given.Deps, func(d string) bool { return d != "" }) {
				doc.Given.Deps = nil
			}
			docs = append(docs, doc)
		}
		b.Reset()
	}
	for i := range sents {
		s := &sents[i]
		if id := s.Comment("newdoc id"); doc == nil || id != "" || hasNewdoc(s) {
			finish()
			if id == "" {
				id = s.Comment("sent_id")
			}
			doc = &sitrep.Document{ID: id, Layers: sitrep.LayerSentences | sitrep.LayerTokens, Given: &sitrep.Given{}}
			if withAnnotations {
				doc.Layers |= sitrep.LayerTags | sitrep.LayerLemmas | sitrep.LayerDeps
			}
		} else if len(doc.Sentences) > 0 {
			b.WriteString(sep)
		}
		appendSentence(doc, &b, s, withAnnotations)
	}
	finish()
	return docs
}

func hasNewdoc(s *Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newdoc") {
			return true
		}
	}
	return false
}

func appendSentence(doc *sitrep.Document, b *strings.Builder, s *Sentence, ann bool) {
	sentIdx := len(doc.Sentences)
	base := len(doc.Tokens)
	start := b.Len()
	multi := map[int]MultiWord{}
	g := doc.Given
	g.SentIDs = append(g.SentIDs, s.Comment("sent_id"))
	for _, m := range s.Multi {
		multi[m.First] = m
		g.MultiWords = append(g.MultiWords, sitrep.MultiWord{First: base + m.First - 1, Last: base + m.Last - 1})
	}
	for _, e := range s.Empty {
		g.EmptyNodes = append(g.EmptyNodes, sitrep.EmptyNode{Sent: sentIdx, After: e.After, Line: e.Line})
	}
	for _, w := range s.Words {
		g.Deps = append(g.Deps, blank(w.Deps))
	}
	for wi := 0; wi < len(s.Words); wi++ {
		w := &s.Words[wi]
		if m, ok := multi[w.ID]; ok {
			// A multi-word token: its surface goes into the text once, and
			// each word gets the sub-span its form occupies when the forms
			// concatenate to the surface, else the whole surface.
			ms := b.Len()
			b.WriteString(m.Form)
			n := m.Last - m.First + 1
			parts := s.Words[wi:min(wi+n, len(s.Words))]
			concat := ""
			for _, p := range parts {
				concat += p.Form
			}
			off := ms
			for _, p := range parts {
				t := wordToken(p, sentIdx, base, ann)
				if concat == m.Form {
					t.Start, t.End = off, off+len(p.Form)
					off += len(p.Form)
				} else {
					t.Start, t.End = ms, b.Len()
					t.Form = p.Form
				}
				doc.Tokens = append(doc.Tokens, t)
			}
			wi += len(parts) - 1
			if !MiscHas(m.Misc, "SpaceAfter", "No") && wi < len(s.Words)-1 {
				b.WriteByte(' ')
			}
			continue
		}
		t := wordToken(*w, sentIdx, base, ann)
		t.Start = b.Len()
		b.WriteString(w.Form)
		t.End = b.Len()
		doc.Tokens = append(doc.Tokens, t)
		if !MiscHas(w.Misc, "SpaceAfter", "No") && wi < len(s.Words)-1 {
			b.WriteByte(' ')
		}
	}
	end := b.Len()
	// Trailing spaces belong to no sentence.
	doc.Sentences = append(doc.Sentences, sitrep.Sentence{Start: start, End: end, TokStart: base, TokEnd: len(doc.Tokens)})
}

func wordToken(w Word, sent, base int, ann bool) sitrep.Token {
	t := sitrep.Token{Sent: sent, Head: -1}
	if ann {
		t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Deprel = blank(w.Lemma), blank(w.UPOS), blank(w.XPOS), blank(w.Feats), blank(w.Deprel)
		if w.Head > 0 {
			t.Head = base + w.Head - 1
		}
	}
	return t
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}
