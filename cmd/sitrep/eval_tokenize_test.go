package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A headline and a sentence: joined by a space the tokenizer cannot see the
// break between them; -paragraphs restores the newline that shows it.
const tokenizeGold = "# newdoc id = d1\n# newpar\n# sent_id = 1\n" +
	"1\tHeadline\theadline\tNOUN\tNN\t_\t0\troot\t_\t_\n" +
	"2\twithout\twithout\tADP\tIN\t_\t3\tcase\t_\t_\n" +
	"3\tstop\tstop\tNOUN\tNN\t_\t1\tnmod\t_\t_\n\n" +
	"# newpar\n# sent_id = 2\n" +
	"1\tSmith\tSmith\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
	"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\train\train\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

func TestEvalTokenize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.conllu")
	if err := os.WriteFile(path, []byte(tokenizeGold), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"eval", "tokenize", path}, exitOK, []string{"tokens     P 100.00  R 100.00", "sentences  P   0.00  R   0.00"}},
		{[]string{"eval", "tokenize", "-paragraphs", path}, exitOK, []string{"tokens     P 100.00  R 100.00", "sentences  P 100.00  R 100.00"}},
		{[]string{"eval", "tokenize"}, exitUsage, nil},
		{[]string{"eval", "tokenize", filepath.Join(t.TempDir(), "missing.conllu")}, exitAborted, nil},
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
