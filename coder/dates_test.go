package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/nlp"
)

// TestEventDates runs short stories through the real pipeline and checks
// the date the coder gives the event its trigger names.
func TestEventDates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, published, text, trigger, want string
	}{
		{"aid pledged is planned but keeps the pledge's weekday, the last one",
			"2025-05-29",
			"Saudi Arabia's crown prince telephoned Sri Lanka's president on Wednesday and pledged $50 million in emergency aid to Sri Lanka.",
			"pledged", "2025-05-28"},
		{"a bare weekday of a past act told in the sentence is the last one",
			"2025-02-03",
			"U.S. Secretary of State Marco Rubio told Panamanian President Jose Raul Mulino on Sunday that Washington would take measures necessary to protect its rights.",
			"take", "2025-02-02"},
		{"a day after: the day before the clause it hangs on",
			"2025-07-27",
			"Thailand and Cambodia will hold talks in Malaysia on Monday, officials from both countries said on Sunday, a day after U.S. President Donald Trump spoke to the leaders of both countries by telephone.",
			"spoke", "2025-07-26"},
		{"two days after, with the verb parsed as a conjunct",
			"2024-01-18",
			"Pakistan carried out air strikes on what it called militant hideouts inside Iran on Thursday, two days after Iranian missiles and drones hit targets in Pakistan's southwestern province of Balochistan.",
			"hit", "2024-01-16"},
		{"a day after reaches words inside its clause",
			"2025-09-09",
			"KATHMANDU, Sept. 9 (Sitrep) — Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday after protesters set fire to parliament and the homes of several politicians, a day after police opened fire on crowds demonstrating against a ban on social media, killing 19 people.",
			"opened", "2025-09-08"},
		{"a plan takes a later day named after it, hung on a noun",
			"2026-03-12",
			"SEOUL, March 12 (Sitrep) — The United States, South Korea and Japan will hold a joint air drill with bombers over the sea south of the Korean peninsula on Friday, Seoul's defence ministry said.",
			"hold", "2026-03-13"},
		{"a strike called for a weekday is the coming one",
			"2026-05-12",
			"BOGOTA, May 12 (Sitrep) — Colombian teachers' unions called a national strike for Thursday over unpaid wages.",
			"called", "2026-05-14"},
		{"a day a protest is called for dates only the calling",
			"2026-05-12",
			"BOGOTA, May 12 (Sitrep) — Colombia's opposition accused the government of hiding the cost of the reform and called a rally for Saturday.",
			"accused", "2026-05-12"},
		{"a deadline in the sentence dates no past act",
			"2024-10-15",
			"NEW DELHI, Oct. 15 (Sitrep) — India's foreign ministry summoned Canada's acting high commissioner, Stewart Wheeler, and told him that he and five colleagues must leave by Saturday.",
			"summoned", "2024-10-15"},
		{"a day that dates a noun ('Sunday's election') dates no act",
			"2024-07-30",
			"Venezuela ordered diplomats from Chile to leave on Monday, accusing their government of interventionist actions over Sunday's presidential election.",
			"accusing", "2024-07-29"},
		{"a year that dates the object noun ('its 2017 agreement') makes the act no background",
			"2025-02-03",
			"Mulino said on Monday that Panama would not renew its 2017 agreement to join China's Belt and Road Initiative.",
			"renew", "2025-02-03"},
		{"a day hung on a misread apposition ('leader, General X, by telephone on Wednesday') is the sentence's",
			"2026-03-05",
			"Senegalese President Bassirou Diomaye Faye spoke to Gambia's leader, President Adama Barrow, by telephone on Wednesday and demanded that the smugglers be arrested, his office said.",
			"spoke", "2026-03-04"},
		{"a day in an apposition with a clause of its own dates that clause only",
			"2023-05-30",
			"In Tirana, the prime minister kept Albania's police on high alert, a measure he ordered on Friday, and blamed Serbia for the unrest.",
			"blamed", "2023-05-30"},
		{"a sentence going on with the subject before ('He ...') takes that sentence's day",
			"2025-03-10",
			"Chile's foreign ministry spokesman said on Saturday that Peruvian troops had crossed the border. He accused Peru of provoking the crisis.",
			"accused", "2025-03-08"},
		{"the same named subject in the next sentence takes its day",
			"2025-03-10",
			"Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Saturday. Boric urged Argentina to reopen the border crossing.",
			"urged", "2025-03-08"},
		{"another subject in the next sentence keeps the story's day",
			"2025-03-10",
			"Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Saturday. Peru condemned the meeting.",
			"condemned", "2025-03-10"},
		{"a standing position in the present takes no earlier day",
			"2025-03-10",
			"Chile's foreign ministry accused Bolivia on Saturday of arming smugglers. Chile's foreign ministry denies any role in the smuggling.",
			"denies", "2025-03-10"},
		{"arrests a statement counts after a dated protest keep the story's day",
			"2022-07-04",
			"ALMATY, July 4 (Sitrep) — Thousands of people rallied against Kazakhstan's government in Shymkent on Friday. Kazakh police said 300 people had been detained.",
			"detained", "2022-07-04"},
		{"a statement after ', and' with a speaker of its own is not dated by the clause before",
			"2024-12-03",
			"TBILISI, Dec 3 (Sitrep) — Georgian riot police fired tear gas at demonstrators outside parliament on Monday, and the interior ministry said 120 people had been detained.",
			"detained", "2024-12-03"},
		{"the same with a pronoun going on with the story",
			"2024-12-03",
			"TBILISI, Dec 3 (Sitrep) — The interior minister met protest leaders on Monday, and he said police had detained 120 people.",
			"detained", "2024-12-02"},
		{"an act done 'this month' takes the month",
			"2021-08-25",
			"ALGIERS, Aug 25 (Sitrep) — Algerian police have arrested more than 60 people this month over the killing of a volunteer in the Kabylie region.",
			"arrested", "2021-08"},
		{"what a speaker said last month is that month's",
			"2016-11-07",
			"BELGRADE, Nov 7 (Sitrep) — Serbian Prime Minister Aleksandar Vucic said last month that Serbian police had deported several Russians.",
			"deported", "2016-10"},
		{"force told right after a dated protest goes on with its day",
			"2022-07-04",
			"ALMATY, July 4 (Sitrep) — Thousands of people rallied against Kazakhstan's government in Shymkent on Friday. Kazakh police dispersed the crowds with water cannon.",
			"dispersed", "2022-07-01"},
		{"a statement told after a dated protest keeps the story's day",
			"2022-07-04",
			"ALMATY, July 4 (Sitrep) — Thousands of people rallied against Kazakhstan's government in Shymkent on Friday. Russia criticised the Kazakh government.",
			"criticised", "2022-07-04"},
		{"an act spread over the past days takes the month",
			"2025-03-13",
			"Russian warplanes struck dozens of rebel positions in Syria over the past two days, the Russian defence ministry said on Thursday.",
			"struck", "2025-03"},
		{"an act counted since a day of the same month takes the month",
			"2025-03-25",
			"Turkish police have detained more than 300 protesters since Saturday, the Turkish interior ministry said.",
			"detained", "2025-03"},
		{"an act counted since a day of the month before takes the year",
			"2025-04-01",
			"Turkish police have detained more than 300 protesters since Saturday, the Turkish interior ministry said.",
			"detained", "2025"},
		{"the start of days of drills is dated by the start",
			"2024-01-15",
			"South Korea and Japan began three days of joint naval drills on Monday.",
			"drills", "2024-01-15"},
		{"an act over the weekend takes the weekend's month",
			"2025-04-02",
			"China sent rescue teams and relief supplies to Myanmar over the weekend.",
			"sent", "2025-03"},
		{"the second of two months dating one noun dates no act",
			"2023-09-13",
			"Peruvian police raided the offices of the national electoral board on Tuesday and seized boxes of ballots from the July and August elections.",
			"seized", "2023-09-12"},
		{"a relative clause's day does not date the main verb parsed as its conjunct",
			"2025-04-02",
			"U.N. refugee chief Filippo Grandi, who visited Goma on Monday, appealed for more international aid, saying the camps were overflowing.",
			"appealed", "2025-04-02"},
		{"a plan's day in the sentence does not date a past act",
			"2022-10-02",
			"The African Union condemned Guinea's military rulers and said its envoy would travel to Conakry on Tuesday.",
			"condemned", "2022-10-02"},
		{"the hours of a curfew are not the day it was imposed",
			"2023-08-31",
			"LIBREVILLE, Aug 31 (Sitrep) — Gabon's new military leaders named a general as interim president on Wednesday, state television said. The junta imposed a nationwide curfew from 9 p.m. to 6 a.m. and banned political gatherings of more than five people.",
			"banned", "2023-08-31"},
		{"a day after: a list of names in its subject does not stop the search for 'after'",
			"2025-06-12",
			"NAIROBI, June 12 (Sitrep) — Kenya said on Thursday that the new rail line was ready, a day after the leaders of Kenya, Uganda and Tanzania held talks at an East African summit on how it should be run.",
			"held", "2025-06-11"},
		{"a weekday someone is due on is the coming one, however the act's status was read",
			"2025-05-07",
			"Japanese Prime Minister Shigeru Ishiba is due in Manila on Tuesday for talks with President Ferdinand Marcos on maritime security, his office said.",
			"talks", "2025-05-13"},
		{"a plan with no time of its own takes a month to come named in its sentence",
			"2025-04-09",
			"Iranian and American negotiators will travel to Muscat next week for talks on Iran's nuclear programme, Omani officials said.",
			"talks", "2025-04"},
		{"an act within hours of the sentence before takes its day",
			"2025-03-12",
			"Russia expelled two Moldovan diplomats on Monday. Within hours, Moldova expelled three Russian diplomats.",
			"expelled", "2025-03-10"},
		{"'in the same statement' tells the occasion of the sentence before",
			"2025-03-12",
			"Peru's foreign ministry said on Monday that it was recalling its ambassador from Mexico. In the same statement, the Peruvian government accused Mexico of meddling in Peru's affairs.",
			"accused", "2025-03-10"},
		{"a day of a coordinated clause with another subject dates only that clause",
			"2025-05-16",
			"Portugal's prime minister spoke to the Angolan president by telephone on Wednesday, and Brazil condemned the arrests in Luanda.",
			"condemned", "2025-05-16"},
		{"the same subject told again by a pronoun keeps the day",
			"2025-05-16",
			"Portugal's prime minister met the Angolan president in Lisbon on Wednesday, and he criticised the arrests in Luanda.",
			"criticised", "2025-05-14"},
		{"an act told on two days joined by 'and' takes their month",
			"2025-05-14",
			"Sudanese troops shelled the Chadian border town of Adre on Sunday and Monday, killing four people, Chad's government said.",
			"shelled", "2025-05"},
		{"two days in two months give the year",
			"2025-06-03",
			"Sudanese troops shelled the Chadian border town of Adre on Saturday and Sunday, Chad's government said.",
			"shelled", "2025"},
		{"a day after read off the words: the day named before it is the main clause's, not the trigger's",
			"2025-03-08",
			"Ghana expelled Togo's ambassador on Tuesday, a day after Lome called in the Ghanaian envoy to protest against a new border wall.",
			"protest", "2025-03-03"},
		{"a day after read off the words: a second verb coordinated inside the clause",
			"2025-03-08",
			"Mauritania closed its border with Mali on Friday, a day after Malian soldiers crossed the frontier and attacked a herders' camp.",
			"attacked", "2025-03-06"},
		{"a day after read off the words: a relative clause inside it is left to the other rules",
			"2025-03-08",
			"Ghana expelled Togo's ambassador on Tuesday, a day after Lome closed a border crossing that Accra called a provocation.",
			"called", "2025-03-03"},
		{"a month named for talks agreed to lies ahead, and the talks are kept",
			"2024-03-14",
			"ATHENS, March 14 (Sitrep) — Greece and Serbia agreed on Thursday to hold talks in July on the border dispute.",
			"hold", "2024-07"},
		{"a trigger with no day keeps the story's day",
			"2025-07-27",
			"U.S. President Donald Trump spoke to the leaders of Thailand and Cambodia by telephone.",
			"spoke", "2025-07-27"},
	}
	for _, c := range cases {
		wantEventDate(t, p, c.name, c.published, c.text, c.trigger, c.want)
	}
}

// wantEventDate runs the pipeline on text published on the given day and
// checks that every event on trigger is dated want, and that there is one.
func wantEventDate(t *testing.T, p *nlp.Pipeline, name, published, text, trigger, want string) {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate(published); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	found := false
	for _, e := range d.Events {
		if e.Trigger.Text != trigger {
			continue
		}
		found = true
		if e.Date != want {
			t.Errorf("%s: %q dated %s, want %s", name, trigger, e.Date, want)
		}
	}
	if !found {
		t.Errorf("%s: no event on %q (events %+v)", name, trigger, d.Events)
	}
}
