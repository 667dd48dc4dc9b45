package tokenize

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep"
	"sitrep/nlp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var _ nlp.Component = (*Tokenizer)(nil)

// render writes sentences as their tokens joined by single spaces, one
// sentence per line, so that a test can say what it expects compactly.
func render(text string, sents []sitrep.Sentence, toks []sitrep.Token) string {
	var b strings.Builder
	for _, s := range sents {
		for k := s.TokStart; k < s.TokEnd; k++ {
			if k > s.TokStart {
				b.WriteByte(' ')
			}
			b.WriteString(text[toks[k].Start:toks[k].End])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestSplit(t *testing.T) {
	tk := New()
	for _, tc := range []struct {
		name, text string
		want       []string // sentences, tokens separated by spaces
	}{
		{"clitics", "I can't go, and they won't. We'd've cannot", []string{"I ca n't go , and they wo n't .", "We 'd 've can not"}},
		{"possessive", "Thomas' sister and the world’s mother's U.S.'s", []string{"Thomas ' sister and the world ’s mother 's U.S. 's"}},
		{"no apostrophe", "dont gonna Im", []string{"do nt gon na I m"}},
		{"abbreviations", "Mr. Smith of Acme Inc. met Gen. Lee in the U.S. at 5 p.m. yesterday.", []string{"Mr. Smith of Acme Inc. met Gen. Lee in the U.S. at 5 p.m. yesterday ."}},
		{"abbreviation ends sentence", "They sell pens, paper, etc. The shop opens at 9.", []string{"They sell pens , paper , etc .", "The shop opens at 9 ."}},
		{"abbreviation after a hyphen", "the Mexico-U.S. border and the A.F.L.-C.I.O. union", []string{"the Mexico - U.S. border and the A.F.L. - C.I.O. union"}},
		{"time ends sentence", "They met at 5 p.m. The talks failed in the ’90s.", []string{"They met at 5 p.m .", "The talks failed in the ’90s ."}},
		{"acronym ends sentence", "He flew to the U.S. He landed.", []string{"He flew to the U.S.", "He landed ."}},
		{"initials", "J. R. Smith said so. Then he left.", []string{"J. R. Smith said so .", "Then he left ."}},
		{"quote after period", `He said "No." She agreed.`, []string{`He said " No . "`, "She agreed ."}},
		{"question inside quote", `"Why?" he asked.`, []string{`" Why ? " he asked .`}},
		{"lowercase after a bare question mark", "is it open? no idea. ok then", []string{"is it open ?", "no idea .", "ok then"}},
		{"ellipsis", "Wait... what? And then…", []string{"Wait ... what ?", "And then …"}},
		{"hyphens", "a well-known non-profit e-mail nine-month-old", []string{"a well - known non-profit e-mail nine - month - old"}},
		{"dashes", "Iodine - aged 8–10 years — was low", []string{"Iodine - aged 8 – 10 years — was low"}},
		{"numbers", "It cost $14.5 million, up 40% from 3,200 at 6:30pm.", []string{"It cost $ 14.5 million , up 40 % from 3,200 at 6:30 pm ."}},
		{"phone and range", "Call 555-013-2294 for pages 5-10.", []string{"Call 555-013-2294 for pages 5 - 10 ."}},
		{"phone after a bracket", "Tel (281)651-7106;Fax", []string{"Tel ( 281 ) 651-7106 ; Fax"}},
		{"url and email", "See https://example.org/a-b. Mail me@example.com, please.", []string{"See https://example.org/a-b .", "Mail me@example.com , please ."}},
		{"slash", "and/or 11/28/2000 w/ friends", []string{"and / or 11/28/2000 w/ friends"}},
		{"brackets", "(see page 4) [a] {b}", []string{"( see page 4 ) [ a ] { b }"}},
		{"curly quotes", "“Go,” she said. ‘Now.’", []string{"“ Go , ” she said .", "‘ Now . ’"}},
		{"blank line", "Headline without a stop\n\nThe story begins.", []string{"Headline without a stop", "The story begins ."}},
		{"newline paragraph", "Short headline\nThe story begins.", []string{"Short headline", "The story begins ."}},
		{"title at a wrapped line end", "The measure was approved after a long debate, according to Sen.\nJohn Smith of the Senate Finance Committee, who spoke to reporters\nat the Capitol on Tuesday, and said that the vote had been close.\nIt was.",
			[]string{"The measure was approved after a long debate , according to Sen. John Smith of the Senate Finance Committee , who spoke to reporters at the Capitol on Tuesday , and said that the vote had been close .", "It was ."}},
		{"newline before lowercase", "a sentence that wraps\nonto the next line.", []string{"a sentence that wraps onto the next line ."}},
		{"dateline", "Parents prosecuted after death Friday, May 8, 2009 Thomas Sam, 42, is on trial.",
			[]string{"Parents prosecuted after death", "Friday , May 8 , 2009", "Thomas Sam , 42 , is on trial ."}},
		{"dateline after a quoted headline", "Army in 'state of war' Friday, August 21, 2015 According to Yonhap, troops moved.",
			[]string{"Army in ' state of war '", "Friday , August 21 , 2015", "According to Yonhap , troops moved ."}},
		{"date in running text", "It happened on Friday, May 8, 2009 in Sydney.", []string{"It happened on Friday , May 8 , 2009 in Sydney ."}},
		{"heading without a stop", "Votes by constituency In the New Territories West, Chu won. Climate Pact Adopted In Paris",
			[]string{"Votes by constituency", "In the New Territories West , Chu won .", "Climate Pact Adopted In Paris"}},
		{"caption", "Gloria died in hospital Image: Jambula. Gloria improved.", []string{"Gloria died in hospital", "Image : Jambula .", "Gloria improved ."}},
		{"emoticon and rule", "great :) ===== ok", []string{"great :) ===== ok"}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents, toks := tk.Split(tc.text)
			got := render(tc.text, sents, toks)
			want := ""
			for _, s := range tc.want {
				want += s + "\n"
			}
			if got != want {
				t.Errorf("Split(%q)\ngot:\n%swant:\n%s", tc.text, got, want)
			}
			checkSpans(t, tc.text, sents, toks)
		})
	}
}

// TestOffsets pins the byte offsets of a few tokens whose text is not
// ASCII or that split inside a word.
func TestOffsets(t *testing.T) {
	tk := New()
	for _, tc := range []struct {
		text string
		want [][2]int
	}{
		{"can't", [][2]int{{0, 2}, {2, 5}}},
		{"it’s", [][2]int{{0, 2}, {2, 6}}},
		{"“Yes.”", [][2]int{{0, 3}, {3, 6}, {6, 7}, {7, 10}}},
		{"8–10", [][2]int{{0, 1}, {1, 4}, {4, 6}}},
		{"  U.S.  ", [][2]int{{2, 6}}},
		{"Café's", [][2]int{{0, 5}, {5, 7}}},
	} {
		_, toks := tk.Split(tc.text)
		var got [][2]int
		for _, x := range toks {
			got = append(got, [2]int{x.Start, x.End})
		}
		if len(got) != len(tc.want) {
			t.Errorf("Split(%q) = %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Split(%q) = %v, want %v", tc.text, got, tc.want)
				break
			}
		}
	}
}

func TestProcess(t *testing.T) {
	doc := &sitrep.Document{Text: "The barrier failed. Residents left."}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 || len(doc.Tokens) != 7 {
		t.Fatalf("got %d sentences and %d tokens, want 2 and 7", len(doc.Sentences), len(doc.Tokens))
	}
	for i, tok := range doc.Tokens {
		if tok.Head != -1 {
			t.Errorf("token %d: Head %d, want -1", i, tok.Head)
		}
	}
	if s := doc.Sentences[1]; s.TokStart != 4 || s.TokEnd != 7 || doc.Text[s.Start:s.End] != "Residents left." {
		t.Errorf("second sentence %+v", s)
	}
}

// TestGolden tokenizes the news-like prose in testdata and compares it with
// the recorded output; run with -update after an intended change.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sents, toks := New().Split(string(text))
	got := render(string(text), sents, toks)
	golden := filepath.Join("testdata", "news.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("tokens of testdata/news.txt differ from news.golden (run with -update if intended):\n%s", got)
	}
}

