package coder_test

import (
	"testing"

	"sitrep"
)

// failsWithoutWant switches a rule off and checks that every story then
// goes wrong (misses a wanted event or codes an unwanted one), events
// written as "SRC>TGT CAMEO".
func failsWithoutWant(t *testing.T, rule *bool, stories []story) {
	t.Helper()
	failsWithoutKeyed(t, rule, stories, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO
	})
}

// failsWithoutKeyed is failsWithoutWant with events written by keyOf.
func failsWithoutKeyed(t *testing.T, rule *bool, stories []story, keyOf func(sitrep.Event) string) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*rule = false
	defer func() { *rule = true }()
	p := pipeline(t)
	for _, c := range stories {
		if wrong, got := goesWrong(t, p, c, keyOf); !wrong {
			t.Errorf("with the rule off, %s: still right (got %v)", c.name, got)
		}
	}
}
