package coder_test

import (
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// TestFigurative runs made-up sentences of political reporting through the
// real pipeline: words of war, protest, detention and diplomacy used for
// campaigns and newsrooms are coded as criticism or not at all, while the
// same words used of fighting, protests and prisoners keep their codes.
// Each case names the rule of figurative.go it tests; with that rule
// switched off the sentence must come out differently, so every rule is
// shown to be the one doing the work.
func TestFigurative(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		rule, text, trigger string
		want                string // the codes on trigger, sorted and joined; "" for none
	}{
		// A verbal attack is criticism (111).
		{"verbal-attack", "Jeb Bush fired at Marco Rubio during the debate.", "fired", "111"},
		{"verbal-attack", "Donald Trump attacked some Republican lawmakers in a speech on Monday.", "attacked", "111"},
		{"verbal-attack", "Donald Trump stepped up his attacks on Senator Bernie Sanders's positions on trade.", "attacks", "111"},
		{"verbal-attack", "Hillary Clinton has been pounding Senator Bernie Sanders on the gun issue.", "pounding", "111"},
		// Idioms of shooting attack no one.
		{"attack-idiom", "Mexico avoided shooting itself in the foot when it retaliated against the United States.", "shooting", ""},
		{"attack-idiom", "Washington's Asia policy has been firing on all cylinders, the Chinese government said.", "firing", ""},
		// Documents released are no prisoners freed.
		{"release-document", "Donald Trump released a letter from his doctor on Friday.", "released", ""},
		{"release-document", "The State Department released emails from Hillary Clinton on Friday.", "released", ""},
		// A dinner hosted, refugees taken in: no state visit.
		{"social-host", "The French ambassador hosted a dinner for American senators on Friday.", "hosted", ""},
		{"social-host", "Costa Rica agreed to host 200 refugees from Honduras.", "host", ""},
		// A candidate's rally is no protest.
		{"campaign-event", "Donald Trump's rally in Ohio drew thousands of supporters.", "rally", ""},
		{"campaign-event", "Bernie Sanders opened a rally in Rochester blasting Hillary Clinton.", "rally", ""},
		{"campaign-event", "Netanyahu rallied his supporters on the eve of the election.", "rallied", ""},
		// Seizing on a remark seizes nothing.
		{"seize-on", "Democrats will seize on the remark by Donald Trump.", "seize", ""},
		// Beating a rival in a primary is no assault.
		{"contest-beat", "Ohio Governor John Kasich beat back a challenge from Donald Trump in the primary.", "beat", ""},
		// Wins captured and privacy invaded are no territory taken.
		{"capture-win", "Hillary Clinton captured wins in Georgia and Alabama.", "captured", ""},
		{"capture-win", "Netanyahu's invasion of the Palestinian prerogative angered Abbas.", "invasion", ""},
		// Cracking down on hackers is law enforcement, not repression.
		{"crackdown-offence", "Beijing cracked down on Chinese hackers after the talks with Washington.", "cracked", ""},
		// Signing on to a bill is no agreement between the parties.
		{"sign-on", "Most Democrats have not signed on to the bill against Iran.", "signed", ""},
		// Backing out is no support.
		{"back-out", "Washington backed out of the deal with Mexico.", "backed", ""},
		// Withdrawing from a race is no military withdrawal.
		{"withdraw-race", "Senator Marco Rubio withdrew from the race against Donald Trump.", "withdrew", ""},
		// An assessment offered is no promise.
		{"offer-opinion", "Donald Trump offered his assessment of Mexico's president.", "offered", ""},
		// A candidate's proposed ban is no embargo.
		{"ban-proposal", "Donald Trump pledged to ban all Muslims from entering the United States.", "ban", ""},
		{"ban-proposal", "Donald Trump's proposal to ban Muslims from entering the United States drew criticism from Israel.", "ban", ""},
		// A deadline or a price imposed at home is no sanction.
		{"impose-rule", "Congress imposed a deadline on the White House.", "imposed", ""},
		{"impose-rule", "Canada imposed a minimum price on American carbon.", "imposed", ""},
		// A question asked is no appeal.
		{"ask-question", "Senator Bernie Sanders asked rhetorically whether the Republican Party had done anything.", "asked", ""},
		{"ask-question", "Donald Trump asked the Mexican government whether it would pay for the wall.", "asked", ""},
		// A fact or a crime recognised is no diplomatic recognition.
		{"recognize-fact", "The United States recognized the Armenian genocide on Tuesday.", "recognized", ""},
		{"recognize-fact", "Republicans must recognize that climate change is a threat, Obama told the United Nations.", "recognize", ""},
		// Denying someone something withholds it: no denial is made.
		{"deny-withhold", "Hillary Clinton hopes to deny Senator Bernie Sanders the Democratic nomination.", "deny", ""},
		{"deny-withhold", "Bolivia denied the Mexican ambassador safe passage.", "denied", ""},
		// Unity demonstrated is no demonstration; a politician's
		// attacks with no target named are words.
		{"campaign-event", "Japan and South Korea will demonstrate their unity against North Korea.", "demonstrate", ""},
		{"verbal-attack", "Senator Marco Rubio failed to defend Latinos from Donald Trump's attacks.", "attacks", "111"},
		// States won at the polls, rivals beaten in a poll, a
		// government's attack on a person at home, a clash at a debate,
		// a campaign suspended, delegates amassed.
		{"capture-win", "Hillary Clinton captured Virginia, Georgia and Alabama on Tuesday.", "captured", ""},
		{"contest-beat", "Senator Bernie Sanders would beat Donald Trump by ten points, a new poll shows.", "beat", ""},
		{"verbal-attack", "Vice President Joe Biden tried to attack Donald Trump over his comments on Japan.", "attack", "111"},
		{"verbal-attack", "Jeb Bush clashed with Donald Trump at the Republican debate.", "clashed", "111"},
		{"campaign-verb", "Ohio Governor John Kasich suspended his campaign against Donald Trump.", "suspended", ""},
		{"campaign-verb", "Hillary Clinton amassed more delegates than Senator Bernie Sanders.", "amassed", ""},

		// The same words used literally keep their codes.
		{"", "Russia amassed troops on the border with Ukraine.", "amassed", "154"},
		{"", "Russian forces captured the Ukrainian town of Avdiivka.", "captured", "192"},
		{"", "Israeli troops fired on Palestinian protesters in Gaza.", "fired", "175"},
		{"", "Bolivia denied the accusations made by Mexico.", "denied", "016"},
		{"", "Kuwait banned Syrians from entering the country.", "banned", "163"},
		{"", "The European Union imposed sanctions on Russia.", "imposed", "163"},
		{"", "Pakistan asked the United States for help.", "asked", "020"},
		{"", "Spain recognised the Palestinian state on Tuesday.", "recognised", "054"},
		{"", "The Taliban attacked Afghan security forces in Helmand.", "attacked", "190"},
		{"", "Israel struck Hezbollah targets in southern Lebanon on Saturday.", "struck", "190"},
		{"", "Iran released two American prisoners on Monday.", "released", "0841"},
		{"", "Kenya will host Ethiopian Prime Minister Abiy Ahmed next week.", "host", "042 043"},
		{"", "Iran seized a British tanker in the Strait of Hormuz on Friday.", "seized", "171"},
		{"", "Police in Minsk cracked down on opposition protesters on Sunday.", "cracked", "175"},
		{"", "Armenia and Azerbaijan signed a peace agreement on Friday.", "signed", "057 057"},
		{"", "Russia withdrew its troops from Kherson on Friday.", "withdrew", "0874"},
		{"", "Israeli and Palestinian leaders gathered in Cairo to protest the decision.", "gathered", "141"},
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
			if e.Trigger.Text == trigger {
				out = append(out, e.CAMEO)
			}
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if c.rule == "" {
			continue
		}
		coder.SetFigurative(c.rule, false)
		off := codes(c.text, c.trigger)
		coder.SetFigurative(c.rule, true)
		if off == c.want {
			t.Errorf("%q: rule %s switched off still gives %q: the case does not test the rule", c.text, c.rule, off)
		}
	}
}
