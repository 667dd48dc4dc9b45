package sitrep

import "strings"

// Layer is a set of annotation layers, so that pipeline components can say
// what they need and what they fill, and a pipeline can be checked for order
// before it runs.
type Layer uint32

const (
	LayerSentences Layer = 1 << iota
	LayerTokens
	LayerTags   // upos, xpos, feats
	LayerLemmas // lemma
	LayerDeps   // head, deprel
	LayerEntities
	LayerTimexes
	LayerQuotes
	LayerActors
	LayerEvents
)

var layerNames = []string{"sentences", "tokens", "tags", "lemmas", "deps", "entities", "timexes", "quotes", "actors", "events"}

// Has reports whether every layer of m is in l.
func (l Layer) Has(m Layer) bool { return l&m == m }

func (l Layer) String() string {
	var parts []string
	for i, n := range layerNames {
		if l&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}
