package coder

import (
	"slices"
	"strings"

	"sitrep"
)

// retagVerbs returns the document with the tokens the tagger misread as
// an adjective or a noun where they stand in a verb's slot retagged as
// verbs, with their objects hung on them: "Cuba will free 53 prisoners"
// (with "free" an adjective of "prisoners"), "the sides are to withdraw
// and exchange all prisoners" (with "exchange" a noun conjoined to the
// noun before it), "Protesters set fire to the building" (with "set" an
// adjective of "fire"). The copy has tokens of its
// own, so the parse the document carries is left as the parser gave it;
// nil when nothing was retagged.
func (c *Coder) retagVerbs(d *sitrep.Document) *sitrep.Document {
	var toks []sitrep.Token
	for i := range d.Tokens {
		if m, subj := misreadTimeClause(d, i); m >= 0 {
			// "condemned Togo after police in Lome arrested"
			// (retag_time_clause.go).
			if toks == nil {
				toks = slices.Clone(d.Tokens)
			}
			rehangTimeClause(d, toks, i, m, subj)
			continue
		}
		if !c.misreadVerb(d, i) {
			continue
		}
		if toks == nil {
			toks = slices.Clone(d.Tokens)
		}
		rehang(d, toks, i)
	}
	if toks == nil {
		return nil
	}
	dc := *d
	dc.Tokens = toks
	return &dc
}

// misreadVerb tells whether token i, read as an adjective or a noun, is
// a verb: a bare form the lexicon knows as a verb, in a verb's slot
// (after a modal, "to", or "and" after a verb, adverbs
// between) or after a subject the parse took into its object's phrase,
// with a noun phrase after it that is its object.
func (c *Coder) misreadVerb(d *sitrep.Document, i int) bool {
	t := &d.Tokens[i]
	if i == 0 || i+1 >= len(d.Tokens) {
		return false
	}
	if t.UPOS == "VERB" {
		return c.misreadParticiple(d, i)
	}
	if t.UPOS != "ADJ" && t.UPOS != "NOUN" {
		return false
	}
	// The slot first: it rules out nearly every noun and adjective of a
	// text with no string built or looked up.
	p := i - 1
	for p > 0 && d.Tokens[p].UPOS == "ADV" && d.Tokens[p].Sent == t.Sent {
		p--
	}
	if d.Tokens[p].Sent != t.Sent || !verbSlot(d, p, i) && !swallowedSubject(d, i) {
		return false
	}
	lemma := strings.ToLower(t.Lemma)
	if strings.ToLower(d.TokenText(i)) != lemma || len(c.lex.entries("VERB", lemma, lemma)) == 0 {
		// (A plural or an inflected form is no bare verb: "talks",
		// "protests".)
		return false
	}
	return objectOf(d, i) > i
}

// misreadParticiple tells whether token i, a past verb the parse hung
// as an adjective on the noun after it, is that noun's verb: it follows
// "and" or "but" after a verb or a predicate ("were concerned and urged
// restraint"), or a subject the parse took into the object's phrase
// ("the two sides signed agreements"), adverbs between; the lexicon
// knows it as a verb; and the object is no event noun of its own. (Not
// "the proposed changes", "repeated demands", "an attempted coup": a
// determiner or a verb before it.)
func (c *Coder) misreadParticiple(d *sitrep.Document, i int) bool {
	t := &d.Tokens[i]
	if t.Deprel != "amod" || t.XPOS != "VBD" && t.XPOS != "VBN" || t.Head <= i {
		return false
	}
	p := beforeAdverbs(d, i)
	if d.Tokens[p].Sent != t.Sent {
		return false
	}
	switch {
	case participleAfterAnd(d, p, i):
	case subjectBefore(d, p, i):
	default:
		return false
	}
	lemma := strings.ToLower(t.Lemma)
	if len(c.lex.entries("VERB", lemma, lemma)) == 0 {
		return false
	}
	if o := t.Head; len(c.lex.entries("NOUN", strings.ToLower(d.Tokens[o].Lemma), strings.ToLower(d.TokenText(o)))) > 0 {
		// An object that is an event noun codes its act on its own
		// ("held talks", "imposed sanctions"): left as it is.
		return false
	}
	return objectOf(d, i) == t.Head
}

