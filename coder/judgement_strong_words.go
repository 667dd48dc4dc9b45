package coder

// Twentieth session (judge29): the words of political blame beyond
// negativePredicates and judgedNegative. Real US political news tells
// much of its criticism as a speaker's verdict on another side or on its
// act ("Nepal's decision was unilateral", "\"Du was very insolent,\" the
// president told reporters", "said Russia's brazen breach"), with words
// the older lists lacked. Written by hand: strong words only, which
// speakers use of an opponent or of its act; not words of worry, of
// difficulty or of a situation ("serious", "bad", "difficult",
// "tragic"), which judge no one.

// strongNegativeSwitch switches strongNegative off (tests).
var strongNegativeSwitch = true

// strongNegative are adjectives and nouns of blame, told of an act or of
// an actor.
var strongNegative = setOf(
	// of an act: unlawful, unfair or out of measure
	"unilateral", "unwarranted", "unfounded", "unprovoked", "illegitimate", "unconstitutional", "undemocratic",
	"unjust", "unfair", "biased", "arbitrary", "disproportionate", "inexcusable", "unforgivable", "indefensible",
	"unjustifiable", "inadmissible", "intolerable", "incomprehensible", "unreasonable", "reprehensible",
	"irresponsible", "short-sighted", "shortsighted", "misguided", "ill-advised", "senseless", "preposterous",
	"ridiculous", "ludicrous", "laughable", "grotesque", "cynical", "flagrant", "egregious", "blatant",
	// of an act: cruel or violent
	"cruel", "inhumane", "inhuman", "barbaric", "barbarous", "brutal", "savage", "heinous", "murderous", "callous",
	"vile", "abhorrent", "monstrous", "atrocious",
	// of speech: hateful or false
	"inflammatory", "incendiary", "hateful", "antisemitic", "anti-semitic", "islamophobic", "xenophobic", "racist",
	"slanderous", "defamatory", "insulting", "humiliating", "derogatory", "prejudiced", "disrespectful",
	// of a power's conduct
	"aggressive", "belligerent", "expansionist", "hegemonic", "imperialist", "coercive", "treacherous", "treasonous",
	"insolent", "scandalous", "notorious",
	// nouns: what the speaker calls the act or the actor
	"outrage", "affront", "travesty", "disgrace", "scandal", "sham", "lie", "liar", "smear", "slander", "blackmail",
	"hypocrisy", "atrocity", "betrayal", "sabotage", "blunder", "folly", "fiasco",
	"offense", "offence", "bully", "bullying", "intimidation", "thuggery", "witch-hunt", "disinformation")

// strongNegativeWord reports a word of blame of negativePredicates or
// strongNegative.
func strongNegativeWord(l string) bool {
	return negativePredicates[l] || strongNegativeSwitch && strongNegative[l]
}

// approvalWords tell an act is right; negated ("the remarks were not
// acceptable", "the strikes were not justified") they are blame.
var approvalWords = setOf("acceptable", "justified", "justifiable", "legitimate", "appropriate", "helpful", "constructive",
	"fair", "proportionate", "reasonable", "warranted")

// unpraisedEntry codes "said the remarks were not acceptable" as
// criticism (111) from the speaker to the doer of what is judged, made as
// it is told (not a negated act).
var unpraisedEntry = &Entry{Lemma: "(predicate)", Targets: []string{"obj"}, Code: "111", Name: "said X was not acceptable"}

// negatedPraise reports an adjective of approvalWords that is negated.
func (s *sent) negatedPraise(i int) bool {
	return strongNegativeSwitch && approvalWords[s.lemma(i)] && s.negatedVerb(i)
}

// thirdPersonJudged reports a subject pronoun "he" or "she" (sb) the
// actor coder resolved to an actor: "\"He's dangerous,\" Obama said",
// "she's a liar". Not "it", "this" or "they", which stand for things as
// often as for sides, nor the speaker's own "I" and "we".
func (s *sent) thirdPersonJudged(sb int) bool {
	if !strongNegativeSwitch {
		return false
	}
	l := s.lemma(sb)
	return (l == "he" || l == "she") && actorKey(s.actorAt(sb)) != ""
}
