package quote

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed cues.txt
var cuesFile string

type cueKind uint8

const (
	kindSay cueKind = iota + 1
	kindTell
	kindAccording
)

var kindNames = map[string]cueKind{"say": kindSay, "tell": kindTell, "according": kindAccording}

// cue is one lexicon entry; words are lower case.
type cue struct {
	words []string
	kind  cueKind
}

// lexicon indexes cues by their first word, longest first, so that the
// finder tries "according to" before anything shorter.
type lexicon map[string][]cue

func parseLexicon(src string) (lexicon, error) {
	lex := lexicon{}
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words, kind, ok := strings.Cut(line, "\t")
		k, known := kindNames[strings.TrimSpace(kind)]
		if !ok || !known {
			return nil, fmt.Errorf("cues.txt line %d: want CUE<tab>say|tell|according, got %q", n+1, line)
		}
		if seen[words] {
			return nil, fmt.Errorf("cues.txt line %d: %q listed twice", n+1, words)
		}
		seen[words] = true
		c := cue{words: strings.Fields(strings.ToLower(words)), kind: k}
		list := append(lex[c.words[0]], c)
		for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		lex[c.words[0]] = list
	}
	return lex, nil
}
