package wordclass

import (
	"reflect"
	"strings"
	"testing"
)

func TestClusterWords(t *testing.T) {
	var sents [][]string
	for i := 0; i < 5; i++ {
		for _, s := range []string{"the cat sat", "a dog ran", "the dog sat", "a cat ran", "the cat ran", "a dog sat"} {
			sents = append(sents, strings.Fields(s))
		}
	}
	cl := Cluster(sents, 3, 100, 10)
	same := func(a, b string) bool { return cl[a] == cl[b] }
	for _, p := range [][2]string{{"the", "a"}, {"cat", "dog"}, {"sat", "ran"}} {
		if !same(p[0], p[1]) {
			t.Errorf("%s and %s in different classes: %v", p[0], p[1], cl)
		}
	}
	if same("the", "cat") || same("cat", "sat") || same("the", "sat") {
		t.Errorf("words of different roles share a class: %v", cl)
	}
	if again := Cluster(sents, 3, 100, 10); !reflect.DeepEqual(again, cl) {
		t.Error("clustering is not deterministic")
	}
}

func TestNewsSentences(t *testing.T) {
	got := Sentences("Obama's aide said: \"No.\"\n\nU.S. troops, 1,200 of them")
	want := [][]string{{"obama's", "aide", "said", ":", "\"", "no", ".", "\""}, {"u", ".", "s", ".", "troops", ",", "1", ",", "200", "of", "them"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
