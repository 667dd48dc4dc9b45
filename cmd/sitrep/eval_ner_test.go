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

func TestEvalNER(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.iob2")
	if err := os.WriteFile(path, []byte(nerGold), 0o644); err != nil {
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