// beforeAdverbs returns the word before i past the adverbs of i's
// sentence right before it ("*and* then urged", "*sides* also signed"):
// the word that decides how a misread participle is rehung.
func beforeAdverbs(d *sitrep.Document, i int) int {
	p := i - 1
	for p > 0 && d.Tokens[p].UPOS == "ADV" && d.Tokens[p].Sent == d.Tokens[i].Sent {
		p--
	}
	return p
}

// participleAfterAnd tells whether "and" or "but" at p, with a verb or a
// predicate adjective above participle i, leaves i a second verb.
func participleAfterAnd(d *sitrep.Document, p, i int) bool {
	w := strings.ToLower(d.TokenText(p))
	if w != "and" && w != "but" || d.Tokens[p].UPOS != "CCONJ" {
		return false
	}
	o := d.Tokens[i].Head
	h := d.Tokens[o].Head
	if h < 0 || h >= len(d.Tokens) || h >= p {
		return false
	}
	u := d.Tokens[h].UPOS
	return u == "VERB" || u == "ADJ" && d.Child(h, "cop") >= 0
}

// subjectBefore tells whether the noun at p, right before participle
// i, is its subject the parse took into the object's noun phrase (a
// dependent of i's object, with only i between: "the two sides signed
// agreements", "Nigerian jets struck positions ..., officials said"),
// when that phrase is the root or hangs on a word after it (a phrase of
// the clause before, or an object hung on the noun before it, is left
// as it is). Not a possessive ("their shared border").
func subjectBefore(d *sitrep.Document, p, i int) bool {
	u := d.Tokens[p].UPOS
	if u != "NOUN" && u != "PROPN" && u != "PRON" || d.Tokens[p].XPOS == "PRP$" {
		return false
	}
	o := d.Tokens[i].Head
	if d.Tokens[p].Head != o {
		return false
	}
	h := d.Tokens[o].Head
	return h < 0 || h > i || d.Tokens[o].Deprel == "root"
}

// swallowedSubject tells whether adjective i follows a subject the parse
// made part of the object's noun phrase, in a sentence it found no verb
// for ("Protesters set fire to the building", read as one noun phrase
// "Protesters set fire" with "set" an adjective): the noun before i is
// a compound of the noun i modifies, and that noun is the root.
func swallowedSubject(d *sitrep.Document, i int) bool {
	t := &d.Tokens[i]
	o := t.Head
	if t.UPOS != "ADJ" || t.Deprel != "amod" || o <= i || o >= len(d.Tokens) || d.Tokens[o].Deprel != "root" {
		return false
	}
	n := &d.Tokens[i-1]
	return (n.UPOS == "NOUN" || n.UPOS == "PROPN") && n.Head == o && n.Deprel == "compound"
}

// verbSlot tells whether the word p before i leaves i a verb's place: a
// modal ("will free"), the infinitive's "to", or "and" with a verb above
// i ("withdraw ... and exchange"). (Not after "helped", as in "helped
// broker the truce": tried, see docs/events.md.)
func verbSlot(d *sitrep.Document, p, i int) bool {
	pt := &d.Tokens[p]
	switch {
	case pt.XPOS == "MD":
		return true
	case strings.EqualFold(d.TokenText(p), "to") && pt.UPOS == "PART":
		return true
	case strings.EqualFold(d.TokenText(p), "and") && d.Tokens[i].UPOS == "NOUN":
		// Only when the next word is a determiner or a number: "and
		// exchange all prisoners", not "talks and exchange rates".
		n := &d.Tokens[i+1]
		return (n.UPOS == "DET" || n.UPOS == "NUM" || n.XPOS == "PRP$") && verbAbove(d, i) >= 0
	}
	return false
}

// objectOf finds the object of misread verb i: the head of the noun
// phrase right after it, reached over determiners, numbers, adjectives
// possessives and participles ("two detained tourists"); -1 when the words after i make no such phrase or the
// phrase hangs elsewhere than on i or as i's head.
func objectOf(d *sitrep.Document, i int) int {
	s := d.Tokens[i].Sent
	k := i + 1
	for ; k < len(d.Tokens) && d.Tokens[k].Sent == s; k++ {
		u := d.Tokens[k].UPOS
		if u == "NOUN" || u == "PROPN" {
			break
		}
		if u != "DET" && u != "NUM" && u != "ADJ" && d.Tokens[k].XPOS != "PRP$" && !(u == "VERB" && d.Tokens[k].Deprel == "amod") {
			return -1
		}
	}
	if k >= len(d.Tokens) || d.Tokens[k].Sent != s {
		return -1
	}
	// A compound's head: "53 political prisoners", "the Diego Garcia base".
	for r := d.Tokens[k].Deprel; r == "compound" || r == "flat"; r = d.Tokens[k].Deprel {
		h := d.Tokens[k].Head
		if h <= k || h >= len(d.Tokens) || d.Tokens[h].UPOS != "NOUN" && d.Tokens[h].UPOS != "PROPN" {
			break
		}
		k = h
	}
	if h := d.Tokens[i].Head; h == k {
		return k
	}
	if d.Tokens[k].Head == i {
		return k
	}
	return -1
}

