package main

// The whole pipeline under made-up and random text: no text may crash it,
// hang it or give it an internal error, and every layer's offsets must lie
// inside the text on UTF-8 boundaries.
//
//	go test -run XXX -fuzz FuzzPipeline -parallel 1 -fuzztime 10m -fuzzminimizetime 3s ./cmd/sitrep
//	SITREP_GENERATE=10m go test -run TestPipelineGenerated -parallel 1 -timeout 30m -v ./cmd/sitrep
//
// (Without -fuzzminimizetime the fuzzer spends a minute shrinking each new
// interesting input, a minute with no new input tried.) The second runs the generator for ten minutes instead of its default
// 3,000 stories; SITREP_GENERATE_LAST=FILE writes each document's text to
// FILE before it is annotated, so that the text that killed the process
// (a stack overflow is fatal, no recover catches it) is at hand.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"sitrep"
	"sitrep/actors"
	"sitrep/coder"
	"sitrep/nlp"
	"sitrep/samples"
	"sitrep/tokenize"
)

var (
	fuzzPipeOnce sync.Once
	fuzzPipe     *nlp.Pipeline
	fuzzPipeErr  error
)

func fuzzPipeline(t testing.TB) *nlp.Pipeline {
	fuzzPipeOnce.Do(func() { fuzzPipe, fuzzPipeErr = buildPipeline(pipelineConfig{}) })
	if fuzzPipeErr != nil {
		t.Fatal(fuzzPipeErr)
	}
	return fuzzPipe
}

// pipelineSeeds are made-up news sentences for the parts of the coder that
// random bytes rarely reach: quotes, datelines, coordination, relative
// clauses, texts and nouns named again, long sentences, odd punctuation.
var pipelineSeeds = []string{
	`MANILA, March 14 (Sitrep) — The Philippines accused China of ramming a supply boat near the shoal on Thursday.`,
	`BEIJING — "We will never accept the ruling," the foreign ministry spokesman said, adding that China would respond firmly.`,
	`Russia and Ukraine exchanged prisoners on Friday, the first swap since talks in Istanbul collapsed, officials in both capitals said.`,
	`The minister, who met his Iranian counterpart in Geneva, said the sanctions that Washington imposed last year would stay.`,
	`Lawmakers adopted a resolution on Monday. The resolution condemned Togo for closing the crossing. The resolution also urged Togo to reopen it.`,
	`The report said the army shelled the town. The report accused the army of blocking aid, and the army denied the report.`,
	`The statement said the talks would resume. Iran rejected the statement, and the statement was later withdrawn.`,
	`Kenya said in a statement that Somali forces had crossed the border; the statement accused Somalia of aggression.`,
	`KYIV, Ukraine (AP) — Ukrainian forces shelled Russian positions, Russian forces shelled Ukrainian positions, Poland condemned the attacks, Germany urged restraint, France called for talks, Turkey offered to mediate, the United Nations appealed for a ceasefire, Hungary blocked a European Union statement, the United States imposed sanctions on Russia, and China, which has refused to condemn Moscow, said it would not supply weapons to either side while the fighting continued through the winter and into the spring.`,
	`"He lied," she said. "He lied — again!" "Who?" "The president," said the envoy, who declined to be named, "and his ministers."`,
	`NEW DELHI, May 3 -- India ( which denies it ) said Pakistan ... had fired ; shells — "many" — at posts?! Pakistan: "No."`,
	`Japan said it would not attend. It did not attend. Japan did not say why it did not attend the summit it had promised to attend.`,
	`Israel said Hamas fired rockets, Hamas said Israel bombed Gaza, and Egypt, which mediated, said both had agreed to a truce that neither kept.`,
	`The Kremlin denied that Russian troops had entered Georgia, which accused Moscow of occupying two villages that Tbilisi claims.`,
	`WASHINGTON — President Biden will meet Xi Jinping in San Francisco next week, the White House said on Tuesday, after months of tension over Taiwan.`,
	`ADDIS ABABA (Reuters) - Ethiopia and Eritrea signed a peace agreement on July 9, 2018, ending a war that began in 1998, Prime Minister Abiy Ahmed said.`,
	`Venezuela, Colombia, Brazil, Peru, Ecuador and Bolivia signed, ratified, and then abandoned the pact, the pact's secretariat said in a report the report's authors later withdrew.`,
	`The spokesman said that the minister said that the president said that the army would not withdraw unless the rebels, who had attacked the base, surrendered.`,
	`“We condemn this,” said Lavrov. ‘They will pay,’ he added… Russia threatened Ukraine.`,
	"\u00a0Iran\u2003threatened\u00a0Israel\u3000.\n\n\nIsrael — warned — Iran.",
	`U.S. Sec. of State Blinken met w/ Saudi FM Prince Faisal bin Farhan in Riyadh on Wed. & discussed Gaza, Sudan, Yemen etc.`,
	`The army said the army would respond. The army responded. The army's response was condemned by the army's critics.`,
	`Iran said it would retaliate if Israel attacked, and Israel said it would attack if Iran retaliated.`,
	`NATO's secretary general urged members to send more air defence systems to Ukraine "as soon as possible", warning that "time is running out".`,
	`((("Russia"))) [[attacked]] {Ukraine} <b>today</b> &amp; Poland, @NATO #war https://example.org/a?b=c 50% $3,000,000`,
	"\x940 \xff\xfeIran\xc3 said\xe2\x80 it would \xf0\x9f\x98 retaliate.",
	`Sudan's army and the Rapid Support Forces agreed to a ceasefire in Jeddah, the ceasefire collapsed within hours, and each side blamed the other for breaking the ceasefire.`,
}

