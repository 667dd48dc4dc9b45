package coder

// ownEasedSanctionsOn switches ownEasedSanctions (review22 finding 6;
// tests turn it off).
var ownEasedSanctionsOn = true

// ownEasedSanctions reports tariffs or duties eased (085, the object a
// tariff) whose target is guessed: a guess of the source's own country
// is dropped. "India
// reduced duties on imported rice to curb prices", "Russia lowered the duty
// on wheat exports" are a country's own trade policy, not sanctions eased
// on its own government; a guess of the other side of a trade dispute
// ("Trump could ease some of the tariffs", on Canada) stays. (notarget on
// the tariff rows dropped that one too: two matches fewer, mend22. Not
// other sanctions: a ban a government lifts at home is eased on its own
// people, 0811 in the written sets.)
func (s *sent) ownEasedSanctions(code string, cd candidate) bool {
	return ownEasedSanctionsOn && code == "085" && cd.args.obj >= 0 && s.oneOf(cd.args.obj, tariffNouns)
}

// tariffNouns are the taxes on trade the tariff rows name.
var tariffNouns = []string{"tariff", "duty"}
