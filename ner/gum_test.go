package ner

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/corpus"
)

// gumLines builds a GUM CoNLL-U sentence from rows of "form UPOS XPOS head
// deprel entity" (entity "_" for none).
func gumLines(header bool, rows ...string) string {
	var b strings.Builder
	if header {
		b.WriteString("# newdoc id = GUM_news_test\n# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n")
	}
	for i, r := range rows {
		f := strings.Fields(r)
		misc := "_"
		if f[5] != "_" {
			misc = "Entity=" + f[5]
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, f[0], strings.ToLower(f[0]), f[1], f[2], f[3], f[4], misc)
	}
	b.WriteString("\n")
	return b.String()
}

// gumSpans renders a converted sentence's entities as "LABEL[words]".
func gumSpans(s corpus.IOB2Sentence) string {
	var out []string
	for _, sp := range s.Spans() {
		out = append(out, sp.Label+"["+strings.Join(s.Tokens[sp.Start:sp.End], " ")+"]")
	}
	return strings.Join(out, ", ")
}

func TestReadGUMEntities(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want string
	}{
		{"title left out, the country a LOC of its own", []string{
			"US PROPN NNP 2 compound (1-person-new-sssss-cf1-3-sgl-Donald_Trump(2-place-new-nnnnn-cf1-1-sgl-United_States)",
			"President PROPN NNP 3 compound _",
			"Donald PROPN NNP 5 nsubj _",
			"Trump PROPN NNP 3 flat 1)",
			"spoke VERB VBD 0 root _",
		}, "LOC[US], PER[Donald Trump]"},
		{"determiner out, capitalised VERB in", []string{
			"the DET DT 3 det (1-place-new-sssss-cf1-3-coref-United_States",
			"United VERB VBN 3 amod _",
			"States PROPN NNPS 4 nsubj 1)",
			"agreed VERB VBD 0 root _",
		}, "LOC[United States]"},
		{"a name with its link word; the nested place dropped", []string{
			"the DET DT 2 det (1-organization-new-sssss-cf1-2-coref-University_of_Sydney",
			"University PROPN NNP 5 nsubj _",
			"of ADP IN 4 case _",
			"Sydney PROPN NNP 2 nmod (2-place-new-sssss-cf1-1-coref-Sydney)1)",
			"said VERB VBD 0 root _",
		}, "ORG[University of Sydney]"},
		{"apposition of places: each its own span", []string{
			"in ADP IN 2 case _",
			"Sydney PROPN NNP 0 root (1-place-new-nssns-cf7-1,3-sgl-Sydney",
			", PUNCT , 4 punct _",
			"Australia PROPN NNP 2 appos (2-place-new-nssns-cf8-1-sgl-Australia)1)",
		}, "LOC[Sydney], LOC[Australia]"},
		{"unnamed mentions and other types are O", []string{
			"his PRON PRP$ 2 nmod:poss (1-person-new-sssss-cf1-1-ana)",
			"wife NOUN NN 3 nsubj (2-person-new-sssss-cf1-1-coref",
			"left VERB VBD 0 root 2)",
			"Easter PROPN NNP 3 obl (3-time-new-sssss-cf1-1-sgl)",
		}, ""},
		{"Secretary of State: only the words that hang from the name", []string{
			"Secretary PROPN NNP 4 compound (1-person-new-sssss-cf1-4-sgl-Mike_Pompeo",
			"of ADP IN 3 case _",
			"State PROPN NNP 1 nmod _",
			"Mike PROPN NNP 6 nsubj _",
			"Pompeo PROPN NNP 4 flat 1)",
			"spoke VERB VBD 0 root _",
		}, "PER[Mike Pompeo]"},
		{"demonyms and bare titles are O", []string{
			"Americans PROPN NNPS 2 nsubj (1-person-new-sssss-cf1-1-sgl)",
			"met VERB VBD 0 root _",
			"the DET DT 4 det (2-person-new-sssss-cf1-2-coref",
			"President PROPN NNP 2 obj 2)",
		}, ""},
		{"a person's link words, not of", []string{
			"Wong PROPN NNP 0 root (1-person-new-sssss-cf1-1-sgl",
			"Mei PROPN NNP 1 flat _",
			"- PUNCT HYPH 4 punct _",
			"ling PROPN NNP 2 flat _",
			"of ADP IN 6 case _",
			"KTWU PROPN NNP 1 nmod (2-organization-new-sssss-cf1-1-sgl)1)",
		}, "PER[Wong Mei - ling], ORG[KTWU]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, err := ReadGUMEntities(strings.NewReader(gumLines(true, tt.rows...)))
			if err != nil {
				t.Fatal(err)
			}
			if len(ss) != 1 {
				t.Fatalf("%d sentences, want 1", len(ss))
			}
			if got := gumSpans(ss[0]); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if ss[0].Comment("newdoc id") != "GUM_news_test" {
				t.Errorf("comments %q: newdoc id lost", ss[0].Comments)
			}
		})
	}
}

