package reader

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the publication-date forms accepted, tried in order.
// Forms without a zone are read as UTC. Numeric day/month orders other than
// year-month-day are left out on purpose: 03/04/2024 is a different day in
// New York and in London.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.UnixDate,
	time.ANSIC,
	"January 2, 2006 15:04 MST",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Mon, Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"January 2006",
}

var errBadDate = errors.New("unrecognised date")

// parseDate reads a publication date in any of dateLayouts, or as Unix
// seconds. Surrounding space is ignored; case is not, beyond what the
// layouts allow.
func parseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	for _, l := range dateLayouts {
		if t, err := parseIn(l, s); err == nil {
			return t, nil
		}
	}
	// Sept. and other abbreviations with a full stop, and ordinal suffixes
	// ("March 3rd, 2024"), are common in news bylines.
	if n := normaliseWords(s); n != s {
		for _, l := range dateLayouts {
			if t, err := parseIn(l, n); err == nil {
				return t, nil
			}
		}
	}
	if isDigits(s) && len(s) >= 9 && len(s) <= 10 {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			return time.Unix(sec, 0).UTC(), nil
		}
	}
	return time.Time{}, errBadDate
}

// zoneOffsets are the RFC 822 zone names, in seconds east of UTC. They are
// fixed here because time.Parse reads a zone name through the host's own
// zone: "EST" was -5 hours on a New York machine and 0 on a UTC server.
var zoneOffsets = map[string]int{
	"UT": 0, "GMT": 0, "UTC": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
}

// parseIn parses s in layout l, independent of the host's zone: a zone name
// takes its offset from zoneOffsets; one not there keeps a zero offset, as
// time.Parse gives any name it does not know.
func parseIn(l, s string) (time.Time, error) {
	t, err := time.ParseInLocation(l, s, time.UTC)
	if err != nil {
		return t, err
	}
	if name, off := t.Zone(); off == 0 && t.Location() != time.UTC {
		if o, ok := zoneOffsets[name]; ok && o != 0 {
			y, m, d := t.Date()
			h, mi, sec := t.Clock()
			t = time.Date(y, m, d, h, mi, sec, t.Nanosecond(), time.FixedZone(name, o))
		}
	}
	return t, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// normaliseWords rewrites "Sept." as "Sep" and "3rd" as "3", so that the
// layouts see Go's month abbreviations and plain day numbers.
func normaliseWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		trail := ""
		if strings.HasSuffix(w, ",") {
			w, trail = w[:len(w)-1], ","
		}
		w = strings.TrimSuffix(w, ".")
		if strings.EqualFold(w, "sept") {
			w = "Sep"
		}
		if len(w) > 2 && isDigits(w[:len(w)-2]) {
			switch strings.ToLower(w[len(w)-2:]) {
			case "st", "nd", "rd", "th":
				w = w[:len(w)-2]
			}
		}
		f[i] = w + trail
	}
	return strings.Join(f, " ")
}
