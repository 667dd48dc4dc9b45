package coder_test

import (
	"testing"

	"sitrep/coder"
)

// pronounObjectStories: a pronoun object read through the object of an
// earlier verb (fifteenth session, objlex19). Made-up stories.
var pronounObjectStories = []offCase{
	{"WINDHOEK, May 3 (Sitrep) — Botswana's president said on Friday he would study the pipeline agreement with Namibia and could cancel it if costs rose.", "BWA>NAM 160"},
	{"LUSAKA, June 2 (Sitrep) — Zambia closed its border with Malawi on Monday and said it would reopen it with Malawi next week.", "ZMB>MWI 081"},
}

// TestPronounObject: the pronoun takes its antecedent's entry; a naming
// verb's pronoun does not ("calling them an attack" is no strike called).
func TestPronounObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range pronounObjectStories {
		if got := denialCodes(t, p, c.text); !got[c.want] {
			t.Errorf("no %s in %q (got %v)", c.want, c.text, got)
		}
	}
	got := denialCodes(t, p, "BEIRUT, May 3 (Sitrep) — Lebanon's president condemned the Israeli strikes on Friday, calling them an attack on Lebanese sovereignty.")
	for k := range got {
		if k[len(k)-3:] == "143" {
			t.Errorf("a naming verb's pronoun coded %s", k)
		}
	}
}

// TestPronounObjectOff: with the rule off, the pronoun codes nothing.
func TestPronounObjectOff(t *testing.T) {
	failsWithout(t, coder.PronounObject, pronounObjectStories)
}

// TestObjLex19Rows checks the session's lexicon rows: declining to say
// (011), concerns raised with a party (114), internet access cut (1721),
// paying for a party's needs (071); a bare "raising concern" codes no
// complaint.
func TestObjLex19Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"declined to say",
			"HAVANA, May 27 (Sitrep) — Cuba expelled a Spanish diplomat on Monday. A Spanish foreign ministry spokesman declined to say whether Madrid would respond.",
			[]string{"ESP>- 011"}, nil},
		{"raised concerns with",
			"OSLO, May 27 (Sitrep) — Norway said on Monday it had raised serious concerns with Russia over the fishing dispute.",
			[]string{"NOR>RUS 114"}, nil},
		{"cut internet access",
			"CONAKRY, May 27 (Sitrep) — Guinea's junta cut mobile internet access across Guinea on Monday before the protests.",
			[]string{"GIN>GIN 1721"}, nil},
		{"pay for",
			"CANBERRA, May 27 (Sitrep) — Australia said on Monday it would pay for the new hospital in Tonga.",
			[]string{"AUS>TON 071"}, nil},
		{"raising concern, no one told",
			"SUVA, May 27 (Sitrep) — Fiji switched its fishing licences to Chinese firms, raising concern in Wellington.",
			nil, []string{"FJI>NZL 114", "NZL>FJI 114", "FJI>CHN 114"}},
	})
}
