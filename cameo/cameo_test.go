package cameo

import "testing"

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		code, plover string
		gold         float64
		quad         int
	}{
		{"036", "AGREE", 4, 1},
		{"042", "CONSULT", 1.9, 1},
		{"112", "ACCUSE", -2, 3},
		{"138", "THREATEN", -7, 3},
		{"163", "COERCE", -8, 4},
		{"190", "ASSAULT", -10, 4},
		{"010", "", 0, 1},
		{"020", "REQUEST", 3, 1},
	} {
		got, ok := Lookup(c.code)
		if !ok || got.PLOVER != c.plover || got.Goldstein != c.gold || got.Quad != c.quad {
			t.Errorf("%s: got %+v", c.code, got)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("999 found")
	}
	roots := map[string]bool{}
	for _, c := range All() {
		roots[c.Root()] = true
	}
	if len(roots) != 20 || len(All()) < 300 {
		t.Errorf("%d roots, %d codes", len(roots), len(All()))
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"h\n01\tx\n", "h\n01\tx\tq\t1\t\t\t\n", "h\n01\tx\t0\t9\t\t\t\n"} {
		if _, err := parse(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}