// pipelineCycleSeeds made the coder recurse until the stack overflowed
// (review21; fixed by mend21 in coder/sources_filed_text_issuer.go, and
// stopped by the coder's maxSourceDepth on any path through sourceActors).
var pipelineCycleSeeds = []string{
	"In a statement on Friday, the statement accused Israel of blocking aid.",
	"Citing a report released in March, the report accuses Israel of blocking aid.",
	"Referring to a resolution adopted in 2016, the resolution condemns Israel.",
	"After an initial statement on Friday, the statement released on Sunday accused Israel of blocking aid.",
	"Drawing on a report published last year, the report criticises Israel.",
}

// pipelineRegressions are texts the fuzzer or the generator found to
// crash, hang or misplace an offset, reduced to a sentence.
var pipelineRegressions = []string{
	// The coder asked the sentence before the first (index out of range).
	"Two days later, the Dickon Mitchell army refused to postpone the talk.",
}

func sampleTexts(t testing.TB) []string {
	var texts []string
	sc := bufio.NewScanner(bytes.NewReader(samples.JSONL))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	return texts
}

// annotateChecked runs the pipeline over text with a time limit and fails
// on an error that is not an input error, on a hang, and on any layer's
// offsets outside the text or off a UTF-8 boundary.
func annotateChecked(t testing.TB, p *nlp.Pipeline, text string, limit time.Duration) *sitrep.Document {
	t.Helper()
	d, problem, _ := annotateProblem(p, text, limit)
	if problem != "" {
		t.Fatalf("%s\ntext: %q", problem, text)
	}
	return d
}

// annotateProblem runs the pipeline over text and says what went wrong,
// "" for nothing; hung reports that the annotation still runs after limit
// (its goroutine goes on until the test binary ends). A panic is told
// with the stack of the component that raised it.
func annotateProblem(p *nlp.Pipeline, text string, limit time.Duration) (d *sitrep.Document, problem string, hung bool) {
	d = newFuzzDoc(text)
	done := make(chan error, 1)
	go func() { done <- p.Process(d) }()
	select {
	case err := <-done:
		if err == nil {
			return d, checkOffsets(d), false
		}
		if sitrep.ErrorCode(err) == sitrep.EInvalid && !strings.Contains(err.Error(), "internal error") {
			return d, "", false
		}
		return d, err.Error() + panicStack(p, text), false
	case <-time.After(limit):
		return d, fmt.Sprintf("annotating took over %v (a hang?)", limit), true
	}
}

