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

// TestAnnotateCoNLLUReadsBack: annotate --input conllu --format conllu
// keeps the input's token ranges, empty nodes and sentence ids, writes
// no empty sentence, and its output scores against the input (review35
// finding 1).
func TestAnnotateCoNLLUReadsBack(t *testing.T) {
	const gold = "# newdoc id = d1\n\n# sent_id = first\n# text = They can't wait.\n" +
		"1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n" +
		"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tca\tcan\tAUX\tMD\t_\t4\taux\t4:aux\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
		"4\twait\twait\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
		"4.1\twaits\twait\tVERB\tVB\t_\t_\t_\t4:conj\t_\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n"
	dir := t.TempDir()
	goldPath, predPath := filepath.Join(dir, "gold.conllu"), filepath.Join(dir, "pred.conllu")
	if err := os.WriteFile(goldPath, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := sitrepRun(t, "", "annotate", "--input", "conllu", "--format", "conllu", goldPath)
	if code != exitOK {
		t.Fatalf("annotate: exit %d: %s", code, errs)
	}
	for _, w := range []string{"# sent_id = first\n", "\n2-3\tcan't\t", "\n2\tca\t", "\n4.1\twaits\t", "\n5\t.\t"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "# text = \n") || strings.Contains(out, "SpaceAfter=No\n3\t") {
		t.Errorf("empty sentence or SpaceAfter inside a range:\n%s", out)
	}
	if err := os.WriteFile(predPath, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := sitrepRun(t, "", "eval", "conllu", "--pred", predPath, goldPath); code != exitOK || !strings.Contains(out, "Words           5") {
		t.Errorf("eval conllu --pred: exit %d: %s%s", code, out, errs)
	}
}
