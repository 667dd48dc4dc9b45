package actors

import "testing"

// TestKBReview33: rows of people.tsv, countries.tsv and nouns.tsv that
// review33 showed wrong or missing, each by a made-up sentence.
func TestKBReview33(t *testing.T) {
	c := NewCoder(testKB(t))
	cases := []struct {
		name, text, date string
		ents             []ent
		want, not        string
	}{
		{"Bush out of office, 1997", "Bush spoke at a dinner in Houston.", "1997-06-01",
			[]ent{{"Bush", "PER", 0}, {"Houston", "LOC", 0}}, "Bush=USAELI", "USAGOV"},
		{"George Bush, 1994", "Former President George Bush visited Kuwait.", "1994-05-01",
			[]ent{{"George Bush", "PER", 0}, {"Kuwait", "LOC", 0}}, "George Bush=USAELI", "USAGOV"},
		{"the son as governor", "Governor Bush signed the budget in Austin.", "1998-06-01",
			[]ent{{"Bush", "PER", 0}, {"Austin", "LOC", 0}}, "Governor Bush=USAGOV", ""},
		{"Welsh is British", "The Welsh government said Welsh officials would meet.", "2024-03-01",
			nil, "Welsh government=GBRGOV; Welsh officials=GBRGOV", "WLF"},
		{"Balkan is no Turkmen province", "Balkan leaders met in Sofia.", "2024-03-01",
			[]ent{{"Sofia", "LOC", 0}}, "", "TKM"},
		{"Cypriot communities", "Greek Cypriot officials and Turkish Cypriot leaders met.", "2024-03-01",
			nil, "Greek Cypriot officials=CYPGOV; Turkish Cypriot leaders=CYPGOV", ""},
		{"central banks are state bodies", "Russia's central bank raised rates. The Turkish central bank cut them.", "2024-06-01",
			nil, "Russia's central bank=RUSGOV; Turkish central bank=TURGOV", "BUS"},
		// A company's officers are business, not government: "chief"
		// alone is a leader's title (found by the lead this session).
		{"a company's finance officer", "Canada's Magna said its chief financial officer would leave.", "2024-03-01",
			[]ent{{"Canada", "LOC", 0}, {"Magna", "ORG", 0}}, "chief financial officer=CANBUS", "CANGOV"},
		// "King Abdullah" is Jordan's king too (found by the lead this
		// session): in 2024 the Saudi king of that name is long dead.
		{"King Abdullah of Jordan", "King Abdullah of Jordan met the Egyptian president in Cairo.", "2024-03-14",
			[]ent{{"King Abdullah", "PER", 0}, {"Jordan", "LOC", 0}, {"Cairo", "LOC", 0}}, "King Abdullah=JORGOV", "SAU"},
		{"Cyrus Vance the father", "U.N. envoy Cyrus Vance met the mediators. Vance said the plan was the last chance.", "1993-01-10",
			[]ent{{"Cyrus Vance", "PER", 0}, {"Vance", "PER", 1}}, "Cyrus Vance=IGOUNO; Vance=IGOUNO", "USAJUD"},
		{"Abe between his terms", "Former prime minister Shinzo Abe said the plan was wrong.", "2008-06-01",
			[]ent{{"Shinzo Abe", "PER", 0}}, "Shinzo Abe=JPNELI", "JPNOPP"},
		{"Kerry left on inauguration day", "Kerry spoke at a dinner in Boston.", "2017-01-30",
			[]ent{{"Kerry", "PER", 0}, {"Boston", "LOC", 0}}, "Kerry=USAELI", "USAGOV"},
		{"Rahul Gandhi while Congress governed", "Rahul Gandhi toured the villages.", "2010-03-01",
			[]ent{{"Rahul Gandhi", "PER", 0}}, "Rahul Gandhi=INDLEG", "INDOPP"},
		// Offices the out-of-office rule (#1) showed missing: without them
		// these holders would be ELI.
		{"Kuwait's emir", "Kuwait's Emir Sheikh Sabah al-Ahmad offered to mediate.", "2014-03-06",
			nil, "Sheikh Sabah al-Ahmad=KWTGOV", "KWTELI"},
		{"Sargsyan's week as prime minister", "Prime Minister Serzh Sargsyan resigned.", "2018-04-23",
			nil, "Serzh Sargsyan=ARMGOV", "ARMELI"},
		{"Loughman in opposition", "Opposition leader Bob Loughman demanded a vote.", "2023-08-17",
			nil, "Bob Loughman=VUTOPP", "VUTELI"},
		{"Turkmenistan's national leader", "National leader Gurbanguly Berdimuhamedov met envoys.", "2024-02-01",
			nil, "Gurbanguly Berdimuhamedov=TKMGOV", "TKMELI"},
	}
	for _, tc := range cases {
		doc := makeDoc(t, tc.text, tc.date, tc.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tc.name, got(doc), tc.want, tc.not)
	}
}
