package coder

import (
	"time"

	"sitrep"
)

// datelineFiled: wire agencies date a story at its dateline, the day it
// was filed, while the archive's publication day may be the next one
// ("WARSAW, February 26 (Xinhua) --" in a story published on 27
// February). The acts the story tells with no day of its own, or with
// "today", are the dateline's day (the real-news gold guide,
// evalsets/events/real/README.md), not the publication day.
var datelineFiled = true

// filedDay returns the day a story's dateline names when it is one or
// two days before the publication day, else "". The dateline is read in
// the first two sentences (a web story's first line may be its title).
func filedDay(d *sitrep.Document) string {
	if !datelineFiled || d.Published.IsZero() {
		return ""
	}
	y, m, dd := d.Published.Date()
	pub := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	for si := 0; si < 2 && si < len(d.Sentences); si++ {
		s := d.Sentences[si]
		end := d.DatelineEnd(s.TokStart, s.TokEnd)
		if end == s.TokStart {
			continue
		}
		limit := d.Tokens[end-1].End
		for i := range d.Timexes {
			tx := &d.Timexes[i]
			if tx.Start < d.Tokens[s.TokStart].Start || tx.End > limit || !dateline(d, tx) {
				continue
			}
			v, p := normalise(tx.Value)
			if p != "day" {
				continue
			}
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				continue
			}
			if days := int(pub.Sub(t).Hours() / 24); days >= 1 && days <= 2 {
				return v
			}
		}
	}
	return ""
}

// datelineDates redates, in place, the events dated on the publication
// day to the day the dateline names (filedDay), when it names an earlier
// one.
func datelineDates(d *sitrep.Document, evs []sitrep.Event) {
	f := filedDay(d)
	if f == "" {
		return
	}
	pub := d.Published.Format("2006-01-02")
	for x := range evs {
		if evs[x].Date == pub && evs[x].DatePrecision == "day" {
			evs[x].Date = f
		}
	}
}
