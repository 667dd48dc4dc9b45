// Package cameo is the event ontology: CAMEO codes with their names,
// Goldstein scores and quad classes, and the PLOVER event type, mode and
// context each maps to. The table (codes.tsv) is generated from the shared
// ontology files by ./internal/gen.
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed codes.tsv
var codesTSV string

// Code is one CAMEO event code.
type Code struct {
	Code      string
	Name      string
	Goldstein float64
	Quad      int // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	PLOVER    string
	Mode      string
	Context   string
}

// Root is the two-digit root of the code.
func (c Code) Root() string { return c.Code[:2] }

var table = mustParse(codesTSV)

func mustParse(s string) map[string]Code {
	m, err := parse(s)
	if err != nil {
		panic(err) // the embedded table is part of the binary: a bad one is a build bug
	}
	return m
}

func parse(s string) (map[string]Code, error) {
	m := map[string]Code{}
	header := true
	for i, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("codes.tsv:%d: want 7 columns, got %d", i+1, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("codes.tsv:%d: goldstein %q", i+1, f[2])
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("codes.tsv:%d: quad %q", i+1, f[3])
		}
		m[f[0]] = Code{Code: f[0], Name: f[1], Goldstein: g, Quad: q, PLOVER: f[4], Mode: f[5], Context: f[6]}
	}
	return m, nil
}

// Lookup returns the code's entry.
func Lookup(code string) (Code, bool) {
	c, ok := table[code]
	return c, ok
}

// All returns every code, in no particular order.
func All() []Code {
	out := make([]Code, 0, len(table))
	for _, c := range table {
		out = append(out, c)
	}
	return out
}
