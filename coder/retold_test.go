package coder

import (
	"testing"

	"sitrep"
)

// TestRetell checks which untimed tellings take an earlier telling's day.
func TestRetell(t *testing.T) {
	type ev struct {
		sent          int
		src, tgt, cam string
		date          string
		note          dateNote
		status        string
		place         string // country of the event's place
	}
	timed := dateNote{own: true}
	retold := dateNote{retell: true}
	fresh := dateNote{} // defaulted, but its clause says it is a new act
	cases := []struct {
		name string
		evs  []ev
		want []string // dates after retell, in order
	}{
		{"same act told again takes the first day",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {2, "ISR", "LBN", "195", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-22", "2025-03-22"}},
		{"same source and root, another target",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {3, "ISR", "", "190", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-22", "2025-03-22"}},
		{"another root keeps the story's day",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {1, "ISR", "LBN", "111", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-22", "2025-03-23"}},
		{"another source keeps the story's day",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {1, "LBN", "ISR", "195", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-22", "2025-03-23"}},
		{"a new act keeps the story's day",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {1, "ISR", "LBN", "195", "2025-03-23", fresh, "", ""}},
			[]string{"2025-03-22", "2025-03-23"}},
		{"the same sentence is not a retelling",
			[]ev{{1, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}, {1, "ISR", "LBN", "195", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-22", "2025-03-23"}},
		{"an untimed telling before the timed one keeps its day",
			[]ev{{0, "ISR", "LBN", "195", "2025-03-23", retold, "", ""}, {2, "ISR", "LBN", "195", "2025-03-22", timed, "", ""}},
			[]string{"2025-03-23", "2025-03-22"}},
		{"a plan is not told again by a past act",
			[]ev{{0, "EGY", "ISR", "043", "2024-07", timed, sitrep.StatusPlanned, ""}, {1, "EGY", "ISR", "045", "2024-07-05", retold, "", ""}},
			[]string{"2024-07", "2024-07-05"}},
		{"another country is another act",
			[]ev{{0, "ISR", "SYR", "195", "2025-03-22", timed, "", "SYR"}, {1, "ISR", "", "195", "2025-03-23", retold, "", "LBN"}},
			[]string{"2025-03-22", "2025-03-23"}},
		{"force right after a dated act on the ground takes its day",
			[]ev{{0, "UZB", "UZB", "141", "2022-07-01", timed, "", ""}, {1, "UZB", "UZB", "175", "2022-07-04", retold, "", ""}},
			[]string{"2022-07-01", "2022-07-01"}},
		{"force two sentences after it keeps the story's day",
			[]ev{{0, "UZB", "UZB", "141", "2022-07-01", timed, "", ""}, {2, "UZB", "UZB", "175", "2022-07-04", retold, "", ""}},
			[]string{"2022-07-01", "2022-07-04"}},
		{"force right after a dated statement keeps the story's day",
			[]ev{{0, "UZB", "UZB", "111", "2022-07-01", timed, "", ""}, {1, "UZB", "UZB", "175", "2022-07-04", retold, "", ""}},
			[]string{"2022-07-01", "2022-07-04"}},
		{"a visit just after a dated signing is made for it",
			[]ev{{0, "MLI", "BFA", "057", "2023-09-16", timed, "", ""}, {1, "NER", "MLI", "042", "2023-09-17", retold, "", ""}},
			[]string{"2023-09-16", "2023-09-16"}},
		{"a visit three sentences after a signing keeps the story's day",
			[]ev{{0, "MLI", "BFA", "057", "2023-09-16", timed, "", ""}, {3, "NER", "MLI", "042", "2023-09-17", retold, "", ""}},
			[]string{"2023-09-16", "2023-09-17"}},
		{"a visit after a dated attack keeps the story's day",
			[]ev{{0, "MLI", "BFA", "190", "2023-09-16", timed, "", ""}, {1, "NER", "MLI", "042", "2023-09-17", retold, "", ""}},
			[]string{"2023-09-16", "2023-09-17"}},
		{"a planned visit is not of the meeting before",
			[]ev{{0, "MLI", "BFA", "057", "2023-09-16", timed, "", ""}, {1, "NER", "MLI", "042", "2023-09-17", dateNote{}, sitrep.StatusPlanned, ""}},
			[]string{"2023-09-16", "2023-09-17"}},
		{"the first timed telling wins, exact code before root",
			[]ev{{0, "ISR", "LBN", "190", "2025-03-20", timed, "", ""}, {1, "ISR", "LBN", "195", "2025-03-21", timed, "", ""},
				{2, "ISR", "LBN", "195", "2025-03-23", retold, "", ""}, {3, "ISR", "SYR", "193", "2025-03-23", retold, "", ""}},
			[]string{"2025-03-20", "2025-03-21", "2025-03-21", "2025-03-20"}},
	}
	for _, c := range cases {
		a := &article{dates: map[[2]int]dateNote{}}
		var evs []sitrep.Event
		for x, e := range c.evs {
			ea := func(k string) *sitrep.EventActor {
				if k == "" {
					return nil
				}
				return &sitrep.EventActor{Country: k}
			}
			start := 10 * x
			evs = append(evs, sitrep.Event{Sentence: e.sent, Trigger: sitrep.Span{Start: start, End: start + 5},
				Source: ea(e.src), Target: ea(e.tgt), CAMEO: e.cam, Status: e.status, Date: e.date, DatePrecision: "day", Mentions: 1})
			if e.place != "" {
				evs[x].Place = &sitrep.Place{Country: e.place}
			}
			a.dates[[2]int{e.sent, start}] = e.note
		}
		a.retell(evs)
		for x := range evs {
			if evs[x].Date != c.want[x] {
				t.Errorf("%s: event %d dated %s, want %s", c.name, x, evs[x].Date, c.want[x])
			}
		}
	}
}
