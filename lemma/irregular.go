package lemma

import "strings"

// Hand rules for forms whose lemma no suffix rule can find. The treebank's
// lexicon comes first, so these matter for words it lacks: mostly rare
// irregular verbs and contractions written in unusual ways.

// auxiliaries maps forms of the auxiliaries and contractions to lemmas.
var auxiliaries = map[string]string{
	"am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
	"'m": "be", "’m": "be", "'re": "be", "’re": "be", "m": "be", "r": "be",
	"has": "have", "had": "have", "having": "have", "'ve": "have", "’ve": "have", "ve": "have",
	"does": "do", "did": "do", "done": "do", "doing": "do",
	"'ll": "will", "’ll": "will", "ll": "will", "wo": "will",
	"ca": "can", "'d": "would", "’d": "would",
	"n't": "not", "n’t": "not", "nt": "not",
}

// irregularVerbs lists base forms with their past tense and past participle
// where these are not made with -ed.
var irregularVerbs = []string{
	"arise arose arisen", "awake awoke awoken", "bear bore borne", "beat beat beaten",
	"become became become", "begin began begun", "bend bent bent", "bet bet bet",
	"bid bid bid", "bind bound bound", "bite bit bitten", "bleed bled bled", "blow blew blown",
	"break broke broken", "breed bred bred", "bring brought brought", "build built built",
	"burn burnt burnt", "burst burst burst", "buy bought bought", "cast cast cast",
	"catch caught caught", "choose chose chosen", "cling clung clung", "come came come",
	"cost cost cost", "creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug",
	"draw drew drawn", "dream dreamt dreamt", "drink drank drunk", "drive drove driven",
	"eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt", "fight fought fought",
	"find found found", "flee fled fled", "fly flew flown", "forbid forbade forbidden",
	"forecast forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten",
	"forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given",
	"go went gone", "grind ground ground", "grow grew grown", "hang hung hung", "hear heard heard",
	"hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept",
	"kneel knelt knelt", "know knew known", "lay laid laid", "lead led led", "lean leant leant",
	"leap leapt leapt", "learn learnt learnt", "leave left left", "lend lent lent", "let let let",
	"lie lay lain", "light lit lit", "lose lost lost", "make made made", "mean meant meant",
	"meet met met", "mislead misled misled", "mistake mistook mistaken", "overcome overcame overcome",
	"overtake overtook overtaken", "overthrow overthrew overthrown", "pay paid paid",
	"prove proved proven", "put put put", "quit quit quit", "read read read", "rebuild rebuilt rebuilt",
	"rid rid rid", "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run",
	"say said said", "see saw seen", "seek sought sought", "sell sold sold", "send sent sent",
	"set set set", "shake shook shaken", "shed shed shed", "shine shone shone", "shoot shot shot",
	"show showed shown", "shrink shrank shrunk", "shut shut shut", "sing sang sung",
	"sink sank sunk", "sit sat sat", "slay slew slain", "sleep slept slept", "slide slid slid",
	"speak spoke spoken", "speed sped sped", "spend spent spent", "spill spilt spilt",
	"spin spun spun", "spit spat spat", "split split split", "spread spread spread",
	"spring sprang sprung", "stand stood stood", "steal stole stolen", "stick stuck stuck",
	"sting stung stung", "stink stank stunk", "strike struck struck", "strive strove striven",
	"swear swore sworn", "sweep swept swept", "swim swam swum", "swing swung swung",
	"take took taken", "teach taught taught", "tear tore torn", "tell told told",
	"think thought thought", "throw threw thrown", "thrust thrust thrust", "tread trod trodden",
	"undergo underwent undergone", "understand understood understood", "undertake undertook undertaken",
	"upset upset upset", "wake woke woken", "wear wore worn", "weave wove woven", "weep wept wept",
	"win won won", "wind wound wound", "withdraw withdrew withdrawn", "withhold withheld withheld",
	"withstand withstood withstood", "write wrote written", "uphold upheld upheld",
	"oversee oversaw overseen", "outrun outran outrun", "override overrode overridden",
	"overrun overran overrun", "retake retook retaken", "undo undid undone", "outbid outbid outbid",
	"repay repaid repaid", "retell retold retold", "rewrite rewrote rewritten", "befall befell befallen",
	"beset beset beset", "forsake forsook forsaken", "forgo forwent forgone", "offset offset offset",
	"mislay mislaid mislaid", "waylay waylaid waylaid", "rethink rethought rethought",
}

var pastForms = func() map[string]string {
	m := map[string]string{}
	for _, line := range irregularVerbs {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			if _, ok := m[form]; !ok {
				m[form] = f[0]
			}
		}
	}
	return m
}()

// irregular returns the lemma of a lowercase form by the hand rules.
func irregular(lw, upos, xpos string) (string, bool) {
	switch upos {
	case "AUX", "VERB", "PART":
		if l, ok := auxiliaries[lw]; ok {
			return l, true
		}
	}
	if xpos == "VBD" || xpos == "VBN" {
		if l, ok := pastForms[lw]; ok {
			return l, true
		}
	}
	return "", false
}
