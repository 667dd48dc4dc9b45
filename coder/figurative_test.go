package coder_test

import (
	"testing"

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
	// A candidate's planned ban or beating is also dropped as a campaign
	// promise (spurious_campaign_promise.go); off here, so that each case
	// shows its own figurative rule at work.
	coder.SetCampaignPromise(false)
	defer coder.SetCampaignPromise(true)
	cases := []struct {
		rule, text, trigger string
		want                string // the codes on trigger, sorted and joined; "" for none
	}{
		// A verbal attack is criticism (111).
		{"verbal-attack", "Jeb Bush fired at Marco Rubio in a television interview.", "fired", "111"},
		{"verbal-attack", "Jeb Bush attacked several Democratic lawmakers in a radio interview on Monday.", "attacked", "111"},
		{"verbal-attack", "Jeb Bush kept pounding Senator Marco Rubio on immigration.", "pounding", "111"},
		{"verbal-attack", "Jeb Bush's attacks did little to slow Senator Marco Rubio.", "attacks", "111"},
		{"verbal-attack", "Vice President Joe Biden attacked Senator Ted Cruz over his remarks on Cuba.", "attacked", "111"},
		{"verbal-attack", "Jeb Bush clashed with Marco Rubio at the debate in Iowa.", "clashed", "111"},
		// An attack told by what was said is words, even of the police.
		{"attack-that", "Senator Ted Cruz hit back that the police report on his rally was a smear by Donald Trump.", "hit", "111"},
		// (kbusfix23: "fired back that" is now also the lexicon's "fire
		// back" retort row, 111 with the rule off too: a control.)
		{"", "Donald Trump fired back that the reporter had not been called on.", "fired", "111"},
		// Idioms of shooting attack no one.
		{"attack-idiom", "Canada would be shooting itself in the foot if it raised tariffs on China.", "shooting", ""},
		{"attack-idiom", "The Japanese economy is firing on all cylinders, the Chinese government said.", "firing", ""},
		// Documents released are no prisoners freed.
		{"release-document", "The Pentagon released emails from Jeb Bush on Friday.", "released", ""},
		// The released things named after a measure, or right before the verb.
		{"release-measure", "Jeb Bush said he has released 33 years of tax returns and called on Marco Rubio to do likewise.", "released", ""},
		{"release-measure", "Senator Ted Cruz said the Kremlin had released a pile of Donald Trump's memos.", "released", ""},
		{"release-measure", "Bernie Sanders leads Hillary Clinton 52 percent to 41 percent in New Hampshire according to a CNN poll released Tuesday.", "released", ""},
		// A "for" phrase as the subject of a passive infinitive: the
		// thing released (seventeenth session, spur22).
		{"release-for-subject", "Senator Ted Cruz said Russia arranged for a lot of Hillary Clinton's emails to be released.", "released", ""},
		// Recognising a folly or an anxiety is seeing it, not recognition
		// (figurative_recognize.go).
		{"recognize-sense", "Both Germany and France belatedly recognize the anger of Greek workers.", "recognize", ""},
		{"recognize-sense", "Angela Merkel recognized the anxiety of workers in Greece.", "recognized", ""},
		{"", "Nauru recognized the government of China on Monday.", "recognized", "054"},
		{"", "Mexico would not recognise the usurper in Peru, its president said.", "recognise", "120"},
		// A party asked about a topic, or after a quoted question, is
		// asked a question, not for an act (figurative_ask_about.go).
		{"ask-about", "The Chilean president asked Peru's foreign minister about the border fence.", "asked", ""},
		{"ask-quoted", "“Why now?” the Chilean foreign minister asked Peru's ambassador.", "asked", ""},
		{"", "The Chilean president asked Peru's foreign minister to remove the border fence.", "asked", "020"},
		// Mayors who gather meet; crowds that gather protest
		// (figurative_gather.go).
		{"gather-crowd", "The Chilean president spoke to Peruvian mayors who gathered in Santiago on Monday.", "gathered", ""},
		{"", "Hundreds of Peruvian supporters gathered outside the Chilean embassy on Monday.", "gathered", "141"},
		// An indirect question is no appeal.
		{"ask-if", "Marco Rubio toured a mill and asked the steelworkers if they planned to vote in the primary.", "asked", ""},
		{"ask-if", "Marco Rubio toured a mill in Ohio and asked Ohio steelworkers if they planned to back him.", "asked", ""},
		{"ask-if", "Megyn Kelly asked Donald Trump on Monday whether the border fence was still on his agenda.", "asked", ""},
		// A question word right after the party asked opens a question,
		// and a participle after a bare "asked" asks for nothing.
		{"ask-wh", "Hungary asked Austria how high the new border fence would be.", "asked", ""},
		{"ask-wh", "Germany asked Poland how long the border would stay closed.", "asked", ""},
		{"", "Hungary asked Austria to say how high the new border fence would be.", "asked", "020"},
		{"ask-wh", "The Polish prime minister asked, turning to the German chancellor.", "asked", ""},
		{"", "Hungary asked Austria on Monday to reopen the border if the storm passed.", "asked", "020"},
		// A reception hosted, migrants taken in: no state visit.
		{"social-host", "The German ambassador hosted a reception for Canadian lawmakers on Friday.", "hosted", ""},
		{"social-host", "Uruguay agreed to host 50 migrants from Venezuela.", "host", ""},
		// A candidate's rally, a leader rallying his side, unity
		// demonstrated: no protest.
		{"campaign-event", "Jeb Bush's rally in Iowa drew hundreds of voters.", "rally", ""},
		{"campaign-event", "Jeb Bush opened a rally in Denver by criticising Senator Ted Cruz.", "rally", ""},
		{"campaign-event", "Prime Minister Stephen Harper rallied his supporters in Calgary.", "rallied", ""},
		{"campaign-event", "Germany and France will demonstrate their unity at the summit with Russia.", "demonstrate", ""},
		// Seizing upon a remark seizes nothing.
		{"seize-on", "Conservatives in Canada seized upon the remark by Justin Trudeau.", "seized", ""},
		// Beating a rival at the polls is no assault.
		{"contest-beat", "Jeb Bush beat Senator Marco Rubio in the Florida primary.", "beat", ""},
		{"contest-beat", "Jeb Bush would beat Marco Rubio by six points, according to a survey.", "beat", ""},
		// Victories and states won, a prerogative invaded: no territory
		// taken.
		{"capture-win", "Jeb Bush captured victories in Kansas and Maine.", "captured", ""},
		{"capture-win", "Senator Marco Rubio captured Minnesota on Tuesday.", "captured", ""},
		// (Dated, so that the undated-named-act guard does not take it first.)
		{"capture-win", "Netanyahu's invasion of the Palestinian prerogative on Monday angered Abbas.", "invasion", ""},
		// Cracking down on hackers is law enforcement, not repression.
		{"crackdown-offence", "Beijing cracked down on Chinese hackers after the talks with Washington.", "cracked", ""},
		// Signing on to a motion is no agreement between the parties.
		{"sign-on", "Several Conservatives in Ottawa have signed on to the motion against Russia.", "signed", ""},
		// Backing out is no support.
		{"back-out", "Ottawa backed out of the pipeline deal with Washington.", "backed", ""},
		// Withdrawing from a race is no military withdrawal.
		{"withdraw-race", "Jeb Bush withdrew from the race against Marco Rubio.", "withdrew", ""},
		// A view offered is no promise.
		{"offer-opinion", "Jeb Bush offered his view of Mexico's president.", "offered", ""},
		// A candidate's proposed ban is no embargo.
		{"ban-proposal", "Donald Trump's plan to ban Somali migrants drew criticism from Somalia.", "ban", ""},
		{"ban-proposal", "Donald Trump promised to ban Syrian refugees from Texas.", "ban", ""},
		// The proposal's infinitive misread as a conjunct of the noun.
		{"proposal-conj", "The Peruvian opposition leader has been rebuked by rivals for his proposal to temporarily ban Chileans from entering Peru.", "ban", ""},
		// A cap imposed at home is no sanction.
		{"impose-rule", "Congress imposed a spending cap on the Pentagon.", "imposed", ""},
		// A question asked is no appeal.
		{"ask-question", "Jeb Bush asked rhetorically whether Marco Rubio had passed any law.", "asked", ""},
		{"ask-question", "Prime Minister Theresa May asked the European Commission whether it would extend the talks.", "asked", ""},
		// Questions put by reporters or in an interview (sixteenth
		// session, pnspur): the question noun, a question word right
		// after "asked".
		{"ask-question-noun", "In a news conference, reporters asked questions about Peru to all three presidents, each of whom praised trade.", "asked", ""},
		{"ask-wh-next", "The Chilean president told CNN in an interview when asked which Peruvian candidate she would back.", "asked", ""},
		{"", "Chile asked Peru on Monday to reopen the border.", "asked", "020"},
		// A hope for one's own doing asks nothing of anyone.
		{"hope-own", "Chilean President Gabriel Boric spoke in Santiago on Monday. Boric criticised the Chilean senate. “I hope to have a good relationship with him,” Boric told reporters.", "hope", ""},
		// Defence against aggression, or of oneself: no words for
		// another actor.
		{"defend-unnamed", "The Chilean envoy said he expects Peru and Bolivia to show their resolve to deter and defend against Argentine aggression.", "defend", ""},
		{"defend-unnamed", "Chile might need to defend itself, the Peruvian president said.", "defend", ""},
		{"", "Chile defended Peru's right to host the meeting.", "defended", "052"},
		// A fact recognised is no diplomatic recognition.
		{"recognize-fact", "Canadian lawmakers now recognize that the drought is a threat, the Australian minister told the United Nations.", "recognize", ""},
		// Denying someone something withholds it: no denial is made.
		{"deny-withhold", "Jeb Bush hopes to deny Senator Ted Cruz the Republican nomination.", "deny", ""},
		{"deny-withhold", "Peru denied the Chilean envoy entry.", "denied", ""},
		// A campaign suspended, delegates amassed.
		{"campaign-verb", "Jeb Bush suspended his campaign against Marco Rubio.", "suspended", ""},
		{"campaign-verb", "Jeb Bush amassed more delegates than Marco Rubio.", "amassed", ""},
		// Justifying one's own words or record defends no other actor.
		{"defend-own", "Chinese Foreign Minister Wang Yi defended his remarks about the Japanese government.", "defended", ""},
		{"defend-own", "The Iranian minister stands by his comments about the Saudi government.", "stands", ""},
		{"defend-own", "The Danish prime minister defended the government's record on Norway.", "defended", ""},
		// Idioms of the second real-news look: frankness, resolve, a
		// list compiled, a price, a favour, a feeling, a danger, an
		// appeal to sentiment, a point granted.
		{"hesitate-speech", "The Chilean foreign minister does not hesitate to say that Peru is wrong.", "hesitate", ""},
		{"summon-resolve", "Japan's prime minister could not summon the will to confront the Chinese government.", "summon", ""},
		{"round-up-things", "Mexican newspapers rounded up a list of the ways the Guatemalan government had failed.", "rounded", ""},
		{"charge-price", "The Kenyan ministry charged the Ugandan embassy for rent.", "charged", ""},
		{"single-out-favour", "The Brazilian president singled out the Argentine government for praise.", "singled", ""},
		{"raise-level-of", "The Polish government's decision raises the level of anxiety among Lithuanian officials.", "raises", ""},
		{"threaten-endanger", "Hungarian Prime Minister Viktor Orban threatened the survival of the Slovak coalition.", "threatened", ""},
		{"appeal-sentiment", "The Turkish president appealed to the sense of grievance of Greek voters.", "appealed", ""},
		{"concede-fact", "Conceding that a deal with Colombia was unlikely, the Venezuelan president criticised the Colombian government.", "Conceding", ""},
		// An idea or a study supported: no actor praised.
		{"support-idea", "The Greek opposition party has supported the idea of talks with Turkey for months.", "supported", ""},
		{"support-idea", "The Greek study was supported by the Turkish government.", "supported", ""},

		// The same words used literally keep their codes.
		{"", "Al-Shabaab fighters attacked Kenyan troops near Lamu.", "attacked", "190"},
		{"", "Turkey struck Kurdish militant targets in northern Iraq on Sunday.", "struck", "190"},
		{"", "Venezuela released three Colombian prisoners on Monday.", "released", "0841"},
		{"", "Ghana will host Nigerian President Bola Tinubu next week.", "host", "042 043"},
		{"", "Ecuador seized a Peruvian fishing boat on Friday.", "seized", "1711"},
		{"", "Police in Caracas cracked down on opposition protesters on Sunday.", "cracked", "175"},
		{"", "Chile and Bolivia signed a border agreement on Friday.", "signed", "057 057"},
		{"", "Ethiopia withdrew its troops from Somalia on Friday.", "withdrew", "0874"},
		// (Two sources since the ninth session: Lebanese leaders and Syrian ones.)
		{"", "Lebanese and Syrian leaders gathered in Beirut to protest the decision.", "gathered", "141 141"},
		{"", "Qatar banned Egyptian imports on Monday.", "banned", "163"},
		{"", "Japan imposed sanctions on North Korea.", "imposed", "163"},
		{"", "Nepal asked India for help.", "asked", "020"},
		{"", "Nigeria asked Ghana on Monday to hand over the former oil minister.", "asked", "020"},
		{"", "Peru asked Chile, after the vote in Lima, to hand over the two suspects.", "asked", "020"},
		{"", "Mexico recognised Kosovo on Tuesday.", "recognised", "054"},
		{"", "Peru denied the accusations made by Chile.", "denied", "016"},
		{"", "Sudan amassed troops on the border with Chad.", "amassed", "154"},
		{"", "Boko Haram fighters captured the Nigerian town of Baga.", "captured", "192"},
		{"", "Kenyan police fired on opposition protesters in Nairobi.", "fired", "175"},
		{"", "President Vladimir Putin defended his ally, Syrian President Bashar al-Assad.", "defended", "052"},
		{"", "Hungary threatened Slovakia with sanctions.", "threatened", "130"},
		{"", "Greece supported Cyprus in the dispute with Turkey.", "supported", "051"},
		{"", "The Venezuelan president conceded defeat to the Colombian government.", "conceded", "080"},
		{"", "Kenyan police rounded up dozens of Somali migrants in Nairobi.", "rounded", "173"},
		{"", "Egypt charged three Sudanese men with smuggling.", "charged", "173"},
	}
	codes := func(text, trigger string) string { return triggerCodes(t, p, text, trigger) }
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
