package coder_test

import (
	"strings"
	"testing"

	"sitrep"
)

// TestGeneralClasses runs short stories through the real pipeline and
// checks that the events of a class of sentences are coded (want) and
// that misreadings are not (not), each as "SRC>TGT CAMEO" at country
// level.
func TestGeneralClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a group named by a count is the list of that many before it",
			"Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Israel recalled its ambassadors to the three countries last week.",
			[]string{"ISR>ESP 161", "ISR>IRL 161", "ISR>NOR 161"}, nil},
		{"the countries a group names after it, and 'their governments'",
			"Venezuela on Monday ordered diplomats from seven Latin American countries, among them Argentina, Chile and Peru, to leave the country, accusing their governments of interventionist actions.",
			[]string{"VEN>ARG 174", "VEN>PER 174", "VEN>CHL 112"}, []string{"VEN>VEN 112", "USA>VEN 112"}},
		{"a list goes on past a name the parse hung apart",
			"Caracas was also withdrawing its own staff from Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay.",
			[]string{"VEN>PAN 161", "VEN>DOM 161", "VEN>URY 161"}, nil},
		{"a list after 'from' with a name hung apart, and drills measured in days",
			"Hours later, warships from South Korea, the United States and Japan began three days of joint drills in waters south of Jeju island.",
			[]string{"KOR>USA 062", "USA>JPN 062", "JPN>KOR 062"}, nil},
		{"a verb the lemmatiser misreads is found by its stem; 'they' of a group speaking is the group",
			"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday. The four countries said they would close their airspace and ports to Qatari aircraft and ships, and Saudi Arabia shut its land border with Qatar.",
			[]string{"SAU>QAT 161", "EGY>QAT 161", "BHR>QAT 191", "ARE>QAT 191"}, []string{"IRN>QAT 191"}},
		{"jets that join a subject act with it; an attack is aimed at the country of the place it hits",
			"Saudi warplanes, joined by jets from the United Arab Emirates and Bahrain, struck the airport in Sanaa.",
			[]string{"SAU>YEM 195", "ARE>YEM 195", "BHR>YEM 195"}, []string{"SAU>BHR 195"}},
		{"a denial answers the side the denied act was aimed at",
			"Chad closed its eastern border on Wednesday. The shells came from the militia, an army spokesman said. The Sudanese army denied firing at Chadian territory.",
			[]string{"SDN>TCD 016"}, []string{"SDN>SDN 016"}},
		{"a cancelled visit is the visit, negated; called-off talks are halted (164)",
			"Ukrainian President Volodymyr Zelenskiy postponed a visit to Saudi Arabia. Washington called off the negotiations with the Taliban.",
			[]string{"UKR>SAU 042", "SAU>UKR 043"}, []string{"UKR>SAU 160"}},
		{"a host who welcomes the parties receives them (043, and 042 back); holding a country responsible blames it",
			"Russian and Ukrainian negotiators met in Istanbul on Tuesday, and Turkish President Tayyip Erdogan welcomed them at the palace. Biden held Iran responsible for the attack.",
			[]string{"TUR>RUS 043", "UKR>TUR 042", "USA>IRN 112"}, []string{"TUR>RUS 051"}},
		{"'each other' is each side toward the other; hours to leave is an expulsion",
			"Russia and Ukraine blamed each other for the shelling. Saudi Arabia gave Iranian diplomats 48 hours to leave.",
			[]string{"RUS>UKR 112", "UKR>RUS 112", "SAU>IRN 174"}, nil},
		{"a coordinated subject the parse split in two",
			"France, Germany, Belgium and the Netherlands summoned China's ambassadors on Tuesday.",
			[]string{"FRA>CHN 114", "DEU>CHN 114", "BEL>CHN 114", "NLD>CHN 114"}, nil},
		{"an object the lemmatiser left plural ('troops') still meets the entry's condition",
			"Poland will send more troops to its border with Belarus.",
			[]string{"POL>BLR 154"}, nil},
		{"troops with no owner named, moved under a denial, are the denier's",
			"Ethiopia accused Eritrea on Wednesday of massing troops along their shared border. Eritrean Information Minister Yemane Gebremeskel denied that any troops had been moved.",
			[]string{"ERI>ETH 154"}, nil},
		{"the noun acts inside an appeal are not coded",
			"Russian Foreign Minister Sergei Lavrov urged Ankara and Damascus to start talks on border security.",
			[]string{"RUS>TUR 026", "RUS>SYR 026"}, []string{"TUR>SYR 046", "RUS>TUR 046"}},
		{"an appeal to countries the text does not name has no target; a day is no 'call on'",
			"Spain recognised a Palestinian state on Tuesday. The Palestinian prime minister urged other European countries to follow. Algiers called the charge unacceptable on Saturday.",
			nil, []string{"PSE>ESP 020", "DZA>ESP 020"}},
		{"the toll of an attack or of repression is no act of its own",
			"Kenyan police opened fire on the crowds outside parliament, killing at least five people.",
			nil, []string{"KEN>KEN 190"}},
		{"people arrested whom the text gives no country are the arresting country's own",
			"Belarusian authorities diverted a Ryanair jet flying from Athens to Lithuania and arrested a dissident journalist on board.",
			[]string{"BLR>BLR 173"}, []string{"BLR>LTU 173"}},
		{"a subject owned by a pronoun ('its ships') is the speaker's",
			"A spokesman for the Chinese coast guard said on Saturday that its ships had taken necessary control measures and accused the Philippine boat of intruding into Chinese waters.",
			[]string{"CHN>PHL 112"}, nil},
		{"'his country' is the speaker's; forces deployed under a shared speech verb are the speaker's",
			"Venezuelan President Nicolas Maduro said on Thursday that his country wanted dialogue with Washington, and announced that militia units would be deployed along the coast to counter what he called U.S. threats.",
			[]string{"VEN>USA 154"}, nil},
		{"martial law is imposed at home, whatever other country the sentence names",
			"South Korean President Yoon Suk Yeol declared emergency martial law on Tuesday night, accusing the opposition of being North Korea sympathisers.",
			[]string{"KOR>KOR 1724"}, []string{"KOR>PRK 1724"}},
		{"a verb coordinated with a passive shares its surface subject, not its agent",
			"The State Department said it was disappointed by the decision and urged Honduras to reconsider.",
			[]string{"USA>HND 020"}, nil},
		{"an adjective after its noun is the verb's complement",
			"France charged an Algerian consular employee on Friday. Algiers called the charge unacceptable on Saturday.",
			[]string{"DZA>FRA 111"}, nil},
		{"a definite epithet for a country ('the Gulf state') is the other side of the story",
			"Saudi Arabia severed diplomatic relations with Qatar on Monday, accusing the Gulf state of supporting terrorism and of siding with its regional rival Iran. Qatar called the measures unjustified.",
			[]string{"SAU>QAT 112"}, []string{"SAU>IRN 112"}},
		{"'would not hesitate to' is a threat made now",
			"Sudanese shells hit Adre on Tuesday. Chad said it would not hesitate to defend its territory against Sudan.",
			[]string{"TCD>SDN 138"}, nil},
		{"an infinitive hung on the object is the verb's complement; 'ordered X out of the country'",
			"Venezuela ordered diplomats from seven Latin American countries to leave on Monday, accusing their governments of interventionist actions. Foreign Minister Yvan Gil said on Monday that Caracas was also withdrawing its own staff from Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay. Britain ordered 23 Russian diplomats out of the country.",
			[]string{"VEN>ARG 174", "VEN>URY 174", "GBR>RUS 174"}, nil},
		{"a speech act coordinated with a reported verb is the speaker's",
			"China's defence ministry said the drills had been conducted in a safe, standard and professional manner and accused Australia of hyping up the issue.",
			[]string{"CHN>AUS 112"}, nil},
		{"criticism of a told act is aimed at all its coordinated doers",
			"The United States and Britain struck Houthi targets in Yemen on Thursday. Iran condemned the strikes as a violation of Yemen's sovereignty.",
			[]string{"IRN>USA 111", "IRN>GBR 111"}, nil},
		{"'them' after a coordination of actors is the list",
			"Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met at a palace in Riyadh where Saudi Foreign Minister Prince Faisal bin Farhan received them.",
			[]string{"SAU>USA 043", "SAU>RUS 043"}, nil},
		{"a plural noun between the list and 'them' is the nearer antecedent",
			"Thailand deported 40 Uyghur men to China on Thursday, drawing condemnation from the United States and the United Nations. The deputy prime minister said China had given assurances that the men would be safe and that Thai officials would visit them in Xinjiang.",
			[]string{"THA>CHN 042"}, []string{"THA>USA 042", "THA>IGOUNO 042"}},
	}
	runStories(t, p, cases)
}

