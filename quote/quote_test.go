package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"sitrep"
)

// find runs the finder over text split by the stand-in tokenizer.
func find(t testing.TB, text string) []sitrep.Quote {
	t.Helper()
	doc := &sitrep.Document{Text: text}
	Segment(doc)
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc.Quotes
}

// show renders quotes compactly: [direct] content | cue | speaker => resolved.
func show(qs []sitrep.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		kind := "I"
		if q.Direct {
			kind = "D"
		}
		fmt.Fprintf(&b, "%s %d:%d %s | %s | %s", kind, q.Start, q.End, strings.ReplaceAll(q.Text, "\n", `\n`), spanText(q.Cue), spanText(q.Speaker))
		if q.SpeakerResolved != nil {
			fmt.Fprintf(&b, " => %s", q.SpeakerResolved.Text)
			if q.SpeakerResolved.Actor != "" {
				fmt.Fprintf(&b, " [%s]", q.SpeakerResolved.Actor)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func spanText(s *sitrep.Span) string {
	if s == nil {
		return "-"
	}
	return fmt.Sprintf("%s@%d", s.Text, s.Start)
}

func TestFinder(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"split quote",
			"\"We will not be intimidated,\" she said, \"and we will not back down.\"",
			"D 0:29 \"We will not be intimidated,\" | said@34 | she@30 => she\n" +
				"D 40:68 \"and we will not back down.\" | said@34 | she@30 => she\n"},
		{"curly nested",
			"“He told me ‘no way,’ and left,” said Ana Díaz, a neighbour.",
			"D 0:40 “He told me ‘no way,’ and left,” | said@41 | Ana Díaz, a neighbour@46 => Ana Díaz, a neighbour\n"},
		{"multi paragraph",
			"The minister said:\n\n“We are ready.\n\n“We have always been ready.”\n\nThe talks went on.",
			"D 20:70 “We are ready.\\n\\n“We have always been ready.” | said@13 | The minister@0 => The minister\n"},
		{"unclosed",
			"He said: “We are ready.\n\nThe talks went on.",
			"D 9:25 “We are ready. | said@3 | He@0 => He\n"},
		{"partial",
			"Trump called the move \"dangerous.\"",
			"I 13:34 the move \"dangerous.\" | called@6 | Trump@0 => Trump\n" +
				"D 22:34 \"dangerous.\" | called@6 | Trump@0 => Trump\n"},
		{"said that",
			"The minister said that talks would resume next week.",
			"I 23:51 talks would resume next week | said@13 | The minister@0 => The minister\n"},
		{"told reporters",
			"Smith told reporters the deal was dead.",
			"I 21:38 the deal was dead | told@6 | Smith@0 => Smith\n"},
		{"according to first",
			"According to the ministry, 12 people died in the attack.",
			"I 27:55 12 people died in the attack | According to@0 | the ministry@13 => the ministry\n"},
		{"according to last",
			"Twelve people died in the attack, according to the ministry.",
			"I 0:32 Twelve people died in the attack | according to@34 | the ministry@47 => the ministry\n"},
		{"denied",
			"The company denied that it had paid the bribe.",
			"I 24:45 it had paid the bribe | denied@12 | The company@0 => The company\n"},
		{"warned",
			"The general warned that the war would be long.",
			"I 24:45 the war would be long | warned@12 | The general@0 => The general\n"},
		{"accused",
			"Clinton accused Trump of lying about his taxes.",
			"I 16:46 Trump of lying about his taxes | accused@8 | Clinton@0 => Clinton\n"},
		{"said at end",
			"Talks will resume next week, a foreign ministry spokesperson said.",
			"I 0:27 Talks will resume next week | said@61 | a foreign ministry spokesperson@29 => a foreign ministry spokesperson\n"},
		{"inverted at end",
			"Talks will resume next week, said Lee Epstein, who teaches law.",
			"I 0:27 Talks will resume next week | said@29 | Lee Epstein@34 => Lee Epstein\n"},
		{"pronoun",
			"“We will win,” said Foreign Minister Ana Pérez. “We are ready,” she added.",
			"D 0:18 “We will win,” | said@19 | Foreign Minister Ana Pérez@24 => Foreign Minister Ana Pérez\n" +
				"D 53:72 “We are ready,” | added@77 | she@73 => Foreign Minister Ana Pérez\n"},
		{"surname",
			"Haley Morris, a spokeswoman, said the campaign was lean. “We are fine,” Morris said.",
			"I 34:55 the campaign was lean | said@29 | Haley Morris, a spokeswoman@0 => Haley Morris, a spokeswoman\n" +
				"D 57:75 “We are fine,” | said@83 | Morris@76 => Haley Morris\n"},
		{"scare quote",
			"The so-called \"experts\" were wrong again.",
			""},
		{"title",
			"Speaking on \"This Week,\" Carson said the plan had failed.",
			"I 37:56 the plan had failed | said@32 | Carson@25 => Carson\n"},
		{"straight nyt",
			"''We were not happy,'' said Mr. Finlayson.",
			"D 0:22 ''We were not happy,'' | said@23 | Mr. Finlayson@28 => Mr. Finlayson\n"},
		{"colon next",
			"Cruz continued:\n\n“How about talking about the issues?”",
			"D 17:58 “How about talking about the issues?” | continued@5 | Cruz@0 => Cruz\n"},
		{"adding",
			"The senator said the bill was dead, adding: “It will not pass.”",
			"I 17:34 the bill was dead | said@12 | The senator@0 => The senator\n" +
				"D 44:67 “It will not pass.” | adding@36 | The senator@0 => The senator\n"},
		{"interview",
			"Q: What did you find?\nA: Nothing at all, really.",
			"I 3:21 What did you find? | :@1 | Q@0 => Q\n" +
				"I 25:48 Nothing at all, really. | :@23 | A@22 => A\n"},
		{"according to middle",
			"At the heart of the dispute, according to two officials, was a decision to delay.",
			"I 0:27 At the heart of the dispute | according to@29 | two officials@42 => two officials\n" +
				"I 57:80 was a decision to delay | according to@29 | two officials@42 => two officials\n"},
		{"who said",
			"It was backed by 46 percent of voters, who said the economy came first.",
			"I 48:70 the economy came first | said@43 | who@39 => 46 percent of voters\n"},
		{"coordinated",
			"He admitted the error but said the plan would go ahead.",
			"I 12:21 the error | admitted@3 | He@0 => He\n" +
				"I 31:54 the plan would go ahead | said@26 | He@0 => He\n"},
		{"party label",
			"“We will fight,” Rep. Earl Blumenauer (D-Ore.) said.",
			"D 0:20 “We will fight,” | said@51 | Rep. Earl Blumenauer (D-Ore.)@21 => Rep. Earl Blumenauer (D-Ore.)\n"},
		{"colon name",
			"Carson: “I am not going anywhere.”",
			"D 8:38 “I am not going anywhere.” | :@6 | Carson@0 => Carson\n"},
		{"asked",
			"Asked whether he would run again, Smith said he had not decided.",
			"I 6:32 whether he would run again | Asked@0 | -\n" +
				"I 45:63 he had not decided | said@40 | Smith@34 => Smith\n"},
	}
	for _, tc := range tests {
		got := show(find(t, tc.text))
		if got != tc.want {
			t.Errorf("%s:\n%s\ngot:\n%s\nwant:\n%s", tc.name, tc.text, got, tc.want)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs the finder over a news article written for the tests and
// compares its quotes with testdata/article.golden.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(find(t, string(text)), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile("testdata/article.golden", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/article.golden")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("quotes differ from testdata/article.golden (run with -update to accept):\n%s", got)
	}
}

// TestActorLinks checks that a speaker resolves through the actor layer's
// coreference link and carries the actor code.
func TestActorLinks(t *testing.T) {
	text := "Ana Pérez arrived late. “We are ready,” she said."
	doc := &sitrep.Document{Text: text}
	Segment(doc)
	she := strings.Index(text, "she")
	doc.Actors = []sitrep.ActorMention{
		{Span: doc.MakeSpan(0, len("Ana Pérez")), Code: "ESPGOV", Ref: -1},
		{Span: doc.MakeSpan(she, she+3), Code: "ESPGOV", Ref: 0},
	}
	doc.Layers |= sitrep.LayerActors
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1:\n%s", len(doc.Quotes), show(doc.Quotes))
	}
	r := doc.Quotes[0].SpeakerResolved
	if r == nil || r.Text != "Ana Pérez" || r.Actor != "ESPGOV" {
		t.Errorf("resolved speaker %+v, want Ana Pérez ESPGOV", r)
	}
}

// TestDeps checks that a parsed sentence takes the clausal complement of
// the cue as content, where surface patterns would keep the adverbial.
func TestDeps(t *testing.T) {
	text := "Officials said on Monday the talks had failed."
	doc := &sitrep.Document{Text: text}
	Segment(doc)
	// Officials said on Monday the talks had failed .
	heads := []int{1, -1, 3, 1, 5, 7, 7, 1, 1}
	rels := []string{"nsubj", "root", "case", "obl", "det", "nsubj", "aux", "ccomp", "punct"}
	if len(doc.Tokens) != len(heads) {
		t.Fatalf("got %d tokens, want %d", len(doc.Tokens), len(heads))
	}
	for i := range doc.Tokens {
		doc.Tokens[i].Head, doc.Tokens[i].Deprel = heads[i], rels[i]
	}
	doc.Layers |= sitrep.LayerDeps
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	want := "I 25:45 the talks had failed | said@10 | Officials@0 => Officials\n"
	if got := show(doc.Quotes); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestLexicon(t *testing.T) {
	lex, err := parseLexicon(cuesFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"said", "told", "according", "warned", "accused", "denied", "tweeted", "vowed"} {
		if len(lex[w]) == 0 {
			t.Errorf("cue %q missing from cues.txt", w)
		}
	}
	if c := lex["according"]; len(c) == 0 || c[0].kind != kindAccording || len(c[0].words) != 2 {
		t.Errorf("according to: got %+v", c)
	}
	bad := []struct{ name, src, want string }{
		{"no kind", "said\n", "cues.txt line 1"},
		{"bad kind", "said\tshout\n", "cues.txt line 1"},
		{"twice", "said\tsay\nsaid\tsay\n", "cues.txt line 2: \"said\" listed twice"},
	}
	for _, tc := range bad {
		if _, err := parseLexicon(tc.src); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []qspan
	}{
		{`He said "yes" and "no".`, []qspan{{8, 13, true}, {18, 22, true}}},
		{"“a\n\n“b”", []qspan{{0, 13, true}}},
		{"“a\n\nb", []qspan{{0, 4, false}}},
		{"it's ''fine'' now", []qspan{{5, 13, true}}},
		// ” opens where a straight mark would (review31 #10) and is
		// ignored where it closes nothing.
		{"”stray", []qspan{{0, 8, false}}},
		{"a stray” mark", nil},
		{"”We won,” he said.", []qspan{{0, 13, true}}},
		{"x\u00a0\"quoted\"", []qspan{{3, 11, true}}},
		{"\"not about “Justice” at all\" end", []qspan{{0, 32, true}}},
	}
	for _, tc := range tests {
		got := scanQuotes(tc.text)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzFinder checks that no text makes the finder panic or emit a span
// outside the text or inconsistent with it.
func FuzzFinder(f *testing.F) {
	f.Add(`"We will not," she said, "back down."`)
	f.Add("He said: “a\n\n“b”\n\nAccording to X, y.")
	f.Add("''x'' said Mr. Y, who z, told A: \"b")
	f.Fuzz(func(t *testing.T, text string) {
		doc := &sitrep.Document{Text: text}
		Segment(doc)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		check := func(s *sitrep.Span) {
			if s == nil {
				return
			}
			if s.Start < 0 || s.End < s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %d:%d %q in %q", s.Start, s.End, s.Text, text)
			}
		}
		for i := range doc.Quotes {
			q := &doc.Quotes[i]
			check(&q.Span)
			check(q.Cue)
			check(q.Speaker)
		}
	})
}

// BenchmarkFinder measures the finder alone over the test article, tokens
// per second as a metric.
func BenchmarkFinder(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	// Twenty copies make an article of news-feature length.
	doc := &sitrep.Document{Text: strings.Repeat(string(text)+"\n", 20)}
	Segment(doc)
	f := New()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc.Quotes = nil
		if err := f.Process(doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(doc.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// FuzzTokens feeds the finder token layers that no tokenizer would make
// (empty, overlapping, out of order, with bad heads), as a gold file or a
// faulty component might: it must not panic.
func FuzzTokens(f *testing.F) {
	f.Add(`"Yes," he said.`, []byte{0, 1, 2, 3, 4, 5})
	f.Add("According to X, y.", []byte{9, 3, 3, 0, 200, 7})
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		doc := &sitrep.Document{Text: text}
		for i := 0; i+1 < len(cuts) && i < 64; i += 2 {
			a, b := int(cuts[i]), int(cuts[i+1])
			if a > len(text) || b > len(text) || a > b {
				continue
			}
			doc.Tokens = append(doc.Tokens, sitrep.Token{Start: a, End: b, Sent: i % 3, Head: int(cuts[i]) - 100, Deprel: "ccomp"})
		}
		doc.Sentences = []sitrep.Sentence{{Start: 0, End: len(text), TokStart: 0, TokEnd: len(doc.Tokens)}}
		doc.Layers = sitrep.LayerTokens | sitrep.LayerSentences | sitrep.LayerDeps
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
	})
}
