package coder

import (
	"strings"

	"sitrep"
)

// headlineDay: a headline printed as the story's first line ("Putin
// chides Turkey and praises Trump at news conference", web copy) tells
// the lead's act with no day of its own, so the coder gave it the
// publication day, and where the body dates the act otherwise ("on
// Thursday when he lashed out at Turkey") the one act became two
// records. The headline's act takes the date of the body's first act of
// the same pair and root.
var headlineDay = true

// headlineDates redates, in place, the events of a headline sentence
// dated by the publication day (no day of their own) to the body's
// first event of the same source, target and CAMEO root.
func headlineDates(d *sitrep.Document, evs []sitrep.Event) {
	if !headlineDay || d.Published.IsZero() || len(d.Sentences) < 2 {
		return
	}
	if !headlineSentence(d) {
		return
	}
	const h = 0 // the headline is the first sentence
	pub := d.Published.Format("2006-01-02")
	for x := range evs {
		e := &evs[x]
		if e.Sentence != h || e.Date != pub || len(e.CAMEO) < 2 {
			continue
		}
		for _, f := range evs {
			if f.Sentence == h || len(f.CAMEO) < 2 || f.CAMEO[:2] != e.CAMEO[:2] || f.Date == "" {
				continue
			}
			if eventActorKey(f.Source) != eventActorKey(e.Source) || eventActorKey(f.Target) != eventActorKey(e.Target) {
				continue
			}
			e.Date, e.DatePrecision = f.Date, f.DatePrecision
			break
		}
	}
}

// headlineSentence reports whether the document's first sentence is its
// title printed as its first line.
func headlineSentence(d *sitrep.Document) bool {
	title := strings.TrimRight(strings.TrimSpace(d.Title), ".")
	if title == "" {
		return false
	}
	sn := d.Sentences[0]
	// (The first line may carry a full stop the title has not.)
	first := strings.TrimRight(strings.TrimSpace(d.Text[sn.Start:sn.End]), ".")
	return first != "" && strings.EqualFold(title, first)
}