// story is a short made-up text with the events it must code (want) and
// must not (not), as "SRC>TGT CAMEO" at country level.
type story = struct {
	name, text string
	want, not  []string
}

// TestCooperativeClasses holds the classes of the eighth pass (roots
// 01-09): appeals to "all sides" of one country's affairs, and the rest
// listed in docs/events.md.
func TestCooperativeClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"'all sides' of a story about one country's own affairs are that country",
			"Thousands of protesters clashed with Georgian police in Tbilisi on Monday after a disputed parliamentary election.\n\nGeorgia's prime minister said the opposition wanted to overturn the vote. Russia said it was following events in Georgia closely.\n\nThe European Union urged all sides to avoid violence.",
			[]string{"IGOEUREEC>GEO 020"}, []string{"IGOEUREEC>RUS 020"}},
		{"the country's own government appealing to all sides at home is kept, home to home",
			"Thousands of protesters clashed with Georgian police in Tbilisi on Monday after a disputed parliamentary election.\n\nGeorgia's president urged all parties to refrain from violence. Russia said it was following events in Georgia closely.",
			[]string{"GEO>GEO 020"}, []string{"GEO>RUS 020"}},
		{"'the leaders of X, Y and Z' are the countries listed, not the story's two sides",
			"Guinea accused Senegal on Monday of sheltering rebels.\n\nThe leaders of Ghana, Togo and Benin held talks in Accra on Tuesday on the crisis.",
			[]string{"GHA>TGO 046", "TGO>BEN 046", "BEN>GHA 046"}, []string{"GIN>SEN 046"}},
		{"coordinated subjects of talks held with a named party the actor coder does not know do not talk to each other",
			"BANJUL, Jan 20 (Sitrep) — Senegalese troops entered Gambia on Thursday.\n\nLiberia's Ellen Johnson Sirleaf and Ghana's John Mahama held talks with Yahya Jammeh in Banjul on Friday.",
			nil, []string{"LBR>GHA 046", "GHA>LBR 046"}},
		{"the subject of a verb after 'is due to', which the parser misreads",
			"Indian Prime Minister Narendra Modi is due to visit Colombo later this month. Vietnamese Premier Pham Minh Chinh is due to visit Vientiane next week.",
			[]string{"IND>LKA 042", "LKA>IND 043", "VNM>LAO 042", "LAO>VNM 043"}, nil},
		{"an inquiry whose frame names no other party is the country's own, at home",
			"Thailand and Cambodia exchanged fire along their border on Monday.\n\nThailand's attorney general said he had opened an investigation into the collapse of a bridge in Bangkok. Cambodia's interior ministry said it was investigating the cause of the fire.",
			[]string{"THA>THA 090", "KHM>KHM 090"}, []string{"THA>KHM 090"}},
		{"forces arriving in another country come to help; lending and providing a country with equipment are aid",
			"Rwandan troops arrived in Bangui on Tuesday to help protect the capital. Japan said it would provide Vietnam with six patrol boats. Britain said it would lend three transport planes to Kenya.",
			[]string{"RWA>CAF 074", "JPN>VNM 070", "GBR>KEN 070"}, nil},
		{"a verb whose subject the parse hung elsewhere takes the name just before it, after a comma",
			"MANILA, May 3 (Sitrep) — Chinese coast guard ships fired water cannon at a Philippine vessel on Tuesday.\n\nJapan will strengthen its presence in the South China Sea, Prime Minister Shigeru Ishiba said after speaking with Philippine President Ferdinand Marcos Jr by phone.",
			[]string{"JPN>PHL 041", "PHL>JPN 041"}, nil},
		{"solidarity goes to the party after 'with' and is support, expressed or stood in; telling someone by telephone is a call",
			"NAIROBI, Sept 22 (Sitrep) — Gunmen attacked a shopping mall in Nairobi on Saturday.\n\nFrench President Emmanuel Macron expressed solidarity with Kenya. Ethiopia stood in solidarity with Kenya. Uganda's foreign minister told Kenya's foreign minister by telephone that Kampala would help.",
			[]string{"FRA>KEN 051", "ETH>KEN 051", "UGA>KEN 041"}, nil},
		{"an act inside a 'whether' clause that a verb of saying leaves open is not coded",
			"Peru expelled Mexico's ambassador on Monday. A Peruvian foreign ministry spokesman did not say whether talks with Mexico were planned. Peru did not say whether it would withdraw its troops from the border with Mexico.",
			nil, []string{"PER>MEX 046", "MEX>PER 046", "PER>MEX 0874"}},
		{"cooperation promised in words is an intent (031), not the cooperation",
			"Kenya and Ethiopia signed a border agreement on Thursday.\n\nThe two governments said on Friday that they would continue to cooperate against cattle raiders.",
			[]string{"KEN>ETH 031", "ETH>KEN 031"}, []string{"KEN>ETH 060"}},
		{"an outsider's appeal for elections or an inquiry is made of the country the story is about; 'for' hung on an adjective of the object",
			"HARARE, Aug 3 (Sitrep) — Zimbabwe expelled South Africa's ambassador on Thursday after South Africa criticised the arrest of opposition leaders.\n\nThe European Union called for free and fair elections. The United Nations called for an impartial inquiry into the deaths.",
			[]string{"IGOEUREEC>ZWE 024", "IGOUNO>ZWE 020"}, nil},
		{"the infinitive an entry consumes names the party ('ready to help the Somali government')",
			"MOGADISHU, Oct 16 (Sitrep) — Turkey flew wounded Somalis to Ankara on Monday after a truck bombing in Mogadishu.\n\nThe United States said on Sunday it stood ready to help the Somali government. Japan said it was ready to cooperate with Somalia.",
			[]string{"USA>SOM 030", "JPN>SOM 030"}, []string{"USA>TUR 030", "JPN>TUR 030"}},
		{"an offer to mediate between parties is made to them",
			"BAMAKO, Jan 29 (Sitrep) — Mali expelled France's ambassador on Monday.\n\nTogo has offered to mediate between Niger and Benin, diplomats said.",
			[]string{"TGO>NER 039", "TGO>BEN 039"}, []string{"TGO>MLI 039", "TGO>FRA 039"}},
		{"a sentence the parse left without a main verb: the subject before the relative clause acts",
			"BAKU, Dec 3 (Sitrep) — Azerbaijan shelled Armenian positions on Monday.\n\nGermany, which sits with France on the group that monitors the truce, called on Armenia and Azerbaijan to respect the deal.",
			[]string{"DEU>ARM 020", "DEU>AZE 020"}, nil},
		{"a participle of speaking by phone to no one named is no call",
			"ADDIS ABABA, May 2 (Sitrep) — Ethiopia accused Eritrea on Tuesday of massing troops on their border.\n\nEritrea's information minister, speaking by telephone from Asmara, said the report was false.",
			nil, []string{"ERI>ETH 041", "ETH>ERI 041"}},
		{"a visit made to meet someone is one act, the visit",
			"JUBA, Dec 24 (Sitrep) — South Sudan's army clashed with rebels in Bor on Monday.\n\nThe European Union's envoy will visit Juba on Tuesday to meet President Salva Kiir.",
			[]string{"IGOEUREEC>SSD 042", "SSD>IGOEUREEC 043"}, []string{"IGOEUREEC>SSD 040"}},
		{"a reciprocal act in an agentless passive clause names no parties",
			"CAIRO, July 22 (Sitrep) — Egypt accused Ethiopia on Wednesday of filling its dam unilaterally.\n\nU.S. officials said Washington could withhold aid to Ethiopia over its decision to begin filling the dam before a deal was reached.",
			nil, []string{"USA>EGY 057", "EGY>USA 057", "USA>ETH 057"}},
		{"embassies reopened and ambassadors sent back restore relations, each way",
			"NAIROBI, May 6 (Sitrep) — Kenya and Somalia agreed on Tuesday to reopen embassies. Rwanda and Burundi agreed to send their ambassadors back.",
			[]string{"KEN>SOM 050", "SOM>KEN 050", "RWA>BDI 050", "BDI>RWA 050"}, nil},
		{"a bill withdrawn is a policy given up at home (0832), not a withdrawal of forces",
			"LIMA, May 2 (Sitrep) — Thousands of Peruvians marched in Lima on Saturday against a pension reform, and the United Nations urged calm.\n\nPresident Dina Boluarte withdrew the pension bill on Sunday.",
			[]string{"PER>PER 0832"}, []string{"PER>IGOUNO 0874"}},
		{"a pronoun opening a sentence as its subject goes on with the subject of the sentence before",
			"N'DJAMENA, May 2 (Sitrep) — Chad's army said its jets had bombed rebel camps near the border on Tuesday, but denied entering Sudan. It accused Sudan of arming the rebels.",
			[]string{"TCD>SDN 112"}, nil},
		{"the sharing of intelligence authorised by a country is its act, one way",
			"KYIV, March 2 (Sitrep) — Russian forces shelled Kharkiv on Monday.\n\nThe White House said President Joe Biden had authorised the sharing of intelligence with Ukraine.",
			[]string{"USA>UKR 064"}, []string{"UKR>USA 064"}},
		{"an appeal for a meeting of a body is made of that body",
			"DAMASCUS, April 7 (Sitrep) — U.S. warships fired missiles at a Syrian air base on Friday.\n\nRussia asked for an emergency meeting of the United Nations Security Council.",
			[]string{"RUS>IGOUNO 020"}, []string{"RUS>USA 020"}},
		{"an act one refused or failed to do did not happen",
			"MADRID, May 21 (Sitrep) — Spain recalled its ambassador to Argentina on Tuesday after Argentina's president refused to apologise to Spain for his remarks.",
			[]string{"ESP>ARG 161"}, []string{"ARG>ESP 055"}},
		{"help promised with 'will' or 'would' is an intent (033); help told as done is not coded",
			"DAMASCUS, Dec 22 (Sitrep) — Israel struck targets near Damascus on Sunday.\n\nThe Iraqi defence ministry said it would help Syria rebuild its army. Jordan helped Syria restore power to the south, officials said.",
			[]string{"IRQ>SYR 033"}, []string{"JOR>SYR 070"}},
	}
	runStories(t, p, cases)
}

