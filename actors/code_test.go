package actors

import "testing"

func TestCode(t *testing.T) {
	kb := testKB(t)
	tests := []codeCase{
		// The examples of issue 4.
		{"Chinese officials", "2024-03-01", "CHNGOV"},
		{"a Pentagon spokesperson", "2024-03-01", "USAMIL"},
		{"Wang Yi", "2024-03-01", "CHNGOV"},
		{"Beijing", "2024-03-01", "CHNGOV"},
		{"NATO", "2024-03-01", "IGOWSTNAT"},
		{"foreign news agencies", "2024-03-01", "MED"},
		{"protesters in Minsk", "2020-08-15", "BLRCVL"},
		{"Manila", "2024-03-01", "PHLGOV"},
		{"Philippine coast guard", "2024-03-01", "PHLCOP"},
		{"the Philippine Coast Guard", "2024-03-01", "PHLCOP"},
		{"ASEAN", "2024-03-01", "IGOSEAASN"},
		{"Russian troops", "2022-03-01", "RUSMIL"},
		{"Ukrainian President Volodymyr Zelensky", "2022-03-01", "UKRGOV"},
		{"Hamas", "2023-10-08", "PSEREBHMS"},
		{"the Kremlin", "2022-03-01", "RUSGOV"},
		{"the White House", "2022-03-01", "USAGOV"},
		{"State Department", "2022-03-01", "USAGOV"},
		// People by date.
		{"Biden", "2022-06-01", "USAGOV"},
		{"Biden", "2012-06-01", "USAGOV"},
		{"Biden", "2005-06-01", "USALEG"},
		{"Trump", "2012-06-01", "USABUS"},
		{"Trump", "2019-06-01", "USAGOV"},
		{"Trump", "2023-06-01", "USAOPP"},
		{"Zelensky", "2018-06-01", "UKRCVL"},
		{"Zelenskyy", "2023-06-01", "UKRGOV"},
		{"Putin", "2010-06-01", "RUSGOV"},
		{"Shoigu", "2020-06-01", "RUSMIL"},
		{"Lavrov", "", "RUSGOV"},
		{"Netanyahu", "2022-01-01", "ISROPP"},
		{"Netanyahu", "2024-01-01", "ISRGOV"},
		{"Ahmed al-Sharaa", "2025-03-01", "SYRGOVHTS"},
		{"Abu Mohammed al-Jolani", "2020-03-01", "SYRREBHTS"},
		{"the Taliban", "2019-01-01", "AFGREBTAL"},
		{"the Taliban", "2023-01-01", "AFGGOVTAL"},
		{"Guterres", "2024-01-01", "IGOUNO"},
		// UN peace missions are the UN (the event guide codes MONUSCO as
		// IGOUNO), under the UN's prefix like its agencies.
		{"MONUSCO", "2012-11-01", "IGOUNOPKO"},
		{"U.N. peacekeepers", "2010-12-01", "IGOUNOPKO"},
		{"Mark Rutte", "2020-01-01", "NLDGOV"},
		{"NATO Secretary General Mark Rutte", "2025-01-01", "IGOWSTNAT"},
		{"Hemedti", "2024-01-01", "SDNREB"},
		// Institutions and sector nouns.
		{"the Chinese foreign ministry", "", "CHNGOV"},
		{"a foreign ministry spokesperson", "", "GOV"},
		{"Chinese foreign ministry spokesperson Mao Ning", "2024-01-01", "CHNGOV"},
		{"Russia's defence ministry", "", "RUSMIL"},
		{"Israeli warplanes", "", "ISRMIL"},
		{"Israel Defense Forces", "", "ISRMIL"},
		{"the IDF", "", "ISRMIL"},
		{"Houthi rebels", "", "YEMREBHTI"},
		{"Hezbollah fighters", "", "LBNREBHEZ"},
		{"government troops", "", "MIL"},
		{"Syrian government troops", "", "SYRMIL"},
		{"opposition lawmakers", "", "OPP"},
		{"Venezuelan opposition leaders", "", "VENOPP"},
		{"Iranian state media", "", "IRNMED"},
		{"Xinhua", "", "CHNMED"},
		{"KCNA", "", "PRKMED"},
		{"the Knesset", "", "ISRLEG"},
		{"the Duma", "", "RUSLEG"},
		{"the Bundestag", "", "DEULEG"},
		{"Congress", "", "USALEG"},
		{"US senators", "", "USALEG"},
		{"U.S. officials", "", "USAGOV"},
		{"American troops", "", "USAMIL"},
		{"UK Prime Minister Keir Starmer", "2025-01-01", "GBRGOV"},
		{"Downing Street", "", "GBRGOV"},
		{"the Elysee", "", "FRAGOV"},
		{"French President Emmanuel Macron", "2023-01-01", "FRAGOV"},
		{"Sudanese army", "", "SDNMIL"},
		{"the Rapid Support Forces", "", "SDNREB"},
		{"Ukrainians", "", "UKR"},
		{"Filipinos", "", "PHL"},
		{"Greeks", "", "GRC"},
		{"Czechs", "", "CZE"},
		{"students in Tehran", "", "IRNEDU"},
		{"residents of Gaza City", "", "PSECVL"},
		{"Palestinian militants", "", "PSEREB"},
		{"North Korean leader Kim Jong Un", "2023-01-01", "PRKGOV"},
		{"Kyiv", "", "UKRGOV"},
		{"Kiev", "", "UKRGOV"},
		{"Tehran", "", "IRNGOV"},
		{"Washington", "", "USAGOV"},
		{"the UN Security Council", "", "IGOUNO"},
		{"the IAEA", "", "IGOUNOIAE"},
		{"the World Health Organization", "", "IGOUNOHLHWHO"},
		{"the International Criminal Court", "", "IGOJUDICC"},
		{"the EU", "", "IGOEUREEC"},
		{"African Union", "", "IGOAFRAU"},
		{"Chinese police", "", "CHNCOP"},
		{"Pakistani intelligence officials", "", "PAKSPY"},
		{"refugees", "", "REF"},
		{"Indian businessmen", "", "INDBUS"},
		{"Turkish journalists", "", "TURMED"},
		{"Colombian judges", "", "COLJUD"},
		{"the Ukrainian military", "", "UKRMIL"},
		{"Chinese coast guard ships", "", "CHNCOP"},
	}
	checkCodes(t, kb, tests)
}

