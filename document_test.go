package sitrep

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestDocumentJSONRoundTrip(t *testing.T) {
	d := &Document{ID: "a", Text: "Manila protested. Beijing denied it.",
		Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC),
		Sentences: []Sentence{{Start: 0, End: 17}, {Start: 18, End: 36}},
		Tokens: []Token{
			{Start: 0, End: 6, Sent: 0, UPOS: "PROPN", Head: 1, Deprel: "nsubj"},
			{Start: 7, End: 16, Sent: 0, UPOS: "VERB", Head: -1, Deprel: "root"},
			{Start: 16, End: 17, Sent: 0, UPOS: "PUNCT", Head: 1, Deprel: "punct"},
			{Start: 18, End: 25, Sent: 1, UPOS: "PROPN", Head: 4, Deprel: "nsubj"},
			{Start: 26, End: 32, Sent: 1, UPOS: "VERB", Head: -1, Deprel: "root"},
			{Start: 33, End: 35, Sent: 1, UPOS: "PRON", Head: 4, Deprel: "obj"},
			{Start: 35, End: 36, Sent: 1, UPOS: "PUNCT", Head: 4, Deprel: "punct"},
		}}
	d.IndexSentences()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"published":"2024-03-14"`, `{"start":0,"end":6,"text":"Manila","sent":0,"upos":"PROPN","head":1,"deprel":"nsubj"}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("missing %s in %s", want, b)
		}
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Sentences[1].TokStart != 3 || back.Sentences[1].TokEnd != 7 || !back.Layers.Has(LayerDeps|LayerTags) {
		t.Fatalf("derived fields not rebuilt: %+v %v", back.Sentences, back.Layers)
	}
	b2, _ := json.Marshal(&back)
	if string(b) != string(b2) {
		t.Fatalf("round trip differs:\n%s\n%s", b, b2)
	}
}

func TestDocumentJSONRejectsBadOffsets(t *testing.T) {
	for _, in := range []string{
		`{"text":"ab","sentences":[{"start":0,"end":3}],"tokens":[]}`,
		`{"text":"ab","sentences":[{"start":0,"end":2}],"tokens":[{"start":1,"end":0,"sent":0}]}`,
		`{"text":"ab","sentences":[{"start":0,"end":2}],"tokens":[{"start":0,"end":2,"sent":1}]}`,
		`{"text":"ab","sentences":[{"start":0,"end":2}],"tokens":[{"start":0,"end":2,"sent":0,"head":5,"deprel":"x"}]}`,
		`{"text":"ab","published":"yesterday"}`,
	} {
		var d Document
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
}

func FuzzDocumentJSON(f *testing.F) {
	f.Add(`{"text":"ab","sentences":[{"start":0,"end":2}],"tokens":[{"start":0,"end":2,"sent":0}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		var d Document
		if json.Unmarshal([]byte(in), &d) != nil {
			return
		}
		if _, err := json.Marshal(&d); err != nil {
			t.Fatal(err)
		}
	})
}

func TestMergeNewest(t *testing.T) {
	ev := func(id int64, date string) StoredEvent { return StoredEvent{ID: id, Date: date} }
	a := []StoredEvent{ev(5, "2024-03-14"), ev(3, "2024-03-12"), ev(1, "2024-03-01")}
	b := []StoredEvent{ev(6, "2024-03-14"), ev(3, "2024-03-12"), ev(2, "2024-03-02")}
	var ids []int64
	for _, e := range MergeNewest(a, b) {
		ids = append(ids, e.ID)
	}
	if fmt.Sprint(ids) != "[6 5 3 2 1]" {
		t.Fatalf("merged %v", ids)
	}
}

func TestChild(t *testing.T) {
	d := &Document{Tokens: []Token{
		{Sent: 0, Head: 1, Deprel: "nsubj"},
		{Sent: 0, Head: -1, Deprel: "root"},
		{Sent: 0, Head: 1, Deprel: "obj"},
		{Sent: 1, Head: 1, Deprel: "obj"}, // another sentence's token with the same head index
		{Sent: 1, Head: -1, Deprel: "root"},
	}}
	for _, c := range []struct {
		h    int
		rel  string
		want int
	}{
		{1, "nsubj", 0},
		{1, "obj", 2},
		{1, "cop", -1},
		{4, "obj", -1},
		{-1, "obj", -1},
		{9, "obj", -1},
	} {
		if got := d.Child(c.h, c.rel); got != c.want {
			t.Errorf("Child(%d, %q) = %d, want %d", c.h, c.rel, got, c.want)
		}
	}
}
