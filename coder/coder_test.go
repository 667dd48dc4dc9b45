package coder

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
	"sitrep/nlp/nlptest"
)

type ann struct{ kind, text, val string }

func summarise(evs []sitrep.Event) []string {
	var out []string
	for _, e := range evs {
		src, tgt := "-", "-"
		if e.Source != nil {
			src = e.Source.Code
		}
		if e.Target != nil {
			tgt = e.Target.Code
		}
		s := fmt.Sprintf("%s>%s %s %s %s/%s", src, tgt, e.CAMEO, e.Status, e.Date, e.DatePrecision)
		if e.Place != nil {
			s += " @" + e.Place.Name + "," + e.Place.Country
		}
		out = append(out, s)
	}
	return out
}

func TestCodeSentences(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		parse string
		anns  []ann
		want  []string
	}{
		{"an appeal hung on a reported verb that has no subject of its own is the speaker's",
			"The/the/DET/2/det opposition/opposition/NOUN/3/nsubj said/say/VERB/0/root the/the/DET/5/det arrest/arrest/NOUN/3/obj ended/end/VERB/3/ccomp the/the/DET/8/det truce/truce/NOUN/6/obj ,/,/PUNCT/11/punct and/and/CCONJ/11/cc called/call/VERB/6/conj on/on/ADP/13/case Kenya/Kenya/PROPN/11/obl to/to/PART/15/mark mediate/mediate/VERB/11/xcomp ././PUNCT/3/punct",
			[]ann{{"actor", "The opposition", "SSDOPP"}, {"actor", "Kenya", "KENGOV"}},
			[]string{"SSDOPP>KENGOV 020 occurred 2024-03-14/day"}},
		{"accuse of aggression",
			"The/the/DET/2/det Philippines/Philippines/PROPN/3/nsubj accused/accuse/VERB/0/root China/China/PROPN/3/obj of/of/ADP/7/case dangerous/dangerous/ADJ/7/amod manoeuvres/manoeuvre/NOUN/3/obl ././PUNCT/3/punct",
			[]ann{{"actor", "Philippines", "PHLGOV"}, {"actor", "China", "CHNGOV"}},
			[]string{"PHLGOV>CHNGOV 1123 occurred 2024-03-14/day"}},
		{"coordinated sources agree to talks: the talks are coded, planned, each way",
			"Manila/Manila/PROPN/4/nsubj and/and/CCONJ/3/cc Beijing/Beijing/PROPN/1/conj agreed/agree/VERB/0/root on/on/ADP/6/case Thursday/Thursday/PROPN/4/obl to/to/PART/8/mark hold/hold/VERB/4/xcomp talks/talk/NOUN/8/obj later/late/ADV/8/advmod this/this/DET/12/det month/month/NOUN/10/obl:npmod ././PUNCT/4/punct",
			[]ann{{"actor", "Manila", "PHLGOV"}, {"actor", "Beijing", "CHNGOV"}, {"timex", "Thursday", "2024-03-14"}, {"timex", "later this month", "2024-03"}},
			[]string{"PHLGOV>CHNGOV 046 planned 2024-03/month", "CHNGOV>PHLGOV 046 planned 2024-03/month"}},
		{"a bloc's own meeting gets no target from the story (the guide: meetings inside one organisation are not coded)",
			"ASEAN/ASEAN/PROPN/3/compound foreign/foreign/ADJ/3/amod ministers/minister/NOUN/5/nsubj will/will/AUX/5/aux meet/meet/VERB/0/root in/in/ADP/7/case Jakarta/Jakarta/PROPN/5/obl on/on/ADP/9/case March/March/PROPN/5/obl 28/28/NUM/9/nummod ././PUNCT/5/punct || Manila/Manila/PROPN/2/nsubj protested/protest/VERB/0/root ././PUNCT/2/punct",
			[]ann{{"actor", "ASEAN foreign ministers", "IGOSEAASN"}, {"actor", "Manila", "PHLGOV"}, {"entity", "Jakarta", "LOC"}, {"timex", "March 28", "2024-03-28"}},
			[]string{"PHLGOV>IGOSEAASN 111 occurred 2024-03-14/day"}},
		{"denial covers the embedded event",
			"Eritrea/Eritrea/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark its/its/PRON/5/nmod:poss troops/troop/NOUN/6/nsubj attacked/attack/VERB/2/ccomp Ethiopian/Ethiopian/ADJ/8/amod positions/position/NOUN/6/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Eritrea", "ERIGOV"}, {"actor", "its troops", "ERIMIL"}, {"actor", "Ethiopian positions", "ETHMIL"}},
			[]string{"ERIGOV>ETHMIL 016 occurred 2024-03-14/day", "ERIMIL>ETHMIL 190 denied 2024-03-14/day"}},
		{"an act at home in a region of one's own country has the country as its target",
			"Ukraine/Ukraine/PROPN/2/nsubj declared/declare/VERB/0/root martial/martial/ADJ/4/amod law/law/NOUN/2/obj in/in/ADP/8/case the/the/DET/8/det Kharkiv/Kharkiv/PROPN/8/compound region/region/NOUN/2/obl ././PUNCT/2/punct",
			[]ann{{"actor", "Ukraine", "UKR"}},
			[]string{"UKR>UKR 1724 occurred 2024-03-14/day"}},
		{"negation",
			"Russia/Russia/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod attack/attack/VERB/0/root Kyiv/Kyiv/PROPN/4/obj ././PUNCT/4/punct",
			[]ann{{"actor", "Russia", "RUSGOV"}, {"actor", "Kyiv", "UKRGOV"}},
			[]string{"RUSGOV>UKRGOV 190 negated 2024-03-14/day"}},
		{"condition",
			"Ethiopia/Ethiopia/PROPN/3/nsubj could/could/AUX/3/aux meet/meet/VERB/0/root Eritrea/Eritrea/PROPN/3/obj if/if/SCONJ/8/mark talks/talk/NOUN/8/nsubj:pass are/be/AUX/8/aux:pass confirmed/confirm/VERB/3/advcl ././PUNCT/3/punct",
			[]ann{{"actor", "Ethiopia", "ETHGOV"}, {"actor", "Eritrea", "ERIGOV"}},
			[]string{"ETHGOV>ERIGOV 040 hypothetical 2024-03-14/day", "ERIGOV>ETHGOV 040 hypothetical 2024-03-14/day"}},
		{"reported by others, place from the object, target from the sentence",
			"Ukrainian/Ukrainian/ADJ/2/amod officials/official/NOUN/3/nsubj said/say/VERB/0/root Russian/Russian/ADJ/5/amod troops/troop/NOUN/6/nsubj shelled/shell/VERB/3/ccomp Kharkiv/Kharkiv/PROPN/6/obj ././PUNCT/3/punct",
			[]ann{{"actor", "Ukrainian officials", "UKRGOV"}, {"actor", "Russian troops", "RUSMIL"}, {"entity", "Kharkiv", "LOC"}},
			[]string{"RUSMIL>UKRGOV 194 reported 2024-03-14/day @Kharkiv,UKR"}},
		{"the nearest speech verb says on whose word an act rests: the shooters' own claim, told by another",
			"Russian/Russian/ADJ/2/amod officers/officer/NOUN/3/nsubj said/say/VERB/0/root Turkmen/Turkmen/PROPN/5/compound fighters/fighter/NOUN/6/nsubj said/say/VERB/3/ccomp they/they/PRON/8/nsubj shelled/shell/VERB/6/ccomp Russian/Russian/ADJ/10/amod positions/position/NOUN/8/obj ././PUNCT/3/punct",
			[]ann{{"actor", "Russian officers", "RUSMIL"}, {"actor", "Turkmen fighters", "SYRREB"}, {"actor", "Russian positions", "RUSMIL"}},
			[]string{"SYRREB>RUSMIL 194 occurred 2024-03-14/day"}},
		{"passive voice",
			"Dozens/dozen/NOUN/5/nsubj:pass of/of/ADP/3/case protesters/protester/NOUN/1/nmod were/be/AUX/5/aux:pass detained/detain/VERB/0/root by/by/ADP/7/case police/police/NOUN/5/obl:agent in/in/ADP/9/case Minsk/Minsk/PROPN/5/obl ././PUNCT/5/punct",
			[]ann{{"actor", "protesters", "BLRCVL"}, {"actor", "police", "BLRCOP"}, {"entity", "Minsk", "LOC"}},
			[]string{"BLRCOP>BLRCVL 173 occurred 2024-03-14/day @Minsk,BLR"}},
		{"warn of a military response; the target comes from the story",
			"Beijing/Beijing/PROPN/2/nsubj warned/warn/VERB/0/root of/of/ADP/5/case resolute/resolute/ADJ/5/amod countermeasures/countermeasure/NOUN/2/obl ././PUNCT/2/punct || Tokyo/Tokyo/PROPN/2/nsubj protested/protest/VERB/0/root ././PUNCT/2/punct",
			[]ann{{"actor", "Beijing", "CHNGOV"}, {"actor", "Tokyo", "JPNGOV"}},
			[]string{"CHNGOV>JPNGOV 138 occurred 2024-03-14/day", "JPNGOV>CHNGOV 111 occurred 2024-03-14/day"}},
		{"X said it will: the pronoun is the speaker, not a report",
			"China/China/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj will/will/AUX/5/aux impose/impose/VERB/2/ccomp sanctions/sanction/NOUN/5/obj on/on/ADP/8/case Japan/Japan/PROPN/5/obl ././PUNCT/2/punct",
			[]ann{{"actor", "China", "CHNGOV"}, {"actor", "Japan", "JPNGOV"}},
			[]string{"CHNGOV>JPNGOV 163 planned 2024-03-14/day"}},
		{"a third party's appeal goes to both sides; the act appealed for is not coded",
			"Ethiopia/Ethiopia/PROPN/2/nsubj accused/accuse/VERB/0/root Eritrea/Eritrea/PROPN/2/obj ././PUNCT/2/punct || The/the/DET/2/det UN/UN/PROPN/3/nsubj urged/urge/VERB/0/root both/both/DET/5/det sides/side/NOUN/3/obj to/to/PART/7/mark talk/talk/VERB/3/xcomp ././PUNCT/3/punct",
			[]ann{{"actor", "Ethiopia", "ETHGOV"}, {"actor", "Eritrea", "ERIGOV"}, {"actor", "UN", "IGOUNO"}},
			[]string{"ETHGOV>ERIGOV 112 occurred 2024-03-14/day", "IGOUNO>ETHGOV 020 occurred 2024-03-14/day", "IGOUNO>ERIGOV 020 occurred 2024-03-14/day"}},
		{"a visit is coded from both ends",
			"Fidan/Fidan/PROPN/2/nsubj visited/visit/VERB/0/root Damascus/Damascus/PROPN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Fidan", "TURGOV"}, {"actor", "Damascus", "SYRGOV"}},
			[]string{"TURGOV>SYRGOV 042 occurred 2024-03-14/day", "SYRGOV>TURGOV 043 occurred 2024-03-14/day"}},
		{"the subject of a relative clause is the noun it modifies",
			"Gonsalves/Gonsalves/PROPN/0/root ,/,/PUNCT/4/punct who/who/PRON/4/nsubj hosted/host/VERB/1/acl:relcl Maduro/Maduro/PROPN/4/obj ././PUNCT/1/punct",
			[]ann{{"actor", "Gonsalves", "VCTGOV"}, {"actor", "Maduro", "VENGOV"}},
			[]string{"VCTGOV>VENGOV 043 occurred 2024-03-14/day", "VENGOV>VCTGOV 042 occurred 2024-03-14/day"}},
		{"would not negotiate is a rejection, one way",
			"Guyana/Guyana/PROPN/4/nsubj would/would/AUX/4/aux not/not/PART/4/advmod negotiate/negotiate/VERB/0/root with/with/ADP/6/case Venezuela/Venezuela/PROPN/4/obl ././PUNCT/4/punct",
			[]ann{{"actor", "Guyana", "GUYGOV"}, {"actor", "Venezuela", "VENGOV"}},
			[]string{"GUYGOV>VENGOV 125 occurred 2024-03-14/day"}},
		{"a dateline dates nothing and is not the subject",
			"Taipei/Taipei/PROPN/6/nsubj March/March/PROPN/1/appos 13/13/NUM/2/nummod —/—/PUNCT/6/punct China/China/PROPN/6/nsubj attacked/attack/VERB/0/root Taiwan/Taiwan/PROPN/6/obj ././PUNCT/6/punct",
			[]ann{{"actor", "China", "CHNGOV"}, {"actor", "Taiwan", "TWNGOV"}, {"timex", "March 13", "2024-03-13"}},
			[]string{"CHNGOV>TWNGOV 190 occurred 2024-03-14/day"}},
		{"a day attached to another verb of the sentence dates the event",
			"China/China/PROPN/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Saturday/Saturday/PROPN/2/obl it/it/PRON/6/nsubj attacked/attack/VERB/2/ccomp Taiwan/Taiwan/PROPN/6/obj ././PUNCT/2/punct",
			[]ann{{"actor", "China", "CHNGOV"}, {"actor", "Taiwan", "TWNGOV"}, {"timex", "Saturday", "2024-03-09"}},
			[]string{"CHNGOV>TWNGOV 190 occurred 2024-03-09/day"}},
		{"condemning strikes is not striking; a condemnation with no target anywhere is dropped",
			"Iran/Iran/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det strikes/strike/NOUN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Iran", "IRNGOV"}},
			nil},
		{"a target on the object's preposition",
			"Algeria/Algeria/PROPN/2/nsubj recalled/recall/VERB/0/root its/its/PRON/4/nmod:poss ambassador/ambassador/NOUN/2/obj to/to/ADP/6/case Mali/Mali/PROPN/4/nmod ././PUNCT/2/punct",
			[]ann{{"actor", "Algeria", "DZAGOV"}, {"actor", "Mali", "MLIGOV"}},
			[]string{"DZAGOV>MLIGOV 161 occurred 2024-03-14/day"}},
		{"talks named by a noun alone are between the story's two sides",
			"India/India/PROPN/2/nsubj accused/accuse/VERB/0/root Pakistan/Pakistan/PROPN/2/obj ././PUNCT/2/punct || Talks/talk/NOUN/2/nsubj:pass resumed/resume/VERB/0/root ././PUNCT/2/punct",
			[]ann{{"actor", "India", "INDGOV"}, {"actor", "Pakistan", "PAKGOV"}},
			[]string{"INDGOV>PAKGOV 112 occurred 2024-03-14/day", "INDGOV>PAKGOV 046 occurred 2024-03-14/day", "PAKGOV>INDGOV 046 occurred 2024-03-14/day"}},
		{"joint drills are military cooperation each way, not a show of force",
			"Japan/Japan/PROPN/2/nsubj held/hold/VERB/0/root joint/joint/ADJ/4/amod drills/drill/NOUN/2/obj with/with/ADP/6/case Korea/Korea/PROPN/4/nmod ././PUNCT/2/punct",
			[]ann{{"actor", "Japan", "JPNGOV"}, {"actor", "Korea", "KORGOV"}},
			[]string{"JPNGOV>KORGOV 062 occurred 2024-03-14/day", "KORGOV>JPNGOV 062 occurred 2024-03-14/day"}},
		{"calling an act reckless is criticism",
			"Poland/Poland/PROPN/2/nsubj called/call/VERB/0/root Russia/Russia/PROPN/2/obj reckless/reckless/ADJ/2/xcomp ././PUNCT/2/punct",
			[]ann{{"actor", "Poland", "POLGOV"}, {"actor", "Russia", "RUSGOV"}},
			[]string{"POLGOV>RUSGOV 111 occurred 2024-03-14/day"}},
		{"condemning an act the story told aims at its doer",
			"Russia/Russia/PROPN/2/nsubj shelled/shell/VERB/0/root Kharkiv/Kharkiv/PROPN/2/obj ././PUNCT/2/punct || France/France/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det violence/violence/NOUN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Russia", "RUSGOV"}, {"actor", "Kharkiv", "UKR"}, {"actor", "France", "FRAGOV"}},
			[]string{"RUSGOV>UKR 194 occurred 2024-03-14/day", "FRAGOV>RUSGOV 111 occurred 2024-03-14/day"}},
		{"a chain of conjuncts: each hangs on the one before it",
			"Russia/Russia/PROPN/2/nsubj shelled/shell/VERB/0/root Kharkiv/Kharkiv/PROPN/2/obj ././PUNCT/2/punct || Egypt/Egypt/PROPN/6/nsubj ,/,/PUNCT/3/punct Jordan/Jordan/PROPN/1/conj and/and/CCONJ/5/cc Qatar/Qatar/PROPN/3/conj condemned/condemn/VERB/0/root the/the/DET/8/det attack/attack/NOUN/6/obj ././PUNCT/6/punct",
			[]ann{{"actor", "Russia", "RUSGOV"}, {"actor", "Kharkiv", "UKR"}, {"actor", "Egypt", "EGYGOV"}, {"actor", "Jordan", "JORGOV"}, {"actor", "Qatar", "QATGOV"}},
			[]string{"RUSGOV>UKR 194 occurred 2024-03-14/day", "EGYGOV>RUSGOV 111 occurred 2024-03-14/day", "JORGOV>RUSGOV 111 occurred 2024-03-14/day", "QATGOV>RUSGOV 111 occurred 2024-03-14/day"}},
		{"calling 'it' a violation aims at the last forceful act's doer",
			"Russia/Russia/PROPN/2/nsubj shelled/shell/VERB/0/root Kharkiv/Kharkiv/PROPN/2/obj ././PUNCT/2/punct || France/France/PROPN/2/nsubj called/call/VERB/0/root it/it/PRON/2/obj a/a/DET/5/det violation/violation/NOUN/2/xcomp ././PUNCT/2/punct",
			[]ann{{"actor", "Russia", "RUSGOV"}, {"actor", "Kharkiv", "UKR"}, {"actor", "France", "FRAGOV"}},
			[]string{"RUSGOV>UKR 194 occurred 2024-03-14/day", "FRAGOV>RUSGOV 111 occurred 2024-03-14/day"}},
		{"an adjective predicate: ready to help",
			"Japan/Japan/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root to/to/PART/5/mark help/help/VERB/3/xcomp Manila/Manila/PROPN/5/obj ././PUNCT/3/punct",
			[]ann{{"actor", "Japan", "JPNGOV"}, {"actor", "Manila", "PHLGOV"}},
			[]string{"JPNGOV>PHLGOV 030 occurred 2024-03-14/day"}},
		{"withheld recognition is a rejection",
			"Kyiv/Kyiv/PROPN/4/nsubj would/would/AUX/4/aux not/not/PART/4/advmod recognise/recognise/VERB/0/root the/the/DET/6/det deal/deal/NOUN/4/obj with/with/ADP/8/case Moscow/Moscow/PROPN/6/nmod ././PUNCT/4/punct",
			[]ann{{"actor", "Kyiv", "UKRGOV"}, {"actor", "Moscow", "RUSGOV"}},
			[]string{"UKRGOV>RUSGOV 120 occurred 2024-03-14/day"}},
		{"resigning answers the country's own people",
			"The/the/DET/2/det minister/minister/NOUN/3/nsubj resigned/resign/VERB/0/root ././PUNCT/3/punct",
			[]ann{{"actor", "minister", "NPLGOV"}},
			[]string{"NPLGOV>NPL 0831 occurred 2024-03-14/day"}},
		{"a refused concession is a rejection that happened",
			"Argentina/Argentina/PROPN/4/nsubj will/will/AUX/4/aux not/not/PART/4/advmod apologise/apologise/VERB/0/root to/to/ADP/6/case Spain/Spain/PROPN/4/obl ././PUNCT/4/punct",
			[]ann{{"actor", "Argentina", "ARGGOV"}, {"actor", "Spain", "ESPGOV"}},
			[]string{"ARGGOV>ESPGOV 124 occurred 2024-03-14/day"}},
		{"an uncoded object stands for the country of its adjective",
			"Spain/Spain/PROPN/2/nsubj recognised/recognise/VERB/0/root a/a/DET/5/det Palestinian/Palestinian/ADJ/5/amod state/state/NOUN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Spain", "ESPGOV"}},
			[]string{"ESPGOV>PSE 054 occurred 2024-03-14/day"}},
		{"a phone call hanging on a verb is between its subject and object",
			"Macron/Macron/PROPN/2/nsubj thanked/thank/VERB/0/root Mohammed/Mohammed/PROPN/2/obj in/in/ADP/7/case a/a/DET/7/det phone/phone/NOUN/7/compound call/call/NOUN/2/obl ././PUNCT/2/punct",
			[]ann{{"actor", "Macron", "FRAGOV"}, {"actor", "Mohammed", "MARGOV"}},
			[]string{"FRAGOV>MARGOV 051 occurred 2024-03-14/day", "FRAGOV>MARGOV 041 occurred 2024-03-14/day", "MARGOV>FRAGOV 041 occurred 2024-03-14/day"}},
		{"a negative judgement said of an act is criticism of its doer",
			"Japan/Japan/PROPN/2/nsubj said/say/VERB/0/root China/China/PROPN/5/nsubj was/be/AUX/5/cop wrong/wrong/ADJ/2/ccomp ././PUNCT/2/punct",
			[]ann{{"actor", "Japan", "JPNGOV"}, {"actor", "China", "CHNGOV"}},
			[]string{"JPNGOV>CHNGOV 111 occurred 2024-03-14/day"}},
		{"a capital the actor coder left uncoded stands for its country",
			"Angola/Angola/PROPN/2/nsubj accused/accuse/VERB/0/root Kinshasa/Kinshasa/PROPN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Angola", "AGOGOV"}, {"entity", "Kinshasa", "LOC"}},
			[]string{"AGOGOV>COD 112 occurred 2024-03-14/day"}},
		{"a spokesman speaks for the body named after him",
			"A/a/DET/2/det spokesman/spokesman/NOUN/6/nsubj for/for/ADP/5/case Chinese/Chinese/ADJ/5/amod guard/guard/NOUN/2/nmod denied/deny/VERB/0/root it/it/PRON/6/obj ././PUNCT/6/punct",
			[]ann{{"actor", "spokesman", "PHLGOV"}, {"actor", "Chinese guard", "CHNCOP"}},
			[]string{"CHNCOP>PHLGOV 016 occurred 2024-03-14/day"}},
		{"force the speaker promises is a threat, made now",
			"Seoul/Seoul/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj would/would/AUX/5/aux respond/respond/VERB/2/ccomp firmly/firmly/ADV/5/advmod to/to/ADP/8/case Pyongyang/Pyongyang/PROPN/5/obl ././PUNCT/2/punct",
			[]ann{{"actor", "Seoul", "KORGOV"}, {"actor", "Pyongyang", "PRKGOV"}},
			[]string{"KORGOV>PRKGOV 138 occurred 2024-03-14/day"}},
		{"an act inside an accusation is not coded",
			"Congo/Congo/PROPN/2/nsubj accused/accuse/VERB/0/root Rwanda/Rwanda/PROPN/2/obj of/of/SCONJ/5/mark attacking/attack/VERB/2/advcl Goma/Goma/PROPN/5/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Congo", "CODGOV"}, {"actor", "Rwanda", "RWAGOV"}},
			[]string{"CODGOV>RWAGOV 112 occurred 2024-03-14/day"}},
		{"'must' in a speaker's words is a demand of the other party",
			"Thailand/Thailand/PROPN/2/nsubj said/say/VERB/0/root Cambodia/Cambodia/PROPN/5/nsubj must/must/AUX/5/aux stop/stop/VERB/2/ccomp firing/fire/VERB/5/xcomp ././PUNCT/2/punct",
			[]ann{{"actor", "Thailand", "THAGOV"}, {"actor", "Cambodia", "KHMGOV"}},
			[]string{"THAGOV>KHMGOV 1056 occurred 2024-03-14/day"}},
		{"a trailing 'a claim X denied' denies the act before it",
			"Azerbaijani/Azerbaijani/ADJ/2/amod troops/troop/NOUN/3/nsubj shelled/shell/VERB/0/root Armenian/Armenian/ADJ/5/amod villages/village/NOUN/3/obj ,/,/PUNCT/8/punct a/a/DET/8/det claim/claim/NOUN/3/appos Baku/Baku/PROPN/10/nsubj denied/deny/VERB/8/acl:relcl ././PUNCT/3/punct",
			[]ann{{"actor", "Azerbaijani troops", "AZEMIL"}, {"actor", "Armenian villages", "ARMCVL"}, {"actor", "Baku", "AZEGOV"}},
			[]string{"AZEMIL>ARMCVL 194 denied 2024-03-14/day", "AZEGOV>ARMCVL 016 occurred 2024-03-14/day"}},
		{"an agentless arrest is the announcing authority's, of the country's own people",
			"The/the/DET/2/det ministry/ministry/NOUN/3/nsubj said/say/VERB/0/root 224/224/NUM/5/nummod people/people/NOUN/8/nsubj:pass had/have/AUX/8/aux been/be/AUX/8/aux:pass detained/detain/VERB/3/ccomp ././PUNCT/3/punct",
			[]ann{{"actor", "ministry", "GEOGOV"}},
			[]string{"GEOGOV>GEO 173 occurred 2024-03-14/day"}},
		{"an appeal naming only what it asks for has no target",
			"Riyadh/Riyadh/PROPN/2/nsubj urged/urge/VERB/0/root restraint/restraint/NOUN/2/obj ././PUNCT/2/punct || Washington/Washington/PROPN/2/nsubj struck/strike/VERB/0/root Yemen/Yemen/PROPN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Riyadh", "SAUGOV"}, {"actor", "Washington", "USAGOV"}, {"actor", "Yemen", "YEM"}},
			[]string{"SAUGOV>- 020 occurred 2024-03-14/day", "USAGOV>YEM 190 occurred 2024-03-14/day"}},
		{"ready to mediate is an offer made now",
			"Qatar/Qatar/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root to/to/PART/5/mark mediate/mediate/VERB/3/xcomp between/between/ADP/7/case Israel/Israel/PROPN/5/obl and/and/CCONJ/9/cc Hamas/Hamas/PROPN/7/conj ././PUNCT/3/punct",
			[]ann{{"actor", "Qatar", "QATGOV"}, {"actor", "Israel", "ISRGOV"}, {"actor", "Hamas", "PSEREB"}},
			[]string{"QATGOV>ISRGOV 039 occurred 2024-03-14/day", "QATGOV>PSEREB 039 occurred 2024-03-14/day"}},
		{"exercises held by two countries together are cooperation, each way",
			"Washington/Washington/PROPN/4/nsubj and/and/CCONJ/3/cc Seoul/Seoul/PROPN/1/conj held/hold/VERB/0/root their/their/PRON/7/nmod:poss annual/annual/ADJ/7/amod exercises/exercise/NOUN/4/obj ././PUNCT/4/punct",
			[]ann{{"actor", "Washington", "USAGOV"}, {"actor", "Seoul", "KORGOV"}},
			[]string{"USAGOV>KORGOV 062 occurred 2024-03-14/day", "KORGOV>USAGOV 062 occurred 2024-03-14/day"}},
		{"a denial answers a claim made from within the country",
			"Lawmakers/lawmaker/NOUN/2/nsubj accused/accuse/VERB/0/root Castro/Castro/PROPN/2/obj ././PUNCT/2/punct || Tegucigalpa/Tegucigalpa/PROPN/2/nsubj denied/deny/VERB/0/root the/the/DET/4/det claim/claim/NOUN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Lawmakers", "HNDLEG"}, {"actor", "Castro", "HNDGOV"}, {"actor", "Tegucigalpa", "HNDGOV"}},
			[]string{"HNDLEG>HNDGOV 112 occurred 2024-03-14/day", "HNDGOV>HNDLEG 016 occurred 2024-03-14/day"}},
		{"a weekday of a planned act is the next one",
			"Bangkok/Bangkok/PROPN/5/nsubj and/and/CCONJ/3/cc Phnom/Phnom/PROPN/1/conj will/will/AUX/5/aux hold/hold/VERB/0/root talks/talk/NOUN/5/obj on/on/ADP/8/case Monday/Monday/PROPN/5/obl ././PUNCT/5/punct",
			[]ann{{"actor", "Bangkok", "THAGOV"}, {"actor", "Phnom", "KHMGOV"}, {"timex", "Monday", "2024-03-11"}},
			[]string{"THAGOV>KHMGOV 046 planned 2024-03-18/day", "KHMGOV>THAGOV 046 planned 2024-03-18/day"}},
		{"'both ministers' are the story's two sides, a host receives them, they visit",
			"Armenia/Armenia/PROPN/2/nsubj accused/accuse/VERB/0/root Azerbaijan/Azerbaijan/PROPN/2/obj ././PUNCT/2/punct || Baku/Baku/PROPN/2/nsubj condemned/condemn/VERB/0/root Yerevan/Yerevan/PROPN/2/obj ././PUNCT/2/punct || Tokayev/Tokayev/PROPN/2/nsubj received/receive/VERB/0/root both/both/DET/4/det ministers/minister/NOUN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Armenia", "ARMGOV"}, {"actor", "Azerbaijan", "AZEGOV"}, {"actor", "Baku", "AZEGOV"}, {"actor", "Yerevan", "ARMGOV"}, {"actor", "Tokayev", "KAZGOV"}, {"actor", "ministers", "KAZGOV"}},
			[]string{"ARMGOV>AZEGOV 112 occurred 2024-03-14/day", "AZEGOV>ARMGOV 111 occurred 2024-03-14/day", "KAZGOV>ARMGOV 043 occurred 2024-03-14/day", "ARMGOV>KAZGOV 042 occurred 2024-03-14/day", "KAZGOV>AZEGOV 043 occurred 2024-03-14/day", "AZEGOV>KAZGOV 042 occurred 2024-03-14/day"}},
		{"coordinated actors of a modifier are all sources",
			"The/the/DET/2/det governments/government/NOUN/7/nsubj of/of/ADP/4/case Mali/Mali/PROPN/2/nmod and/and/CCONJ/6/cc Niger/Niger/PROPN/4/conj recalled/recall/VERB/0/root their/their/PRON/9/nmod:poss ambassadors/ambassador/NOUN/7/obj from/from/ADP/11/case Algeria/Algeria/PROPN/7/obl ././PUNCT/7/punct",
			[]ann{{"actor", "Mali", "MLIGOV"}, {"actor", "Niger", "NERGOV"}, {"actor", "Algeria", "DZAGOV"}},
			[]string{"MLIGOV>DZAGOV 161 occurred 2024-03-14/day", "NERGOV>DZAGOV 161 occurred 2024-03-14/day"}},
		{"a bare 'respond' is an event only as a promise, a threat",
			"Kabul/Kabul/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj will/will/AUX/5/aux respond/respond/VERB/2/ccomp ././PUNCT/2/punct || Kabul/Kabul/PROPN/2/nsubj responded/respond/VERB/0/root ././PUNCT/2/punct || Islamabad/Islamabad/PROPN/2/nsubj accused/accuse/VERB/0/root Kabul/Kabul/PROPN/2/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Kabul", "AFGGOV"}, {"actor", "Islamabad", "PAKGOV"}},
			[]string{"AFGGOV>PAKGOV 138 occurred 2024-03-14/day", "PAKGOV>AFG 112 occurred 2024-03-14/day"}},
		{"the subject of 'are expected to send' is the passive's",
			"Jamaica/Jamaica/PROPN/3/nsubj:pass are/be/AUX/3/aux:pass expected/expect/VERB/0/root to/to/PART/5/mark send/send/VERB/3/xcomp police/police/NOUN/5/obj to/to/ADP/8/case Haiti/Haiti/PROPN/5/obl ././PUNCT/3/punct",
			[]ann{{"actor", "Jamaica", "JAMGOV"}, {"actor", "Haiti", "HTIGOV"}},
			[]string{"JAMGOV>HTIGOV 074 planned 2024-03-14/day"}},
		{"the toll of an attack is not an act of its own",
			"Russia/Russia/PROPN/2/nsubj shelled/shell/VERB/0/root Kharkiv/Kharkiv/PROPN/2/obj ,/,/PUNCT/5/punct killing/kill/VERB/2/advcl civilians/civilian/NOUN/5/obj ././PUNCT/2/punct",
			[]ann{{"actor", "Russia", "RUSGOV"}, {"actor", "Kharkiv", "UKRGOV"}, {"actor", "civilians", "UKRCVL"}},
			[]string{"RUSGOV>UKRGOV 194 occurred 2024-03-14/day"}},
		{"a sentence left without a main verb, its relative clause read as a parataxis, and 'called on X to' with 'on' a marker",
			"Lammy/Lammy/PROPN/0/root ,/,/PUNCT/5/punct who/who/PRON/5/nsubj was/be/AUX/5/cop Brussels/Brussels/PROPN/1/parataxis ,/,/PUNCT/7/punct called/call/VERB/5/acl on/on/ADP/11/mark Moscow/Moscow/PROPN/11/nsubj to/to/PART/11/mark end/end/VERB/7/advcl attacks/attack/NOUN/11/obj ././PUNCT/1/punct",
			[]ann{{"actor", "Lammy", "GBRGOV"}, {"actor", "Moscow", "RUSGOV"}},
			[]string{"GBRGOV>RUSGOV 020 occurred 2024-03-14/day"}},
		{"an apposition the parse read as a conjunct is not a second source",
			"The/the/DET/3/det United/United/ADJ/3/amod States/States/PROPN/11/nsubj ,/,/PUNCT/9/punct the/the/DET/6/det Philippines/Philippines/PROPN/9/nmod:poss '/'/PART/6/case treaty/treaty/NOUN/9/compound ally/ally/NOUN/3/conj ,/,/PUNCT/3/punct urged/urge/VERB/0/root Beijing/Beijing/PROPN/11/obj ././PUNCT/11/punct",
			[]ann{{"actor", "United States", "USAGOV"}, {"actor", "Philippines", "PHLGOV"}, {"actor", "Beijing", "CHNGOV"}},
			[]string{"USAGOV>CHNGOV 020 occurred 2024-03-14/day"}},
		{"a denial not made is no event",
			"Mexico/Mexico/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod deny/deny/VERB/0/root Washington/Washington/PROPN/6/nmod:poss offer/offer/NOUN/4/obj ././PUNCT/4/punct",
			[]ann{{"actor", "Mexico", "MEXGOV"}, {"actor", "Washington", "USAGOV"}},
			nil},
		{"'X and Y each freed N prisoners' with 'freed' read as a modifier of the object",
			"Armenia/Armenia/PROPN/7/nsubj and/and/CCONJ/3/cc Azerbaijan/Azerbaijan/PROPN/1/conj each/each/DET/7/det freed/free/VERB/7/amod 20/20/NUM/7/nummod prisoners/prisoner/NOUN/0/root ././PUNCT/7/punct",
			[]ann{{"actor", "Armenia", "ARMGOV"}, {"actor", "Azerbaijan", "AZEGOV"}},
			[]string{"ARMGOV>AZEGOV 0841 occurred 2024-03-14/day", "AZEGOV>ARMGOV 0841 occurred 2024-03-14/day"}},
		{"a bare statement is not an event",
			"Officials/official/NOUN/2/nsubj said/say/VERB/0/root talks/talk/NOUN/4/nsubj continued/continue/VERB/2/ccomp ././PUNCT/2/punct",
			[]ann{{"actor", "Officials", "USAGOV"}},
			// (The saying is no event; the talks it tells, with no party,
			// in a story of one country, are talks at home.)
			[]string{"USAGOV>USA 046 occurred 2024-03-14/day"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := nlptest.Parse(tc.parse, "2024-03-14")
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range tc.anns {
				switch a.kind {
				case "actor":
					err = nlptest.Actor(d, a.text, a.val)
				case "entity":
					err = nlptest.Entity(d, a.text, a.val)
				case "timex":
					err = nlptest.Timex(d, a.text, a.val)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if err := c.Process(d); err != nil {
				t.Fatal(err)
			}
			got := summarise(d.Events)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
			for _, e := range d.Events {
				if e.Trigger.Text != d.Text[e.Trigger.Start:e.Trigger.End] || e.Rule == "" {
					t.Errorf("bad provenance %+v", e)
				}
			}
		})
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, in := range []string{
		"meet\t@with\t040\n",
		"meet\t@with\t999\tmeet\n",
		"meet\tfoo\t040\tmeet\n",
		"\t-\t040\tmeet\n",
		"appeal:release\t@obj\t0253\tappeal for a release\n",
		"appeal:release\t-\t999\tappeal for a release\n",
		"appeal:\t-\t0253\tappeal for a release\n",
	} {
		if _, err := ParseLexicon(strings.NewReader(in), "x.tsv"); err == nil || !strings.HasPrefix(err.Error(), "x.tsv:1:") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

func TestLexiconAppeals(t *testing.T) {
	lx, err := ParseLexicon(strings.NewReader("appeal:Release\t-\t0253\tappeal for a release\n"), "x.tsv")
	if err != nil || lx.appeals["release"] != "0253" || len(lx.verbs) != 0 {
		t.Fatalf("appeal line: %v, %v", lx, err)
	}
	// Given twice: the second line is named.
	_, err = ParseLexicon(strings.NewReader("appeal:release\t-\t0253\ta\nappeal:release\t-\t026\tb\n"), "x.tsv")
	if err == nil || !strings.HasPrefix(err.Error(), "x.tsv:2:") {
		t.Errorf("appeal given twice: %v", err)
	}
}

func TestNormalise(t *testing.T) {
	for _, c := range []struct{ in, date, prec string }{
		{"2024-03-12", "2024-03-12", "day"},
		{"2024-03-12T14:30", "2024-03-12", "day"},
		{"2024-03", "2024-03", "month"},
		{"2025", "2025", "year"},
		{"2024-W11", "2024-03", "month"},
		{"2024-W09", "2024", "year"}, // Feb 26 to Mar 3
		{"2023-Q2", "2023", "year"},
		{"2024-SU", "2024", "year"},
		{"XXXX-XX-XX", "", ""},
		{"PRESENT_REF", "", ""},
	} {
		d, p := normalise(c.in)
		if d != c.date || p != c.prec {
			t.Errorf("%s: got %s/%s", c.in, d, p)
		}
	}
}