// checkSpans asserts what every output must satisfy: tokens in range,
// ordered and not overlapping, every non-space byte in a token and no space
// in one, sentences covering their tokens exactly.
func checkSpans(t *testing.T, text string, sents []sitrep.Sentence, toks []sitrep.Token) {
	t.Helper()
	covered := make([]bool, len(text))
	prev := 0
	for i, x := range toks {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order or range (previous end %d, text %d bytes)", i, x.Start, x.End, prev, len(text))
		}
		if x.Head != -1 {
			t.Fatalf("token %d: Head %d", i, x.Head)
		}
		for k := x.Start; k < x.End; k++ {
			covered[k] = true
		}
		prev = x.End
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		space := isSpace(r) && r != utf8.RuneError
		for k := i; k < i+w; k++ {
			if covered[k] == space {
				t.Fatalf("byte %d (%q): space %v but covered %v", k, r, space, covered[k])
			}
		}
		i += w
	}
	next := 0
	for s, x := range sents {
		if x.TokStart != next || x.TokEnd <= x.TokStart || x.TokEnd > len(toks) {
			t.Fatalf("sentence %d tokens [%d,%d), want to start at %d", s, x.TokStart, x.TokEnd, next)
		}
		if x.Start != toks[x.TokStart].Start || x.End != toks[x.TokEnd-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", s, x.Start, x.End)
		}
		for k := x.TokStart; k < x.TokEnd; k++ {
			if toks[k].Sent != s {
				t.Fatalf("token %d: Sent %d, want %d", k, toks[k].Sent, s)
			}
		}
		next = x.TokEnd
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith can't go... \"Why?\" he asked.\n\nThe U.S. won't.",
		"e-mail me@x.org or see http://a.b/c). 5pm $3,000.50 40% 555-123-4567",
		"“Yes,” she said — ‘no’. Friday, May 8, 2009 The end",
		"\xff\xfe'' `` -- ---- :-) w/ [...] a) etc.. Inc.. ...?",
		"  \u00a0\u2003x\u3000",
	} {
		f.Add(s)
	}
	tk := New()
	f.Fuzz(func(t *testing.T, text string) {
		sents, toks := tk.Split(text)
		checkSpans(t, text, sents, toks)
	})
}

func BenchmarkSplit(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	// About 15 kB of paragraphs: a long article.
	s := strings.Repeat(string(text)+"\n\n", 10)
	tk := New()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Split(s)
	}
}

// TestConcurrent splits texts from several goroutines at once with one
// Tokenizer, as a pipeline does; run with -race to check for sharing.
func TestConcurrent(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tk := New()
	ws, wt := tk.Split(string(text))
	want := render(string(text), ws, wt)
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 20; k++ {
				s, tt := tk.Split(string(text))
				if got := render(string(text), s, tt); got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-errs; got != "" {
			t.Errorf("concurrent Split differs:\n%s", got)
		}
	}
}
