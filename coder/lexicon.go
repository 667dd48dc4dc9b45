package coder

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"sitrep/cameo"
)

// Entry is one lexicon line: a trigger with the frame it needs and the
// CAMEO code it gives.
type Entry struct {
	Lemma    string
	Noun     bool
	Targets  []string            // "obj", "iobj" or a preposition, in order of preference
	Obj      []string            // required object lemmas ("*" any)
	Named    bool                // the object is a named actor ("called Erdogan"), the verb's only complement
	Preps    map[string][]string // required oblique lemmas by preposition
	Xcomp    []string            // required infinitive-complement lemmas
	Subj     []string            // required subject lemmas ("troops responded")
	Compound []string            // required compound modifier lemmas ("phone call")
	Plural   bool                // a noun trigger only in the plural ("talks", not "talk")
	Threat   bool                // coded only when promised, as a threat (138): "we will respond"
	Absent   bool                // coded only when negated, from the absentee alone: "did not attend"
	Promise  bool                // coded only when told as to come, an intent: "would work with"
	Prt      string              // required particle
	Speech   bool                // requires a clausal complement
	Converse string              // the code of the target's side of the act (host 043 ↔ visitor 042)
	Mutual   bool                // coded each way between source and target
	NoTarget bool                // never infer a target from context
	Code     string
	Name     string
	Line     int
}

// narrowerPhrase reports that e names the words of a phrase whose
// preposition o takes with any word ("for=impeachment" against "for=*").
func (e *Entry) narrowerPhrase(o *Entry) bool {
	for p, vals := range e.Preps {
		ov, ok := o.Preps[p]
		if ok && vals[0] != "*" && len(ov) == 1 && ov[0] == "*" {
			return true
		}
	}
	return false
}

// specificity ranks entries: the one with the most conditions wins.
func (e *Entry) specificity() int {
	n := len(e.Preps)
	if e.Obj != nil || e.Named {
		n++
	}
	if e.Xcomp != nil {
		n++
	}
	if e.Subj != nil {
		n++
	}
	if e.Compound != nil {
		n++
	}
	if e.Prt != "" {
		n++
	}
	if e.Speech {
		n++
	}
	return n
}

// Lexicon indexes entries by trigger lemma.
type Lexicon struct {
	verbs map[string][]*Entry
	nouns map[string][]*Entry
	// adjs are predicates told by an adjective ("ready to help",
	// "open to dialogue"), lemma prefix "a:".
	adjs map[string][]*Entry
	// appeals give the act an appeal asks for by the word that names it
	// ("urged both sides to show restraint": 0256), lemma prefix
	// "appeal:".
	appeals map[string]string
}

// Entries returns every entry in the order of its lines, for tools that
// make text from the lexicon's frames (cmd/sitrep's story generator), so
// that they need no reading of the format of their own.
func (lx *Lexicon) Entries() []*Entry {
	var es []*Entry
	for _, m := range []map[string][]*Entry{lx.verbs, lx.nouns, lx.adjs} {
		for _, list := range m {
			es = append(es, list...)
		}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].Line < es[j].Line })
	return es
}

