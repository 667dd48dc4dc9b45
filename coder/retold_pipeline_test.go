package coder_test

import (
	"testing"

	"sitrep"
)

// TestRetellPipeline runs short stories through the real pipeline: the
// act told again later takes the lead's day and merges with it, unless
// its clause marks a new act.
func TestRetellPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, text, trigger string
		want                string // date of the event on trigger, "" when merged away
		mentions            int    // mentions of the lead's event on "lead"
		lead                string
	}{
		{"a retold strike merges with the lead's",
			"Israel struck Hezbollah positions in southern Lebanon on Saturday. The Israeli military said it struck Hezbollah positions in Lebanon.",
			"", "", 2, "struck"},
		{"fresh strikes are a new act",
			"Israel struck Hezbollah positions in southern Lebanon on Saturday. Israel struck fresh Hezbollah positions in Lebanon.",
			"struck", "2025-03-23", 1, "struck"},
	}
	for _, c := range cases {
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2025-03-23"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var lead *sitrep.Event
		for x := range d.Events {
			e := &d.Events[x]
			if e.Sentence == 0 && e.Trigger.Text == c.lead && lead == nil {
				lead = e
			}
			if e.Sentence > 0 && c.trigger != "" && e.Trigger.Text == c.trigger && e.Date != c.want {
				t.Errorf("%s: %q dated %s, want %s", c.name, c.trigger, e.Date, c.want)
			}
		}
		if lead == nil {
			t.Errorf("%s: no lead event on %q (events %+v)", c.name, c.lead, d.Events)
			continue
		}
		if lead.Date != "2025-03-22" || lead.Mentions != c.mentions {
			t.Errorf("%s: lead event dated %s with %d mentions, want 2025-03-22 and %d", c.name, lead.Date, lead.Mentions, c.mentions)
		}
	}
}
