package coder

// statedIntentDates switches intentDated.
var statedIntentDates = true

// intentDated returns the token an act recoded as a stated intent (03x,
// "Iran said it was ready to hold talks with the E3 next week") is dated
// at: the readiness word h, whose day is the day the intent was stated,
// not the act's own ("next week" is when the talks would be); i itself
// when there is no such word.
func (s *sent) intentDated(i, h int) int {
	if !statedIntentDates || h < 0 {
		return i
	}
	return h
}
