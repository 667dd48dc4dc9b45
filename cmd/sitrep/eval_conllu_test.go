package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const conlluGold = "# newdoc id = d1\n# sent_id = 1\n" +
	"1\tSoldiers\tsoldier\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n" +
	"2\tleft\tleave\tVERB\tVBD\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n" +
	"3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_\n" +
	"4\tcity\tcity\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No\n" +
	"5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

func TestEvalCoNLLU(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.conllu")
	if err := os.WriteFile(gold, []byte(conlluGold), 0o644); err != nil {
		t.Fatal(err)
	}
	wrong := filepath.Join(dir, "pred.conllu")
	if err := os.WriteFile(wrong, []byte(strings.Replace(conlluGold, "VBD", "VBN", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.conllu")
	if err := os.WriteFile(short, []byte(strings.Replace(conlluGold, "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		// The embedded tagger and lemmatizer get this plain sentence right.
		{[]string{"eval", "conllu", gold}, exitOK, []string{"Words           5", "UPOS       100.00", "XPOS       100.00", "LEMMA      100.00"}},
		{[]string{"eval", "conllu", "-pred", wrong, gold}, exitOK, []string{"XPOS        80.00", "UPOS       100.00", "LAS        100.00"}},
		{[]string{"eval", "conllu", "-pred", short, gold}, exitAborted, nil},
		{[]string{"eval", "conllu"}, exitUsage, nil},
		{[]string{"eval", "conllu", filepath.Join(dir, "missing.conllu")}, exitAborted, nil},
	} {
		var out, errb bytes.Buffer
		code := run(context.Background(), &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}, tc.args)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d; stderr %s", tc.args, code, tc.code, errb.String())
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out.String())
			}
		}
	}
}
