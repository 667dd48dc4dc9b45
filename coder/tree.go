package coder

import (
	"strings"

	"sitrep"
)

// sent is one parsed sentence with child lists, for walking the tree.
type sent struct {
	doc      *sitrep.Document
	idx      int
	from, to int     // token range
	children [][]int // by token index - from
	art      *article
}

func newSent(d *sitrep.Document, s int) *sent {
	from, to := d.SentenceTokens(s)
	st := &sent{doc: d, idx: s, from: from, to: to, children: make([][]int, to-from)}
	for i := from; i < to; i++ {
		h := d.Tokens[i].Head
		if h >= from && h < to && h != i {
			st.children[h-from] = append(st.children[h-from], i)
		}
	}
	return st
}

func (s *sent) tok(i int) *sitrep.Token { return &s.doc.Tokens[i] }

func (s *sent) lemma(i int) string {
	t := s.tok(i)
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(s.doc.TokenText(i))
}

func (s *sent) rel(i int) string {
	r := s.tok(i).Deprel
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

func (s *sent) head(i int) int {
	h := s.tok(i).Head
	if h < s.from || h >= s.to {
		return -1
	}
	return h
}

func (s *sent) kids(i int) []int { return s.children[i-s.from] }

// child returns the first child of i with one of the relations (full
// relation or its universal part).
func (s *sent) child(i int, rels ...string) int {
	for _, c := range s.kids(i) {
		full := s.tok(c).Deprel
		for _, r := range rels {
			if full == r || s.rel(c) == r && !strings.Contains(r, ":") {
				return c
			}
		}
	}
	return -1
}

// caseOf returns the preposition of an oblique or nominal modifier.
func (s *sent) caseOf(i int) string {
	for _, c := range s.kids(i) {
		if s.rel(c) == "case" {
			return s.lemma(c)
		}
	}
	return ""
}

// conjuncts returns i and the tokens coordinated with it.
func (s *sent) conjuncts(i int) []int {
	out := []int{i}
	for _, c := range s.kids(i) {
		if s.rel(c) == "conj" {
			out = append(out, c)
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
