package actors

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
	"sitrep/nlp"
)

// got renders doc.Actors as "text=CODE" or "text=CODE>ref" for comparison.
func got(doc *sitrep.Document) string {
	var parts []string
	for _, a := range doc.Actors {
		s := a.Text + "=" + a.Code
		if a.Ref >= 0 {
			s += fmt.Sprintf(">%d", a.Ref)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestCoderProcess(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text, date string
		ents             []ent
		want             string
	}{
		{
			name: "phrases and entities",
			text: "Chinese officials met a Pentagon spokesperson in Beijing.",
			date: "2024-01-10",
			ents: []ent{{"Beijing", "LOC", 0}, {"Pentagon", "ORG", 0}},
			want: "Chinese officials=CHNGOV; Pentagon spokesperson=USAMIL",
		},
		{
			name: "capital as actor",
			text: "Beijing rejected the claim, and Manila protested.",
			ents: []ent{{"Beijing", "LOC", 0}, {"Manila", "LOC", 0}},
			want: "Beijing=CHNGOV; Manila=PHLGOV",
		},
		{
			name: "title and name",
			text: "Ukrainian President Volodymyr Zelensky thanked NATO. He said Russian troops had withdrawn.",
			date: "2022-04-02",
			ents: []ent{{"Volodymyr Zelensky", "PER", 0}, {"NATO", "ORG", 0}},
			want: "Ukrainian President Volodymyr Zelensky=UKRGOV; NATO=IGOWSTNAT; He=UKRGOV>0; Russian troops=RUSMIL",
		},
		{
			name: "unknown name after a title",
			text: "Philippine Foreign Undersecretary Maria Santos spoke. Santos said talks would go on.",
			ents: []ent{{"Maria Santos", "PER", 0}, {"Santos", "PER", 1}},
			want: "Philippine Foreign Undersecretary Maria Santos=PHLGOV; Santos=PHLGOV>0",
		},
		{
			name: "the spokesperson refers back",
			text: "A Chinese foreign ministry spokesperson criticised the drills. The spokesperson said Beijing would respond.",
			ents: []ent{{"Beijing", "LOC", 0}},
			want: "Chinese foreign ministry spokesperson=CHNGOV; spokesperson=CHNGOV>0; Beijing=CHNGOV",
		},
		{
			name: "the minister refers back to a person",
			text: "Russian Foreign Minister Sergei Lavrov arrived in Ankara. The minister met Turkish officials.",
			date: "2023-05-01",
			ents: []ent{{"Sergei Lavrov", "PER", 0}, {"Ankara", "LOC", 0}},
			want: "Russian Foreign Minister Sergei Lavrov=RUSGOV; minister=RUSGOV>0; Turkish officials=TURGOV",
		},
		{
			name: "place after a locative is no actor",
			text: "Protesters in Minsk clashed with police in the capital.",
			ents: []ent{{"Minsk", "LOC", 0}},
			want: "Protesters in Minsk=BLRCVL; police=COP",
		},
		{
			name: "date decides the role",
			text: "Trump criticised Biden.",
			date: "2012-05-01",
			ents: []ent{{"Trump", "PER", 0}, {"Biden", "PER", 0}},
			want: "Trump=USABUS; Biden=USAGOV",
		},
		{
			name: "zero date takes the latest role",
			text: "Zelensky spoke to reporters.",
			ents: []ent{{"Zelensky", "PER", 0}},
			want: "Zelensky=UKRGOV; reporters=MED",
		},
		{
			name: "pronoun without a person",
			text: "The Kremlin denied it. She said nothing.",
			want: "Kremlin=RUSGOV",
		},
		{
			name: "LOC entity city",
			text: "Kharkiv was shelled. Kharkiv residents fled.",
			ents: []ent{{"Kharkiv", "LOC", 0}, {"Kharkiv", "LOC", 1}},
			want: "Kharkiv=UKR; Kharkiv residents=UKRCVL",
		},
		{
			name: "organisations",
			text: "Hamas and Hezbollah rejected the ASEAN and UN statements.",
			ents: []ent{{"Hamas", "ORG", 0}, {"Hezbollah", "ORG", 0}, {"ASEAN", "ORG", 0}, {"UN", "ORG", 0}},
			want: "Hamas=PSEREBHMS; Hezbollah=LBNREBHEZ; ASEAN=IGOSEAASN; UN=IGOUNO",
		},
		{
			name: "possessives",
			text: "German Chancellor Olaf Scholz fired his finance minister. Hezbollah said its fighters fired rockets at her.",
			date: "2024-11-07",
			ents: []ent{{"Olaf Scholz", "PER", 0}, {"Hezbollah", "ORG", 0}},
			want: "German Chancellor Olaf Scholz=DEUGOV; finance minister=DEUGOV; Hezbollah=LBNREBHEZ; fighters=LBNREB; her=DEUGOV>1",
		},
		{
			name: "dateline",
			text: "KYIV, Ukraine (AP) - Police said protesters and foreign journalists were hurt. The government denied it.",
			want: "Police=UKRCOP; protesters=UKRCVL; foreign journalists=MED; government=UKRGOV",
		},
		{
			name: "actor after of or for",
			text: "A spokesman for the Chinese coast guard said the boat intruded. He denied any injuries. Fighters of the Pakistani Taliban attacked.",
			date: "2024-03-24",
			want: "spokesman for the Chinese coast guard=CHNCOP; He=CHNCOP>0; Fighters of the Pakistani Taliban=PAKREB",
		},
		{
			name: "its is the subject's",
			text: "The Philippines summoned a Chinese diplomat after its coast guard said ships had fired. NATO said it would send troops after protesters clashed with its peacekeepers.",
			want: "Philippines=PHL; Chinese diplomat=CHNGOV; coast guard=PHLCOP; NATO=IGOWSTNAT; troops=MIL; protesters=CVL; peacekeepers=IGOWSTNAT",
		},
		{
			name: "the bloc and sentence place",
			text: "LAGOS, Aug 7 (Sitrep) - ECOWAS met. The bloc's leaders agreed. In Bamako, the army said police had left.",
			date: "2023-08-07",
			want: "ECOWAS=IGOWAFWAS; bloc's leaders=IGOWAFWAS; army=MLIMIL; police=MLICOP",
		},
		{
			name: "ethnic and Congo",
			text: "PRISTINA, May 30 (Sitrep) - Ethnic Serb protesters clashed with police, Kosovo said. Congo accused Rwanda.",
			date: "2023-05-30",
			want: "Serb protesters=XKXCVL; police=XKXCOP; Kosovo=XKX; Congo=COD; Rwanda=RWA",
		},
		{
			name: "a news hub's dateline",
			text: "DUBAI, April 28 (Sitrep) - Iran's navy seized a tanker on the orders of a court, the U.S. Navy said. Congress condemned it.",
			date: "2023-04-28",
			want: "Iran's navy=IRNMIL; court=JUD; U.S. Navy=USAMIL; Congress=USALEG",
		},
		{
			name: "generic institutions and specific anaphors",
			text: "LIMA, Jan 20 (Sitrep) - Police kept protesters away from Congress. The defence ministry spoke. The foreign ministry summoned the envoy.",
			date: "2023-01-20",
			want: "Police=PERCOP; protesters=PERCVL; Congress=PERLEG; defence ministry=PERMIL; foreign ministry=PERGOV; envoy=GOV",
		},
		{
			name: "Brazzaville's Congo",
			text: "Congo's government in Brazzaville said Congolese troops would help.",
			want: "Congo's government=COGGOV; Congolese troops=COGMIL",
		},
		{
			name: "apposition",
			text: "Hussein al-Ezzi, a senior Houthi official, warned Washington. Eritrea's information minister, Yemane Gebremeskel, dismissed it.",
			date: "2024-01-12",
			ents: []ent{{"Hussein al-Ezzi", "PER", 0}, {"Yemane Gebremeskel", "PER", 0}},
			want: "Hussein al-Ezzi=YEMREBHTI; senior Houthi official=YEMREBHTI; Washington=USAGOV; Eritrea's information minister=ERIGOV; Yemane Gebremeskel=ERIGOV",
		},
		{
			name: "a portfolio the KB lacks inside a title",
			text: "KIGALI, May 3 (Sitrep) - Japanese Tourism Minister Kenji Sato met Norway's Fisheries Ministry.",
			date: "2024-05-03",
			ents: []ent{{"Kenji Sato", "PER", 0}},
			want: "Japanese Tourism Minister Kenji Sato=JPNGOV; Norway's Fisheries Ministry=NORGOV",
		},
		{
			name: "a hyphenated modifier whose first part is no actor",
			text: "DAKAR, May 3 (Sitrep) - Guinea's military-appointed Prime Minister Amadou Diallo spoke.",
			date: "2024-05-03",
			ents: []ent{{"Amadou Diallo", "PER", 0}},
			want: "Guinea's military-appointed Prime Minister Amadou Diallo=GINGOV",
		},
		{
			name: "a region's leaders acting together are its bloc",
			text: "ABUJA, May 3 (Sitrep) - West African leaders suspended Togo. Southeast Asian foreign ministers met.",
			date: "2024-05-03",
			want: "West African leaders=IGOWAFWAS; Togo=TGO; Southeast Asian foreign ministers=IGOSEAASN",
		},
		{
			name: "the North and the South",
			text: "North Korea fired a missile. The South said the North would pay. The North Atlantic was calm.",
			want: "North Korea=PRK; North=PRK",
		},
		{
			name: "surname of a person inside a phrase",
			text: "Supporters of Hillary Clinton rallied. Clinton thanked them.",
			date: "2016-10-01",
			ents: []ent{{"Hillary Clinton", "PER", 0}, {"Clinton", "PER", 1}},
			want: "Supporters of Hillary Clinton=USACVL; Clinton=USAOPP>0",
		},
		{
			name: "a long name shortened to an inner surname",
			text: "Argentine President Cristina Fernandez de Kirchner spoke. Fernandez left. Kirchner returned. De stayed.",
			date: "2012-05-02",
			ents: []ent{{"Cristina Fernandez de Kirchner", "PER", 0}, {"Fernandez", "PER", 1}, {"Kirchner", "PER", 1}, {"De", "PER", 0}},
			want: "Argentine President Cristina Fernandez de Kirchner=ARGGOV; Fernandez=ARGGOV>0; Kirchner=ARGGOV",
		},
		{
			name: "no actors",
			text: "The weather was mild and the harvest was good.",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, tt.text, tt.date, tt.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); g != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.text, g, tt.want)
			}
			for _, a := range doc.Actors {
				if doc.Text[a.Start:a.End] != a.Text {
					t.Errorf("span %d:%d is %q, text %q", a.Start, a.End, doc.Text[a.Start:a.End], a.Text)
				}
			}
		})
	}
}

