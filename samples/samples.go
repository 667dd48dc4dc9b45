// Package samples holds short news articles written for the project, used
// by `sitrep demo`, the golden-file tests and the benchmarks. The events
// they describe are illustrative; the articles were written here.
package samples

import (
	_ "embed"
)

// JSONL is the sample articles, one JSON object per line (the format that
// `sitrep annotate` reads).
//
//go:embed articles.jsonl
var JSONL []byte
