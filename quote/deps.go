package quote

// subjectSpan returns the speaker span of a parsed cue whose subject is
// token sp: its subtree, joined with the subtrees of the cue's other
// subjects that touch it. The parser may mark each part of a name
// ("spokesman Wang Wenbin" → Wang and Wenbin) or each conjunct of a
// coordinated subject ("The Philippines and China") as a subject of the
// cue; the speaker is the whole phrase, not its last part.
func (p *pass) subjectSpan(kids [][]int32, subjs []int32, sp int) (int, int) {
	sa, sb := subtree(kids, sp)
	for grew := true; grew; {
		grew = false
		for _, k := range subjs {
			if u := p.toks[k].UPOS; u != "PROPN" && u != "NOUN" && p.tags {
				continue // "which Azerbaijan says": the relative pronoun is no part of the name
			}
			a, b := subtree(kids, int(k))
			if b == sa || a == sb {
				sa, sb, grew = min(sa, a), max(sb, b), true
			}
		}
	}
	return sa, sb
}

// hasVerb reports whether tokens [a, b) hold a verb or an auxiliary.
func (p *pass) hasVerb(a, b int) bool {
	for t := a; t < b; t++ {
		if u := p.toks[t].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// nameModifiers returns where a parsed speaker starting at token sa before
// the cue at token t begins once the capitalised words before it are
// taken back: the parser may hang "Estorian" in "Estorian Foreign Minister
// Lena Brandt told" on the cue, or "the Swiss" in "held in Geneva, the
// Swiss foreign ministry said" on the content. Days and months stay out
// ("On Monday Smith said"); a determiner before the words ends the phrase.
func (p *pass) nameModifiers(sa, t int) int {
	sf, _ := p.sentOf(t)
	k := sa - 1
	for ; k >= sf && p.quote[k] == 0 && !p.used[k]; k-- {
		u := p.toks[k].UPOS
		if !isCapitalized(p.word(k)) || u != "PROPN" && u != "ADJ" || whenWords[p.low(k)] {
			break
		}
	}
	if k+1 < sa && k >= sf && p.quote[k] == 0 && !p.used[k] && (p.low(k) == "the" || p.low(k) == "a" || p.low(k) == "an") {
		return k
	}
	return k + 1
}
