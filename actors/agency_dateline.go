package actors

// agencyDateline switches the reading of datelines with no comma after
// the place: "MOSCOW (AP) -", "GENEVA (Reuters) —", "KYIV — Police...".
var agencyDateline = true

// agencyDatelineEnd returns the token after the dash of a dateline whose
// place (words[:k], in capitals) is followed by a one-word credit in
// brackets or by the dash itself, else 0. The root package's DatelineEnd
// accepts both; without them the coder took "MOSCOW" for the Russian
// government and "AP" for an actor, and "Police" got no country.
func agencyDatelineEnd(words []string, k int) int {
	if !agencyDateline {
		return 0
	}
	j := k
	if words[j] == "(" {
		// One or two words of credit: "(AP)", "(Reuters)", "(AP Photo)".
		close := j + 2
		if close < len(words) && words[close] != ")" {
			close++
		}
		if close >= len(words) || words[close] != ")" {
			return 0
		}
		j = close + 1
	}
	if j < len(words) && datelineDash(words[j]) && j+1 < len(words) {
		return j + 1
	}
	return 0
}

// datelineDash: the dashes agencies put after a dateline. A lone "-" comes
// here only after a credit or a place the caps loop stopped before.
func datelineDash(w string) bool {
	return w == "-" || w == "—" || w == "–" || w == "--" || w == "_"
}
