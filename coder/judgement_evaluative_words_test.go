package coder_test

import (
	"testing"

	"sitrep/coder"
)

// judgedWordStories have a speaker judge another actor with an
// evaluative word told of it (judge23). Made-up stories.
var judgedWordStories = []story{
	{"said X had been careless",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge had been extremely careless with state funds.",
		[]string{"USA>USA 111"}, nil},
	{"said X was unfit",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge was unfit to hold office.",
		[]string{"USA>USA 111"}, nil},
	{"negated praise is criticism",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge was not fit to lead the state.",
		[]string{"USA>USA 111"}, nil},
	{"a quoted noun judged by its adjective",
		"WASHINGTON (Sitrep) — \"U.S. Governor Ellen Ridge is a dangerous demagogue,\" U.S. Senator Mark Dalton told reporters on Tuesday.",
		[]string{"USA>USA 111"}, nil},
	{"praise told by a predicate",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge was a courageous leader.",
		[]string{"USA>USA 051"}, nil},
	{"a possessor's judged act",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that Europe must stand up to Russia's reckless behavior.",
		[]string{"USA>RUS 111"}, nil},
}

// judgedWordGuards: no event for a judgement of a thing, a question, or a
// guess.
var judgedWordGuards = []story{
	{"a thing judged",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that the budget plan was stupid.",
		nil, []string{"USA>USA 111"}},
	{"a question",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton asked on Tuesday whether U.S. Governor Ellen Ridge was unfit to hold office.",
		nil, []string{"USA>USA 111"}},
	{"a guess",
		"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge would be a disgrace.",
		nil, []string{"USA>USA 111"}},
}

// TestJudgedWords runs the stories through the whole pipeline.
func TestJudgedWords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, judgedWordStories)
	runStories(t, p, judgedWordGuards)
}

// TestJudgedWordsOff: with the rules off, the wanted events are lost.
func TestJudgedWordsOff(t *testing.T) {
	lostWithoutJudge(t, coder.JudgedWords, judgedWordStories)
}

// lostWithoutJudge checks that each story loses a wanted event with the
// rule off.
func lostWithoutJudge(t *testing.T, rule *bool, stories []story) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*rule = false
	defer func() { *rule = true }()
	p := pipeline(t)
	for _, c := range stories {
		got := denialCodes(t, p, c.text)
		lost := false
		for _, k := range c.want {
			lost = lost || !got[k]
		}
		if !lost {
			t.Errorf("with the rule off, all of %v are still coded in %q", c.want, c.text)
		}
	}
}

// TestAcclaimRows: the lexicon rows of praise told by a stance or a verb
// of naming (judge23): each story codes nothing without its row.
func TestAcclaimRows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"proud of",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that he was proud of U.S. Governor Ellen Ridge.",
			[]string{"USA>USA 051"}, nil},
		{"a fan of",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton is a big fan of U.S. Governor Ellen Ridge.",
			[]string{"USA>USA 051"}, nil},
		{"called X a hero",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton on Tuesday called U.S. Governor Ellen Ridge a hero.",
			[]string{"USA>USA 051"}, nil},
	})
}

// TestAcclaimNotThings: a thing called a win or a success, or talks
// described as excellent, are no praise of an actor (051): "excellent"
// is the praise of talks (013, class:praise) alone and the thing-words
// left class:acclaim (mend17).
func TestAcclaimNotThings(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"called a ruling a huge win",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton on Tuesday called Mexico's ruling a huge win.",
			nil, []string{"USA>MEX 051"}},
		{"called a deal a great success",
			"OTTAWA (Sitrep) — Canadian Prime Minister Anne Leroux on Monday called Chile's trade deal a great success.",
			nil, []string{"CAN>CHL 051"}},
		{"described talks as excellent",
			"TOKYO (Sitrep) — Japan's foreign minister described his talks with South Korea's foreign minister as excellent.",
			nil, []string{"JPN>KOR 051"}},
	})
}

// TestJudgedWordsOccurred: a judgement is made as it is told, whatever
// the modal of the clause it sits in (mend17: the possessor's entry was
// missing from madeNow).
func TestJudgedWordsOccurred(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	checkStories(t, p, []story{
		{"a possessor's judged act under must",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that Europe must stand up to Russia's reckless behavior.",
			[]string{"USA>RUS 111 occurred"}, []string{"USA>RUS 111 hypothetical"}},
		{"negated fitness",
			"WASHINGTON (Sitrep) — U.S. Senator Mark Dalton said on Tuesday that U.S. Governor Ellen Ridge was not fit to lead the state.",
			[]string{"USA>USA 111 occurred"}, nil},
	}, statusKey)
}