func runStories(t *testing.T, p interface{ Process(*sitrep.Document) error }, cases []story) {
	t.Helper()
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO
	})
}

// checkStories codes each story as of 2024-05-28 and compares the events,
// written by keyOf, with the story's wanted and unwanted ones.
func checkStories(t *testing.T, p interface{ Process(*sitrep.Document) error }, cases []story, keyOf func(sitrep.Event) string) {
	t.Helper()
	for _, c := range cases {
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := map[string]bool{}
		var all []string
		for _, e := range d.Events {
			k := keyOf(e)
			got[k] = true
			all = append(all, k)
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%s: no %s in %s", c.name, w, strings.Join(all, ", "))
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%s: %s coded, want none", c.name, w)
			}
		}
	}
}

// goesWrong codes story c as of 2024-05-28 and reports whether its
// events, written by keyOf, miss a wanted one or have an unwanted one:
// what a story must do with its rule switched off. It also returns the
// keys, for the message.
func goesWrong(t *testing.T, p interface{ Process(*sitrep.Document) error }, c story, keyOf func(sitrep.Event) string) (bool, map[string]bool) {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: c.text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	got := map[string]bool{}
	for _, e := range d.Events {
		got[keyOf(e)] = true
	}
	wrong := false
	for _, w := range c.want {
		wrong = wrong || !got[w]
	}
	for _, n := range c.not {
		wrong = wrong || got[n]
	}
	return wrong, got
}

