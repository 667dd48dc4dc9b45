package quote

import (
	"strings"
	"testing"

	"sitrep"
)

// quoteWith returns "content | cue | speaker" of the first quote whose
// content holds part, or "?".
func quoteWith(qs []sitrep.Quote, part string) string {
	for _, q := range qs {
		if strings.Contains(q.Text, part) {
			return q.Text + " | " + spanText(q.Cue) + " | " + spanText(q.Speaker)
		}
	}
	return "?"
}

// stripOffsets drops the "@offset" of spanText from a quoteWith line.
func stripOffsets(s string) string {
	var b strings.Builder
	for _, f := range strings.Split(s, " | ") {
		if i := strings.LastIndex(f, "@"); i >= 0 && b.Len() > 0 {
			f = f[:i]
		}
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(f)
	}
	return b.String()
}

// A sentence closed by "X said" and only when or where it was said takes
// the clause before as content, not the adverbial after the cue; a
// dateline is no content, and a cue inside the clause does not take it.
func TestWireSentenceFinal(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{"The port reopened after the storm, officials said on Thursday.", "port",
			"The port reopened after the storm | said | officials"},
		{"The port reopened after the storm, officials said Tuesday.", "port",
			"The port reopened after the storm | said | officials"},
		{"Talks will resume in May, Hartmann said in a statement on Friday.", "Talks",
			"Talks will resume in May | said | Hartmann"},
		{"The rebels pulled back, the army told a news conference.", "rebels",
			"The rebels pulled back | told | the army"},
		{"KARSK (Wire) -- Talks will resume in May, officials said late on Friday.", "Talks",
			"Talks will resume in May | said | officials"},
		{"VALMORA, June 3 (Wire) - Norland and Estoria agreed to resume talks next week after a border clash, officials said on Thursday.", "talks",
			"Norland and Estoria agreed to resume talks next week after a border clash | said | officials"},
		// When it was said opens no content.
		{"Norland said on Thursday it had caught four spies.", "spies", "it had caught four spies | said | Norland"},
		{"The envoys said in Geneva they would stay.", "stay", "they would stay | said | The envoys"},
		// Objects and clauses after the cue stay content.
		{"The mayor welcomed the release.", "release", "the release | welcomed | The mayor"},
		{"Officials said Russia would pay.", "Russia", "Russia would pay | said | Officials"},
		// ", a claim the rebels denied" is no attribution closing the sentence.
		{"The minister said the talks had failed, a claim the rebels denied.", "talks",
			"the talks had failed, a claim the rebels denied | said | The minister"},
	} {
		if got := stripOffsets(quoteWith(find(t, tc.text), tc.part)); got != tc.want {
			t.Errorf("%s\n  got  %s\n  want %s\n%s", tc.text, got, tc.want, show(find(t, tc.text)))
		}
	}
}

// Speakers: coordinated subjects whole, the subject after a dateline, the
// subject of a clause after ", and", and no full stop after "according to".
func TestWireSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{"Norland and Estoria agreed that the border should stay open.", "border", "Norland and Estoria"},
		{"Norland, Estoria and Valmora said they would meet in May.", "meet", "Norland, Estoria and Valmora"},
		{"The Philippines and the United States said the drills would go ahead.", "drills", "The Philippines and the United States"},
		{"The talks ended early, and Prime Minister Ivo Hartmann said they had failed.", "failed", "Prime Minister Ivo Hartmann"},
		{"KINSHASA, May 2 (Wire) — Norland has closed its border and said it would not reopen it.", "reopen", "Norland"},
	} {
		if got, _ := speakerOf(t, tc.text, tc.part); got != tc.want {
			t.Errorf("%s\n  speaker %q, want %q\n%s", tc.text, got, tc.want, show(find(t, tc.text)))
		}
	}
	// A time adverbial is no conjunct of a coordinated speaker.
	text := "Shelling resumed in Karsk on Friday and the two sides said nothing had changed."
	if got, _ := speakerOf(t, text, "nothing"); strings.Contains(got, "Friday and") {
		t.Errorf("%s\n  speaker %q joins the adverbial", text, got)
	}
	// With tags a "." may belong to a phrase, but not the full stop.
	doc := parsed(t, "Talks failed, according to the United Nations.", []string{"NOUN 1 nsubj", "VERB -1 root",
		"PUNCT 7 punct", "VERB 7 case", "ADP 3 fixed", "DET 7 det", "PROPN 7 compound", "PROPN 1 obl", "PUNCT 1 punct"})
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if got := stripOffsets(quoteWith(doc.Quotes, "Talks")); got != "Talks failed | according to | the United Nations" {
		t.Errorf("according to: got %s", got)
	}
}

// parsed segments text and sets each token's tag, head and relation from
// spec, one "UPOS head deprel" a token.
func parsed(t *testing.T, text string, spec []string) *sitrep.Document {
	t.Helper()
	doc := &sitrep.Document{Text: text}
	Segment(doc)
	if len(doc.Tokens) != len(spec) {
		t.Fatalf("%s: %d tokens, spec has %d", text, len(doc.Tokens), len(spec))
	}
	for i, s := range spec {
		var head int
		f := strings.Fields(s)
		for _, c := range f[1] {
			if c != '-' {
				head = head*10 + int(c-'0')
			}
		}
		if f[1] == "-1" {
			head = -1
		}
		doc.Tokens[i].UPOS, doc.Tokens[i].Head, doc.Tokens[i].Deprel = f[0], head, f[2]
	}
	doc.Layers |= sitrep.LayerTags | sitrep.LayerDeps
	return doc
}

