package coder

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"sitrep"
	"sitrep/nlp/nlptest"
)

// parsed builds a document from nlptest's compact form with actor
// mentions (text, code pairs).
func parsed(t *testing.T, src string, actors ...string) *sitrep.Document {
	t.Helper()
	d, err := nlptest.Parse(src, "2024-03-14")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(actors); i += 2 {
		if err := nlptest.Actor(d, actors[i], actors[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestAlignTrigger(t *testing.T) {
	// Tokens 0-4, then 5-10.
	d := parsed(t, "Norway/Norway/PROPN/2/nsubj welcomed/welcome/VERB/0/root the/the/DET/4/det talks/talk/NOUN/2/obj ././PUNCT/2/punct || "+
		"Chile/Chile/PROPN/2/nsubj held/hold/VERB/0/root talks/talk/NOUN/2/obj with/with/ADP/5/case Peru/Peru/PROPN/2/obl ././PUNCT/2/punct",
		"Norway", "NORGOV", "Chile", "CHLGOV", "Peru", "PERGOV")
	for _, tc := range []struct {
		name, trigger, src, tgt string
		want                    int
	}{
		{"the occurrence in the sentence of the event's actors", "talks", "CHL", "PER", 7},
		{"a full actor code compares by its country", "talks", "CHLGOV", "PERGOV", 7},
		{"one actor is enough when the other is absent", "talks", "NOR", "-", 3},
		{"no actor anywhere: the first occurrence, in any case", "Talks", "XXX", "YYY", 3},
		{"a phrase is told by its first verb", "held talks", "CHL", "PER", 6},
		{"a phrase without a verb by its head", "the talks", "NOR", "-", 3},
		{"a phrase not in the text", "summit", "CHL", "PER", -1},
		{"an empty trigger", " ", "CHL", "PER", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := AlignTrigger(d, tc.trigger, tc.src, tc.tgt); got != tc.want {
				t.Errorf("AlignTrigger(%q, %s, %s) = %d, want %d", tc.trigger, tc.src, tc.tgt, got, tc.want)
			}
		})
	}
}

// tinyExamples is a made-up training set: feature hashes stand for
// words, three kinds of candidate with roots 17, 4 and none.
func tinyExamples() []TriggerExample {
	var ex []TriggerExample
	for i := range 30 {
		ex = append(ex,
			TriggerExample{Feats: []uint64{1, 100 + uint64(i%3)}, Root: 17},
			TriggerExample{Feats: []uint64{1, 200 + uint64(i%2)}, Root: 4},
			TriggerExample{Feats: []uint64{1, 300 + uint64(i%5)}, Root: 0})
	}
	return ex
}

func TestTrainTriggersIsRepeatable(t *testing.T) {
	codes := RootCodes([]string{"172", "172", "171", "042", "040", "042"})
	if codes[17] != "172" || codes[4] != "042" || codes[19] != "190" {
		t.Fatalf("root codes %v", codes)
	}
	write := func(seed uint64) []byte {
		m, err := TrainTriggers(tinyExamples(), codes, 5, seed, 1)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Write(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := write(7), write(7)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with one seed wrote different files")
	}
	m, err := ReadTriggerModel(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != 1 || m.Codes[17] != "172" {
		t.Errorf("read back threshold %g, root 17 code %q", m.Threshold, m.Codes[17])
	}
	for _, tc := range []struct {
		feats []uint64
		want  int
	}{{[]uint64{1, 101}, 17}, {[]uint64{1, 200}, 4}, {[]uint64{1, 304}, 0}} {
		if got := m.predict(tc.feats, 0); got != tc.want {
			t.Errorf("predict(%v) = %d, want %d", tc.feats, got, tc.want)
		}
	}
}

func TestReadTriggerModelRefusesCorruptFiles(t *testing.T) {
	m, err := TrainTriggers(tinyExamples(), RootCodes(nil), 3, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if err := m.Write(&good); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("root\t190\n")},
		{"empty", nil},
		{"truncated", good.Bytes()[:good.Len()/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTriggerModel(bytes.NewReader(tc.data))
			if err == nil || !strings.HasPrefix(err.Error(), "trigger model: ") {
				t.Errorf("got error %v, want one naming the trigger model", err)
			}
		})
	}
}

// The hook: the model codes a word no lexicon entry knows, and is never
// asked about a word the rules code, whatever it would say of it.
func TestModelOnlyWhereRulesAreSilent(t *testing.T) {
	const src = "Chile/Chile/PROPN/2/nsubj bamboozled/bamboozle/VERB/0/root Peru/Peru/PROPN/2/obj ././PUNCT/2/punct || " +
		"Bolivia/Bolivia/PROPN/2/nsubj attacked/attack/VERB/0/root Ecuador/Ecuador/PROPN/2/obj ././PUNCT/2/punct"
	actors := []string{"Chile", "CHLGOV", "Peru", "PERGOV", "Bolivia", "BOLGOV", "Ecuador", "ECUGOV"}
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := parsed(t, src, actors...)
	cands, err := c.Candidates(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 1 || cands[0].Token != 1 {
		t.Fatalf("candidates %+v, want the unknown verb alone", cands)
	}
	if got := summarise(d.Events); strings.Join(got, " ") != "BOLGOV>ECUGOV 190 occurred 2024-03-14/day" {
		t.Fatalf("rules alone coded %v", got)
	}
	// Train the unknown verb as a coercion and the attack, which the
	// rules code, as a meeting.
	art := newArticle(d)
	bamboozle := art.sent(0).triggerFeats(c.lex, 1)
	attack := art.sent(1).triggerFeats(c.lex, 5)
	var ex []TriggerExample
	for range 10 {
		ex = append(ex, TriggerExample{Feats: bamboozle, Root: 17}, TriggerExample{Feats: attack, Root: 4},
			TriggerExample{Feats: []uint64{1, 2, 3}, Root: 0})
	}
	m, err := TrainTriggers(ex, RootCodes([]string{"172"}), 5, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	c.WithModel(m)
	d = parsed(t, src, actors...)
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	want := []string{"CHLGOV>PERGOV 172 occurred 2024-03-14/day model:17", "BOLGOV>ECUGOV 190 occurred 2024-03-14/day lexicon"}
	var got []string
	for i, s := range summarise(d.Events) {
		// The rule's kind, not its lexicon line, which moves.
		rule, _, _ := strings.Cut(d.Events[i].Rule, ":")
		if rule == "model" {
			rule = d.Events[i].Rule
		}
		got = append(got, s+" "+rule)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules and model coded\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	c.WithModel(nil)
	d = parsed(t, src, actors...)
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Errorf("without the model: %v", summarise(d.Events))
	}
}

func TestTriggerOccurrences(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         []int
	}{
		{"Talks failed. New talks began.", "talks", []int{0, 18}},
		{"aaa", "aa", []int{0, 1}},
		{"no match here", "talks", nil},
		{"anything", "", nil},
		// "İ" lowercases to three bytes: the text is matched as is, so that
		// offsets stay byte offsets into the original.
		{"İstanbul talks; Talks", "talks", []int{10}},
	}
	for _, tt := range tests {
		if got := TriggerOccurrences(tt.text, tt.phrase); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("TriggerOccurrences(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// FuzzReadTriggerModel: a model file given with --triggers is the user's
// input; a damaged one is refused with an error, never a panic.
func FuzzReadTriggerModel(f *testing.F) {
	m, err := TrainTriggers(tinyExamples(), RootCodes(nil), 3, 1, 0)
	if err != nil {
		f.Fatal(err)
	}
	var good bytes.Buffer
	if err := m.Write(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte{})
	f.Add([]byte("root\t190\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := ReadTriggerModel(bytes.NewReader(data)); err == nil && m == nil {
			t.Fatal("nil model without an error")
		}
	})
}
