package ner

// Entity types, in class order.
var types = [...]string{"PER", "ORG", "LOC"}

// Classes are BILOU tags: 0 is O, then for each type t, 1+4t+pos with pos
// B, I, L, U. BILOU rather than IOB2 because knowing that a token ends an
// entity (L) or stands alone (U) is learnt better than inferred.
const (
	posB = iota
	posI
	posL
	posU
)

const nClasses = 1 + 4*len(types)

func class(typ, pos int) int { return 1 + 4*typ + pos }

// classType returns the entity type index of c, -1 for O.
func classType(c int) int {
	if c == 0 {
		return -1
	}
	return (c - 1) / 4
}

func classPos(c int) int { return (c - 1) % 4 }

var classNames = func() []string {
	names := []string{"O"}
	for _, t := range types {
		for _, p := range "BILU" {
			names = append(names, string(p)+"-"+t)
		}
	}
	return names
}()

// allowed reports whether class c may follow class prev (-1 at the start
// of a sentence); last says that c is the sentence's final token, which
// must close any entity.
func allowed(prev, c int, last bool) bool {
	open := prev > 0 && (classPos(prev) == posB || classPos(prev) == posI)
	if c == 0 {
		return !open
	}
	p := classPos(c)
	if last && (p == posB || p == posI) {
		return false
	}
	if open {
		return (p == posI || p == posL) && classType(c) == classType(prev)
	}
	return p == posB || p == posU
}

// allowedAfter[l][prev+1][c] is allowed(prev, c, l == 1), tabulated: the
// search asks it for every class after every class of its beam.
var allowedAfter = func() (t [2][nClasses + 1][nClasses]bool) {
	for l := range t {
		for p := -1; p < nClasses; p++ {
			for c := 0; c < nClasses; c++ {
				t[l][p+1][c] = allowed(p, c, l == 1)
			}
		}
	}
	return t
}()

// bilou turns token spans [start, end) of type typ into classes.
func bilou(n int, spans []tokenSpan) []int {
	out := make([]int, n)
	for _, s := range spans {
		if s.end-s.start == 1 {
			out[s.start] = class(s.typ, posU)
			continue
		}
		out[s.start] = class(s.typ, posB)
		for i := s.start + 1; i < s.end-1; i++ {
			out[i] = class(s.typ, posI)
		}
		out[s.end-1] = class(s.typ, posL)
	}
	return out
}

type tokenSpan struct{ start, end, typ int }

// spansOf reads a valid BILOU class sequence back into spans.
func spansOf(cls []int) []tokenSpan {
	var out []tokenSpan
	start := -1
	for i, c := range cls {
		if c == 0 {
			start = -1
			continue
		}
		switch classPos(c) {
		case posU:
			out = append(out, tokenSpan{i, i + 1, classType(c)})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, tokenSpan{start, i + 1, classType(c)})
			}
			start = -1
		}
	}
	return out
}

func typeIndex(label string) int {
	for i, t := range types {
		if t == label {
			return i
		}
	}
	return -1
}
