package coder_test

import "testing"

// TestMisreadVerbs: a word the lexicon knows as a verb, read as an
// adjective or a noun in a verb's slot (after a modal, "to", "and" after
// a verb, or a subject the parse swallowed into the object's phrase)
// with an object after it, codes its act; the same word as a modifier
// codes none.
func TestMisreadVerbs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"after a modal, an adjective of its object",
			"Iran will also free two detained French tourists, its foreign ministry said on Tuesday.",
			[]string{"IRN>FRA 0841"}, nil},
		{"after a modal in a second clause, the subject a compound",
			"Under the accord, Armenia is to hand over 12 prisoners of war, and Azerbaijan will free Armenian soldiers held since the war.",
			[]string{"AZE>ARM 0841"}, nil},
		{"after and, a noun conjoined to a noun",
			"Armenia and Azerbaijan agreed on Monday to withdraw troops from the border and exchange all captives.",
			[]string{"ARM>AZE 0841"}, nil},
		{"after a subject the parse took into the object's phrase",
			"NAIROBI, June 4 (Sitrep) — Protesters set fire to the Kenyan parliament building and to several police posts in Nairobi on Tuesday, as anger over new taxes spread.",
			[]string{"KEN>KEN 145"}, nil},
		{"an adjective as a modifier",
			"Kenya and Uganda signed a free trade agreement on Monday.",
			nil, []string{"KEN>UGA 0841", "UGA>KEN 0841"}},
	}
	runStories(t, p, cases)
}

// TestMisreadParticiples: a past verb the parse hung as an adjective on
// its own object codes its act when it follows "and" after a predicate
// or a subject the parse took into the object's phrase; a participle
// that modifies its noun ("a planned visit") is left as it is.
func TestMisreadParticiples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a subject taken into the object's phrase, the phrase the root",
			"ASTANA, May 3 (Sitrep) — Kazakhstan's president met Uzbekistan's president in Astana on Monday. The two sides signed agreements on water sharing and the construction of a new railway.",
			[]string{"KAZ>UZB 057", "UZB>KAZ 057"}, nil},
		{"a subject taken into the object's phrase, the phrase under a verb after it",
			"Chilean air force jets struck positions held by the rebels near the border with Bolivia on Sunday, the Chilean army said.",
			[]string{"CHL>BOL 195"}, nil},
		{"after and, a predicate above",
			"OSLO, May 3 (Sitrep) — Norway expelled two Russian diplomats on Monday. Norway said Russia was behaving recklessly. Denmark and Finland said in a statement they were deeply alarmed and urged restraint.",
			[]string{"DNK>RUS 0256", "FIN>RUS 0256"}, nil},
		{"a participle after a determiner modifies its noun",
			"Chad rejected the planned visit by the French minister.",
			[]string{"TCD>FRA 120"}, []string{"FRA>TCD 042", "TCD>FRA 043"}},
	}
	runStories(t, p, cases)
}