func TestCoderPipeline(t *testing.T) {
	c := NewCoder(testKB(t))
	given := sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerEntities
	p, err := nlp.New(given, c)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Fills().Has(sitrep.LayerActors) {
		t.Fatal("pipeline does not fill actors")
	}
	if _, err := nlp.New(sitrep.LayerTokens, c); err == nil {
		t.Fatal("a pipeline without entities accepted the coder")
	}
}

func TestCoderEmpty(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := &sitrep.Document{}
	if err := c.Process(doc); err != nil || len(doc.Actors) != 0 {
		t.Fatalf("empty document: %v, %v", doc.Actors, err)
	}
}

// Entities whose spans fall between tokens or outside the text must not
// break the coder.
func TestCoderOddEntities(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Russian troops left.", "")
	doc.Entities = []sitrep.Entity{
		{Span: sitrep.Span{Start: 16, End: 18, Text: "ef"}, Label: "PER"},
		{Span: sitrep.Span{Start: 100, End: 120}, Label: "LOC"},
		{Span: sitrep.Span{Start: 5, End: 2}, Label: "ORG"},
	}
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g := got(doc); g != "Russian troops=RUSMIL" {
		t.Errorf("got %s", g)
	}
}

// The coder is shared by the pipeline's workers.
func TestCoderConcurrent(t *testing.T) {
	c := NewCoder(testKB(t))
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			doc := makeDoc(t, "Russian troops met Chinese officials. The officials said Beijing agreed.", "2024-01-01")
			if err := c.Process(doc); err != nil {
				done <- err.Error()
				return
			}
			done <- got(doc)
		}()
	}
	want := "Russian troops=RUSMIL; Chinese officials=CHNGOV; officials=CHNGOV>1; Beijing=CHNGOV"
	for i := 0; i < 4; i++ {
		if g := <-done; g != want {
			t.Errorf("got %s, want %s", g, want)
		}
	}
}

