package timex

import (
	"strings"
	"testing"
	"time"

	"sitrep"
)

// dct is a Thursday.
var dct = time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC)

type want struct {
	text, typ, value, mod string
}

func find(text string, published time.Time) []sitrep.Timex {
	return Find(&sitrep.Document{Text: text, Published: published})
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		// Weekdays take the tense of the sentence.
		{"Talks collapsed on Tuesday.", []want{{"Tuesday", "DATE", "2024-03-12", ""}}},
		{"Talks will resume on Tuesday.", []want{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"The border will be reopened on Tuesday.", []want{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"The envoy said on Thursday that talks were over.", []want{{"Thursday", "DATE", "2024-03-14", ""}}},
		{"Rebels shelled the town last Friday.", []want{{"last Friday", "DATE", "2024-03-08", ""}}},
		{"Voters go to the polls next Sunday.", []want{{"next Sunday", "DATE", "2024-03-17", ""}}},
		{"Voters said they would vote this coming Sunday.", []want{{"this coming Sunday", "DATE", "2024-03-17", ""}}},
		{"Women's Day is on March eighth.", []want{{"March eighth", "DATE", "2024-03-08", ""}}},
		{"Prices rose this past winter.", []want{{"this past winter", "DATE", "2023-WI", ""}}},
		{"Fighting resumed on Friday morning.", []want{{"Friday morning", "TIME", "2024-03-08TMO", ""}}},
		// A deadline or a start points ahead whatever the verb's tense;
		// "until" at the head of a sentence looks back.
		{"The INS extended its deadline until 9 a.m. Tuesday.", []want{{"9 a.m. Tuesday", "TIME", "2024-03-19T09:00", ""}}},
		{"He said they could arrive as soon as Tuesday.", []want{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"The board created an office, effective Feb. 1.", []want{{"Feb. 1", "DATE", "2025-02-01", ""}}},
		{"Until Tuesday, they had not called him.", []want{{"Tuesday", "DATE", "2024-03-12", ""}}},
		{"Exiles were planning to drive around the airport on Saturday.", []want{{"Saturday", "DATE", "2024-03-16", ""}}},
		{"They would look for ways to get around Tuesday's ruling.", []want{{"Tuesday", "DATE", "2024-03-12", ""}}},
		{"Parties will rally ahead of Tuesday's vote.", []want{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"Police have searched for him since shortly after the April 20 attack.", []want{{"April 20", "DATE", "2023-04-20", ""}}},
		{"Growth slowed in recent years and in recent months.", []want{{"recent years", "DATE", "PAST_REF", ""}, {"recent months", "DURATION", "PXM", ""}}},
		{"It was not until Tuesday that he spoke.", []want{{"Tuesday", "DATE", "2024-03-12", ""}}},
		// Years written in words, as transcripts have them.
		{"January nineteen ninety-seven. Atlanta again.", []want{{"January nineteen ninety-seven", "DATE", "1997-01", ""}}},
		{"Oil sank in the winter of nineteen ninety-four.", []want{{"the winter of nineteen ninety-four", "DATE", "1994-WI", ""}}},
		{"Attacks rose in recent months.", []want{{"recent months", "DURATION", "PXM", ""}}},
		{"Funds may sell bonds in the weeks ahead but not in the short term.", []want{{"the weeks ahead", "DURATION", "PXW", ""}, {"the short term", "DATE", "FUTURE_REF", ""}}},
		{"He arrived in Philadelphia later in the day.", []want{{"later in the day", "DATE", "2024-03-14", "END"}}},
		{"A hearing is set for the week of March 25.", []want{{"the week of March 25", "DATE", "2024-W13", ""}}},
		{"Islam will one day be the second religion; the job took one day.", []want{{"one day", "DATE", "FUTURE_REF", ""}, {"one day", "DURATION", "P1D", ""}}},
		{"The day before last Tuesday's hearing, he met his cousin.", []want{{"The day before last Tuesday", "DATE", "2024-03-11", ""}}},
		// Relative to the document date.
		{"The vote is due later this month.", []want{{"later this month", "DATE", "2024-03", "END"}}},
		{"Elections will be held next year.", []want{{"next year", "DATE", "2025", ""}}},
		{"Prices rose last week.", []want{{"last week", "DATE", "2024-W10", ""}}},
		{"The summit is planned for this summer.", []want{{"this summer", "DATE", "2024-SU", ""}}},
		{"Growth should pick up early next year.", []want{{"early next year", "DATE", "2025", "START"}}},
		{"He resigned yesterday and left today.", []want{{"yesterday", "DATE", "2024-03-13", ""}, {"today", "DATE", "2024-03-14", ""}}},
		{"The council meets tonight.", []want{{"tonight", "TIME", "2024-03-14TNI", ""}}},
		{"The plant closed a year ago.", []want{{"a year ago", "DATE", "2023", ""}}},
		{"The army withdrew two days ago.", []want{{"two days ago", "DATE", "2024-03-12", ""}}},
		{"Output fell last year.", []want{{"last year", "DATE", "2023", ""}}},
		{"Markets were calm over the weekend.", []want{{"the weekend", "DATE", "2024-W10-WE", ""}}},
		{"Officials expect a deal this week.", []want{{"this week", "DATE", "2024-W11", ""}}},
		{"He was elected in the spring of 2021.", []want{{"the spring of 2021", "DATE", "2021-SP", ""}}},
		// Calendar dates.
		{"The ceasefire began on March 3.", []want{{"March 3", "DATE", "2024-03-03", ""}}},
		{"The ceasefire began on Sept. 30, 2022.", []want{{"Sept. 30, 2022", "DATE", "2022-09-30", ""}}},
		{"Polls close on 12 May 2024.", []want{{"12 May 2024", "DATE", "2024-05-12", ""}}},
		{"It opened on the twenty-first of March.", []want{{"the twenty-first of March", "DATE", "2024-03-21", ""}}},
		{"Talks ran from September to November.", []want{{"September", "DATE", "2023-09", ""}, {"November", "DATE", "2023-11", ""}}},
		// Past tense only weighs against the months just ahead: news
		// reports plans in the past tense of "said". The end of a range
		// follows its start.
		{"Talks ran from May to July.", []want{{"May", "DATE", "2024-05", ""}, {"July", "DATE", "2024-07", ""}}},
		{"Talks ran from November to February.", []want{{"November", "DATE", "2023-11", ""}, {"February", "DATE", "2024-02", ""}}},
		{"Talks will run from May to July.", []want{{"May", "DATE", "2024-05", ""}, {"July", "DATE", "2024-07", ""}}},
		{"The summit is on April 24 and 25.", []want{{"April 24", "DATE", "2024-04-24", ""}, {"25", "DATE", "2024-04-25", ""}}},
		{"The law passed in December.", []want{{"December", "DATE", "2023-12", ""}}},
		{"The March accession lets them join.", []want{{"March", "DATE", "2024-03", ""}}},
		{"The report is dated 2024-03-12.", []want{{"2024-03-12", "DATE", "2024-03-12", ""}}},
		{"The report is dated 3/12/2024.", []want{{"3/12/2024", "DATE", "2024-03-12", ""}}},
		{"The polls opened at 10 a.m. Tuesday.", []want{{"10 a.m. Tuesday", "TIME", "2024-03-12T10:00", ""}}},
		{"Shots were heard at 3:30 p.m.", []want{{"3:30 p.m.", "TIME", "2024-03-14T15:30", ""}}},
		{"The blast hit the embassy on Friday. It came at 10:35 a.m.", []want{{"Friday", "DATE", "2024-03-08", ""}, {"10:35 a.m.", "TIME", "2024-03-08T10:35", ""}}},
		{"Shares rose by mid-afternoon yesterday.", []want{{"mid-afternoon yesterday", "TIME", "2024-03-13TAF", "MID"}}},
		{"Trading was heavy on Friday. Dealers bought in the morning.", []want{{"Friday", "DATE", "2024-03-08", ""}, {"the morning", "TIME", "2024-03-08TMO", ""}}},
		{"He will leave at 4 in the morning.", []want{{"4 in the morning", "TIME", "2024-03-14T04:00", ""}}},
		{"She gets up early in the morning and jogs.", nil},
		{"The regime fell in 1989.", []want{{"1989", "DATE", "1989", ""}}},
		{"Profit is not expected until 2026 or later in post-2020 Europe.", []want{{"2026 or later", "DATE", "2026", "ON_OR_AFTER"}, {"post-2020", "DATE", "2020", "AFTER"}}},
		{"It happened in mid-March.", []want{{"mid-March", "DATE", "2024-03", "MID"}}},
		{"The deal was signed at the end of 2022.", []want{{"the end of 2022", "DATE", "2022", "END"}}},
		{"Troops will arrive by the end of the month.", []want{{"the end of the month", "DATE", "2024-03", "END"}}},
		// Quarters, halves, fiscal years, decades, centuries.
		{"Profits fell in the first quarter of 2023.", []want{{"the first quarter of 2023", "DATE", "2023-Q1", ""}}},
		{"Third-quarter profit fell.", []want{{"Third-quarter", "DATE", "2023-Q3", ""}}},
		{"Sales grew in the second half of 2023.", []want{{"the second half of 2023", "DATE", "2023-H2", ""}}},
		{"Revenue rose in fiscal 2023.", []want{{"fiscal 2023", "DATE", "2023", ""}}},
		{"Delta earned a record in the fiscal first quarter.", []want{{"the fiscal first quarter", "DATE", "2024-Q1", ""}}},
		{"Weakness will last through the first two quarters of 2025.", []want{{"the first two quarters of 2025", "DATE", "2025-H1", ""}}},
		{"Sales rose 5% in the latest period.", []want{{"the latest period", "DATE", "2023-Q4", ""}}},
		{"He was shot last Oct. 23 at his home.", []want{{"last Oct. 23", "DATE", "2023-10-23", ""}}},
		{"Profit fell in the third quarter from $3 million in the 2022 quarter.", []want{{"the third quarter", "DATE", "2023-Q3", ""}, {"the 2022 quarter", "DATE", "2022-Q3", ""}}},
		{"Revenue rose in FY2023 and Q3 2023.", []want{{"FY2023", "DATE", "2023", ""}, {"Q3 2023", "DATE", "2023-Q3", ""}}},
		{"The talks start at 9.30am on 5 January 2025.", []want{{"9.30am", "TIME", "2024-03-14T09:30", ""}, {"5 January 2025", "DATE", "2025-01-05", ""}}},
		{"He was born in the 1990s.", []want{{"the 1990s", "DATE", "199", ""}}},
		{"Grunge peaked in the '90s.", []want{{"the '90s", "DATE", "199", ""}}},
		{"The city grew in the mid-1990s.", []want{{"the mid-1990s", "DATE", "199", "MID"}}},
		{"It was built in the 19th century.", []want{{"the 19th century", "DATE", "18", ""}}},
		// Durations.
		{"The war lasted three years.", []want{{"three years", "DURATION", "P3Y", ""}}},
		{"The siege lasted twenty-one days.", []want{{"twenty-one days", "DURATION", "P21D", ""}}},
		{"Talks went on for two hours.", []want{{"two hours", "DURATION", "PT2H", ""}}},
		{"He was held for about three years.", []want{{"about three years", "DURATION", "P3Y", "APPROX"}}},
		{"A five-year plan was adopted.", []want{{"five-year", "DURATION", "P5Y", ""}}},
		{"Prices doubled in the past two months.", []want{{"the past two months", "DURATION", "P2M", ""}}},
		{"The strike lasted for weeks.", []want{{"weeks", "DURATION", "PXW", ""}}},
		{"He served more than a decade.", []want{{"more than a decade", "DURATION", "P10Y", "MORE_THAN"}}},
		// Sets.
		{"Inspectors visit every week.", []want{{"every week", "SET", "P1W", ""}}},
		{"The board meets every Monday.", []want{{"every Monday", "SET", "XXXX-WXX-1", ""}}},
		{"The paper appears daily.", []want{{"daily", "SET", "P1D", ""}}},
		{"Buses run twice a day.", []want{{"twice a day", "SET", "P1D", ""}}},
		{"It earns $2 million a year; he is 52 years old.", nil},
		// References.
		{"Prices are now falling.", []want{{"now", "DATE", "PRESENT_REF", ""}}},
		{"He recently resigned.", []want{{"recently", "DATE", "PAST_REF", ""}}},
		{"Rates may rise in the future.", []want{{"the future", "DATE", "FUTURE_REF", ""}}},
		// Holidays.
		{"The truce held over Christmas.", []want{{"Christmas", "DATE", "2023-12-25", ""}}},
		{"Stores will close on Christmas.", []want{{"Christmas", "DATE", "2024-12-25", ""}}},
		{"Talks will resume after the Easter weekend.", []want{{"Easter weekend", "DATE", "2024-W13-WE", ""}}},
		{"Sales fell after Thanksgiving 2023.", []want{{"Thanksgiving 2023", "DATE", "2023-11-23", ""}}},
		{"The truce began before Ramadan and ended at Eid al-Fitr.", []want{{"Ramadan", "DATE", "2024-03", ""}, {"Eid al-Fitr", "DATE", "2024-04-10", ""}}},
		// Narrative anchoring.
		{"Troops arrived on Friday. Two days later they left.", []want{{"Friday", "DATE", "2024-03-08", ""}, {"Two days later", "DATE", "2024-03-10", ""}}},
		{"The deal was signed on March 3. The day before, talks had stalled.", []want{{"March 3", "DATE", "2024-03-03", ""}, {"The day before", "DATE", "2024-03-02", ""}}},
		{"Sales rose in the third quarter of 2023, up from a year earlier.", []want{{"the third quarter of 2023", "DATE", "2023-Q3", ""}, {"a year earlier", "DATE", "2022-Q3", ""}}},
		// Not time expressions.
		{"She may resign. They march on the capital.", nil},
		{"The fall of the regime cost $2000.", nil},
		{"Sun Microsystems won 1,500 contracts.", nil},
		// Capitalised units inside a sentence name programmes, not times;
		// holidays and headlines keep their capitals.
		{`Baker said on ABC's "This Week" that talks failed.`, nil},
		{"Gonzalez said on CBS's 60 Minutes that he would stay.", nil},
		{"The case is for today's youth what the embargo was for their parents.", nil},
		{"Stores closed on Thanksgiving Day.", []want{{"Thanksgiving Day", "DATE", "2023-11-23", ""}}},
		{"Talks Will Resume Next Week In Geneva", []want{{"Next Week", "DATE", "2024-W12", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

func check(t *testing.T, text string, got []sitrep.Timex, w []want) {
	t.Helper()
	var g []string
	for _, x := range got {
		g = append(g, x.Text+"|"+x.Type+"|"+x.Value+"|"+x.Mod)
		if text[x.Start:x.End] != x.Text {
			t.Errorf("span %d:%d is %q, text says %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
	}
	var e []string
	for _, x := range w {
		e = append(e, x.text+"|"+x.typ+"|"+x.value+"|"+x.mod)
	}
	if strings.Join(g, "; ") != strings.Join(e, "; ") {
		t.Errorf("\ngot  %s\nwant %s", strings.Join(g, "; "), strings.Join(e, "; "))
	}
}

// Without a publication date nothing relative is guessed.
func TestFindNoDCT(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Talks collapsed on Tuesday.", []want{{"Tuesday", "DATE", "XXXX-WXX-2", ""}}},
		{"Output fell last year.", []want{{"last year", "DATE", "XXXX", ""}}},
		{"The ceasefire began on March 3.", []want{{"March 3", "DATE", "XXXX-03-03", ""}}},
		{"He resigned yesterday.", []want{{"yesterday", "DATE", "XXXX-XX-XX", ""}}},
		{"It fell in 2021. Two days later it rose.", []want{{"2021", "DATE", "2021", ""}, {"Two days later", "DATE", "XXXX-XX-XX", ""}}},
		{"Troops left on March 3, 2021. Two days later they returned.", []want{{"March 3, 2021", "DATE", "2021-03-03", ""}, {"Two days later", "DATE", "2021-03-05", ""}}},
		{"The war lasted three years.", []want{{"three years", "DURATION", "P3Y", ""}}},
		{"Shops shut at Christmas, Easter and Ramadan.", []want{{"Christmas", "DATE", "XXXX-12-25", ""}, {"Easter", "DATE", "XXXX-XX-XX", ""}, {"Ramadan", "DATE", "XXXX-XX", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, time.Time{}), tc.want)
		})
	}
}

// tagged builds a one-sentence document with the given words and tags.
func tagged(t *testing.T, text string, words [][2]string) *sitrep.Document {
	t.Helper()
	doc := &sitrep.Document{Text: text, Published: dct}
	at := 0
	for _, w := range words {
		i := strings.Index(text[at:], w[0])
		if i < 0 {
			t.Fatalf("%q not in %q after %d", w[0], text, at)
		}
		i += at
		doc.Tokens = append(doc.Tokens, sitrep.Token{Start: i, End: i + len(w[0]), XPOS: w[1], Head: -1})
		at = i + len(w[0])
	}
	doc.Sentences = []sitrep.Sentence{{Start: 0, End: len(text), TokStart: 0, TokEnd: len(doc.Tokens)}}
	doc.Layers = sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerTags
	return doc
}

// With part-of-speech tags, tense comes from them: "quit" is a past form
// the word lists cannot tell from the present.
func TestFindTags(t *testing.T) {
	text := "The minister, who will retire, quit on Friday."
	doc := tagged(t, text, [][2]string{
		{"The", "DT"}, {"minister", "NN"}, {",", ","}, {"who", "WP"}, {"will", "MD"}, {"retire", "VB"}, {",", ","},
		{"quit", "VBD"}, {"on", "IN"}, {"Friday", "NNP"}, {".", "."},
	})
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	check(t, text, doc.Timexes, []want{{"Friday", "DATE", "2024-03-08", ""}})
	doc.Layers &^= sitrep.LayerTags
	check(t, text, Find(doc), []want{{"Friday", "DATE", "2024-03-15", ""}})

	// A participle takes the tense of the modal before it.
	text = "Talks will be held on Friday."
	doc = tagged(t, text, [][2]string{
		{"Talks", "NNS"}, {"will", "MD"}, {"be", "VB"}, {"held", "VBN"}, {"on", "IN"}, {"Friday", "NNP"}, {".", "."},
	})
	check(t, text, Find(doc), []want{{"Friday", "DATE", "2024-03-15", ""}})
}

func TestPrecision(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"2024-03-12", "day"}, {"2024-03", "month"}, {"2024", "year"}, {"2024-W11", "week"}, {"2024-W11-WE", "week"},
		{"XXXX-WXX-2", "day"}, {"2024-Q1", "quarter"}, {"2024-H2", "half"}, {"2024-SU", "season"}, {"199", "decade"},
		{"19", "century"}, {"2024-03-12T14:30", "time"}, {"2024-03-12TMO", "time"}, {"P3D", "duration"},
		{"PRESENT_REF", "ref"}, {"XXXX-03-03", "day"}, {"", ""}, {"bogus", ""},
	} {
		if got := Precision(tc.value); got != tc.want {
			t.Errorf("Precision(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		value, day, prec string
		ok               bool
	}{
		{"2024-03-12", "2024-03-12", "day", true},
		{"2024-03", "2024-03-01", "month", true},
		{"2024-W11", "2024-03-11", "week", true},
		{"2021-W01", "2021-01-04", "week", true},
		{"2024-Q2", "2024-04-01", "quarter", true},
		{"2024-H2", "2024-07-01", "half", true},
		{"2024-SU", "2024-06-01", "season", true},
		{"2024", "2024-01-01", "year", true},
		{"P3D", "", "", false},
		{"XXXX-03-03", "", "", false},
		{"PRESENT_REF", "", "", false},
	} {
		d, prec, ok := Resolve(tc.value)
		if ok != tc.ok || ok && (d.Format("2006-01-02") != tc.day || prec != tc.prec) {
			t.Errorf("Resolve(%q) = %v %q %v, want %s %q %v", tc.value, d.Format("2006-01-02"), prec, ok, tc.day, tc.prec, tc.ok)
		}
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2000: "2000-04-23", 1998: "1998-04-12"} {
		if got := easter(y).Format("2006-01-02"); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}

func TestIslamic(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{
		{2024, 9, 1, "2024-03-11"}, {2020, 9, 1, "2020-04-24"}, {2024, 10, 1, "2024-04-10"}, {1998, 9, 1, "1998-12-20"},
	} {
		if got := islamic(tc.m, tc.d)(tc.y).Format("2006-01-02"); got != tc.want {
			t.Errorf("islamic(%d, %d)(%d) = %s, want %s", tc.m, tc.d, tc.y, got, tc.want)
		}
	}
}

// Wire services write clock times as four digits with a zone; those are not
// years, and a year is still a year before other words.
func TestWireClockTimes(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The blast happened at 1430 GMT.", []want{{"1430 GMT", "TIME", "2024-03-14T14:30", ""}}},
		{"The curfew began at 2000 GMT on Friday.", []want{{"2000 GMT on Friday", "TIME", "2024-03-08T20:00", ""}}},
		{"Shelling resumed at 1845 local time.", []want{{"1845 local time", "TIME", "2024-03-14T18:45", ""}}},
		{"The convoy left at 0630 UTC.", []want{{"0630 UTC", "TIME", "2024-03-14T06:30", ""}}},
		{"The patrol returned at 1500 hours.", []want{{"1500 hours", "TIME", "2024-03-14T15:00", ""}}},
		// Still years: no zone, or an hour or minute out of range.
		{"The border was drawn in 1945.", []want{{"1945", "DATE", "1945", ""}}},
		{"The party won in 1999 GMT figures.", []want{{"1999", "DATE", "1999", ""}}},
		{"He served 1200 hours of community work.", []want{{"1200 hours", "DURATION", "PT1200H", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

// "Two hours ago" counts back from the publication's clock; a publication
// date without a clock gives its own day, never the day before.
func TestHoursAgo(t *testing.T) {
	noon := time.Date(2024, 3, 14, 15, 0, 0, 0, time.UTC)
	early := time.Date(2024, 3, 14, 1, 0, 0, 0, time.UTC)
	midnight := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		published time.Time
		want      []want
	}{
		{"A bomb exploded two hours ago.", noon, []want{{"two hours ago", "TIME", "2024-03-14T13:00", ""}}},
		{"A bomb exploded 30 minutes ago.", noon, []want{{"30 minutes ago", "TIME", "2024-03-14T14:30", ""}}},
		{"A bomb exploded three hours ago.", early, []want{{"three hours ago", "TIME", "2024-03-13T22:00", ""}}},
		{"A bomb exploded two hours ago.", midnight, []want{{"two hours ago", "DATE", "2024-03-14", ""}}},
		{"The army withdrew two days ago.", noon, []want{{"two days ago", "DATE", "2024-03-12", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, tc.published), tc.want)
		})
	}
}

// In January and February the winter under way began the December before.
func TestSeasonsEarlyInTheYear(t *testing.T) {
	feb := time.Date(2024, 2, 5, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		published time.Time
		want      []want
	}{
		{"Snow fell heavily this winter.", feb, []want{{"this winter", "DATE", "2023-WI", ""}}},
		{"Snow fell heavily last winter.", feb, []want{{"last winter", "DATE", "2022-WI", ""}}},
		{"Snow will fall next winter.", feb, []want{{"next winter", "DATE", "2024-WI", ""}}},
		{"Rivers ran dry last summer.", feb, []want{{"last summer", "DATE", "2023-SU", ""}}},
		{"The summit is planned for this summer.", feb, []want{{"this summer", "DATE", "2024-SU", ""}}},
		{"Talks will resume next spring.", feb, []want{{"next spring", "DATE", "2024-SP", ""}}},
		{"Snow fell heavily last winter.", dct, []want{{"last winter", "DATE", "2023-WI", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, tc.published), tc.want)
		})
	}
}

// "The day before yesterday" is one expression, two days back.
func TestDayBeforeYesterday(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Rebels attacked the day before yesterday.", []want{{"the day before yesterday", "DATE", "2024-03-12", ""}}},
		{"Rebels will attack the day after tomorrow.", []want{{"the day after tomorrow", "DATE", "2024-03-16", ""}}},
		{"The vote comes the day after today's debate.", []want{{"the day after today", "DATE", "2024-03-15", ""}}},
		{"He resigned yesterday.", []want{{"yesterday", "DATE", "2024-03-13", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

// A day the month does not have is no date: it must not roll into the next
// month.
func TestImpossibleDays(t *testing.T) {
	dct2023 := time.Date(2023, 6, 14, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		published time.Time
		want      []want
	}{
		{"Talks collapsed on Feb. 30.", dct, nil},
		{"Talks collapsed on April 31, 2023.", dct, []want{{"2023", "DATE", "2023", ""}}},
		{"Talks collapsed on the thirty-first of February.", dct, []want{{"February", "DATE", "2024-02", ""}}},
		{"Talks collapsed on 31 June 2022.", dct, []want{{"June 2022", "DATE", "2022-06", ""}}},
		{"Talks collapsed on February 29.", dct2023, []want{{"February 29", "DATE", "2023-02", ""}}},
		{"Talks collapsed on the twenty-first of February.", dct, []want{{"the twenty-first of February", "DATE", "2024-02-21", ""}}},
		// Days that exist stay.
		{"Talks collapsed on February 29.", dct, []want{{"February 29", "DATE", "2024-02-29", ""}}},
		{"Talks collapsed on April 30, 2023.", dct, []want{{"April 30, 2023", "DATE", "2023-04-30", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, tc.published), tc.want)
		})
	}
}

// "April 24 and 25" gives two days; a count after a date is no day.
func TestSecondDay(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Talks were held on March 3 and 4.", []want{{"March 3", "DATE", "2024-03-03", ""}, {"4", "DATE", "2024-03-04", ""}}},
		{"Talks were held on March 3 and 4 in Geneva.", []want{{"March 3", "DATE", "2024-03-03", ""}, {"4", "DATE", "2024-03-04", ""}}},
		{"Talks on March 3 and 4 with the rebels failed.", []want{{"March 3", "DATE", "2024-03-03", ""}, {"4", "DATE", "2024-03-04", ""}}},
		{"Troops arrived on March 3 and 20 soldiers died.", []want{{"March 3", "DATE", "2024-03-03", ""}}},
		{"Two were killed on March 3 and 12 others were wounded.", []want{{"March 3", "DATE", "2024-03-03", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

// No-break and thin spaces separate words like a space.
func TestUnicodeSpaces(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Talks resumed on March\u00a012.", []want{{"March\u00a012", "DATE", "2024-03-12", ""}}},
		{"Talks resumed at 10\u00a0a.m. on Tuesday.", []want{{"10\u00a0a.m. on Tuesday", "TIME", "2024-03-12T10:00", ""}}},
		{"Talks resumed on March\u202f12, 2023.", []want{{"March\u202f12, 2023", "DATE", "2023-03-12", ""}}},
		{"Talks resumed on 12\u2009March.", []want{{"12\u2009March", "DATE", "2024-03-12", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

// A year written with two digits after an apostrophe belongs to its date.
func TestTwoDigitYears(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"He was born on Dec. 3, '98.", []want{{"Dec. 3, '98", "DATE", "1998-12-03", ""}}},
		{"He was born on 12 March '98.", []want{{"12 March '98", "DATE", "1998-03-12", ""}}},
		{"The strike began in March '98.", []want{{"March '98", "DATE", "1998-03", ""}}},
		{"The strike began on June 4, ’21.", []want{{"June 4, ’21", "DATE", "2021-06-04", ""}}},
		{"Songs of the '90s filled the hall.", []want{{"the '90s", "DATE", "199", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}

// "March 12-13" names two days.
func TestDayRanges(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Talks ran on March 12-13.", []want{{"March 12", "DATE", "2024-03-12", ""}, {"13", "DATE", "2024-03-13", ""}}},
		{"Talks ran on March 12-13 in Oslo.", []want{{"March 12", "DATE", "2024-03-12", ""}, {"13", "DATE", "2024-03-13", ""}}},
		{"Talks ran on 2024-03-12.", []want{{"2024-03-12", "DATE", "2024-03-12", ""}}},
		{"The team won 3-2 on Tuesday.", []want{{"Tuesday", "DATE", "2024-03-12", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			check(t, tc.text, find(tc.text, dct), tc.want)
		})
	}
}
