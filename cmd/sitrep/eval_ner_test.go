package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const nerGold = "# newdoc id = d1\n" +
	"1\tPresident\tO\t-\t-\n2\tEmmanuel\tB-PER\t-\t-\n3\tMacron\tI-PER\t-\t-\n4\tvisited\tO\t-\t-\n" +
	"5\tBerlin\tB-LOC\t-\t-\n6\ton\tO\t-\t-\n7\tMonday\tO\t-\t-\n8\t.\tO\t-\t-\n\n"

// gumGold is the same sentence as nerGold in GUM's CoNLL-U with entity
// mentions (what eval ner reads from *.conllu files).
const gumGold = "# newdoc id = d1\n# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n" +
	"1\tPresident\tpresident\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-sssss-cf1-2-sgl-Emmanuel_Macron\n" +
	"2\tEmmanuel\tEmmanuel\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
	"3\tMacron\tMacron\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)\n" +
	"4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
	"5\tBerlin\tBerlin\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-place-new-sssss-cf1-1-sgl-Berlin)\n" +
	"6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n" +
	"7\tMonday\tMonday\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(3-time-new-sssss-cf1-1-sgl)\n" +
	"8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

func TestEvalNER(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.iob2")
	if err := os.WriteFile(path, []byte(nerGold), 0o644); err != nil {
		t.Fatal(err)
	}
	gum := filepath.Join(dir, "gold.conllu")
	if err := os.WriteFile(gum, []byte(gumGold), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "plain.conllu") // no entity annotations
	if err := os.WriteFile(plain, []byte(strings.Replace(gumGold, "# global.Entity", "# global.columns", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.iob2")
	if err := os.WriteFile(bad, []byte("1\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"eval", "ner", path}, exitOK, []string{"1 sentences, 8 tokens", "LOC       100.00  100.00  100.00      1      0      0", "overall   100.00  100.00  100.00      2      0      0"}},
		{[]string{"eval", "ner", gum}, exitOK, []string{"1 sentences, 8 tokens", "overall   100.00  100.00  100.00      2      0      0"}},
		{[]string{"eval", "ner", plain}, exitAborted, nil},
		{[]string{"eval", "ner"}, exitUsage, nil},
		{[]string{"eval", "ner", bad}, exitAborted, nil},
		{[]string{"train", "ner", "--train", path}, exitUsage, nil},
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