// TestConflictClasses checks the classes of the eighth pass (roots
// 10–20) on made-up stories, as TestGeneralClasses does.
func TestConflictClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a crowd the parse hung on its noun as a reduced relative still demonstrates",
			"LA PAZ, May 27 (Sitrep) — Hundreds of students protested outside the Peruvian embassy on Monday.",
			[]string{"BOL>PER 141"}, []string{"BOL>PER 111"}},
		{"burning a flag is a demonstration against its country",
			"TEHRAN, May 27 (Sitrep) — About 300 protesters burned an American flag outside the U.S. embassy on Friday.",
			[]string{"IRN>USA 141"}, nil},
		{"a crowd that attacks an embassy riots against its country",
			"TBILISI, May 27 (Sitrep) — Thousands of opposition supporters attacked the Russian embassy on Sunday.",
			[]string{"GEO>RUS 145"}, []string{"GEO>RUS 190"}},
		{"a crowd that burns buildings (a relative clause) riots at home",
			"YEREVAN, March 3 (Sitrep) — Armenian riot police used tear gas against students who burned two police cars and a bank branch late on Friday.",
			[]string{"ARM>ARM 145", "ARM>ARM 175"}, nil},
		{"a quoted judgement parsed as the object's apposition is the complement of 'called'",
			"VILNIUS, March 11 (Sitrep) — Lithuania expelled two Russian diplomats on Tuesday. Moscow called the expulsion \"groundless\".",
			[]string{"RUS>LTU 111"}, nil},
		{"a judgement told by a noun with a negative adjective ('another hostile step')",
			"VILNIUS, March 11 (Sitrep) — Lithuania expelled two Russian diplomats on Tuesday. Moscow called the decision another hostile step.",
			[]string{"RUS>LTU 111"}, nil},
		{"traded accusations are accusations each way, not trade",
			"YEREVAN, Jan 8 (Sitrep) — Armenia and Azerbaijan traded accusations on Sunday over shooting on their frontier.",
			[]string{"ARM>AZE 112", "AZE>ARM 112"}, []string{"ARM>AZE 061"}},
		{"a state of emergency declared in a place is aimed at it; goods seized are taken at home; a lockdown is a curfew",
			"PARIS, Oct 2 (Sitrep) — France imposed a state of emergency on French Polynesia on Friday. In Tirana, Albanian police said they had seized rifles and ammunition at a warehouse. Papua New Guinea's prime minister imposed a 48-hour lockdown on Port Moresby on Monday.",
			[]string{"FRA>PYF 1724", "ALB>ALB 1711", "PNG>PNG 1723"}, []string{"FRA>FRA 1724"}},
		{"what the threatened side will suffer, under a speech verb, is the speaker's threat to it",
			"BAGHDAD, Aug 9 (Sitrep) — Turkish jets struck villages in northern Iraq on Friday. An Iraqi militia commander said Turkey would \"pay a heavy price\" for the raids.",
			[]string{"IRQ>TUR 130"}, nil},
		{"a second that-clause coordinated with the first",
			"MOSCOW, Feb 3 (Sitrep) — Russia summoned the Estonian ambassador on Monday. Deputy Foreign Minister Alexander Grushko told the envoy that the expulsion was unacceptable and that Estonia would bear all the consequences.",
			[]string{"RUS>EST 130", "RUS>EST 111"}, nil},
		{"a leader's refusal to resign answers its own country, whatever foreign actor the sentence names",
			"LILONGWE, Aug 2 (Sitrep) — Malawian President Peter Mutharika rejected calls to resign on Friday and said Zambian agents had organised the protests.",
			[]string{"MWI>MWI 1231"}, []string{"MWI>ZMB 125", "MWI>ZMB 1231"}},
		{"a toll without its doer is no act; a warning is aimed at another country that is the subject of its clause",
			"QUITO, March 2 (Sitrep) — Ecuadorean riot police fired tear gas at marchers on Saturday, and at least six people were killed in the capital. The European Commission warned on Monday that Serbia's bid to join the European Union would stall if it recognised the annexation.",
			[]string{"ECU>ECU 175", "IGOEUREEC>SRB 130"}, []string{"ECU>ECU 190"}},
		{"an attack on a place the gazetteer does not know is aimed at the country that owns it",
			"KHARKIV, Oct 5 (Sitrep) — Ukrainian drones hit a fuel depot in Russia's Belgorod region on Thursday night, the regional governor said.",
			[]string{"UKR>RUS 195"}, []string{"UKR>UKR 195"}},
		{"'what it called criminal Israeli aggression': the country adjective, not a word the dateline placed",
			"DAMASCUS, May 2 (Sitrep) — Israeli jets struck targets near Homs on Thursday. Syria's foreign ministry condemned what it called \"criminal Israeli aggression\" against Syrian territory.",
			[]string{"SYR>ISR 111"}, []string{"SYR>SYR 111"}},
		{"breaking off relations with 'off' read as a preposition; ordering a consulate closed",
			"QUITO, April 6 (Sitrep) — Ecuador's foreign minister said on Friday night that the government was breaking off diplomatic ties with Mexico. Lithuania ordered the closure of Belarus's consulate in Vilnius on Tuesday.",
			[]string{"ECU>MEX 161", "LTU>BLR 161"}, nil},
		{"a bare sector the dateline placed abroad is the civil war's side of that sector",
			"DOHA, Feb 3 (Sitrep) — Ethiopia's army and the Tigray People's Liberation Front signed a truce in Doha late on Monday, but fighting continued near Mekelle on Tuesday. The TPLF accused the army of shelling villages.",
			[]string{"ETH>ETH 112"}, []string{"ETH>QAT 112"}},
		{"a told act said to violate something is the speaker's accusation of its doer",
			"BEIRUT, Aug 12 (Sitrep) — Israeli troops crossed the Blue Line on Sunday. The European Union said the incursion violated the 2006 ceasefire resolution.",
			[]string{"IGOEUREEC>ISR 112"}, nil},
		{"'believed Iran was responsible' blames Iran; 'did not say which group was responsible' blames no one",
			"BERLIN, Nov 8 (Sitrep) — A cyberattack shut down a German power plant on Monday. The British foreign secretary said London believed Iran was responsible for the attack. Police did not say which group was responsible.",
			[]string{"GBR>IRN 112"}, []string{"GBR>DEU 112", "DEU>DEU 112"}},
		{"a vow of punishment is a threat of repression, at home",
			"MOSCOW, June 24 (Sitrep) — Wagner mercenaries seized military facilities in Rostov on Saturday, and Ukraine welcomed the mutiny. Russian President Vladimir Putin vowed harsh punishment for the mutineers.",
			[]string{"RUS>RUS 137"}, []string{"RUS>UKR 137"}},
		{"a border to be closed is the closure, planned, not a threat of force",
			"VILNIUS, Sept 2 (Sitrep) — Belarusian balloons crossed into Lithuanian airspace on Tuesday. Lithuania will shut two crossings on the Belarusian frontier from Thursday, the interior ministry said.",
			[]string{"LTU>BLR 191"}, []string{"LTU>BLR 138"}},
		{"armed men who block roads restrict movement (191); protesters who block them protest (144)",
			"MOGADISHU, March 9 (Sitrep) — The army said on Monday that eight soldiers had been killed in fighting with al Shabaab, whose gunmen had blocked roads into the town.",
			[]string{"SOM>SOM 191"}, []string{"SOM>SOM 144"}},
		{"power seized in a coup is no act between countries; criticism of the takeover is aimed at its doer",
			"NIAMEY, July 27 (Sitrep) — Niger's army seized power in a coup on Wednesday, and France condemned the takeover.",
			[]string{"FRA>NER 111"}, []string{"NER>FRA 171", "NER>NER 171"}},
		{"a demand for someone's release is made of whoever detained them",
			"MINSK, June 2 (Sitrep) — Belarusian police detained Belarusian opposition leader Sergei Tikhanovsky on Friday. Lithuania demanded the release of Tikhanovsky, and the European Union demanded that the detained activists be released.",
			[]string{"LTU>BLR 1053", "IGOEUREEC>BLR 1053"}, nil},
		{"a demand that is a protest's purpose is no event beside the protest",
			"QUITO, Oct 8 (Sitrep) — Thousands of students marched through central Quito on Tuesday to demand the resignation of the interior minister.",
			[]string{"ECU>ECU 141"}, []string{"ECU>ECU 1041"}},
		{"an accusation of a country by its own side is a misread source: the speaker accuses",
			"YEREVAN, Sept 13 (Sitrep) — Armenian and Azerbaijani troops exchanged fire on Tuesday. Armenia's defence ministry said the Azerbaijani side had opened fire first and accused Baku of moving troops to the frontier.",
			[]string{"ARM>AZE 112"}, []string{"AZE>AZE 112"}},
		{"'It accused Benin', with 'it' resolved to Benin: the story's other side accuses",
			"NIAMEY, Jan 22 (Sitrep) — Niger summoned Benin's ambassador on Monday after a border incident. It accused Benin of letting armed groups use its territory to prepare attacks.",
			[]string{"NER>BEN 112"}, []string{"BEN>BEN 112"}},
		{"a country the lead names as a place is a side of the story, not a domestic one",
			"TOKYO, March 4 (Sitrep) — Russia's navy staged a second day of exercises around Japan on Wednesday, a day after its warships and bombers circled the islands.\n\nJapan's defence ministry said it had put its forces on alert.\n\nThe Pacific Fleet said the exercise tested the readiness of its crews. Russian foreign ministry spokeswoman Maria Zakharova said the drills were routine and warned that anyone who provokes Moscow will regret it.",
			[]string{"RUS>JPN 130"}, []string{"RUS>RUS 130"}},
		{"militants the dateline placed are not the speaking minister's own",
			"MOGADISHU, Jan 12 (Sitrep) — Turkey sent troops to Somalia on Friday at the request of the Somali government. A Turkish pilot was wounded on Friday when militants fired on his helicopter near Baidoa, Turkish Defence Minister Yasar Guler said.",
			[]string{"SOM>TUR 190"}, []string{"TUR>SOM 190"}},
		{"protesters who clash with peacekeepers riot (145); the toll is theirs, no act of its own",
			"BEIRUT, June 3 (Sitrep) — The United Nations said on Tuesday it would send more peacekeepers to southern Lebanon after Lebanese protesters clashed with its troops on Monday, injuring four soldiers.",
			[]string{"LBN>IGOUNO 145"}, []string{"LBN>LBN 190", "LBN>IGOUNO 190"}},
		{"'said the charges were politically motivated' is criticism of whoever brought them",
			"TBILISI, April 9 (Sitrep) — Georgian prosecutors charged opposition leader Nika Melia with fraud on Monday. Russia's foreign ministry said on Tuesday that the charges were politically motivated.",
			[]string{"RUS>GEO 111"}, nil},
		{"'singled out' the ones it blames",
			"CARACAS, July 2 (Sitrep) — The Organization of American States suspended Venezuela on Friday. A government spokesman told state television that foreign pressure was behind the decision, and singled out Colombia and Brazil.",
			[]string{"VEN>COL 112", "VEN>BRA 112"}, nil},
		{"the speaker of his own country's act is not its target",
			"CAIRO, Sept 3 (Sitrep) — Egyptian jets downed a plane on Tuesday. Egyptian Prime Minister Mostafa Madbouly said Egypt would not apologise for protecting its borders.",
			nil, []string{"EGY>EGY 124"}},
		{"an attack on rebel or militant positions no country is named for is at home",
			"MANILA, May 24 (Sitrep) — The Philippine air force bombed militant positions near Marawi on Wednesday.",
			[]string{"PHL>PHL 195"}, nil},
		{"flights or an airline's permit suspended restrict movement (191), not relations (160)",
			"RIGA, May 4 (Sitrep) — Russia detained a Latvian cargo ship on Sunday. Latvia suspended Aeroflot's landing permit on Monday.",
			[]string{"LVA>RUS 191"}, []string{"LVA>RUS 160"}},
		{"security forces the dateline placed abroad who detain a country's opposition leader are that country's",
			"NAIROBI, Feb 7 (Sitrep) — Kenya offered on Wednesday to mediate in South Sudan. Security forces detained South Sudanese opposition leader Riek Machar in Juba on Wednesday.",
			[]string{"SSD>SSD 173"}, []string{"KEN>SSD 173"}},
		{"an act told as wrongdoing under a speech verb is the speaker's accusation of its doer",
			"ISLAMABAD, Oct 13 (Sitrep) — Pakistani and Afghan troops clashed at the Torkham crossing on Monday. Pakistan said Afghan forces had tried to unilaterally change the border.",
			[]string{"PAK>AFG 112"}, nil},
		{"'X had until Friday to leave the Czech Republic' is the Czech expulsion of X",
			"PRAGUE, April 19 (Sitrep) — The Czech Republic expelled Russian diplomats on Monday. Foreign Minister Jan Lipavsky said the consulate's Russian staff had until Friday to leave the Czech Republic.",
			[]string{"CZE>RUS 174"}, nil},
	}
	runStories(t, p, cases)
}

