package coder_test

import (
	"testing"

	"sitrep/coder"
)

// hybridAttackStories name an act a "hybrid attack": pressure short of
// arms, no use of force (fourteenth session, lowprec18). Made-up stories.
var hybridAttackStories = []story{
	{"hybrid attacks condemned",
		"RIGA, March 4 (Sitrep) — Latvia's foreign minister condemned Belarus's \"hybrid attacks\" on Latvia on Monday.",
		nil, []string{"BLR>LVA 190"}},
	{"a hybrid attack named in a quote",
		"HELSINKI, June 2 (Sitrep) — \"This is a hybrid attack by Russia,\" Finland's defence minister said on Sunday after drones closed Helsinki airport.",
		nil, []string{"RUS>FIN 190", "FIN>RUS 190"}},
}

// TestHybridAttack runs the stories through the whole pipeline.
func TestHybridAttack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), hybridAttackStories)
}

// TestHybridAttackOff: with the rule off, the attack is coded as force.
func TestHybridAttackOff(t *testing.T) {
	comesBackWithout(t, coder.HybridAttack, hybridAttackStories)
}

// troopsBackStories call troops back: no deployment (154). Made-up
// stories.
var troopsBackStories = []story{
	{"troops ordered back to barracks",
		"QUITO, May 3 (Sitrep) — Ecuador's new defence minister ordered the troops back to their barracks on Friday, the government said.",
		nil, []string{"ECU>ECU 154"}},
	{"soldiers sent back",
		"LIMA, July 8 (Sitrep) — Peru's president sent the soldiers back to their bases on Monday after the protests ended.",
		nil, []string{"PER>PER 154"}},
}

// TestTroopsBack runs the stories through the whole pipeline.
func TestTroopsBack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), troopsBackStories)
}

// TestTroopsBackOff: with the rule off, the recall is coded as a
// deployment.
func TestTroopsBackOff(t *testing.T) {
	comesBackWithout(t, coder.TroopsBack, troopsBackStories)
}