// The pipeline's tokenizer splits some hyphenated names ("al - Assad");
// the KB matches them either way.
func TestCoderSplitHyphens(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Bashar al - Assad met Hayat Tahrir al - Sham envoys.", "2020-01-01")
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "Bashar al - Assad=SYRGOV; Hayat Tahrir al - Sham envoys=SYRREBHTS"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

// A name the NER calls a person is not coded as the country it spells.
func TestCoderPersonNotPlace(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Michael Jordan visited Jordan.", "2020-01-01", ent{"Michael Jordan", "PER", 0}, ent{"Jordan", "LOC", 1})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "Jordan=JOR"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

func TestCoderSurnameOnlyBare(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Hillary Clinton spoke. Chelsea Clinton listened. Clinton left.", "2016-09-01",
		ent{"Hillary Clinton", "PER", 0}, ent{"Chelsea Clinton", "PER", 0}, ent{"Clinton", "PER", 2})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "Hillary Clinton=USAOPP; Clinton=USAOPP>0"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

// A KB name inside a longer name is not that actor.
func TestCoderPartOfName(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		text string
		ents []ent
		want string
	}{
		{"Alicia Machado spoke.", nil, ""},
		{"Alicia Machado spoke.", []ent{{"Alicia Machado", "PER", 0}}, ""},
		// New Jersey is not Jersey; since the regions came in it is a US state.
		{"Voters in New Jersey and New Mexico went to the polls.", nil, "Voters in New Jersey=USACVL"},
		{"Martin Luther King spoke.", []ent{{"Martin Luther King", "PER", 0}}, ""},
		{"Let us go.", nil, ""},
		{"Vladimir V. Putin and Mr. Lavrov arrived.", nil, "Putin=RUSGOV; Mr. Lavrov=RUSGOV"},
		{"But China said no.", nil, "China=CHN"},
		{"LeT militants attacked.", nil, "LeT militants=PAKREB"},
		{"He hosted Larry King Now at an elite school.", nil, "school=EDU"},
		{"Apple CEO Tim Cook met the commander in chief.", []ent{{"Tim Cook", "PER", 0}}, "CEO Tim Cook=BUS; commander in chief=GOV"},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-01-01", tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestCoderOtherSurname(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Alicia Machado spoke. Machado said Mr. King agreed.", "2016-09-30",
		ent{"Alicia Machado", "PER", 0}, ent{"Machado", "PER", 1}, ent{"King", "PER", 0})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g := got(doc); g != "" {
		t.Errorf("got %s, want nothing", g)
	}
}

// With POS tags, a singular actor word before a noun modifies it, and a
// title takes the proper nouns after it as a name.
func TestCoderTags(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Rebels attacked a military base , spokesman Juan Perez said .", "2024-01-01")
	tags := []string{"NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"}
	if len(tags) != len(doc.Tokens) {
		t.Fatalf("%d tags for %d tokens", len(tags), len(doc.Tokens))
	}
	for i := range doc.Tokens {
		doc.Tokens[i].UPOS = tags[i]
	}
	doc.Layers |= sitrep.LayerTags
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "Rebels=REB; spokesman Juan Perez=GOV"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

func TestCoderNoSentences(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Russian troops left", "")
	doc.Sentences = nil
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g := got(doc); g != "Russian troops=RUSMIL" {
		t.Errorf("got %s", g)
	}
}

func TestCoderBadSentences(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "Russian troops left. Chinese officials came.", "")
	doc.Sentences = append(doc.Sentences, sitrep.Sentence{TokStart: 5, TokEnd: 99}, sitrep.Sentence{TokStart: -3, TokEnd: 2}, sitrep.Sentence{TokStart: 4, TokEnd: 1})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) < 2 {
		t.Errorf("got %s", got(doc))
	}
}

