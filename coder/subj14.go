package coder

import "os"

// Eleventh session (subj14): triggers the lexicon knew that coded nothing.

// iesPlurals switches the reading of a plural in -ies as its -y noun
// ("supplies" as "supply") when the tagger gave it as its own lemma.
var iesPlurals = os.Getenv("SUBJ14_NOIES") == ""
