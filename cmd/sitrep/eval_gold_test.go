package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadGoldArticlesRefuses: a line that breaks the gold format is an
// error naming the file, the line and the field; before, all of these
// were scored (a missing target as none, a misspelt status as a
// disagreement, a text-less article as an article with no events found).
func TestReadGoldArticlesRefuses(t *testing.T) {
	const ev = `{"source":"NOR","target":"SWE","cameo":"042","status":"occurred","date":"2025-02-03","trigger":"visited"}`
	art := func(events ...string) string {
		return `{"id":"a","published":"2025-02-03","text":"OSLO — Norway's king visited Sweden.","events":[` + strings.Join(events, ",") + `]}`
	}
	with := func(from, to string) string { return art(strings.Replace(ev, from, to, 1)) }
	for _, tc := range []struct{ line, want string }{
		{art(ev), ""},
		{art(), ""},
		{with(`"target":"SWE"`, `"target":"-"`), ""},
		{with(`"source":"NOR"`, `"source":"IGOAFRAU"`), ""},
		{with(`"date":"2025-02-03"`, `"date":"2025-02"`), ""},
		{with(`"cameo":"042"`, `"cameo":"0421"`), `events[0].cameo: "0421" is no CAMEO code`},
		{strings.Replace(art(ev), `"events"`, `"evnets"`, 1), `unknown field "evnets"`},
		{with(`"source"`, `"src"`), `unknown field "src"`},
		{with(`"target":"SWE",`, ``), `events[0].target: missing (write "-" for no target)`},
		{with(`"status":"occurred"`, `"status":"Occured"`), `events[0].status: "Occured" is not one of occurred, planned`},
		{with(`"date":"2025-02-03"`, `"date":"2025-02-30"`), `events[0].date: "2025-02-30" is no date`},
		{with(`"date":"2025-02-03"`, `"date":"3 Feb 2025"`), `events[0].date: "3 Feb 2025" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{with(`"date":"2025-02-03"`, `"date":""`), `events[0].date: missing`},
		{with(`"cameo":"042"`, `"cameo":"42"`), `events[0].cameo: "42" is not three or four digits`},
		{with(`"source":"NOR"`, `"source":"Norway"`), `events[0].source: "Norway" is no country`},
		{with(`"target":"SWE"`, `"target":""`), `events[0].target: missing`},
		{art(ev, ev), `events[1]: same source, target, cameo and date as events[0]`},
		{strings.Replace(art(ev), `"text":"OSLO — Norway's king visited Sweden."`, `"text":""`, 1), `text: missing`},
		{strings.Replace(art(ev), `"published":"2025-02-03",`, ``, 1), `published: missing`},
		{strings.Replace(art(ev), `"published":"2025-02-03"`, `"published":"Feb 3"`, 1), `published: parsing time`},
		{strings.Replace(art(ev), `"id":"a"`, `"id":""`, 1), `id: missing`},
	} {
		path := filepath.Join(t.TempDir(), "g.jsonl")
		if err := os.WriteFile(path, []byte("\n"+tc.line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readGoldArticles(path, true)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.line, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), path+":2: "+tc.want) && !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want %q", tc.line, err, tc.want)
		case tc.want != "" && !strings.HasPrefix(err.Error(), path+":2: "):
			t.Errorf("%s: error %v does not name the line", tc.line, err)
		}
	}
}

// TestGoldIDsUnique: an id given twice, in one file or across the files
// of one command, would count its article twice (and in eval agreement
// OTHER's last copy silently won).
func TestGoldIDsUnique(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	line := func(id string) string {
		return `{"id":"` + id + `","published":"2025-02-03","text":"OSLO — Nothing happened.","events":[]}` + "\n"
	}
	for path, s := range map[string]string{a: line("x") + line("y"), b: line("z") + line("y")} {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "events", a, b}, b + `:2: id "y" already at ` + a + ":2"},
		{[]string{"eval", "events", a, a}, a + ": file named twice"},
		{[]string{"eval", "agreement", a, b + "x"}, "no such file"},
	} {
		code, _, errs := sitrepRun(t, "", tc.args...)
		if code == exitOK || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, %q; want failure with %q", tc.args, code, errs, tc.want)
		}
	}
	dup := filepath.Join(dir, "dup.jsonl")
	if err := os.WriteFile(dup, []byte(line("x")+line("x")), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := sitrepRun(t, "", "eval", "agreement", a, dup)
	if want := dup + `:2: id "x" already at ` + dup + ":1"; code == exitOK || !strings.Contains(errs, want) {
		t.Errorf("agreement with a repeated id in OTHER: exit %d, %q; want %q", code, errs, want)
	}
}
