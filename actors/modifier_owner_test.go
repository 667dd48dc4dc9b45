package actors

import (
	"strings"
	"testing"
	"unicode"

	"sitrep"
)

// TestActor29Rules: a person's country from the name or body before the
// title (ownerTitledName, modifierCountry), from "Republican"/"Democratic"
// before an office (usPartyAdjective), from a party-state tag after a
// country-less leader's title, and a later surname the KB also knows as a
// place (surnameOverPlace). Each case fails with its switch off; the
// guards hold with it on.
func TestActor29Rules(t *testing.T) {
	c := NewCoder(testKB(t))
	type tcase struct {
		name, text string
		ents       []ent
		want, not  string
		arcs       []arc // a parse where the rule needs one
	}
	run := func(tests []tcase, set func(bool) bool) {
		t.Helper()
		for _, tt := range tests {
			doc := makeDoc(t, tt.text, "2016-03-04", tt.ents...)
			roughTags(doc)
			withDeps(t, doc, tt.arcs)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			wantCodes(t, tt.name, got(doc), tt.want, tt.not)
		}
		old := set(false)
		defer set(old)
		for _, tt := range tests {
			if tt.want == "" {
				continue
			}
			doc := makeDoc(t, tt.text, "2016-03-04", tt.ents...)
			roughTags(doc)
			withDeps(t, doc, tt.arcs)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); strings.Contains(g, tt.want) {
				t.Errorf("%s: coded %s with the rule off: %s", tt.name, tt.want, g)
			}
		}
	}

	run([]tcase{
		{
			name: "body, title, unknown name; the surname refers back",
			text: "The memo went to State Department Inspector General Hal Mottram. Mottram said he was pleased.",
			ents: []ent{{"State Department", "ORG", 0}, {"Hal Mottram", "PER", 0}, {"Mottram", "PER", 1}},
			want: "Hal Mottram=USAGOV; Mottram=USAGOV>",
		},
		{
			name: "country adjective and title before the name",
			text: "The talks were led by British diplomat Sir Alan Cobbold. Cobbold said little.",
			ents: []ent{{"Alan Cobbold", "PER", 0}, {"Cobbold", "PER", 1}},
			want: "Alan Cobbold=GBRGOV",
		},
		{
			name: "a lower-case word between is no title",
			text: "A Russia expert Hal Mottram said the talks failed.",
			ents: []ent{{"Russia", "LOC", 0}, {"Hal Mottram", "PER", 0}},
			not:  "Hal Mottram=RUS",
		},
		{
			name: "a news body's correspondent is left alone",
			text: "As VOA West Africa Correspondent Hal Mottram reports, the rally began.",
			ents: []ent{{"VOA", "ORG", 0}, {"Hal Mottram", "PER", 0}},
			not:  "Hal Mottram=USA",
		},
		{
			name: "a person's spokesman takes the person's country",
			text: "Hillary Clinton won. Clinton spokesman Hal Mottram said no.",
			ents: []ent{{"Hillary Clinton", "PER", 0}, {"Clinton", "PER", 1}, {"Hal Mottram", "PER", 0}},
			want: "spokesman Hal Mottram=USAGOV",
		},
		{
			name: "a governor's title before a party-state tag",
			text: "Governor Hal Mottram (D-Texas) told reporters no. Mottram left.",
			ents: []ent{{"Hal Mottram", "PER", 0}, {"Mottram", "PER", 1}},
			want: "Governor Hal Mottram=USAGOV",
		},
		{
			name: "a titled surname of a person named before refers back",
			text: "Governor Hal Mottram (D-Texas) spoke first. Later State Department Inspector General Mottram said yes.",
			ents: []ent{{"Hal Mottram", "PER", 0}, {"State Department", "ORG", 0}, {"Mottram", "PER", 1}},
			want: "; Mottram=USAGOV>0",
		},
	}, SetModifierOwner)

	run([]tcase{
		{
			name: "Republican before a country-less office",
			text: "Republican Secretary of State Dana Fiske applauded the ruling. Fiske said voters won.",
			ents: []ent{{"Dana Fiske", "PER", 0}, {"Fiske", "PER", 1}},
			want: "Secretary of State Dana Fiske=USAGOV",
		},
		{
			name: "Democratic before a legislator",
			text: "Democratic Senator Walter Brinkley voted no.",
			ents: []ent{{"Walter Brinkley", "PER", 0}},
			want: "Senator Walter Brinkley=USALEG",
		},
		{
			name: "part of another name",
			text: "Social Democratic Senator Walter Brinkley voted no.",
			ents: []ent{{"Walter Brinkley", "PER", 0}},
			not:  "Senator Walter Brinkley=USA",
		},
	}, SetUSPartyAdjective)

	run([]tcase{
		{
			name: "a surname the KB knows as a state",
			text: "Paris Mayor Anne Hidalgo criticised the plan. Hidalgo said the city would not pay.",
			ents: []ent{{"Anne Hidalgo", "PER", 0}, {"Hidalgo", "LOC", 1}},
			want: "Hidalgo=FRAGOV>0",
			arcs: []arc{{"Anne", "criticised", "nsubj", "PROPN"}, {"criticised", "", "root", "VERB"}, {"said", "", "root", "VERB"}},
		},
		{
			name: "after a preposition the word is the place",
			text: "Paris Mayor Anne Hidalgo criticised the plan. Floods hit farms in Hidalgo.",
			ents: []ent{{"Anne Hidalgo", "PER", 0}, {"Hidalgo", "LOC", 1}},
			not:  "Hidalgo=FRAGOV>0",
		},
		{
			name: "an acronym after a like surname is the body",
			text: "Paris Mayor Anne Un criticised the plan. The UN condemned the launch.",
			ents: []ent{{"Anne Un", "PER", 0}, {"UN", "ORG", 0}},
			not:  "; UN=FRAGOV",
		},
		{
			name: "a determiner keeps the place",
			text: "Paris Mayor Anne Hidalgo criticised the plan. The Hidalgo flooded.",
			ents: []ent{{"Anne Hidalgo", "PER", 0}, {"Hidalgo", "LOC", 1}},
			not:  "; Hidalgo=FRAGOV",
		},
	}, SetSurnameOverPlace)

	run([]tcase{
		{
			name: "a place the tagger cut short",
			text: "The plan pleased Northern Ireland's biggest Protestant party.",
			ents: []ent{{"Ireland", "LOC", 0}},
			want: "Northern Ireland=GBR",
		},
		{
			name: "a person's name is left as tagged",
			text: "The plan pleased Northern Ireland.",
			ents: []ent{{"Ireland", "PER", 0}},
			not:  "Northern Ireland=",
		},
	}, SetClippedEntity)

	run([]tcase{
		{
			name: "an office in the possessive stands for its holder",
			text: "David Cameron will work with Trump, the prime minister's spokesman said.",
			ents: []ent{{"David Cameron", "PER", 0}, {"Trump", "PER", 0}},
			want: "prime minister's spokesman=GBRGOV",
			arcs: []arc{{"minister", "spokesman", "nmod:poss", "NOUN"}, {"'s", "minister", "case", "PART"},
				{"spokesman", "said", "nsubj", "NOUN"}, {"said", "", "root", "VERB"}, {"work", "said", "ccomp", "VERB"}},
		},
	}, SetPossessorTitle)
}

// roughTags tags the test's words as a tagger would, near enough for the
// rules above (a capitalised word opening a sentence untagged is taken
// for no name).
func roughTags(doc *sitrep.Document) {
	for i := range doc.Tokens {
		w := doc.Text[doc.Tokens[i].Start:doc.Tokens[i].End]
		u := "NOUN"
		switch {
		case w == "Republican" || w == "Democratic" || w == "Social" || w == "British":
			u = "ADJ"
		case w == "'s":
			u = "PART"
		case w == "prime" || w == "biggest":
			u = "ADJ"
		case w == "of" || w == "in" || w == "from":
			u = "ADP"
		case w == "the" || w == "The":
			u = "DET"
		case !unicode.IsLetter(rune(w[0])):
			u = "PUNCT"
		case unicode.IsUpper(rune(w[0])):
			u = "PROPN"
		case strings.HasSuffix(w, "ed"):
			u = "VERB"
		}
		doc.Tokens[i].UPOS = u
		doc.Tokens[i].Lemma = w
		doc.Layers |= sitrep.LayerTags | sitrep.LayerLemmas
	}
}
