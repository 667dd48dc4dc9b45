package timex

// The word tables the grammar reads. Each word of a sentence is looked up
// once, lower-cased, and its class decides which rules may start there.

type class uint8

const (
	cNone     class = iota
	cMonth          // val 1..12
	cWeekday        // val 1..7, Monday = 1 (ISO)
	cWeekdays       // plural weekday (Mondays): a set
	cUnit           // val is a unit
	cUnits          // plural unit
	cNumber         // written number, val
	cOrdinal        // written ordinal, val
	cSeason         // val is a season index
	cPart           // part of day, val is a part index
	cDeictic        // today, now, yesterday...: handled by name
	cWord           // a function word the rules look at by name
	cSetAdv         // daily, weekly...: val is a unit
	cHoliday        // val indexes holidays
	cTens           // twenty, thirty...: val
)

// Units of time, coarsest last so that comparisons read naturally.
const (
	uSecond = iota
	uMinute
	uHour
	uPart // part of a day (morning)
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// durationCode is the TIMEX3 duration letter of each unit; time units take
// a T before them.
var durationCode = [...]string{
	uSecond: "S", uMinute: "M", uHour: "H", uPart: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uHalf: "H", uSeason: "S", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "L",
}

func isTimeUnit(u int) bool { return u <= uHour }

var seasonCode = [...]string{"SP", "SU", "FA", "WI"}

// seasonMonth is the first month of each season (northern hemisphere,
// meteorological), used to place a season on the calendar.
var seasonMonth = [...]int{3, 6, 9, 12}

var partCode = [...]string{"MO", "MI", "AF", "EV", "NI", "DT"}

const (
	pMorning = iota
	pMidday
	pAfternoon
	pEvening
	pNight
	pDaytime
)

type entry struct {
	c   class
	val int
}

var lexicon = map[string]entry{}

func add(c class, val int, words ...string) {
	for _, w := range words {
		lexicon[w] = entry{c, val}
	}
}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(cMonth, i+1, ws...)
	}
	days := [][]string{
		{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thur", "thurs"},
		{"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"},
	}
	for i, ws := range days {
		add(cWeekday, i+1, ws...)
		add(cWeekdays, i+1, ws[0]+"s")
	}
	units := []struct {
		u       int
		one, pl string
		adjOnly bool
	}{
		{uSecond, "second", "seconds", false}, {uMinute, "minute", "minutes", false}, {uHour, "hour", "hours", false},
		{uDay, "day", "days", false}, {uWeekend, "weekend", "weekends", false}, {uWeek, "week", "weeks", false},
		{uMonth, "month", "months", false}, {uQuarter, "quarter", "quarters", false}, {uYear, "year", "years", false},
		{uDecade, "decade", "decades", false}, {uCentury, "century", "centuries", false}, {uMillennium, "millennium", "millennia", false},
	}
	for _, u := range units {
		add(cUnit, u.u, u.one)
		add(cUnits, u.u, u.pl)
	}
	add(cUnit, uSecond, "sec")
	add(cUnits, uSecond, "secs")
	add(cUnit, uMinute, "min")
	add(cUnits, uMinute, "mins")
	add(cUnit, uHour, "hr")
	add(cUnits, uHour, "hrs")
	add(cUnit, uYear, "yr")
	add(cUnits, uYear, "yrs")
	add(cUnits, uMillennium, "millenniums")
	add(cUnit, -2, "fortnight") // two weeks: special-cased by value
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range numbers {
		add(cNumber, i, w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(cTens, 20+10*i, w)
	}
	add(cNumber, 100, "hundred")
	add(cNumber, 1000, "thousand")
	add(cNumber, 12, "dozen")
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ordinals[1:] {
		add(cOrdinal, i+1, w)
	}
	add(cOrdinal, 30, "thirtieth")
	seasons := [][]string{{"spring", "springtime"}, {"summer", "summertime"}, {"fall", "autumn"}, {"winter", "wintertime"}}
	for i, ws := range seasons {
		add(cSeason, i, ws...)
	}
	add(cPart, pMorning, "morning")
	add(cPart, pMidday, "noon", "midday")
	add(cPart, pAfternoon, "afternoon")
	add(cPart, pEvening, "evening")
	add(cPart, pNight, "night", "overnight")
	add(cDeictic, 0, "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current", "recently",
		"recent", "lately", "nowadays", "presently", "soon", "previously", "formerly", "ago", "midnight", "hourly", "sometime")
	add(cSetAdv, uDay, "daily", "nightly")
	add(cSetAdv, uWeek, "weekly")
	add(cSetAdv, uMonth, "monthly")
	add(cSetAdv, uYear, "yearly", "annually", "annual")
	for _, w := range []string{"the", "this", "that", "these", "those", "last", "next", "past", "previous", "coming", "following",
		"every", "each", "a", "an", "early", "earlier", "late", "later", "mid", "middle", "end", "beginning", "start",
		"about", "around", "nearly", "almost", "approximately", "roughly", "some", "more", "less", "than", "over", "under",
		"least", "at", "up", "to", "within", "few", "several", "couple", "many", "fiscal", "latest", "same",
		"year-earlier", "year-ago", "yearend", "first", "half", "future", "term", "once", "twice", "times", "per", "other", "ahead",
		"new", "christmas", "easter", "thanksgiving", "halloween", "independence", "labor", "memorial", "valentine",
		"ramadan", "eid", "eve", "good", "election", "boxing", "veterans", "s", "year-end", "yearend", "mid-year", "midyear", "decades-long",
		"no", "of", "just", "post", "pre", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "prior", "since", "season", "near", "short", "long", "full", "entire", "whole", "period", "moment", "time",
		"initial", "final", "remainder", "rest", "weeklong", "additional", "extra", "further", "day-long", "daylong", "overnight"} {
		if _, ok := lexicon[w]; !ok {
			add(cWord, 0, w)
		}
	}
}

// lookupOrdinal reads "3rd", "21st", and written ordinals.
func ordinalValue(w string) (int, bool) {
	if e, ok := lexicon[w]; ok && e.c == cOrdinal {
		return e.val, true
	}
	n := len(w)
	if n < 3 || n > 4 {
		return 0, false
	}
	suf := w[n-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	v, ok := atoi(w[:n-2])
	return v, ok
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