// arc is a hand-made dependency: token word (its first occurrence from the
// sentence start), its head word, relation and part of speech.
type arc struct{ word, head, rel, upos string }

// withDeps gives doc a parse from arcs; other tokens get "dep" on -1.
func withDeps(t *testing.T, doc *sitrep.Document, arcs []arc) {
	t.Helper()
	find := func(w string) int {
		for i := range doc.Tokens {
			if doc.TokenText(i) == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	for i := range doc.Tokens {
		doc.Tokens[i].Deprel, doc.Tokens[i].Head = "dep", -1
	}
	for _, a := range arcs {
		i := find(a.word)
		doc.Tokens[i].Deprel, doc.Tokens[i].UPOS, doc.Tokens[i].Head = a.rel, a.upos, -1
		if a.head != "" {
			doc.Tokens[i].Head = find(a.head)
		}
	}
	doc.Layers |= sitrep.LayerDeps
}

// TestCoderClauseScene: in a datelined story, forces, police, fighters and
// civilians whose clause happens in a place of another country ("in
// Goma") are that country's, not the dateline's.
func TestCoderClauseScene(t *testing.T) {
	c := NewCoder(testKB(t))
	const dl = "KAMPALA, May 4 (Sitrep) - "
	tests := []struct {
		name, text string
		arcs       []arc
		want       string
	}{
		{
			name: "subject, place on the verb",
			text: dl + "Soldiers stormed a radio station in Goma.",
			arcs: []arc{{"stormed", "", "root", "VERB"}, {"Soldiers", "stormed", "nsubj", "NOUN"},
				{"station", "stormed", "obj", "NOUN"}, {"Goma", "stormed", "obl", "PROPN"}},
			want: "Soldiers=CODMIL",
		},
		{
			name: "object, place on the object",
			text: dl + "Rebels ambushed police near Goma.",
			arcs: []arc{{"ambushed", "", "root", "VERB"}, {"Rebels", "ambushed", "nsubj", "NOUN"},
				{"police", "ambushed", "obj", "NOUN"}, {"Goma", "police", "nmod", "PROPN"}},
			want: "Rebels=CODREB; police=CODCOP",
		},
		{
			name: "reduced relative",
			text: dl + "It came after soldiers seized a radio station in Goma.",
			arcs: []arc{{"came", "", "root", "VERB"}, {"soldiers", "after", "obj", "NOUN"},
				{"seized", "soldiers", "acl", "VERB"}, {"station", "seized", "obj", "NOUN"}, {"Goma", "seized", "obl", "PROPN"}},
			want: "soldiers=CODMIL",
		},
		{
			name: "a destination is no scene",
			text: dl + "Soldiers were sent to Goma.",
			arcs: []arc{{"sent", "", "root", "VERB"}, {"Soldiers", "sent", "nsubj:pass", "NOUN"}, {"Goma", "sent", "obl", "PROPN"}},
			want: "Soldiers=UGAMIL",
		},
		{
			name: "officials act from home",
			text: dl + "Officials met rebels in Goma.",
			arcs: []arc{{"met", "", "root", "VERB"}, {"Officials", "met", "nsubj", "NOUN"},
				{"rebels", "met", "obj", "NOUN"}, {"Goma", "met", "obl", "PROPN"}},
			want: "Officials=UGAGOV; rebels in Goma=CODREB",
		},
		{
			name: "a place in another clause",
			text: dl + "Soldiers said fighting in Goma had stopped.",
			arcs: []arc{{"said", "", "root", "VERB"}, {"Soldiers", "said", "nsubj", "NOUN"},
				{"stopped", "said", "ccomp", "VERB"}, {"fighting", "stopped", "nsubj", "NOUN"}, {"Goma", "fighting", "nmod", "PROPN"}},
			want: "Soldiers=UGAMIL",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, tt.text, "2024-05-04", ent{"KAMPALA", "LOC", 0}, ent{"Goma", "LOC", 0})
			withDeps(t, doc, tt.arcs)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); g != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.text, g, tt.want)
			}
		})
	}
}