// verbAbove is the first verb above token i in the parse, -1 for none.
func verbAbove(d *sitrep.Document, i int) int {
	for h, n := d.Tokens[i].Head, 0; h >= 0 && h < len(d.Tokens) && n < len(d.Tokens); h, n = d.Tokens[h].Head, n+1 {
		if d.Tokens[h].UPOS == "VERB" {
			return h
		}
	}
	return -1
}

// rehang makes token i of toks a verb and its object's head: when the
// parse hung i on its object as a modifier, i takes the object's place
// in the tree, with the subject, auxiliaries and adverbs before it; when
// i already heads the object, the object's relation is set; a noun
// conjoined to a noun goes to the verb above.
func rehang(d *sitrep.Document, toks []sitrep.Token, i int) {
	o := objectOf(d, i)
	t := &toks[i]
	if t.UPOS == "VERB" {
		// A past verb read as its object's adjective keeps its tags.
		rehangParticiple(d, toks, i, o)
		return
	}
	t.UPOS, t.XPOS, t.Feats = "VERB", "VB", "VerbForm=Inf"
	if d.Tokens[i].Head == o {
		t.Head, t.Deprel = d.Tokens[o].Head, clauseRel(d, o, i)
		for c := range toks {
			if c < i && d.Tokens[c].Head == o && d.Tokens[c].Sent == t.Sent {
				toks[c].Head = i
				if toks[c].Deprel == "compound" {
					// "and Israel will free ...", with the country
					// a compound of the object: the subject.
					toks[c].Deprel = "nsubj"
				}
			}
		}
	} else if t.Deprel == "conj" && t.Head >= 0 && t.Head < len(d.Tokens) && d.Tokens[t.Head].UPOS != "VERB" {
		// (The bounds: a parse read from the user's CoNLL-U may have
		// any heads.)
		if v := verbAbove(d, i); v >= 0 {
			t.Head = v
		}
	}
	toks[o].Head, toks[o].Deprel = i, "obj"
}

// clauseRel is the relation a misread verb takes in its object's place:
// the object's own when it is a clause's, else (a noun's relation to a
// verb: object, oblique, subject of a verb the parse made up) a clause's:
// an infinitive's complement after "to", else a reported clause.
func clauseRel(d *sitrep.Document, o, i int) string {
	r := d.Tokens[o].Deprel
	h := d.Tokens[o].Head
	if h < 0 || h >= len(d.Tokens) || d.Tokens[h].UPOS != "VERB" {
		return r
	}
	switch strings.SplitN(r, ":", 2)[0] {
	case "root", "conj", "ccomp", "xcomp", "advcl":
		return r
	}
	if strings.EqualFold(d.TokenText(i-1), "to") {
		return "xcomp"
	}
	return "ccomp"
}

// rehangParticiple makes past verb i of toks, read as an adjective of
// its object o, the object's head: after "and" it is the conjunct of
// the verb or predicate the object hung on, with the "and"; after a
// subject it takes the object's place, with the subject and the other
// words before it that hung on the object. Adverbs between go with it.
func rehangParticiple(d *sitrep.Document, toks []sitrep.Token, i, o int) {
	t := &toks[i]
	h := d.Tokens[o].Head
	p := beforeAdverbs(d, i)
	if participleAfterAnd(d, p, i) {
		t.Head, t.Deprel = h, "conj"
		toks[p].Head, toks[p].Deprel = i, "cc"
	} else {
		// subjectBefore: the object's phrase was the clause.
		t.Head, t.Deprel = h, clauseRel(d, o, i)
		toks[p].Deprel = "nsubj"
	}
	for c := range toks {
		if c < i && d.Tokens[c].Head == o && d.Tokens[c].Sent == t.Sent {
			toks[c].Head = i
		}
	}
	toks[o].Head, toks[o].Deprel = i, "obj"
}