func newFuzzDoc(text string) *sitrep.Document {
	return &sitrep.Document{ID: "fuzz", Text: text, Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
}

// panicStack runs the components over text again without the pipeline's
// recover and returns the stack of the panic, if one comes back.
func panicStack(p *nlp.Pipeline, text string) (stack string) {
	d := newFuzzDoc(text)
	defer func() {
		if r := recover(); r != nil {
			stack = fmt.Sprintf("\n%v\n%s", r, debug.Stack())
		}
	}()
	for _, c := range p.Components() {
		if err := c.Process(d); err != nil {
			return ""
		}
	}
	return ""
}

// checkOffsets returns what is wrong with d's layers, or "".
func checkOffsets(d *sitrep.Document) string {
	n := len(d.Text)
	// The character boundaries as a range loop finds them: a byte of an
	// invalid sequence is a character of its own.
	boundary := make([]bool, n+1)
	for i := range d.Text {
		boundary[i] = true
	}
	boundary[n] = true
	span := func(what string, start, end int) string {
		switch {
		case start < 0 || end > n || start > end:
			return fmt.Sprintf("%s [%d, %d) outside the text of %d bytes", what, start, end, n)
		case !boundary[start] || !boundary[end]:
			return fmt.Sprintf("%s [%d, %d) splits a character", what, start, end)
		}
		return ""
	}
	sp := func(what string, s sitrep.Span) string {
		if m := span(what, s.Start, s.End); m != "" {
			return m
		}
		if s.Text != d.Text[s.Start:s.End] {
			return fmt.Sprintf("%s [%d, %d) text %q is not the text's %q", what, s.Start, s.End, s.Text, d.Text[s.Start:s.End])
		}
		return ""
	}
	for i, s := range d.Sentences {
		if m := span(fmt.Sprintf("sentence %d", i), s.Start, s.End); m != "" {
			return m
		}
		if s.TokStart < 0 || s.TokEnd > len(d.Tokens) || s.TokStart > s.TokEnd {
			return fmt.Sprintf("sentence %d has tokens [%d, %d) of %d", i, s.TokStart, s.TokEnd, len(d.Tokens))
		}
	}
	for i, tk := range d.Tokens {
		if m := span(fmt.Sprintf("token %d", i), tk.Start, tk.End); m != "" {
			return m
		}
		if i > 0 && tk.Start < d.Tokens[i-1].Start {
			// (The coder's tokensIn searches them in text order.)
			return fmt.Sprintf("token %d starts at %d, before token %d at %d", i, tk.Start, i-1, d.Tokens[i-1].Start)
		}
		if tk.Sent < 0 || tk.Sent >= len(d.Sentences) || tk.Head < -1 || tk.Head >= len(d.Tokens) {
			return fmt.Sprintf("token %d has sentence %d of %d, head %d of %d", i, tk.Sent, len(d.Sentences), tk.Head, len(d.Tokens))
		}
	}
	for i, e := range d.Entities {
		if m := sp(fmt.Sprintf("entity %d", i), e.Span); m != "" {
			return m
		}
	}
	for i, x := range d.Timexes {
		if m := sp(fmt.Sprintf("timex %d", i), x.Span); m != "" {
			return m
		}
	}
	for i, a := range d.Actors {
		if m := sp(fmt.Sprintf("actor %d", i), a.Span); m != "" {
			return m
		}
		if a.Ref < -1 || a.Ref >= len(d.Actors) {
			return fmt.Sprintf("actor %d refers to %d of %d", i, a.Ref, len(d.Actors))
		}
	}
	for i, q := range d.Quotes {
		if m := sp(fmt.Sprintf("quote %d", i), q.Span); m != "" {
			return m
		}
		for _, s := range []*sitrep.Span{q.Cue, q.Speaker} {
			if s != nil {
				if m := sp(fmt.Sprintf("quote %d cue or speaker", i), *s); m != "" {
					return m
				}
			}
		}
	}
	for i, e := range d.Events {
		what := fmt.Sprintf("event %d (%s)", i, e.CAMEO)
		if m := sp(what+" trigger", e.Trigger); m != "" {
			return m
		}
		for _, a := range []*sitrep.EventActor{e.Source, e.Target} {
			if a != nil {
				if m := sp(what+" actor", a.Span); m != "" {
					return m
				}
			}
		}
		if e.Place != nil {
			if m := sp(what+" place", e.Place.Span); m != "" {
				return m
			}
		}
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			return fmt.Sprintf("%s in sentence %d of %d", what, e.Sentence, len(d.Sentences))
		}
		if e.Quote != nil && (*e.Quote < 0 || *e.Quote >= len(d.Quotes)) {
			return fmt.Sprintf("%s in quote %d of %d", what, *e.Quote, len(d.Quotes))
		}
	}
	return ""
}

// FuzzPipeline annotates the samples, the seeds and the regressions once
// each under go test (with -short too), and their mutations under -fuzz.
// (TestPipelineSeeds ran them a second time; review22.)
func FuzzPipeline(f *testing.F) {
	for _, s := range sampleTexts(f) {
		f.Add(s)
	}
	for _, s := range pipelineSeeds {
		f.Add(s)
	}
	for _, s := range pipelineCycleSeeds {
		f.Add(s)
	}
	for _, s := range pipelineRegressions {
		f.Add(s)
	}
	p := fuzzPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		annotateChecked(t, p, text, 20*time.Second)
	})
}