// TestCoderCounterpart: a counterpart is of the country its adjective
// names, never of the possessor ("his") nor of the dateline.
func TestCoderCounterpart(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text, want string
		ents             []ent
	}{
		{
			name: "counterpart with a country, apposed name",
			ents: []ent{{"Ravi Kumar", "PER", 0}, {"Li Ming", "PER", 0}},
			text: "Indian Foreign Minister Ravi Kumar phoned his Chinese counterpart, Li Ming, on Tuesday.",
			want: "Indian Foreign Minister Ravi Kumar=INDGOV; Chinese counterpart=CHNGOV; Li Ming=CHNGOV",
		},
		{
			name: "plural counterparts",
			text: "Kenyan defence officials met their Ugandan counterparts in Kampala.",
			want: "Kenyan defence officials=KENMIL; Ugandan counterparts=UGAGOV",
		},
		{
			name: "no country: not the possessor's, not the dateline's",
			text: "NAIROBI, May 4 (Reuters) - The minister met her counterpart on Monday.",
			want: "minister=KENGOV; counterpart=GOV",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, tt.text, "2024-05-04", tt.ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); g != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.text, g, tt.want)
			}
		})
	}
}

// TestCoderLoyalTo: "forces loyal to X" are of X's country.
func TestCoderLoyalTo(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "ABUJA, May 4 (Sitrep) - Security forces loyal to Laurent Gbagbo fired on a crowd."
	doc := makeDoc(t, text, "2011-01-10", ent{"Laurent Gbagbo", "PER", 0})
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "Security forces loyal to Laurent Gbagbo=CIVCOP; crowd=NGACVL"; g != want {
		t.Errorf("%q\n got %s\nwant %s", text, g, want)
	}
}
