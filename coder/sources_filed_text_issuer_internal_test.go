package coder

import (
	"testing"

	"sitrep"
)

// TestJudgedTextCode: praise, defence, criticism and rejection of a text
// judge it; recognition, apology, forgiveness and signing do not
// (review21 finding 4).
func TestJudgedTextCode(t *testing.T) {
	for code, want := range map[string]bool{
		"051": true, "052": true, "111": true, "112": true, "1121": true, "120": true, "1231": true,
		"050": false, "053": false, "054": false, "055": false, "056": false, "057": false, "046": false, "130": false,
	} {
		if got := judgedTextCode(code); got != want {
			t.Errorf("judgedTextCode(%q) = %v, want %v", code, got, want)
		}
	}
}

// TestFiledIssuerNoArticle: a second sentence coded on its own (no
// article, as the small tree tests build them) reads no sentence before
// it, and finds no issuer instead of failing (review21 finding 5).
func TestFiledIssuerNoArticle(t *testing.T) {
	s := handSent(t, "Ghana/Ghana/2/nsubj/PROPN filed/file/0/root/VERB a/a/4/det/DET case/case/2/obj/NOUN ././2/punct/PUNCT "+
		"The/the/7/det/DET case/case/8/nsubj/NOUN accused/accuse/0/root/VERB Togo/Togo/8/obj/PROPN ././8/punct/PUNCT")
	d := s.doc
	d.Sentences = []sitrep.Sentence{
		{Start: 0, End: d.Tokens[4].End, TokStart: 0, TokEnd: 5},
		{Start: d.Tokens[5].Start, End: len(d.Text), TokStart: 5, TokEnd: 10},
	}
	second := newSent(d, 1)
	if second.art != nil {
		t.Fatal("want a sentence without an article")
	}
	if m := second.filedIssuer(6); m != nil {
		t.Errorf("filedIssuer of %q without an article = %v, want nil", d.TokenText(6), m)
	}
}
