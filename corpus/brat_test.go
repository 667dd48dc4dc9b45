package corpus

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/shareddata"
)

func TestReadBrat(t *testing.T) {
	// Character offsets: "é" and "’" are one character but two and three bytes.
	text := "Café owner Ana said it’s “fine,” he added.\nNext."
	ann := "T1\tSource 11 14\tAna\n" +
		"T2\tCue 15 19\tsaid\n" +
		"T3\tContent 20 24;25 32\tit’s “fine,”\n" +
		"T4\tAttribution 15 19\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
		"#1\tAnnotatorNotes T3\ta note\n" +
		"T5\tContent 0 4\tCafé\n" +
		"continued text of T5 on its own line\n" +
		"T6\tAttribution-no-source 0 4\tCafé\n" +
		"E2\tAttribution-no-source:T6 Content:T5 \n"
	doc, err := ReadBrat(strings.NewReader(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	atts := doc.Attributions()
	if len(atts) != 2 {
		t.Fatalf("got %d attributions, want 2", len(atts))
	}
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"source", texts(atts[0].Source), []string{"Ana"}},
		{"cue", texts(atts[0].Cue), []string{"said"}},
		{"content", texts(atts[0].Content), []string{"it’s", "“fine,”"}},
		{"no-source content", texts(atts[1].Content), []string{"Café"}},
		{"no-source source", texts(atts[1].Source), nil},
	}
	for _, tc := range tests {
		if strings.Join(tc.got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	c := atts[0].Content[1]
	if text[c.Start:c.End] != "“fine,”" || c.Start != 28 || c.End != 39 {
		t.Errorf("content fragment at %d:%d, want byte offsets 28:39", c.Start, c.End)
	}
}

func texts(s []sitrep.Span) []string {
	var out []string
	for _, x := range s {
		out = append(out, x.Text)
	}
	return out
}

func TestReadBratErrors(t *testing.T) {
	tests := []struct {
		name, ann, want string
	}{
		{"range", "T1\tCue 0 99\tx\n", "line 1: T1: offsets"},
		{"reversed", "T1\tCue 3 1\tx\n", "line 1: T1: offsets"},
		{"no offsets", "T1\tCue\n", "line 1: T1: want type"},
		{"bad frag", "T1\tCue 1\tx\n", "line 1: T1: bad offsets"},
		{"dangling", "T1\tCue 0 1\tx\nE1\tAttribution:T1 Content:T9\n", "line 2: E1: argument Content:T9"},
		{"bad arg", "E1\tAttribution\n", "line 1: E1: bad argument"},
		{"dup", "T1\tCue 0 1\tx\nT1\tCue 0 1\tx\n", "line 2: T1 defined twice"},
	}
	for _, tc := range tests {
		_, err := ReadBrat(strings.NewReader(tc.ann), "some text")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want prefix %q", tc.name, err, tc.want)
		}
	}
}

func TestReadPolNeARDev(t *testing.T) {
	dir := shareddata.Need(t, "data/polnear/dev")
	arts, err := ReadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 84 {
		t.Errorf("got %d articles, want 84", len(arts))
	}
	n := 0
	for _, a := range arts {
		for _, at := range a.Attributions {
			for _, c := range at.Content {
				if a.Text[c.Start:c.End] != c.Text {
					t.Fatalf("%s %s: span text mismatch", a.Name, at.ID)
				}
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("got %d attributions in dev, want over 1000", n)
	}
}

func FuzzReadBrat(f *testing.F) {
	f.Add("T1\tSource 0 3\tAna\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2\n", "Ana said so")
	f.Add("T1\tContent 0 2;3 5\tab cd\n", "ab cd é")
	f.Add("T1\tContent 0 1\tx\ncontinued\nE1\tA:T1\n", "é")
	f.Fuzz(func(t *testing.T, ann, text string) {
		doc, err := ReadBrat(strings.NewReader(ann), text)
		if err != nil {
			return
		}
		for _, a := range doc.Attributions() {
			for _, parts := range [][]sitrep.Span{a.Source, a.Cue, a.Content} {
				for _, s := range parts {
					if s.Start < 0 || s.End < s.Start || s.End > len(text) {
						t.Fatalf("span %d:%d out of range of %d bytes", s.Start, s.End, len(text))
					}
				}
			}
		}
	})
}
