package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// BratSpan is a text-bound annotation of brat standoff ("T3\tContent 10 20;25 40\t...").
// Its fragments are byte offsets into the document text, converted from
// brat's character offsets.
type BratSpan struct {
	ID    string
	Type  string
	Frags []sitrep.Span
	Line  int
}

// Start is the start of the first fragment.
func (s *BratSpan) Start() int { return s.Frags[0].Start }

// End is the end of the last fragment.
func (s *BratSpan) End() int { return s.Frags[len(s.Frags)-1].End }

// BratArg is one role:ID argument of an event line.
type BratArg struct {
	Role string
	Ref  string
}

// BratEvent is an event line ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1").
type BratEvent struct {
	ID   string
	Type string // the role of the first argument, which names the event type
	Args []BratArg
	Line int
}

// BratDoc is the standoff annotation of one text.
type BratDoc struct {
	Text   string
	Spans  map[string]*BratSpan
	Events []BratEvent
}

// ReadBrat reads a brat .ann file whose offsets count characters of text.
// Lines other than T and E (relations, attributes, notes) are skipped, and so
// are lines that continue the text field of the line before (brat writes a
// span's text verbatim, newlines included). Errors name the line and field.
func ReadBrat(r io.Reader, text string) (*BratDoc, error) {
	doc := &BratDoc{Text: text, Spans: map[string]*BratSpan{}}
	// byteAt[i] is the byte offset of character i; the extra entry is len(text).
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	nchars := len(byteAt) - 1

	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || !isBratID(s) {
			continue
		}
		fields := strings.SplitN(s, "\t", 3)
		id := fields[0]
		switch id[0] {
		case 'T':
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: %s: want type and offsets", line, id)
			}
			typ, offs, ok := strings.Cut(fields[1], " ")
			if !ok || typ == "" {
				return nil, fmt.Errorf("line %d: %s: want type and offsets, got %q", line, id, fields[1])
			}
			sp := &BratSpan{ID: id, Type: typ, Line: line}
			for _, frag := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
				if !ok {
					return nil, fmt.Errorf("line %d: %s: bad offsets %q", line, id, frag)
				}
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || start < 0 || end < start || end > nchars {
					return nil, fmt.Errorf("line %d: %s: offsets %q out of range (text has %d characters)", line, id, frag, nchars)
				}
				bs, be := byteAt[start], byteAt[end]
				sp.Frags = append(sp.Frags, sitrep.Span{Start: bs, End: be, Text: text[bs:be]})
			}
			if _, dup := doc.Spans[id]; dup {
				return nil, fmt.Errorf("line %d: %s defined twice", line, id)
			}
			doc.Spans[id] = sp
		case 'E':
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: %s: want arguments", line, id)
			}
			ev := BratEvent{ID: id, Line: line}
			for _, arg := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(arg, ":")
				if !ok || role == "" || ref == "" {
					return nil, fmt.Errorf("line %d: %s: bad argument %q", line, id, arg)
				}
				ev.Args = append(ev.Args, BratArg{Role: role, Ref: ref})
			}
			if len(ev.Args) == 0 {
				return nil, fmt.Errorf("line %d: %s: no arguments", line, id)
			}
			ev.Type = ev.Args[0].Role
			doc.Events = append(doc.Events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	for _, ev := range doc.Events {
		for _, a := range ev.Args {
			if _, ok := doc.Spans[a.Ref]; !ok {
				return nil, fmt.Errorf("line %d: %s: argument %s:%s names no text-bound annotation", ev.Line, ev.ID, a.Role, a.Ref)
			}
		}
	}
	return doc, nil
}

// isBratID reports whether a line starts with an annotation ID (a letter
// from brat's set, digits, then a tab), which tells annotation lines from the
// continuation of a multi-line text field.
func isBratID(s string) bool {
	if len(s) < 3 || strings.IndexByte("TERAMN#*", s[0]) < 0 {
		return false
	}
	i := 1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 1 && i < len(s) && s[i] == '\t'
}

// Attribution is one attribution relation of PolNeAR: who (Source) says or
// thinks, through which words (Cue), what (Content). Each part may be
// discontinuous or missing.
type Attribution struct {
	ID      string
	Source  []sitrep.Span
	Cue     []sitrep.Span
	Content []sitrep.Span
}

// Attributions links the text-bound annotations into attributions through
// the event lines of types Attribution and Attribution-no-source, in file
// order. An event without content is dropped.
func (d *BratDoc) Attributions() []Attribution {
	var out []Attribution
	for _, ev := range d.Events {
		if !strings.HasPrefix(ev.Type, "Attribution") {
			continue
		}
		a := Attribution{ID: ev.ID}
		for _, arg := range ev.Args {
			frags := d.Spans[arg.Ref].Frags
			switch {
			case strings.HasPrefix(arg.Role, "Content"):
				a.Content = append(a.Content, frags...)
			case strings.HasPrefix(arg.Role, "Cue"):
				a.Cue = append(a.Cue, frags...)
			case strings.HasPrefix(arg.Role, "Source"):
				a.Source = append(a.Source, frags...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		sortSpans(a.Content)
		sortSpans(a.Cue)
		sortSpans(a.Source)
		out = append(out, a)
	}
	return out
}

func sortSpans(s []sitrep.Span) {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}

// PolNeARArticle is one article of a PolNeAR compartment with the
// annotation of one annotator.
type PolNeARArticle struct {
	Name         string // file name without extension
	Annotator    string
	Text         string
	Attributions []Attribution
}

// ReadPolNeAR reads a compartment folder (train or dev: text/*.txt and
// attributions/NAME_ANNOTATOR.ann). Where several annotators annotated an
// article, the one whose ID sorts first is used, so that every run scores
// against the same gold.
func ReadPolNeAR(dir string) ([]PolNeARArticle, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, sitrep.Errorf(sitrep.ENotFound, "%s: no attributions/*.ann files", dir)
	}
	sort.Strings(anns)
	chosen := map[string]string{} // article -> annotator
	var names []string
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i <= 0 {
			return nil, sitrep.Errorf(sitrep.EInvalid, "%s: want NAME_ANNOTATOR.ann", p)
		}
		name, who := base[:i], base[i+1:]
		if cur, ok := chosen[name]; !ok {
			names = append(names, name)
			chosen[name] = who
		} else if who < cur {
			chosen[name] = who
		}
	}
	out := make([]PolNeARArticle, 0, len(names))
	for _, name := range names {
		tp := filepath.Join(dir, "text", name+".txt")
		b, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			return nil, sitrep.Errorf(sitrep.EInvalid, "%s: not UTF-8", tp)
		}
		ap := filepath.Join(dir, "attributions", name+"_"+chosen[name]+".ann")
		f, err := os.Open(ap)
		if err != nil {
			return nil, err
		}
		doc, err := ReadBrat(f, string(b))
		f.Close()
		if err != nil {
			return nil, sitrep.Errorf(sitrep.EInvalid, "%s: %v", ap, err)
		}
		out = append(out, PolNeARArticle{Name: name, Annotator: chosen[name], Text: doc.Text, Attributions: doc.Attributions()})
	}
	return out, nil
}
