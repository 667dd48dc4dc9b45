package coder

// frequencyOn switches frequencyAdverb off for tests.
var frequencyOn = true

// frequencyWords are adverbs of frequency: an act told with one is a
// habit of its doer ("the Israeli leader frequently meets with members
// of Congress", "Trump and Sanders often blame China", "pledged to
// consult each other regularly"), background of the story, not an
// event of a day. "repeatedly" is not among them: "has repeatedly
// warned" tells of warnings given, the last of them news.
var frequencyWords = setOf("frequently", "often", "usually", "routinely", "regularly", "typically", "normally",
	"habitually", "customarily", "occasionally", "sometimes", "seldom", "rarely", "generally")

// frequencyAdverb reports that token c, a dependent of a trigger, is an
// adverb of frequency modifying it.
func (s *sent) frequencyAdverb(c int) bool {
	return frequencyOn && s.rel(c) == "advmod" && s.lemmaIn(frequencyWords, c)
}