// With a parse, the speaker is the whole name phrase however the parser
// splits it, without the comma before it; a verbless dateline hung on the
// cue is no content; a content subject parsed as the cue's object stays in
// the content.
func TestWireParsed(t *testing.T) {
	for _, tc := range []struct {
		text string
		spec []string
		part string
		want string // content | cue | speaker, or "?" for no quote holding part
	}{
		{"Foreign ministry spokesman Ivo Hartmann said that the army would withdraw.",
			[]string{"ADJ 1 amod", "NOUN 2 compound", "NOUN 3 compound", "NOUN 5 nsubj", "PROPN 5 nsubj", "VERB -1 root",
				"SCONJ 10 mark", "DET 8 det", "NOUN 10 nsubj", "AUX 10 aux", "VERB 5 ccomp", "PUNCT 5 punct"},
			"army", "the army would withdraw | said | Foreign ministry spokesman Ivo Hartmann"},
		{"The army will not withdraw, the ministry said.",
			[]string{"DET 1 det", "NOUN 4 nsubj", "AUX 4 aux", "PART 4 advmod", "VERB 8 ccomp",
				"PUNCT 7 punct", "DET 7 det", "NOUN 8 nsubj", "VERB -1 root", "PUNCT 8 punct"},
			"army", "The army will not withdraw | said | the ministry"},
		{"The army will not withdraw, the ministry said, adding that talks go on.",
			[]string{"DET 1 det", "NOUN 4 nsubj", "AUX 4 aux", "PART 4 advmod", "VERB 8 ccomp",
				"PUNCT 7 punct", "DET 7 det", "NOUN 8 nsubj", "VERB -1 root", "PUNCT 10 punct", "VERB 8 advcl",
				"SCONJ 13 mark", "NOUN 13 nsubj", "VERB 10 ccomp", "ADP 13 compound:prt", "PUNCT 8 punct"},
			"army", "The army will not withdraw | said | the ministry"},
		{"VALMORA (Wire) - Norland and Estoria agreed to hold talks.",
			[]string{"PROPN 8 parataxis", "PUNCT 2 punct", "PROPN 0 appos", "PUNCT 2 punct", "PUNCT 8 punct",
				"PROPN 8 nsubj", "CCONJ 7 cc", "PROPN 8 nsubj", "VERB -1 root", "PART 10 mark", "VERB 8 xcomp",
				"NOUN 10 obj", "PUNCT 8 punct"},
			"VALMORA", "?"},
		{"Estorian Foreign Minister Lena Brandt told parliament that her country would not give up any land.",
			[]string{"ADJ 5 advmod", "ADJ 2 amod", "PROPN 3 nmod:desc", "PROPN 5 nsubj", "PROPN 3 flat", "VERB -1 root",
				"NOUN 5 obj", "SCONJ 12 mark", "PRON 9 nmod:poss", "NOUN 12 nsubj", "AUX 12 aux", "PART 12 advmod",
				"VERB 5 ccomp", "ADP 12 compound:prt", "DET 15 det", "NOUN 12 obj", "PUNCT 5 punct"},
			"country", "her country would not give up any land | told | Estorian Foreign Minister Lena Brandt"},
		{"The talks will be held in Geneva, the Swiss foreign ministry said, adding that talks go on.",
			[]string{"DET 1 det", "NOUN 4 nsubj:pass", "AUX 4 aux", "AUX 4 aux:pass", "VERB 12 ccomp", "ADP 6 case",
				"PROPN 4 obl", "PUNCT 9 punct", "DET 9 det", "PROPN 6 conj", "ADJ 11 amod", "NOUN 12 nsubj", "VERB -1 root",
				"PUNCT 14 punct", "VERB 12 advcl", "SCONJ 17 mark", "NOUN 17 nsubj", "VERB 14 ccomp", "ADP 17 compound:prt", "PUNCT 12 punct"},
			"Geneva", "The talks will be held in Geneva | said | the Swiss foreign ministry"},
		{"Norland must change its law, which Estoria says is unfair.",
			[]string{"PROPN 2 nsubj", "AUX 2 aux", "VERB -1 root", "PRON 4 nmod:poss", "NOUN 2 obj", "PUNCT 8 punct",
				"PRON 8 nsubj", "PROPN 8 nsubj", "VERB 4 acl:relcl", "AUX 10 cop", "ADJ 8 ccomp", "PUNCT 2 punct"},
			"unfair", "is unfair | says | Estoria"},
		{"General Piotr Walas said troops had pulled back.",
			[]string{"PROPN 1 nmod:desc", "PROPN 3 nsubj", "PROPN 1 flat", "VERB -1 root", "NOUN 3 obj",
				"AUX 6 aux", "VERB 3 ccomp", "ADV 6 advmod", "PUNCT 3 punct"},
			"pulled", "troops had pulled back | said | General Piotr Walas"},
	} {
		doc := parsed(t, tc.text, tc.spec)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		got := quoteWith(doc.Quotes, tc.part)
		if got != "?" {
			got = stripOffsets(got)
		}
		if got != tc.want {
			t.Errorf("%s\n  got  %s\n  want %s\n%s", tc.text, got, tc.want, show(doc.Quotes))
		}
	}
}
