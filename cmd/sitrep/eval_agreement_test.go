package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/eval"
)

func TestCompareCodings(t *testing.T) {
	ev := func(src, tgt, code, status, date string) eval.GoldEvent {
		return eval.GoldEvent{Source: src, Target: tgt, CAMEO: code, Status: status, Date: date}
	}
	for _, tc := range []struct {
		name                    string
		ref, other              []goldArticle
		refN, otherN, matched   int
		status, date, code, all int
		missing, extra          string
	}{
		{
			name:  "identical",
			ref:   []goldArticle{{ID: "a", Events: []eval.GoldEvent{ev("PHL", "CHN", "112", "occurred", "2024-03-24")}}},
			other: []goldArticle{{ID: "a", Events: []eval.GoldEvent{ev("PHL", "CHN", "112", "occurred", "2024-03-24")}}},
			refN:  1, otherN: 1, matched: 1, status: 1, date: 1, code: 1, all: 1,
		},
		{
			// same root, other code, status and date: matched, nothing else agrees
			name:  "root only",
			ref:   []goldArticle{{ID: "a", Events: []eval.GoldEvent{ev("PHL", "CHN", "112", "occurred", "2024-03-24")}}},
			other: []goldArticle{{ID: "a", Events: []eval.GoldEvent{ev("phl", "CHN", "111", "reported", "2024-03")}}},
			refN:  1, otherN: 1, matched: 1,
		},
		{
			// one to one: two OTHER events of one root against one REF event;
			// the one agreeing on status and date is preferred
			name: "one to one",
			ref:  []goldArticle{{ID: "a", Events: []eval.GoldEvent{ev("USA", "YEM", "195", "occurred", "2024-01-12")}}},
			other: []goldArticle{{ID: "a", Events: []eval.GoldEvent{
				ev("USA", "YEM", "190", "reported", "2024-01-11"),
				ev("USA", "YEM", "190", "occurred", "2024-01-12"),
			}}},
			refN: 1, otherN: 2, matched: 1, status: 1, date: 1,
		},
		{
			// direction and no-target: "-" and "" are the same, reversed pair is not
			name: "direction",
			ref: []goldArticle{{ID: "a", Events: []eval.GoldEvent{
				ev("IRN", "-", "150", "occurred", "2024-01-01"),
				ev("ISR", "IRN", "195", "occurred", "2024-01-01"),
			}}},
			other: []goldArticle{{ID: "a", Events: []eval.GoldEvent{
				ev("IRN", "", "150", "occurred", "2024-01-01"),
				ev("IRN", "ISR", "195", "occurred", "2024-01-01"),
			}}},
			refN: 2, otherN: 2, matched: 1, status: 1, date: 1, code: 1, all: 1,
		},
		{
			// events are matched within an article only; articles of REF
			// missing in OTHER are skipped, OTHER's extras ignored
			name: "per article",
			ref: []goldArticle{
				{ID: "a", Events: []eval.GoldEvent{ev("RUS", "UKR", "194", "occurred", "2024-01-01")}},
				{ID: "b", Events: []eval.GoldEvent{ev("RUS", "UKR", "194", "occurred", "2024-01-01")}},
				{ID: "c", Events: []eval.GoldEvent{ev("RUS", "UKR", "194", "occurred", "2024-01-01")}},
			},
			other: []goldArticle{
				{ID: "a", Events: nil},
				{ID: "c", Events: []eval.GoldEvent{ev("RUS", "UKR", "194", "occurred", "2024-01-01"), ev("UKR", "RUS", "195", "occurred", "2024-01-01")}},
				{ID: "d", Events: []eval.GoldEvent{ev("RUS", "UKR", "194", "occurred", "2024-01-01")}},
			},
			refN: 2, otherN: 2, matched: 1, status: 1, date: 1, code: 1, all: 1,
			missing: "b", extra: "d",
		},
	} {
		a := compareCodings(tc.ref, tc.other)
		s := a.scores
		got := []int{s.Gold, s.System, s.Matched, s.StatusRight, s.DateRight, a.CodeSame, a.AllSame}
		want := []int{tc.refN, tc.otherN, tc.matched, tc.status, tc.date, tc.code, tc.all}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: ref/other/matched/status/date/code/all = %v, want %v", tc.name, got, want)
				break
			}
		}
		if m := strings.Join(a.Missing, " "); m != tc.missing {
			t.Errorf("%s: missing %q, want %q", tc.name, m, tc.missing)
		}
		if x := strings.Join(a.Extra, " "); x != tc.extra {
			t.Errorf("%s: extra %q, want %q", tc.name, x, tc.extra)
		}
	}
}

func TestEvalAgreementCommand(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.jsonl")
	other := filepath.Join(dir, "other.jsonl")
	write := func(path, s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(ref, `{"id":"x1","text":"t","events":[{"source":"MYS","target":"IDN","cameo":"114","status":"occurred","date":"2026-09-14"},{"source":"IDN","target":"MYS","cameo":"173","status":"occurred","date":"2026-09-12"}]}
{"id":"x2","text":"t","events":[{"source":"MYS","target":"IDN","cameo":"041","status":"occurred","date":"2026-09-14"}]}
`)
	write(other, `{"id":"x1","text":"t","events":[{"source":"MYS","target":"IDN","cameo":"111","status":"occurred","date":"2026-09-14"}]}
`)
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}, []string{"eval", "agreement", "-pairs", ref, other})
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, w := range []string{
		"1 articles compared",
		"skipped 1 articles of REF missing in OTHER: x2",
		"REF 2, OTHER 1, matched 1",
		"precision 100.0  recall 50.0  F1 66.7",
		"full code agree 0.0% (0/1)",
		"[code=111]",
		"[ONLY REF]",
	} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("output lacks %q:\n%s", w, out.String())
		}
	}
	for _, args := range [][]string{{"eval", "agreement", ref}, {"eval", "agreement", ref, filepath.Join(dir, "none.jsonl")}} {
		errb.Reset()
		if code := run(context.Background(), &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}, args); code == exitOK {
			t.Errorf("%v: exit 0, want failure", args)
		}
	}
}

// A gold file may name the publication date "published", "dct" or "date".
func TestGoldArticlePublished(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{`{"id":"a","published":"2024-03-14","date":"2020-01-01"}`, "2024-03-14"},
		{`{"id":"a","dct":"2024-03-14"}`, "2024-03-14"},
		{`{"id":"a","date":"2024-03-14"}`, "2024-03-14"},
		{`{"id":"a"}`, ""},
	} {
		var g goldArticle
		if err := json.Unmarshal([]byte(tc.line), &g); err != nil {
			t.Fatal(err)
		}
		if got := g.published(); got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.line, got, tc.want)
		}
	}
}
