package coder_test

import (
	"testing"

	"sitrep/coder"
)

// promisedSupportStories promise support in reported speech, with
// "would" or "will": an intent to support (032), not support given
// (051). Made-up stories.
var promisedSupportStories = []story{
	{"support promised with would",
		"ANKARA, May 6 (Sitrep) — Turkey's foreign minister said on Monday that Ankara would support Lebanon's reform plan.",
		[]string{"TUR>LBN 032"}, []string{"TUR>LBN 051"}},
	{"support to go on, would keep",
		"MOSCOW, May 6 (Sitrep) — Russia would keep supporting Cuba's request to join the bloc, the Kremlin said on Monday.",
		[]string{"RUS>CUB 032"}, []string{"RUS>CUB 051"}},
}

// givenSupportStories tell support given or refused: the rule leaves
// them alone.
var givenSupportStories = []story{
	{"support given",
		"ANKARA, May 6 (Sitrep) — Turkey supported Lebanon's reform plan, its foreign minister said on Monday.",
		[]string{"TUR>LBN 051"}, []string{"TUR>LBN 032"}},
	{"support refused with would not",
		"ANKARA, May 6 (Sitrep) — Turkey's foreign minister said on Monday that Ankara would not support Lebanon's reform plan.",
		nil, []string{"TUR>LBN 032"}},
}

// TestPromisedSupport runs the stories through the whole pipeline.
func TestPromisedSupport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, promisedSupportStories)
	runStories(t, p, givenSupportStories)
}

// TestPromisedSupportOff: with the rule off, the promise is coded as
// support given (051) again.
func TestPromisedSupportOff(t *testing.T) {
	comesBackWithout(t, coder.PromisedSupport, promisedSupportStories)
}