type codeCase struct{ text, date, want string }

// checkCodes codes each text on its date and compares the code.
func checkCodes(t *testing.T, kb *KB, tests []codeCase) {
	t.Helper()
	for _, tt := range tests {
		m, ok := kb.Code(tt.text, day(tt.date))
		if !ok || m.Code != tt.want {
			t.Errorf("Code(%q, %s) = %q (%s), %v; want %q", tt.text, tt.date, m.Code, m.Entry, ok, tt.want)
		}
	}
}

func TestCodeNone(t *testing.T) {
	kb := testKB(t)
	for _, text := range []string{
		"", "the weather was fine", "turkey and stuffing", "give it to us", "Chinese", "in general",
		"senior", "a state of emergency",
	} {
		if m, ok := kb.Code(text, day("2024-01-01")); ok {
			t.Errorf("Code(%q) = %q (%s), want no actor", text, m.Code, m.Entry)
		}
	}
}

func TestCodeSpan(t *testing.T) {
	kb := testKB(t)
	text := "Officials said the Kremlin, via spokesman Dmitry Peskov, denied it."
	m, ok := kb.Code(text[19:], day("2024-01-01"))
	if !ok || text[19:][m.Start:m.End] != "Kremlin" {
		t.Fatalf("got %+v, %v; want the Kremlin", m, ok)
	}
}

func TestCodeHeadAfterPerson(t *testing.T) {
	kb := testKB(t)
	for text, want := range map[string]string{
		"the Biden administration": "USAGOV", "the Trump administration": "USAGOV", "a Netanyahu aide": "ISRGOV",
		"the Putin regime": "RUSGOV", "the Pope": "VATGOV", "Pope Leo": "VATGOV",
		"the Palestinian health ministry": "PSEGOV",
	} {
		if m, ok := kb.Code(text, day("2025-06-01")); !ok || m.Code != want {
			t.Errorf("Code(%q) = %q (%s), want %q", text, m.Code, m.Entry, want)
		}
	}
}

func TestCodeCompounds(t *testing.T) {
	kb := testKB(t)
	for text, want := range map[string]string{
		"Gaza's Hamas-run health ministry": "PSEGOV", "US-led coalition forces": "USAMIL",
		"Iranian-backed militias": "REB", "Saudi-led coalition warplanes": "SAUMIL",
		"the Taliban-controlled government": "AFGGOV",
	} {
		if m, ok := kb.Code(text, day("2024-06-01")); !ok || m.Code != want {
			t.Errorf("Code(%q) = %q (%s), want %q", text, m.Code, m.Entry, want)
		}
	}
}

// TestCodePeopleFourthSession: people added in the fourth session, each
// coded by the office held on the date (rows removed, these fail).
func TestCodePeopleFourthSession(t *testing.T) {
	kb := testKB(t)
	tests := []codeCase{
		{"Robert Mugabe", "2015-06-01", "ZWEGOV"},
		{"Mugabe", "2018-06-01", "ZWEELI"},
		{"Frank Bainimarama", "2005-06-01", "FJIMIL"},
		{"Bainimarama", "2012-06-01", "FJIGOV"},
		{"Alexis Tsipras", "2016-06-01", "GRCGOV"},
		{"Tsipras", "2021-06-01", "GRCOPP"},
		{"Zoran Zaev", "2015-06-01", "MKDOPP"},
		{"Zaev", "2018-06-01", "MKDGOV"},
		{"Milorad Dodik", "2016-06-01", "BIHGOV"},
		{"Peter Pellegrini", "2024-01-10", "SVKLEG"},
		{"Robert Kalinak", "2024-01-10", "SVKMIL"},
		{"Maria Angela Holguin", "2015-06-01", "COLGOV"},
		{"Yahya Jammeh", "2016-12-10", "GMBGOV"},
		{"Laurent Gbagbo", "2010-12-24", "CIVGOV"},
		{"Prayut Chan-o-cha", "2019-06-01", "THAGOV"},
		{"Alexandre de Moraes", "2024-06-01", "BRAJUD"},
	}
	checkCodes(t, kb, tests)
}