// TestGeneralisationClasses covers the ninth pass's classes (roots
// 10–20), found on dev6's misses and checked on all six tuning sets.
// Made-up stories: other countries, names and wording than the eval
// sentences.
func TestGeneralisationClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"two people of one country named apart quarrel at home; unnamed office-holders do not",
			"ACCRA, May 3 (Sitrep) — Former Ghanaian Prime Minister Kofi Mensah accused President Ama Owusu on Monday of undermining the constitution. The foreign minister criticised the president.",
			[]string{"GHA>GHA 112"}, []string{"GHA>GHA 111"}},
		{"criticism of a coup is aimed at the coup's country, not at an organisation the story names more",
			"OUAGADOUGOU, Jan 25 (Sitrep) — Soldiers in Burkina Faso detained President Roch Kabore on Monday. The African Union suspended Burkina Faso on Tuesday, and the African Union commission chairman said the bloc would meet again. Germany condemned the coup.",
			[]string{"DEU>BFA 111"}, []string{"DEU>IGOAFRAU 111"}},
		{"a coup against a leader is aimed at the leader's country",
			"LIMA, Nov 3 (Sitrep) — Chile and Argentina condemned what they called a military takeover against President Ana Rojas of Peru.",
			[]string{"CHL>PER 111", "ARG>PER 111"}, nil},
		{"'said on Tuesday that ...' with the clause misread as a relative clause of the date: the speaker tells of the arrest",
			"CHISINAU, June 4 (Sitrep) — Moldovan prosecutors said on Tuesday that three Russian citizens had been detained at the airport.",
			[]string{"MDA>RUS 173"}, nil},
		{"'told ... on Friday that' a told act violated something: an accusation",
			"HANOI, June 4 (Sitrep) — A Chinese survey ship entered Vietnam's waters on Thursday. Vietnam's foreign minister told the Chinese ambassador on Friday that the incursion violated Vietnamese sovereignty.",
			[]string{"VNM>CHN 112"}, nil},
		{"an arrest an authority tells of in an agentless passive is of its own people, not of the dateline's",
			"RIYADH, Jan 4 (Sitrep) — Saudi Arabia cut ties with Iran on Sunday after protesters attacked its consulate in Mashhad. Iranian police said 25 people had been arrested.",
			[]string{"IRN>IRN 173"}, []string{"IRN>SAU 173"}},
		{"a plane refused permission to land: movement restricted, not a rejection",
			"MANAGUA, Jan 4 (Sitrep) — Honduras and El Salvador refused the Nicaraguan president's plane permission to land on Sunday.",
			[]string{"HND>NIC 191", "SLV>NIC 191"}, []string{"HND>NIC 120"}},
		{"the passive of a verb of feeling keeps the one who feels as its subject; regretting a decision",
			"SYDNEY, Aug 29 (Sitrep) — Vanuatu signed a security pact with China on Tuesday. Australia said it was deeply disappointed by Vanuatu's decision. Chile expelled two Peruvian diplomats on Monday. Peru regretted Chile's decision.",
			[]string{"AUS>VUT 111", "PER>CHL 111"}, []string{"VUT>AUS 111"}},
		{"a force promised by a speaker the actor coder did not place is the named country's threat",
			"LA PAZ, Aug 29 (Sitrep) — Chile expelled two Bolivian diplomats on Monday. Foreign Minister Luis Arce said Bolivia would respond firmly.",
			[]string{"BOL>CHL 138"}, nil},
		{"a warning that promises force is a threat of it; not a commentator's",
			"NAIROBI, Aug 29 (Sitrep) — Eritrean troops shelled Ethiopian border towns on Monday. The ministry's spokesman warned that Ethiopia would retaliate against any further attack. Analysts said Eritrea would respond.",
			[]string{"ETH>ERI 138"}, []string{"ERI>ETH 138"}},
		{"an envoy called home or back, or pulled out, is recalled",
			"LIMA, Aug 29 (Sitrep) — Peru called back its ambassador from Mexico City on Monday, and Ecuador pulled its ambassador out of Bogota.",
			[]string{"PER>MEX 161", "ECU>COL 161"}, nil},
		{"movement stopped by other verbs: airlines barred (the airlines' country is the target), boats turned back",
			"NICOSIA, May 25 (Sitrep) — The European Union agreed on Monday to bar Russian airlines from its airspace. Greece turned back three boats carrying migrants from Turkey on Sunday.",
			[]string{"IGOEUREEC>RUS 191", "GRC>TUR 191"}, nil},
		{"a crowd told by its number marches for the place it marches in (not the dateline's country); exiles protesting are a crowd, not a government's words",
			"LIMA, Feb 8 (Sitrep) — Tens of thousands marched through Quito on Monday against the fuel price rise. About 300 Venezuelan exiles protested outside Venezuela's consulate in Bogota on Friday.",
			[]string{"ECU>ECU 141", "VEN>VEN 141"}, []string{"PER>PER 141", "VEN>VEN 111"}},
		{"placed under house arrest is an arrest; an office-holder the text gives no country is the arresting country's own",
			"NIAMEY, July 27 (Sitrep) — Soldiers seized control of Niger on Wednesday and placed the 64-year-old president under house arrest, a day after talks brokered by French envoys.",
			[]string{"NER>NER 173"}, []string{"NER>FRA 173"}},
		{"a pronoun object of the second of two coordinated verbs is the first verb's party",
			"APIA, May 2 (Sitrep) — Samoa signed a security pact with China on Sunday. Tonga cut ties with Samoa on Monday and accused it of taking money from Beijing.",
			[]string{"TON>WSM 112"}, []string{"TON>CHN 112"}},
		{"a complaint filed with an international body is against the other side; the body is its forum",
			"CANBERRA, May 3 (Sitrep) — China imposed tariffs on Australian barley on Monday. Australia said it would file a complaint with the World Trade Organization.",
			[]string{"AUS>CHN 114"}, []string{"AUS>IGOBUSWTO 114"}},
		{"a march's purpose, to protest, is the march, one act: no verbal protest beside it",
			"LUSAKA, Aug 14 (Sitrep) — Zambia's electoral commission declared the president re-elected on Saturday, and South Africa congratulated him. Hundreds of opposition supporters marched in Lusaka and other towns on Sunday to protest against the count.",
			[]string{"ZMB>ZMB 141"}, []string{"ZMB>ZAF 111"}},
		{"a negated promise to implement a ruling is its rejection, made now",
			"BELGRADE, June 30 (Sitrep) — Serbia said on Friday it would not implement the court ruling that awarded Kosovo the disputed mine.",
			[]string{"SRB>XKX 127"}, nil},
		{"a negated promise to accept is a rejection",
			"NIAMEY, July 27 (Sitrep) — Soldiers seized power in Niger on Wednesday. ECOWAS will not accept a military government, its chairman said.",
			[]string{"IGOWAFWAS>NER 120"}, nil},
		{"restrictions at home by other verbs: parties dissolved, parliament suspended, an app banned",
			"CONAKRY, May 14 (Sitrep) — Guinea's junta dissolved all political parties on Tuesday and suspended parliament. Guinea's government banned TikTok on Monday.",
			[]string{"GIN>GIN 1722", "GIN>GIN 172", "GIN>GIN 1721"}, []string{"GIN>GIN 160"}},
		{"an act judged as an act of aggression or an aggressive act, under a speech verb, is the speaker's criticism of its doer",
			"TEHRAN, June 21 (Sitrep) — An American drone entered Iranian airspace on Thursday. Iran said the flight was an aggressive act. Russia said the incursion was an act of aggression.",
			[]string{"IRN>USA 111", "RUS>USA 111"}, nil},
		{"a 'during' phrase hung on another oblique still names the target: jets scrambled during an attack",
			"VILNIUS, Jan 20 (Sitrep) — Russia fired 40 missiles at Ukraine overnight. Lithuania scrambled fighter jets as a precaution during the Russian attack, its army said.",
			[]string{"LTU>RUS 150"}, nil},
		{"a thing that threatens (measures) threatens no one in words",
			"BERLIN, May 14 (Sitrep) — Germany said on Monday that China's measures threatened the European car industry.",
			nil, []string{"CHN>DEU 130"}},
	}
	runStories(t, p, cases)
}