// ParseLexicon reads the TSV lexicon format described at the top of
// lexicon.tsv. Every code must exist in the CAMEO table.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{verbs: map[string][]*Entry{}, nouns: map[string][]*Entry{}, adjs: map[string][]*Entry{}, appeals: map[string]string{}}
	// classes are named noun lists ("class:envoy"), so that entries
	// written for neighbouring verbs share one list; a condition names
	// one as "$envoy" and it is expanded while parsing, so the lexicon
	// does not keep them.
	classes := map[string][]string{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if w, ok := strings.CutPrefix(strings.ToLower(f[0]), "class:"); ok {
			if err := addClass(classes, w, f[1:]); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, line, err)
			}
			continue
		}
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields (lemma, frame, code, name), got %d", name, line, len(f))
		}
		if w, ok := strings.CutPrefix(strings.ToLower(f[0]), "appeal:"); ok {
			if err := lx.addAppeal(w, f[1], f[2]); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, line, err)
			}
			continue
		}
		e := &Entry{Lemma: strings.ToLower(f[0]), Code: f[2], Name: f[3], Line: line}
		adj := false
		if strings.HasPrefix(e.Lemma, "n:") {
			e.Noun, e.Lemma = true, e.Lemma[2:]
		} else if strings.HasPrefix(e.Lemma, "a:") {
			adj, e.Lemma = true, e.Lemma[2:]
		}
		if e.Lemma == "" {
			return nil, fmt.Errorf("%s:%d: empty lemma", name, line)
		}
		if _, ok := cameo.Lookup(e.Code); !ok {
			return nil, fmt.Errorf("%s:%d: code: %q is not a CAMEO code", name, line, e.Code)
		}
		if f[1] != "-" {
			for _, c := range strings.Fields(f[1]) {
				if err := e.addCondition(c, classes); err != nil {
					return nil, fmt.Errorf("%s:%d: frame: %v", name, line, err)
				}
			}
		}
		if e.Noun {
			lx.nouns[e.Lemma] = append(lx.nouns[e.Lemma], e)
		} else if adj {
			lx.adjs[e.Lemma] = append(lx.adjs[e.Lemma], e)
		} else {
			lx.verbs[e.Lemma] = append(lx.verbs[e.Lemma], e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, m := range []map[string][]*Entry{lx.verbs, lx.nouns, lx.adjs} {
		for _, es := range m {
			sort.SliceStable(es, func(i, j int) bool { return es[i].specificity() > es[j].specificity() })
		}
	}
	return lx, nil
}

// addAppeal records that an appeal for the act word names is coded
// code. Such lines have no frame.
func (lx *Lexicon) addAppeal(word, frame, code string) error {
	switch {
	case word == "":
		return fmt.Errorf("empty lemma")
	case frame != "-":
		return fmt.Errorf("frame: an appeal line has none, got %q", frame)
	case lx.appeals[word] != "":
		return fmt.Errorf("appeal: %q given twice", word)
	}
	if _, ok := cameo.Lookup(code); !ok {
		return fmt.Errorf("code: %q is not a CAMEO code", code)
	}
	lx.appeals[word] = code
	return nil
}

// addClass records a named noun list: "class:NAME", a tab, then lemmas
// separated by "|". A member may name a class defined above it.
func addClass(classes map[string][]string, name string, f []string) error {
	switch {
	case name == "":
		return fmt.Errorf("class: empty name")
	case strings.ContainsAny(name, "$|= "):
		return fmt.Errorf("class: bad name %q", name)
	case len(f) != 1:
		return fmt.Errorf("class %q: want 2 tab-separated fields (class:name, lemmas), got %d", name, len(f)+1)
	case classes[name] != nil:
		return fmt.Errorf("class %q given twice", name)
	}
	vals, err := expandClasses(strings.Split(f[0], "|"), classes)
	if err != nil {
		return fmt.Errorf("class %q: %v", name, err)
	}
	classes[name] = vals
	return nil
}

// expandClasses replaces each "$name" in vals by the lemmas of that class.
func expandClasses(vals []string, classes map[string][]string) ([]string, error) {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if v == "" {
			return nil, fmt.Errorf("empty lemma in list")
		}
		// A lone "$" is the lemma of the currency sign, not a class.
		c, ok := strings.CutPrefix(v, "$")
		if !ok || c == "" {
			out = append(out, v)
			continue
		}
		members, found := classes[c]
		if !found {
			return nil, fmt.Errorf("unknown class %q (a class must be defined above its first use)", c)
		}
		out = append(out, members...)
	}
	return out, nil
}

