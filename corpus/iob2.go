package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sitrep"
)

// IOB2Sentence is one sentence of a Universal NER file: a token and its
// IOB2 tag per line (index, token, tag, then columns we ignore).
type IOB2Sentence struct {
	Line     int      // line number of the sentence's first line
	Comments []string // comment lines without the leading "# "
	Tokens   []string
	Tags     []string // "O", "B-PER", "I-PER", ...
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *IOB2Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// TokenSpan is an entity over tokens [Start, End) of a sentence.
type TokenSpan struct {
	Start, End int
	Label      string
}

// ReadIOB2 reads every sentence. Errors name the line and the field.
func ReadIOB2(r io.Reader) ([]IOB2Sentence, error) {
	var out []IOB2Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var cur *IOB2Sentence
	line := 0
	flush := func() {
		if cur != nil && len(cur.Tokens) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if cur == nil {
			cur = &IOB2Sentence{Line: line}
		}
		if strings.HasPrefix(text, "#") {
			if len(cur.Tokens) > 0 {
				return out, fmt.Errorf("line %d: comment inside a sentence", line)
			}
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 3 {
			return out, fmt.Errorf("line %d: want at least 3 tab-separated fields (index, token, tag), got %d", line, len(f))
		}
		n, err := strconv.Atoi(f[0])
		if err != nil {
			return out, fmt.Errorf("line %d: bad index %q", line, f[0])
		}
		if n != len(cur.Tokens)+1 {
			return out, fmt.Errorf("line %d: index %d out of sequence, want %d", line, n, len(cur.Tokens)+1)
		}
		if f[1] == "" {
			return out, fmt.Errorf("line %d: empty token", line)
		}
		tag := f[2]
		if !validIOB2Tag(tag) {
			return out, fmt.Errorf("line %d: bad tag %q: want O, B-LABEL or I-LABEL", line, tag)
		}
		cur.Tokens = append(cur.Tokens, f[1])
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", line+1, err)
	}
	return out, nil
}

func validIOB2Tag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

// Spans returns the sentence's entities. An I- tag that does not continue
// an entity of its label starts one, as conlleval reads it.
func (s *IOB2Sentence) Spans() []TokenSpan {
	return IOB2Spans(s.Tags)
}

// IOB2Spans decodes IOB2 tags into token spans.
func IOB2Spans(tags []string) []TokenSpan {
	var out []TokenSpan
	open := -1
	label := ""
	closeAt := func(i int) {
		if open >= 0 {
			out = append(out, TokenSpan{Start: open, End: i, Label: label})
		}
		open, label = -1, ""
	}
	for i, t := range tags {
		if t == "O" || len(t) < 3 {
			closeAt(i)
			continue
		}
		l := t[2:]
		if t[0] == 'B' || open < 0 || l != label {
			closeAt(i)
			open, label = i, l
		}
	}
	closeAt(len(tags))
	return out
}

// IOB2Documents groups sentences into documents at "# newdoc" comments (one
// document when there are none) and rebuilds each text by joining the
// tokens with one space, sentences with a newline. Sentences and tokens
// are filled as in the file, and the gold entities are returned per
// document, in byte offsets of its text; the documents' own Entities layer
// is left empty for a recogniser to fill.
func IOB2Documents(sents []IOB2Sentence) (docs []*sitrep.Document, gold [][]sitrep.Entity) {
	var doc *sitrep.Document
	var ents []sitrep.Entity
	var b strings.Builder
	finish := func() {
		if doc != nil {
			doc.Text = b.String()
			for i := range ents {
				ents[i].Text = doc.Text[ents[i].Start:ents[i].End]
			}
			docs = append(docs, doc)
			gold = append(gold, ents)
		}
		b.Reset()
		ents = nil
	}
	for i := range sents {
		s := &sents[i]
		newdoc := false
		for _, c := range s.Comments {
			if strings.HasPrefix(c, "newdoc") {
				newdoc = true
			}
		}
		if doc == nil || newdoc {
			finish()
			id := s.Comment("newdoc id")
			if id == "" {
				id = s.Comment("sent_id")
			}
			if id == "" {
				id = fmt.Sprintf("line-%d", s.Line)
			}
			doc = &sitrep.Document{ID: id, Layers: sitrep.LayerSentences | sitrep.LayerTokens}
		} else {
			b.WriteByte('\n')
		}
		sentIdx := len(doc.Sentences)
		base := len(doc.Tokens)
		start := b.Len()
		for j, tok := range s.Tokens {
			if j > 0 {
				b.WriteByte(' ')
			}
			t := sitrep.Token{Start: b.Len(), Sent: sentIdx, Head: -1}
			b.WriteString(tok)
			t.End = b.Len()
			doc.Tokens = append(doc.Tokens, t)
		}
		doc.Sentences = append(doc.Sentences, sitrep.Sentence{Start: start, End: b.Len(), TokStart: base, TokEnd: len(doc.Tokens)})
		for _, sp := range s.Spans() {
			ents = append(ents, sitrep.Entity{
				Span:  sitrep.Span{Start: doc.Tokens[base+sp.Start].Start, End: doc.Tokens[base+sp.End-1].End},
				Label: sp.Label,
			})
		}
	}
	finish()
	return docs, gold
}