// TestCooperativeRoots checks the ninth pass's classes of roots 01–09,
// found on a set the coder was not tuned on (made-up stories).
func TestCooperativeRoots(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"'both allies', 'its two allies' are the story's two sides",
			"Norway and Denmark traded accusations on Monday over a fishing dispute in the North Sea.\n\nGermany asked both allies to settle their quarrel through talks. Britain urged its two allies to find a compromise.",
			[]string{"DEU>NOR 020", "DEU>DNK 020", "GBR>NOR 020", "GBR>DNK 020"}, nil},
		{"'Brussels' acting is the European Union, as news uses the name",
			"Serbia and Kosovo traded accusations on Monday over licence plates.\n\nBrussels urged both governments to return to talks. Kosovo's prime minister will travel to Brussels next week.",
			[]string{"IGOEUREEC>SRB 020", "IGOEUREEC>XKX 020", "XKX>IGOEUREEC 042"}, []string{"BEL>SRB 020", "XKX>BEL 042"}},
		{"money, arms and refuge given, people sheltered, a party funded or armed are aid",
			"Fighting spread in eastern Chad on Monday.\n\nJapan will give Chad 40 million dollars this year. Cameroon is sheltering thousands of Chadian refugees. Sudan denied that it had armed the rebels in Chad. Germany will fund the electoral commission in Chad.",
			[]string{"JPN>TCD 071", "CMR>TCD 075", "SDN>TCD 072", "DEU>TCD 071"}, nil},
		{"an act under 'stop' is ended, not done",
			"Serbia protested on Monday against a new arms deal.\n\nSerbia urged Croatia to stop arming Kosovo.",
			[]string{"SRB>HRV 020"}, []string{"HRV>XKX 072", "SRB>XKX 072"}},
		{"ready for talks is an intent to negotiate, not talks held",
			"Gabon closed its border with Cameroon on Monday after a dispute over fishing rights.\n\nGabon's foreign minister said his country was ready for talks with Cameroon.",
			[]string{"GAB>CMR 036"}, []string{"GAB>CMR 046", "CMR>GAB 046"}},
		{"a journey with no destination named is no visit",
			"DAKAR, Aug 20 (Sitrep) — The African Union suspended Mali on Monday after soldiers detained President Ibrahim Keita.\n\nThe Malian army said Keita would travel abroad for medical treatment.",
			nil, []string{"MLI>IGOAFRAU 042", "IGOAFRAU>MLI 043"}},
		{"signing a bill into law is legislation at home, not an agreement",
			"Chile and Bolivia met at the International Court of Justice on Monday.\n\nChilean President Gabriel Boric signed into law a bill that limits water exports. Bolivian President Luis Arce signed a decree on fuel prices.",
			nil, []string{"CHL>BOL 057", "BOL>CHL 057", "CHL>IGOJUDICJ 057"}},
		{"'welcomed the release' welcomes whoever made it, the doer of the last release coded",
			"NIAMEY, May 2 (Sitrep) — Niger freed three French journalists on Monday after two months in detention.\n\nFrance thanked Qatar for its mediation. Britain welcomed the release.",
			[]string{"GBR>NER 051"}, []string{"GBR>FRA 051", "GBR>QAT 051"}},
		{"coordinated parties easing sanctions do not ease them on each other (only releases go each way)",
			"SUVA, Oct 3 (Sitrep) — Canada and Britain agreed on Monday to restore full relations with Fiji and to ease travel sanctions imposed after the coup.",
			[]string{"CAN>FJI 085", "GBR>FJI 085"}, []string{"CAN>GBR 085", "GBR>CAN 085"}},
		{"a country receiving refugees gives them refuge",
			"KHARTOUM, June 5 (Sitrep) — Sudan's army bombed rebel positions in Darfur on Monday.\n\nChad said it had received more than 20,000 refugees and could not take more.",
			[]string{"TCD>SDN 075"}, nil},
		{"'has offered' with the subject misparsed as passive is active",
			"MUSCAT, May 6 (Sitrep) — Iran and the United States traded threats on Tuesday.\n\nOman's Sultan Haitham bin Tariq, who hosted the last round, has offered to mediate between Tehran and Washington, Omani officials said.",
			[]string{"OMN>IRN 039", "OMN>USA 039"}, nil},
		{"wanting to resolve a dispute, ready to settle it, is an intent to settle (037)",
			"LIMA, Feb 2 (Sitrep) — Peru expelled Chile's ambassador on Monday over a fishing dispute.\n\nPeru's foreign minister said she had spoken with her Chilean counterpart and wanted to resolve the dispute. Chile said it was ready to settle the matter through diplomacy.",
			[]string{"PER>CHL 037", "CHL>PER 037"}, nil},
		{"elections or reforms promised are an intent at home (034)",
			"CONAKRY, Sept 8 (Sitrep) — France condemned the coup in Guinea on Monday.\n\nGuinea's junta leader Mamady Doumbouya has promised elections within two years.",
			[]string{"GIN>GIN 034"}, []string{"GIN>FRA 030", "GIN>FRA 034"}},
		{"an appeal hung on a reported verb with no subject of its own is the speaker's",
			"N'DJAMENA, April 3 (Sitrep) — Chad's army arrested an opposition leader on Tuesday.\n\nChad's opposition said the detention effectively ended the peace deal, and called on the African Union to mediate.",
			[]string{"TCD>IGOAFRAU 020"}, nil},
		{"support told in a relative clause or a participle describes a side, no act of the day",
			"SANAA, Jan 12 (Sitrep) — The United States struck rebel positions in Yemen on Friday.\n\nIran, which backs the Houthis, condemned the strikes. Britain said the attacks on shipping by rebels backed by Iran had to stop.",
			nil, []string{"IRN>YEM 051"}},
		{"flying somewhere to meet someone is a visit, the host receiving; the visitors do not meet each other",
			"Protests spread across Paraguay on Monday after the disputed vote.\n\nThe presidents of Brazil and Uruguay will fly to Asuncion on Friday to meet President Santiago Pena, officials said.",
			[]string{"BRA>PRY 042", "URY>PRY 042", "PRY>BRA 043", "PRY>URY 043"}, []string{"BRA>URY 040", "URY>BRA 040"}},
	}
	runStories(t, p, cases)
}

// TestDatelineSources checks the tenth pass's rules on sources the actor
// coder placed only by the dateline (made-up stories).
func TestDatelineSources(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an arrest of foreigners the clause places in the dateline's country is the dateline country's",
			"BANGKOK, Oct 9 (Sitrep) — Police arrested seven Cambodians in Chiang Mai on Sunday over a smuggling ring.",
			[]string{"THA>KHM 173"}, []string{"KHM>KHM 173"}},
		{"a crowd guessed as the target of another country's police, placed only by the dateline, is that country's own",
			"DOHA, Feb 9 (Sitrep) — Qatar recalled its ambassador from Cairo on Sunday. Omani police fired tear gas at marchers on Monday.",
			[]string{"OMN>OMN 175"}, []string{"OMN>QAT 175"}},
	}
	runStories(t, p, cases)
}
