package coder_test

import (
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// TestRealNewsGuards runs made-up sentences shaped like the spurious
// events of real wire copy (sixteenth session, realspur) through the whole
// pipeline: parties that meet a third side each on their own, a country
// word that opens the name of a sea, a document released, and the named
// act that began a crisis, a third party's talks with no partner named.
// Each case names its switch; with it off the
// trigger must code something else.
func TestRealNewsGuards(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		rule, text, trigger string
		want                string // source>target:code on the trigger, sorted; "" for none
	}{
		// Two leaders who meet an envoy separately meet not each other.
		{"separately", "The Peruvian and Chilean envoys met separately in Geneva.", "met", ""},
		// (With the third party found, the two meet it, not each other.)
		{"", "Peru and Chile will meet separately with Brazil.", "meet", "BRA>CHL:040 BRA>PER:040 CHL>BRA:040 PER>BRA:040"},
		// The Persian Gulf, the Indian Ocean are no Iran, no India.
		{"water-name", "A Dutch frigate is patrolling the Persian Gulf.", "patrolling", ""},
		{"water-name", "Japan will provide free medical aid to the Indian Ocean archipelago.", "provide", ""},
		// A statement released is no prisoner freed, even set off by commas.
		{"release-apposed", "In its statement, released by the embassy in Lima, Chile thanked Peru.", "released", ""},
		// The act that began a crisis, named without a date, is background.
		{"named-past-act", "The standoff stems from Serbia's invasion of Albania, the Greek minister said.", "invasion", ""},
		{"named-past-act", "Resolutions condemning Peru's invasion of Ecuador were passed by the council.", "invasion", ""},
		// A third party's talks with no partner named: with one side.
		// (Not "its interest in resuming talks", an offer, 036, since
		// appeal29: readiness_nouns.go.)
		{"third-talks-one-side", "Kenya accused Somalia of shelling its border posts on Monday. Somalia denied it. The newspaper said Ethiopia had resumed talks in remarks by its envoy.", "talks", "ETH>KEN:046 KEN>ETH:046"},
		// Talks named as the setting of another act or of a role
		// (sixteenth session, pnspur).
		{"talks-setting", "Chile was expelled from the peace talks with Peru on Monday.", "talks", ""},
		{"talks-setting", "The Chilean envoy, the chief negotiator in the talks with Peru, resigned on Monday.", "talks", ""},
		// Taking part in talks still tells of them.
		{"", "Chile said on Monday it would take part in talks with Peru.", "talks", "CHL>PER:046 PER>CHL:046"},
		// An agenda had, an act told wherever it happens: no event
		// (generic_acts.go).
		{"generic-acts", "The Chilean and Peruvian presidents also have other topics to discuss as well.", "discuss", ""},
		{"generic-acts", "Chile's president and Peru's president have a lot to discuss.", "discuss", ""},
		{"", "The Chilean and Peruvian presidents will discuss trade on Monday.", "discuss", "CHL>PER:040 PER>CHL:040"},
		{"generic-acts", "The Peruvian president is a man who stirs hatred everywhere he visits, Chile's president said.", "visits", ""},
		// An act told with an adverb of frequency is a habit, not news
		// (seventeenth session, spur22: generic_acts_frequency.go).
		{"frequency", "The Chilean president frequently meets with Peruvian lawmakers.", "meets", ""},
		{"frequency", "Chile and Peru often blame Bolivia for the smuggling.", "blame", ""},
		{"frequency", "The Chilean and Peruvian presidents pledged to consult each other regularly on trade.", "consult", ""},
		{"", "The Chilean president met with Peruvian lawmakers on Monday.", "met", "CHL>PER:040 PER>CHL:040"},
		// A bare participle coordinated to a passive shares it: the
		// patient is not its doer (sources_shared_passive.go).
		{"shared-passive", "Dozens of Venezuelan protesters were beaten, chained, attacked or abused in Caracas.", "attacked", ""},
		{"shared-passive", "Two Peruvian journalists were arrested and attacked in Chile on Monday.", "attacked", ""},
		// (An active verb after the passive keeps the shared subject.)
		{"", "The Chilean envoy was summoned on Monday and accused Peru of spying.", "accused", "CHL>PER:1125"},
		{"", "Chilean officials, who were not invited, declined to comment.", "declined", "CHL>-:011"},
		// A standing inquiry named by its noun, undated, is background
		// (background_named_inquiries.go); one opened is news.
		{"named-inquiry", "Kenyan police said the Ugandan opposition leader is under criminal investigation for corruption.", "investigation", ""},
		{"", "Kenya opened an investigation into the Ugandan opposition leader on Monday.", "opened", "KEN>UGA:090"},
		{"", "The leak of the memo led to a Kenyan police investigation into Ugandan opposition leaders.", "investigation", "KEN>UGA:090"},
		// A participle right after a crowd tells of the crowd, though
		// the parse hangs it on the verb (sources_participle_after_noun.go).
		{"participle-noun", "The Chilean president will be greeted by thousands of Peruvians protesting against the border fence.", "protesting", "PER>PER:141"},
		// A warning with no one warned guesses no one at home
		// (targets_unaddressed_warning.go).
		{"unaddressed-warning", "“Bad things are going to happen,” the Chilean president warned in Santiago on Monday.", "warned", ""},
		{"", "The Chilean president warned Peru on Monday.", "warned", "CHL>PER:130"},
		// A thing blamed names no one blamed; no party of the story is
		// guessed unless named near (targets_unaddressed_warning.go).
		{"blamed-thing", "Peru closed its border with Chile on Monday. Trade between the two fell sharply in the first week. The Chilean president blamed the tumble in copper prices.", "blamed", ""},
		{"", "Peru closed its border with Chile on Monday. The Chilean president blamed the tumble in copper prices.", "blamed", "CHL>PER:112"},
		// Dated today, the same noun is news.
		{"", "Peru's invasion of Ecuador on Monday drew protests from Chile.", "invasion", "PER>ECU:192"},
	}
	codes := func(text, trigger string) string {
		d := &sitrep.Document{ID: "t", Text: text}
		var err error
		if d.Published, err = sitrep.ParseDate("2016-03-15"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		var out []string
		for _, e := range d.Events {
			if e.Trigger.Text != trigger {
				continue
			}
			src, tgt := "-", "-"
			if e.Source != nil {
				src = e.Source.Country
			}
			if e.Target != nil {
				tgt = e.Target.Country
			}
			out = append(out, src+">"+tgt+":"+e.CAMEO)
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	set := func(rule string, on bool) {
		if rule == "release-apposed" {
			coder.SetFigurative(rule, on)
			return
		}
		coder.SetRealNewsGuard(rule, on)
	}
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if c.rule == "" {
			continue
		}
		off := func() string {
			set(c.rule, false)
			defer set(c.rule, true)
			return codes(c.text, c.trigger)
		}()
		if off == c.want {
			t.Errorf("%q: rule %s switched off still gives %q: the case does not test the rule", c.text, c.rule, off)
		}
	}
}
