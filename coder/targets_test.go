package coder_test

import "testing"

// TestTargetChoices holds events found on the right trigger but once
// aimed at the wrong actor (docs/events.md, "Fourteenth pass: actors and
// roots of events found"). Made-up stories through the whole pipeline.
func TestTargetChoices(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"the opposition denouncing a deal its government made with a neighbour criticises its own government",
			"OSLO, June 3 (Sitrep) — Norway and Sweden signed a fishing agreement on Monday. Opposition leader Erna Solberg denounced the agreement as a betrayal of coastal towns.",
			[]string{"NOR>NOR 111"}, []string{"NOR>SWE 111"}},
		{"a government criticising the deal of two other countries is unchanged",
			"Norway and Sweden signed a fishing agreement on Monday. Denmark's foreign ministry criticised the agreement.",
			nil, []string{"DNK>DNK 111"}},
		{"an object the parse hangs on the verb from a later clause past a comma is not the verb's",
			"Peru broke off diplomatic relations with Bolivia on Friday, a day after the government of President Luis Tapia re-established ties with Chile.",
			[]string{"PER>BOL 161"}, []string{"PER>CHL 161"}},
		{"troops deployed to a place in their own country are deployed at home",
			"NAIROBI, May 28 (Sitrep) — Kenyan soldiers were deployed on Tuesday in the town of Eldoret, where mobs looted shops owned by Ugandan traders.",
			[]string{"KEN>KEN 154"}, []string{"KEN>UGA 154"}},
		{"an accused named by no actor the knowledge base places (a militia) is the accuser's own, at home",
			"TRIPOLI, May 28 (Sitrep) — Clashes broke out in Tripoli on Monday. The United Nations urged calm. Prime Minister Abdul Hamid Dbeibah accused Zawiya Brigade of attacking state institutions.",
			[]string{"LBY>LBY 112"}, []string{"LBY>IGOUNO 112"}},
		{"a host condemning the attack on a foreign embassy condemns its own attackers, not the embassy's country",
			"ANKARA, May 2 (Sitrep) — Crowds set fire to part of the Dutch embassy in Ankara on Friday. Turkish President Recep Tayyip Erdogan condemned the attack on the embassy.",
			[]string{"TUR>TUR 111"}, []string{"TUR>NLD 111"}},
		{"an attack on one's own embassy abroad is not criticism at home",
			"Gunmen fired on the Turkish embassy in Kabul on Friday. Turkey's foreign ministry condemned the attack on its embassy.",
			nil, []string{"TUR>TUR 111"}},
		{"an international body named outside the act's clause (the one told) is no guess for its target",
			"ALGIERS, May 3 (Sitrep) — Algeria closed its border with Morocco on Monday after clashes near Tindouf. Moroccan Foreign Minister Nasser Bourita told U.N. Secretary-General Antonio Guterres by telephone on Tuesday that Morocco would respond firmly to any attack.",
			[]string{"MAR>DZA 138"}, []string{"MAR>IGOUNO 138"}},
		{"talks offered or refused with no party named, in a story of a country and a body that suspended it, are at home",
			"ADDIS ABABA, June 3 (Sitrep) — The African Union suspended Chad on Monday after soldiers seized power in N'Djamena. The African Union said Chad would stay suspended until civilian rule returned. Chad's military council said it was ready to open negotiations, but Chadian opposition leaders rejected the offer.",
			[]string{"TCD>TCD 125"}, []string{"TCD>IGOAFRAU 125", "TCD>IGOAFRAU 036"}},
		{"a news outlet that reports an act is no guess for its target",
			"PRISTINA, June 2 (Sitrep) — Kosovo and Serbia traded accusations on Monday over a disputed bridge. Albanian media said Kosovo police had detained three men near the bridge.",
			[]string{"XKX>XKX 173"}, []string{"XKX>ALB 173"}},
		{"a court the sentence names is where a dispute is heard, no guess for the target of a refusal",
			"BOGOTA, June 4 (Sitrep) — Colombia and Nicaragua traded charges on Monday over fishing rights near San Andres. President Gustavo Petro said Colombia would not negotiate its maritime border and that the dispute belonged before the International Court of Justice.",
			[]string{"COL>NIC 125"}, []string{"COL>IGOUNO 125"}},
		{"a participle hung on a case filed speaks for whoever filed it, not for the court beside it",
			"Chile and Bolivia have argued over water rights for years. Bolivia has filed a case at the International Court of Justice accusing Chile of diverting the Silala river.",
			[]string{"BOL>CHL 112"}, []string{"IGOUNO>CHL 112"}},
		{"\"the council\" after the Security Council is named is that body, not the sentence's other actor",
			"The U.N. Security Council extended its mission in Western Sahara on Friday. The Polisario Front accused the council of siding with Morocco.",
			[]string{"ESH>IGOUNO 112"}, []string{"ESH>MAR 112"}},
		{"\"the Commission\" after the European Commission is named is the EU",
			"The European Commission opened an inquiry into a video platform on Tuesday. Hungary's government asked the Commission on Wednesday to drop the inquiry, and Serbia said it would study the case.",
			[]string{"HUN>IGOEUREEC 020"}, nil},
	}
	runStories(t, p, cases)
}
