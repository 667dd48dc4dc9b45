package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalParserRefusesBlankGoldHeads: a gold word whose HEAD and DEPREL
// are "_" reads as attached to the root, so eval parser and train
// parser --dev would count a root attachment as right; both refuse such
// a file, as eval conllu does (review35 finding 3).
func TestEvalParserRefusesBlankGoldHeads(t *testing.T) {
	dir := t.TempDir()
	good, blank := filepath.Join(dir, "good.conllu"), filepath.Join(dir, "blank.conllu")
	if err := os.WriteFile(good, []byte(conlluGold), 0o644); err != nil {
		t.Fatal(err)
	}
	noDeps := "1\tBirds\tbird\tNOUN\tNNS\t_\t_\t_\t_\t_\n2\tsang\tsing\tVERB\tVBD\t_\t_\t_\t_\t_\n\n"
	if err := os.WriteFile(blank, []byte(noDeps), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "parser.gz")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", "parser", "--tagger", "gold", good}, exitOK, ""},
		{[]string{"eval", "parser", "--tagger", "gold", blank}, exitAborted, `HEAD or DEPREL is "_"`},
		{[]string{"eval", "parser", "--tagger", "gold", good, blank}, exitAborted, "blank.conllu"},
		{[]string{"train", "parser", "--train", good, "--dev", blank, "--iters", "1", "--out", out}, exitAborted, `HEAD or DEPREL is "_"`},
	} {
		code, _, errs := sitrepRun(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, want %d; stderr %s (want %q)", tc.args, code, tc.code, errs, tc.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("train parser wrote a model after refusing its dev file")
	}
}