func (e *Entry) addCondition(c string, classes map[string][]string) error {
	switch {
	case c == "speech":
		e.Speech = true
	case c == "notarget":
		e.NoTarget = true
	case c == "mutual":
		e.Mutual = true
	case c == "named":
		e.Named = true
	case c == "plural":
		e.Plural = true
	case c == "threat":
		e.Threat = true
	case c == "absent":
		e.Absent = true
	case c == "promise":
		e.Promise = true
	case strings.HasPrefix(c, "converse="):
		if _, ok := cameo.Lookup(c[len("converse="):]); !ok {
			return fmt.Errorf("converse: %q is not a CAMEO code", c[len("converse="):])
		}
		e.Converse = c[len("converse="):]
	case strings.HasPrefix(c, "@"):
		if len(c) == 1 {
			return fmt.Errorf("empty target role")
		}
		e.Targets = append(e.Targets, c[1:])
	case strings.Contains(c, "="):
		k, v, _ := strings.Cut(c, "=")
		if k == "" || v == "" {
			return fmt.Errorf("bad condition %q", c)
		}
		vals, err := expandClasses(strings.Split(v, "|"), classes)
		if err != nil {
			return fmt.Errorf("%s: %v", k, err)
		}
		switch k {
		case "obj":
			e.Obj = vals
		case "xcomp":
			e.Xcomp = vals
		case "subj":
			e.Subj = vals
		case "compound":
			e.Compound = vals
		case "prt":
			e.Prt = v
		default:
			if e.Preps == nil {
				e.Preps = map[string][]string{}
			}
			e.Preps[k] = vals
		}
	default:
		return fmt.Errorf("unknown condition %q", c)
	}
	return nil
}

func oneOf(lemma string, set []string) bool {
	for _, s := range set {
		if s == "*" || s == lemma {
			return true
		}
	}
	return false
}

// HasTrigger reports whether the lexicon has an entry for a word of this
// lemma, universal tag and written form, before any frame condition is
// tested: for diagnostics (eval events --why), which ask whether a missed
// event's words were triggers at all. It looks words up as the coder
// does (entries).
func (lx *Lexicon) HasTrigger(lemma, upos, form string) bool {
	return len(lx.entries(upos, strings.ToLower(lemma), form)) > 0
}

// entries returns the entries a word of this universal tag may trigger:
// by its lemma (lower case), else by the stem of its written form — a
// past form the lemmatiser missed ("severed" lemmatised as "severe",
// "rebuked" as "rebuk"), a plural left unlemmatised ("strikes").
// Adjectives go by lemma alone.
func (lx *Lexicon) entries(upos, lemma, form string) []*Entry {
	switch upos {
	case "VERB":
		if es := lx.verbs[lemma]; len(es) > 0 {
			return es
		}
		return lx.verbByStem(form)
	case "NOUN":
		if es := lx.nouns[lemma]; len(es) > 0 || !strings.HasSuffix(lemma, "s") {
			return es
		}
		return lx.nouns[stemOf(form)]
	case "ADJ":
		return lx.adjs[lemma]
	}
	return nil
}

// verbByStem looks a verb up by the bases its written form may have, most
// likely first, for when the lemmatiser's lemma is not in the lexicon:
// the stem (stemOf: "quelled" → quell, "stopped" → stop); for an -ed or
// -ing form, that stem with a silent e put back, which the lemmatiser
// drops ("rebuked" lemmatised as "rebuk", "muzzled" as "muzzl"), and with
// a doubled final l undone, which stemOf keeps ("annulled" → annul,
// "repelling" → repel). Most verbs of a text are no trigger and come
// here, so it builds no list of candidates.
func (lx *Lexicon) verbByStem(form string) []*Entry {
	st := stemOf(form)
	if st == "" {
		return nil
	}
	if es := lx.verbs[st]; len(es) > 0 {
		return es
	}
	if !hasSuffixFold(form, "ed") && !hasSuffixFold(form, "ing") || hasSuffixFold(form, "ied") {
		return nil
	}
	if es := lx.verbs[st+"e"]; len(es) > 0 {
		return es
	}
	if n := len(st); n > 3 && strings.HasSuffix(st, "ll") {
		return lx.verbs[st[:n-1]]
	}
	return nil
}

// hasSuffixFold is strings.HasSuffix without regard to case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