// TestPipelineGenerated annotates made-up stories recombined from the
// samples' sentences, the actor knowledge base and the event lexicon (see
// storyGen), seeded, so that a failure comes back on the next run. By
// default 3,000 stories (5–10 seconds); SITREP_GENERATE=DURATION runs for
// that long with a seed taken from the clock, printed.
func TestPipelineGenerated(t *testing.T) {
	p := fuzzPipeline(t)
	g := newStoryGen(t)
	seed := uint64(28)
	limit, n := time.Duration(0), 3000
	if s := os.Getenv("SITREP_GENERATE"); s != "" {
		var err error
		if limit, err = time.ParseDuration(s); err != nil {
			t.Fatalf("SITREP_GENERATE: %v", err)
		}
		n = 0
		seed = uint64(time.Now().UnixNano())
	}
	if s := os.Getenv("SITREP_GENERATE_SEED"); s != "" {
		if _, err := fmt.Sscan(s, &seed); err != nil {
			t.Fatalf("SITREP_GENERATE_SEED: %v", err)
		}
	}
	last := os.Getenv("SITREP_GENERATE_LAST")
	t.Logf("seed %d (SITREP_GENERATE_SEED)", seed)
	r := rand.New(rand.NewPCG(seed, 28))
	start := time.Now()
	tokens, events, docs := 0, 0, 0
	seen := map[string]bool{} // the problems told, by their first line
	for ; n > 0 && docs < n || limit > 0 && time.Since(start) < limit; docs++ {
		text := g.story(r)
		if last != "" {
			if err := os.WriteFile(last, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		d, problem, hung := annotateProblem(p, text, 20*time.Second)
		if problem != "" {
			if key, _, _ := strings.Cut(problem, "\n"); !seen[key] {
				seen[key] = true
				t.Errorf("story %d: %s\ntext: %q", docs, problem, text)
			}
			if hung || len(seen) >= 20 {
				break
			}
		}
		tokens += len(d.Tokens)
		events += len(d.Events)
	}
	t.Logf("%d stories, %d tokens, %d events in %v", docs, tokens, events, time.Since(start).Round(time.Millisecond))
}

// storyGen builds stories from parts: actors of the knowledge base, verb
// frames of the event lexicon, the samples' sentences, and templates for
// datelines, quotes, coordination, relative and reported clauses, and
// texts and nouns named again.
type storyGen struct {
	actors  []string // names of countries, people, institutions, organisations
	verbs   []frame
	samples []string // the samples' sentences
}

// frame is one lexicon entry made into words: the verb (or noun) and what
// its frame asks for.
type frame struct {
	lemma, prep, obj, xcomp, prt string
	noun                         bool
}

func newStoryGen(t testing.TB) *storyGen {
	g := &storyGen{}
	// The actors come from the knowledge base as actors.Load reads it
	// (embedded tables), so the stories name what the coder can code.
	kb, err := actors.Load()
	if err != nil {
		t.Fatalf("actor knowledge base: %v", err)
	}
	heads := []string{"government", "army", "ministry", "foreign minister", "police", "rebels"}
	for _, e := range kb.Entries() {
		switch e.Kind {
		case actors.KindCountry, actors.KindPerson, actors.KindInstitution, actors.KindOrg:
			g.actors = append(g.actors, e.Name)
		case actors.KindAdjective, actors.KindNoun:
			g.actors = append(g.actors, "the "+e.Name+" "+heads[len(g.actors)%len(heads)])
		default:
			continue
		}
		if len(e.Aliases) > 0 && e.Aliases[0] != "" {
			g.actors = append(g.actors, e.Aliases[0])
		}
	}
	c, err := coder.New()
	if err != nil {
		t.Fatalf("event coder: %v", err)
	}
	lx := c.Lexicon()
	// Each entry becomes words by the first choice of what its frame asks.
	for _, e := range lx.Entries() {
		fr := frame{lemma: e.Lemma, noun: e.Noun, prt: e.Prt}
		if len(e.Obj) > 0 && e.Obj[0] != "*" {
			fr.obj = e.Obj[0]
		}
		if len(e.Xcomp) > 0 {
			fr.xcomp = e.Xcomp[0]
		}
		for _, p := range e.Targets {
			if p != "obj" && p != "iobj" {
				fr.prep = p
				break
			}
		}
		g.verbs = append(g.verbs, fr)
	}
	tk := tokenize.New()
	for _, text := range sampleTexts(t) {
		sents, _ := tk.Split(text)
		for _, s := range sents {
			g.samples = append(g.samples, text[s.Start:s.End])
		}
	}
	if len(g.actors) < 100 || len(g.verbs) < 100 || len(g.samples) < 10 {
		t.Fatalf("storyGen: %d actors, %d verbs, %d sample sentences", len(g.actors), len(g.verbs), len(g.samples))
	}
	return g
}

var (
	genDatelines = []string{"", "", "MANILA, March 14 (Sitrep) — ", "GENEVA — ", "KYIV, Ukraine (AP) — ", "NEW DELHI, May 3 -- ", "BEIJING, Jan. 5 (Reuters) - ", "ABUJA: "}
	genTexts     = []string{"statement", "report", "resolution", "case", "letter", "decision", "plan", "proposal", "agreement", "ruling", "complaint"}
	genNouns     = []string{"army", "ministry", "government", "spokesman", "minister", "president", "rebels", "troops", "police", "delegation", "envoy", "talks", "border", "aid", "sanctions", "ceasefire", "embassy"}
	genTimes     = []string{"on Monday", "on Friday", "last week", "in March", "on July 9, 2018", "next month", "earlier this year", "yesterday", "in 2016", "two days later", "after the vote", "later"}
	genIssuing   = []string{"in a statement", "in a report", "citing a report", "referring to a resolution", "after a statement", "drawing on a report", "according to the statement", "in a letter to the council"}
	genSpeech    = []string{"said", "told reporters", "added", "warned", "claimed", "denied", "insisted", "announced", "reported"}
	genModals    = []string{"", "", "", "will ", "would ", "did not ", "has ", "refused to ", "threatened to ", "agreed to ", "may ", "plans to ", "denied that it would "}
	genOdd       = []string{"...", " — ", " -- ", ";", ":", "!", "?", "\"", "“", "”", "'", "(", ")", "[", "]", ",,", "\n\n", "\u00a0", "\u2003", "…", "&", "/", "%", "$"}
)

func pickOne[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// past is a rough past tense; wrong forms ("sended") are text too.
func past(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

// story is one to five sentences, each from a template or a sample.
func (g *storyGen) story(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(pickOne(r, genDatelines))
	named := []string{} // nouns told so far, named again as "the X"
	n := 1 + r.IntN(5)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(pickOne(r, []string{" ", " ", " ", "\n\n", "  "}))
		}
		b.WriteString(g.sentence(r, &named, 0))
	}
	s := b.String()
	if r.IntN(8) == 0 {
		// Odd punctuation dropped in at a few places.
		for k := r.IntN(4); k >= 0; k-- {
			at := r.IntN(len(s) + 1)
			for at < len(s) && !utf8.RuneStart(s[at]) {
				at++
			}
			s = s[:at] + pickOne(r, genOdd) + s[at:]
		}
	}
	return s
}

func (g *storyGen) sentence(r *rand.Rand, named *[]string, depth int) string {
	switch k := r.IntN(10); {
	case k == 0:
		return pickOne(r, g.samples)
	case k == 1 && depth == 0:
		// A long one: clauses coordinated.
		var parts []string
		for j := 2 + r.IntN(10); j > 0; j-- {
			parts = append(parts, g.clause(r, named, depth+1))
		}
		return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1] + "."
	case k == 2:
		// A direct quote with its speaker.
		q, sp := g.clause(r, named, depth+1), g.subject(r, named)
		switch r.IntN(3) {
		case 0:
			return "\"" + upper(q) + ",\" " + sp + " " + pickOne(r, genSpeech) + "."
		case 1:
			return sp + " " + pickOne(r, genSpeech) + ": “" + upper(q) + ".”"
		}
		return "\"" + upper(q) + ",\" " + pickOne(r, genSpeech) + " " + sp + ", \"" + g.clause(r, named, depth+1) + ".\""
	case k == 3:
		// A text told, then named again as the subject.
		txt := pickOne(r, genTexts)
		*named = append(*named, txt)
		lead := pickOne(r, genIssuing)
		if r.IntN(2) == 0 {
			lead = strings.Replace(lead, "statement", txt, 1)
			lead = strings.Replace(lead, "report", txt, 1)
		}
		return upper(lead) + " " + pickOne(r, genTimes) + ", the " + txt + " " + g.predicate(r, named, depth+1) + "."
	case k == 4 && depth < 3:
		// Reported speech.
		return upper(g.subject(r, named)) + " " + pickOne(r, genSpeech) + " " + pickOne(r, []string{"that ", "", "on Tuesday that "}) + g.clause(r, named, depth+1) + "."
	}
	return upper(g.clause(r, named, depth+1)) + pickOne(r, []string{".", ".", ".", "!", "?", ""})
}

// clause is a subject and a predicate, sometimes with a relative clause
// or a time.
func (g *storyGen) clause(r *rand.Rand, named *[]string, depth int) string {
	s := g.subject(r, named)
	if r.IntN(4) == 0 && depth < 4 {
		s += ", " + pickOne(r, []string{"which", "who", "whose troops", "that"}) + " " + g.predicate(r, named, depth+1) + ","
	}
	c := s + " " + g.predicate(r, named, depth)
	if r.IntN(3) == 0 {
		c += " " + pickOne(r, genTimes)
	}
	if r.IntN(5) == 0 {
		c = upper(pickOne(r, genTimes)) + ", " + lower(c)
	}
	return c
}

func (g *storyGen) subject(r *rand.Rand, named *[]string) string {
	switch k := r.IntN(12); {
	case k < 6:
		a := pickOne(r, g.actors)
		if r.IntN(10) == 0 {
			a += " and " + pickOne(r, g.actors)
		}
		return a
	case k < 8 && len(*named) > 0:
		return "the " + pickOne(r, *named)
	case k < 10:
		n := pickOne(r, genNouns)
		*named = append(*named, n)
		return pickOne(r, []string{"the ", "its ", "a ", "the " + pickOne(r, g.actors) + " "}) + n
	}
	return pickOne(r, []string{"it", "they", "he", "she", "we", "both sides", "officials", "each side"})
}

func (g *storyGen) object(r *rand.Rand, named *[]string) string {
	if r.IntN(3) == 0 && len(*named) > 0 {
		return "the " + pickOne(r, *named)
	}
	if r.IntN(4) == 0 {
		n := pickOne(r, append(genNouns, genTexts...))
		*named = append(*named, n)
		return "a " + n
	}
	return pickOne(r, g.actors)
}

// predicate is a lexicon frame with its words: object, particle,
// preposition, infinitive, sometimes a second verb coordinated.
func (g *storyGen) predicate(r *rand.Rand, named *[]string, depth int) string {
	fr := pickOne(r, g.verbs)
	var p string
	if fr.noun {
		p = pickOne(r, []string{"held ", "announced ", "called for ", "rejected ", "made "}) + pickOne(r, []string{"a ", "the ", ""}) + fr.lemma
		*named = append(*named, fr.lemma)
	} else {
		m := pickOne(r, genModals)
		v := fr.lemma
		switch m {
		case "":
			v = past(v)
		case "has ":
			v = past(v)
		}
		p = m + v
	}
	if fr.prt != "" {
		p += " " + fr.prt
	}
	switch {
	case fr.obj != "":
		p += " " + pickOne(r, []string{"the ", "a ", "its ", ""}) + fr.obj
	case !fr.noun && r.IntN(3) > 0:
		p += " " + g.object(r, named)
	}
	if fr.xcomp != "" {
		p += " to " + fr.xcomp
	}
	if fr.prep != "" {
		p += " " + fr.prep + " " + g.object(r, named)
	}
	if r.IntN(6) == 0 && depth < 4 {
		p += pickOne(r, []string{" and ", " but ", ", then ", " or "}) + g.predicate(r, named, depth+1)
	}
	if r.IntN(10) == 0 {
		p += " " + pickOne(r, []string{"of", "for", "over", "after"}) + " " + pickOne(r, []string{"blocking aid", "attacking the border", "the attack", "violating the ceasefire"})
	}
	return p
}

func upper(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func lower(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}

// TestPipelineLongSentence annotates one sentence of 1,600 coordinated
// clauses (12,799 tokens: a page scraped without full stops reads so).
// The coder asked which tokens lie inside each mention by walking the
// whole sentence, for each mention and trigger: 113 s before fuzz28, 3 s
// after.
func TestPipelineLongSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds")
	}
	p := fuzzPipeline(t)
	clauses := []string{"Russia attacked Ukraine", "the statement accused Israel of blocking aid", "China, which denied it, warned Japan", "the army said it would respond"}
	var parts []string
	for i := 0; i < 1600; i++ {
		parts = append(parts, clauses[i%len(clauses)])
	}
	annotateChecked(t, p, strings.Join(parts, ", and ")+".", 30*time.Second)
}