// TestReadGUMEntitiesMalformed: a header with no etype field and
// malformed Entity values fail the file, naming the line, the word ID and
// the value (mend25; they were skipped silently).
func TestReadGUMEntitiesMalformed(t *testing.T) {
	const hdr = "# newdoc id = GUM_news_test\n# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n"
	word := func(id int, form, entity string) string {
		return fmt.Sprintf("%d\t%s\t%s\tPROPN\tNNP\t_\t0\troot\t_\tEntity=%s\n", id, form, strings.ToLower(form), entity)
	}
	tests := []struct {
		name, in string
		want     []string // substrings of the error
	}{
		{"header with no etype field",
			"# newdoc id = GUM_news_test\n# global.Entity = GRP-infstat-identity\n" + word(1, "Oslo", "(1-new-Oslo)"),
			[]string{"line 2:", `"GRP-infstat-identity"`, "no etype"}},
		{"opening never closed",
			hdr + word(1, "Anna", "(1-person-new-sssss-cf1-2-sgl") + word(2, "Berg", "(2-place-new-sssss-cf1-1-sgl-Berg)") + "\n",
			[]string{"line 3, word 1:", "Entity=(1-person-new-sssss-cf1-2-sgl", `"1"`, "never closed"}},
		{"closing with no opening",
			hdr + word(1, "Anna", "(1-person-new-sssss-cf1-1-sgl)") + word(2, "Berg", "7)") + "\n",
			[]string{"line 4, word 2:", "Entity=7)", `"7)"`, "no opening"}},
		{"an id without its bracket",
			hdr + word(1, "Anna", "(1-person-new-sssss-cf1-1-sgl)x(") + "\n",
			[]string{"line 3, word 1:", `id "x"`}},
		{"a bare id",
			hdr + word(1, "Anna", "(1-person-new-sssss-cf1-1-sgl)x") + "\n",
			[]string{"line 3, word 1:", `"x" has no bracket`}},
		// Empty openings (review finding 8).
		{"an empty opening",
			hdr + word(1, "Anna", "()") + "\n",
			[]string{"line 3, word 1:", "Entity=()", "no id"}},
		{"an opening with an empty id",
			hdr + word(1, "Anna", "(-)") + "\n",
			[]string{"line 3, word 1:", "Entity=(-)", "no id"}},
		{"an opening with no etype field",
			hdr + word(1, "Anna", "(1)") + "\n",
			[]string{"line 3, word 1:", "Entity=(1)", `opening "1" has no etype`}},
		{"counted past a multi-word token line",
			hdr + "1-2\tAnna's\t_\t_\t_\t_\t_\t_\t_\t_\n" + word(1, "Anna", "(1-person-new-sssss-cf1-1-sgl)") + word(2, "'s", "3)") + "\n",
			[]string{"line 5, word 2:", "no opening"}},
		// The reader's own line count (review finding 8): an empty
		// node of the enhanced graph, which the reader drops, still
		// takes a line.
		{"counted past an empty node line",
			hdr + word(1, "Anna", "(1-person-new-sssss-cf1-1-sgl)") + "1.1\tbe\tbe\tAUX\t_\t_\t_\t_\t_\t_\n" + word(2, "Berg", "3)") + "\n",
			[]string{"line 5, word 2:", "no opening"}},
		{"an unclosed opening before a closed one, second sentence",
			hdr + word(1, "Oslo", "(1-place-new-sssss-cf1-1-sgl-Oslo)") + "\n" + "# sent_id = 2\n" + word(1, "Anna", "(2-person-new-sssss-cf1-2-sgl(3-place-new-sssss-cf1-1-sgl)") + "\n",
			[]string{"line 6, word 1:", `"2"`, "never closed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGUMEntities(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("err = %q, want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestReadGUMEntitiesNoHeader(t *testing.T) {
	_, err := ReadGUMEntities(strings.NewReader(gumLines(false, "Oslo PROPN NNP 0 root (1-place-new-s-cf1-1-sgl)")))
	if err == nil || !strings.Contains(err.Error(), "global.Entity") {
		t.Errorf("err = %v, want one naming the missing header", err)
	}
}

func FuzzReadGUMEntities(f *testing.F) {
	f.Add(gumLines(true,
		"US PROPN NNP 2 compound (1-person-new-sssss-cf1-3-sgl-Donald_Trump(2-place-new-nnnnn-cf1-1-sgl-United_States)",
		"President PROPN NNP 3 compound _",
		"Donald PROPN NNP 0 root _",
		"Trump PROPN NNP 3 flat 1)"))
	f.Add(gumLines(true, "a PROPN NNP 1 root (1-place", "b PROPN NNP 1 nmod 1)1)(", "c X X 9 dep ((-)"))
	f.Add("# global.Entity = etype\n1\tx\tx\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(place)\n")
	f.Add("# global.Entity = GRP-identity\n1\tx\tx\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-x)\n")
	f.Add(gumLines(true, "Anna PROPN NNP 2 nsubj (1-person-new(((", "Berg PROPN NNP 0 root 7)x)", "Bergen PROPN NNP 2 obl )()(-"))
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadGUMEntities(strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.Contains(err.Error(), "global.Entity") {
				t.Fatalf("error %q names no line", err)
			}
			return
		}
		for _, s := range ss {
			if len(s.Tags) != len(s.Tokens) {
				t.Fatalf("%d tags for %d tokens", len(s.Tags), len(s.Tokens))
			}
			for _, tag := range s.Tags {
				if !(tag == "O" || strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")) {
					t.Fatalf("bad tag %q", tag)
				}
			}
		}
	})
}

func TestGUMFlatNameAndLinks(t *testing.T) {
	rows := []string{
		"director NOUN NN 5 nsubj (1-person-new-sssss-cf1-1-sgl",
		"General PROPN NNP 1 flat _",
		"Omar PROPN NNP 1 flat _",
		"Haddad PROPN NNP 1 flat 1)",
		"spoke VERB VBD 0 root _",
		"for ADP IN 8 case _",
		"the DET DT 8 det (2-organization-new-sssss-cf1-2-sgl",
		"Friends PROPN NNPS 5 obl _",
		"of ADP IN 12 case _",
		"the DET DT 12 det _",
		"Northern ADJ JJ 12 amod _",
		"Library PROPN NNP 8 nmod 2)",
	}
	ss, err := ReadGUMEntities(strings.NewReader(gumLines(true, rows...)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := gumSpans(ss[0]), "PER[Omar Haddad], ORG[Friends of the Northern Library]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestGUMCountryAsOrganization(t *testing.T) {
	in := gumLines(true,
		"Seoul PROPN NNP 0 root (1-place-new-sssss-cf1-1-sgl-Seoul)",
		"in ADP IN 4 case _",
		"South PROPN NNP 4 compound (2-place-new-sssss-cf1-1,2-sgl-South_Korea",
		"Korea PROPN NNP 1 nmod 2)",
	) + gumLines(false,
		"South PROPN NNP 2 compound (2-organization-giv-sssss-cf1-1,2-coref-South_Korea",
		"Korea PROPN NNP 3 nsubj 2)",
		"said VERB VBD 0 root _",
		"Belgium PROPN NNP 5 nsubj (3-organization-new-sssss-cf1-1-coref-Belgium_national_football_team)",
		"beat VERB VBD 3 parataxis _",
		"the DET DT 8 det (4-organization-new-sssss-cf1-3-sgl-Belgium_national_football_team",
		"Red PROPN NNP 8 compound _",
		"Devils PROPN NNPS 5 obj 4)",
	)
	ss, err := ReadGUMEntities(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range ss {
		got = append(got, gumSpans(s))
	}
	want := []string{"LOC[Seoul], LOC[South Korea]", "LOC[South Korea], LOC[Belgium], ORG[Red Devils]"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got %q, want %q", got, want)
	}
}
