package coder

import (
	"sitrep/geo"
	"slices"
	"sort"
	"strings"

	"sitrep"
	"sitrep/actors"
)

// article holds what the coder knows about the whole document: which
// countries and organisations it is about. Most news stories are about a
// dyad (two countries in dispute, a government and its opponents), and
// an act whose target the sentence does not name is nearly always
// directed at the other side of that dyad.
type article struct {
	// recodeAt holds, by trigger offset, the finer codes given after the
	// merge (codes_air_attack.go).
	recodeAt map[int]recodeNote
	// intentsNow holds the trigger offsets and codes of intents stated
	// now (status_intent_stated.go), made occurred after the retelling.
	intentsNow map[intentKey]bool
	// kb gives country adjectives ("a Palestinian state"); nil for the
	// embedded knowledge base.
	kb  *actors.KB
	doc *sitrep.Document
	// srcDepth counts the sourceActors calls under way in the article's
	// sentences (maxSourceDepth); srcCuts counts the source searches cut
	// short by a guard (maxSourceDepth or filedIssuer's), so that an
	// answer found under a cut is not cached (review22).
	srcDepth, srcCuts int
	// ranked lists the actor keys by number of mentions, most first, ties
	// by first appearance.
	ranked []string
	count  map[string]int
	places map[[2]int]*sitrep.ActorMention // actors made from place names, by span
	coded  map[string]bool                 // CAMEO codes of the events coded so far
	// lastForce is the last act of protest, coercion or force coded so
	// far: its doers are those of "the violence" others condemn.
	lastForce forceRec
	// forceKinds keeps, by CAMEO root, the last forceful act of that
	// root (pair11: "the strikes" are not the jets scrambled after them).
	forceKinds map[string]forceRec
	// detainer is the doer of the last arrest, detention or hostage-taking
	// coded so far: whom a demand for someone's release is made of.
	detainer *sitrep.ActorMention
	// claimant maps an actor key to whoever last accused that actor or
	// reported its act: the side its denial answers.
	claimant map[string]*sitrep.ActorMention
	// accusers maps an actor key to the coordinated sources of the last
	// accusation of it ("Saudi Arabia, the UAE, Bahrain and Egypt ...,
	// accusing Qatar"), by the accusation's trigger offset.
	accusers map[string]accusation
	// lastAccusation is the story's last accusation of anyone: what "the
	// accusation" a speaker calls false stands for.
	lastAccusation accusation
	// doers maps a kind of act named by a noun ("release", "arrest",
	// "sanction", "agreement") to the doer of the last such act coded:
	// whom "welcomed the release" welcomes.
	doers map[string]*sitrep.ActorMention
	// measured maps a source's key and a code of reduced relations
	// (16x) to the target of its last such act (repeatedMeasure).
	measured map[string]*sitrep.ActorMention
	// acts are the sources of the steps of policy coded so far, in
	// order (judgedActSide).
	acts []actRec
	home int8 // domestic(): 0 not yet known, 1 domestic, 2 not
	// filed caches filedFrom(): "" not yet known, "-" none.
	filed string
	// dates notes how each trigger, by sentence and byte offset, was
	// dated (retold.go).
	dates map[[2]int]dateNote
	// lists are the article's coordinations of actors (groups.go).
	lists *[]actorList
	// civil caches civilPair(): nil not yet known.
	civil *[]*sitrep.ActorMention
	// lead holds the actor keys of the lead sentence's subject
	// (leadSubjects), read once when the article is built.
	lead []string
	// cover caches coverIndex(doc): nil not yet built.
	cover []int32
	// byActor lists the mentions of each actor key in the document's
	// order, for mentionOf: nil not yet built.
	byActor map[string][]*sitrep.ActorMention
	// sents holds the sentences parsed into trees, by index, each built
	// once (sent): the coder, the list finder (actorLists) and the rules
	// that read the sentence before share them.
	sents []*sent
}

// sent returns sentence si of the article as a tree, built on first use.
func (a *article) sent(si int) *sent {
	if a.sents == nil {
		a.sents = make([]*sent, len(a.doc.Sentences))
	}
	if a.sents[si] == nil {
		a.sents[si] = newSent(a.doc, si)
		a.sents[si].art = a
	}
	return a.sents[si]
}

// coverIndex maps each token of d to the first coded actor mention (by
// its place in d.Actors) that covers it, -1 for none. actorAt and
// mentionCovering ask it per argument and per word; a scan of every
// mention each time grows with the square of the article.
func coverIndex(d *sitrep.Document) []int32 {
	idx := make([]int32, len(d.Tokens))
	for j := range idx {
		idx[j] = -1
	}
	for x := range d.Actors {
		m := &d.Actors[x]
		if m.Code == "" {
			continue
		}
		// Tokens run in text order: the first that may lie inside m.
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= m.Start })
		for ; j < len(d.Tokens) && d.Tokens[j].Start < m.End; j++ {
			if idx[j] < 0 && d.Tokens[j].End <= m.End {
				idx[j] = int32(x)
			}
		}
	}
	return idx
}

// actorKey is what an event actor stands for at the level events are
// compared: its country, or the organisation's code for IGOs. Actors
// with neither (reporters, "analysts", bare sectors) are not event
// actors.
func actorKey(m *sitrep.ActorMention) string {
	if m == nil {
		return ""
	}
	if m.Country != "" {
		return m.Country
	}
	if strings.HasPrefix(m.Code, "IGO") {
		return orgKey(m.Code)
	}
	return ""
}

// orgKey is the level at which organisations are told apart: the UN's
// agencies (IGOUNOIAE, IGOUNOWFP) act as the UN (the gold guide), other
// IGOs by their own code.
func orgKey(code string) string {
	if strings.HasPrefix(code, "IGOUNO") {
		return "IGOUNO"
	}
	return code
}

// accusation is the coordinated makers of one accusation, by the byte
// offset of its trigger.
type accusation struct {
	at     int
	makers []*sitrep.ActorMention
}

// add returns a with m among the makers of the accusation at offset at: a
// new accusation restarts the list.
func (a accusation) add(at int, m *sitrep.ActorMention) accusation {
	if a.at != at || len(a.makers) == 0 {
		return accusation{at: at, makers: []*sitrep.ActorMention{m}}
	}
	if newKey(a.makers, m) {
		a.makers = append(a.makers[:len(a.makers):len(a.makers)], m)
	}
	return a
}

// emptyArticle returns an article of d with its maps made and nothing
// counted or coded yet.
func emptyArticle(d *sitrep.Document) *article {
	return &article{doc: d, count: map[string]int{}, places: map[[2]int]*sitrep.ActorMention{}, coded: map[string]bool{},
		claimant: map[string]*sitrep.ActorMention{}, doers: map[string]*sitrep.ActorMention{}, measured: map[string]*sitrep.ActorMention{}, forceKinds: map[string]forceRec{}, accusers: map[string]accusation{}}
}

func newArticle(d *sitrep.Document) *article {
	a := emptyArticle(d)
	first := map[string]int{}
	for i := range d.Actors {
		m := &d.Actors[i]
		k := actorKey(m)
		// A mention the actor coder placed only by the dateline ("two
		// leaders" in an Ankara story) says nothing of who the story
		// is about.
		if k == "" || strings.Contains(m.Entry, "dateline") || agencyCredit(d, m) {
			// (Nor does the agency a dateline credits: "(AP)",
			// article_agency_credit.go.)
			continue
		}
		if _, ok := first[k]; !ok {
			first[k] = i
			a.ranked = append(a.ranked, k)
		}
		a.count[k]++
	}
	// The subject of the lead sentence is what the story is about
	// ("Somalia and Ethiopia agreed ... after talks brokered by Turkey").
	a.lead = leadSubjects(d)
	for _, k := range a.lead {
		if _, ok := a.count[k]; ok {
			a.count[k] += 2
		}
	}
	sort.SliceStable(a.ranked, func(i, j int) bool { return a.count[a.ranked[i]] > a.count[a.ranked[j]] })
	return a
}

// mentionOf returns the mention of key nearest before offset off (else
// the first after it), so that a target inferred from the article points
// at a real mention of that actor.
func (a *article) mentionOf(key string, off int) *sitrep.ActorMention {
	if a.byActor == nil {
		// (Asked per trigger, for the dyad, sides and counterparts.)
		a.byActor = map[string][]*sitrep.ActorMention{}
		for i := range a.doc.Actors {
			m := &a.doc.Actors[i]
			a.byActor[actorKey(m)] = append(a.byActor[actorKey(m)], m)
		}
	}
	var best *sitrep.ActorMention
	for _, m := range a.byActor[key] {
		if m.Start > off && best != nil {
			break
		}
		best = m
	}
	return best
}

// dyad returns the article's two main actors, or nil when it has fewer.
func (a *article) dyad(off int) []*sitrep.ActorMention {
	if len(a.ranked) < 2 {
		return nil
	}
	return []*sitrep.ActorMention{a.mentionOf(a.ranked[0], off), a.mentionOf(a.ranked[1], off)}
}

// counterpart returns the article's main actor other than key, when the
// article is about key at all: one of its two main actors. A third party
// (an IGO appealing, a distant capital commenting) gets none here; its
// target must come from its own sentence.
func (a *article) counterpart(key string, off int) *sitrep.ActorMention {
	if len(a.ranked) < 2 || a.domestic() {
		return nil
	}
	switch key {
	case a.ranked[0]:
		return a.mentionOf(a.ranked[1], off)
	case a.ranked[1]:
		return a.mentionOf(a.ranked[0], off)
	}
	return nil
}

// reciprocal reports codes that, between two parties, are coded each way
// (the guide: meet, negotiate, sign, agree a ceasefire, cooperate).
func reciprocal(code string) bool {
	switch {
	case code == "040", code == "041", code == "044", code == "046", code == "057", code == "0871",
		strings.HasPrefix(code, "06") && !strings.HasPrefix(code, "063") && !strings.HasPrefix(code, "064"):
		// (Extradition, 063, and sharing intelligence, 064, go one way:
		// "authorised the sharing of intelligence with the coalition".)
		return true
	}
	return false
}

// groupWords name the two sides of the story as one phrase: "both
// sides", "the two countries", "the parties", "its two allies".
var groupWords = setOf("side", "party", "country", "nation", "neighbour", "neighbor", "government", "capital", "leader", "rival", "ally",
	"minister", "delegation", "president", "army", "military")

// pairWords are the group words that name the two sides with a bare
// "the" when plural ("the parties", "the ministers", "the delegations",
// "the neighbours").
var pairWords = setOf("side", "party", "minister", "delegation", "leader", "neighbour", "neighbor")

// group reports whether argument k names the story's two sides together.
func (s *sent) group(k int) bool {
	if s.loneEach(k) {
		return true
	}
	if !groupWords[s.lemma(k)] {
		return false
	}
	plural := s.endsInS(k)
	for _, c := range s.kids(k) {
		switch s.lemma(c) {
		case "both", "two":
			return true
		case "each":
			// "Each side accused the other": the two sides taken one by
			// one are still the two sides.
			return !plural
		case "the", "all":
			if plural && pairWords[s.lemma(k)] {
				return true
			}
		}
	}
	return false
}

// loneEach reports an "each" standing for the two sides with the verb
// right after it, which the parse hangs on "each" as a participle ("Each
// accused the other", "but each blamed the other on Saturday").
func (s *sent) loneEach(k int) bool {
	v := k + 1
	return s.lemma(k) == "each" && v < s.to && s.head(v) == k && s.rel(v) == "acl" && s.tok(v).UPOS == "VERB"
}

// sentenceCounterpart returns the coded actor of the sentence nearest the
// trigger that is not one of the sources and not of the source's own key,
// and the nearest of the source's key with another code (police and
// protesters of one country).
func (s *sent) sentenceCounterpart(i int, src *sitrep.ActorMention, sources []*sitrep.ActorMention) (other, same *sitrep.ActorMention) {
	d := s.doc
	lo, hi := d.Sentences[s.idx].Start, d.Sentences[s.idx].End
	trig := d.Tokens[i].Start
	srcKey := actorKey(src)
	bestDist, sameDist := 1<<30, 1<<30
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Start < lo || m.End > hi {
			continue
		}
		k := actorKey(m)
		if k == "" || s.inName(m) || s.tellerOnly(m) || s.objectContent(m, i) {
			// (objectContent: targets_object_content.go.)
			continue
		}
		overlap := false
		for _, src := range sources {
			// A co-source ("China, India and Russia flew in aid, and
			// China pledged...") is not the target of the act it shares.
			if m.Start < src.End && src.Start < m.End || actorKey(src) == k && k != srcKey {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		dist := abs(m.Start - trig)
		if !s.inTriggerClause(m, i) && !s.addresseeOfHead(m, i) {
			// An actor in another clause (a speaker, an apposition) is
			// a worse guess than one in the trigger's own clause.
			dist += 1 << 19
		}
		if strings.Contains(m.Entry, "dateline") {
			// Placed only by the dateline ("civilians" in a Brussels
			// story): a last resort.
			dist += 1 << 20
		}
		switch {
		case k != srcKey:
			if dist < bestDist {
				other, bestDist = m, dist
			}
		case m.Code != src.Code:
			if dist < sameDist {
				same, sameDist = m, dist
			}
		}
	}
	return other, same
}

// domestic reports a story about one country's own affairs: its second
// actor is mentioned far less than the first (a foreign reaction to a
// crackdown, a UN appeal in a civil war).
func (a *article) domestic() bool {
	if a.home == 0 {
		a.home = 2
		// A second actor the first paragraph does not name (a UN
		// appeal, a neighbour's comment at the end) is no side of the
		// story either.
		if len(a.ranked) < 2 || a.count[a.ranked[1]]*6 < a.count[a.ranked[0]] || !a.inLead(a.ranked[1]) {
			a.home = 1
		}
	}
	return a.home == 1
}

// arrestingCountry returns the country whose police a story's arrests at
// home are: the dateline's, else the country a story of one country's
// own affairs is about; "" when neither is known.
func (a *article) arrestingCountry() string {
	if a == nil {
		return ""
	}
	if f := a.filedFrom(); f != "" {
		return f
	}
	if len(a.ranked) > 0 && len(a.ranked[0]) == 3 && a.domestic() {
		return a.ranked[0]
	}
	return ""
}

// filedElsewhere reports a story filed from a known place outside
// country c.
func (a *article) filedElsewhere(c string) bool {
	f := a.filedFrom()
	return f != "" && f != c
}

// filedFrom returns the country of the dateline's place ("HONIARA, May 20
// —", first in the story or after its headline line), "" when the story
// has no dateline or the gazetteer does not know the place. It is read
// once.
func (a *article) filedFrom() string {
	if a.filed == "" {
		a.filed = "-"
		d := a.doc
		if len(d.Sentences) > 0 && len(d.Tokens) > 0 {
			first, from := 0, d.Sentences[datelineSentence(d)].Start
			for first < len(d.Tokens) && d.Tokens[first].Start < from {
				first++
			}
			k := first
			for k < len(d.Tokens) && k < first+8 && d.TokenText(k) != "," && d.TokenText(k) != "(" {
				k++
			}
			if k > first && d.DatelineEnd(first, len(d.Tokens)) > first {
				if g, err := geo.Load(); err == nil {
					if p, ok := g.Lookup(d.Text[d.Tokens[first].Start:d.Tokens[k-1].End]); ok && p.Country != "" {
						a.filed = p.Country
					}
				}
			}
		}
	}
	if a.filed == "-" {
		return ""
	}
	return a.filed
}

// inLead reports whether actor key is mentioned in the story's first
// paragraph: the other side of a story is named there.
func (a *article) inLead(key string) bool {
	d := a.doc
	end := leadEnd(d)
	for i := range d.Actors {
		m := &d.Actors[i]
		if m.Start < end && actorKey(m) == key && !strings.Contains(m.Entry, "dateline") {
			return true
		}
	}
	// "China's military staged drills around Taiwan": a country named
	// in the lead as a place (not coded as an actor) is named all the
	// same. (A country, not a city: the dateline's city names nothing.)
	if g, err := geo.Load(); err == nil && len(key) == 3 {
		for _, e := range d.Entities {
			if e.Label != "LOC" || e.Start >= end {
				continue
			}
			if p, ok := g.Lookup(d.Text[e.Start:e.End]); ok && p.Country == key && p.Feature == "PCLI" {
				return true
			}
		}
	}
	return false
}

// sides returns the parties of the story: the dyad, or the one country of
// a domestic story.
func (a *article) sides(off int) []*sitrep.ActorMention {
	if len(a.ranked) == 0 {
		return nil
	}
	if a.domestic() {
		return []*sitrep.ActorMention{a.mentionOf(a.ranked[0], off)}
	}
	return a.dyad(off)
}

// sidesReached returns the sides a third party's act of code with no
// target named reaches: both sides, but for criticism in a story of a
// country and an international body ("Germany called the decision a
// grave mistake", of a country that stops working with U.N. inspectors,
// a crackdown the U.N. deplores), the country alone.
func (a *article) sidesReached(off int, code string) []*sitrep.ActorMention {
	sides := a.sides(off)
	if len(sides) == 2 && seldomCriticised(sides[0], code) != seldomCriticised(sides[1], code) {
		if seldomCriticised(sides[0], code) {
			return sides[1:]
		}
		return sides[:1]
	}
	return sides
}

// seldomCriticised reports criticism (code 11) aimed at an international
// body when the act does not name its target: outsiders seldom disapprove
// of one; they disapprove of the country it deals with.
func seldomCriticised(m *sitrep.ActorMention, code string) bool {
	return code[:2] == "11" && strings.HasPrefix(actorKey(m), "IGO")
}

// about reports a country that is the subject of the story's lead
// sentence ("Montenegro suspended visa-free entry for Turkish citizens"):
// "police detained several Turkish citizens", later in that story from
// Podgorica, are its own police, as the dateline says.
func (a *article) about(country string) bool {
	return country != "" && slices.Contains(a.lead, country)
}

// third reports whether key is an actor of the article outside its dyad.
func (a *article) third(key string) bool {
	if len(a.ranked) == 0 || key == a.ranked[0] {
		return false
	}
	return a.domestic() || key != a.ranked[1]
}

// thirdPartyCode reports codes a third party typically directs at both
// sides at once: comments, appeals, intentions, consultations, praise,
// criticism, demands. (Not threats and warnings: "warned that any
// intervention would be treated as a declaration of war", "said it
// reserved the right to respond" are aimed at one party, mostly one the
// sentence names; a warning guessed at both sides was right in 2 of 20.)
func thirdPartyCode(code string) bool {
	switch code[:2] {
	case "01", "02", "03", "04", "05", "10", "11":
		return true
	}
	return false
}

// placeActor codes an argument the actor coder left uncoded when it names
// a country or a capital ("Kinshasa", "Mogadishu"): a capital standing for
// its government is how news names states. Other places are not actors.
func (s *sent) placeActor(k int) *sitrep.ActorMention {
	d := s.doc
	t := d.Tokens[k]
	start, end := -1, -1
	for _, e := range d.Entities {
		if e.Start <= t.Start && t.End <= e.End {
			start, end = e.Start, e.End
			break
		}
	}
	if start < 0 {
		if t.UPOS != "PROPN" {
			return nil
		}
		start, end = s.span(k)
	}
	key := [2]int{start, end}
	if m, ok := s.art.places[key]; ok {
		return m
	}
	var m *sitrep.ActorMention
	if g, err := geo.Load(); err == nil {
		if p, ok := g.Lookup(d.Text[start:end]); ok && p.Country != "" && (p.Feature == "PCLI" || p.Feature == "PPLC") {
			m = &sitrep.ActorMention{Span: d.MakeSpan(start, end), Code: p.Country, Country: p.Country, Entry: "place: " + p.Name, Ref: -1}
		}
	}
	s.art.places[key] = m
	return m
}

// groupOf reports a phrase about both sides through its modifier: "the
// leaders of both countries", "the commitment of both leaders".
func (s *sent) groupOf(k int) bool {
	for _, c := range s.kids(k) {
		if (s.rel(c) == "nmod" || s.deprel(c) == "nmod:poss") && s.group(c) {
			return true
		}
	}
	return false
}

// modifierActors returns the actors of a phrase whose modifier is a
// coordination of actors: "U.S. and British warplanes", "the military
// governments of Mali, Burkina Faso and Niger". It returns fewer than two
// when the phrase names one actor.
func (s *sent) modifierActors(k int) []*sitrep.ActorMention {
	for _, c := range s.kids(k) {
		r := s.deprel(c)
		if r != "amod" && r != "compound" && r != "nmod" && r != "nmod:poss" {
			continue
		}
		conj := s.conjuncts(c)
		if len(conj) < 2 {
			continue
		}
		var out []*sitrep.ActorMention
		for _, j := range conj {
			if m := s.actorAt(j); m != nil && actorKey(m) != "" && m.Start <= s.tok(j).Start && s.tok(j).End <= m.End {
				out = append(out, m)
			} else if m := s.placeActor(j); m != nil {
				out = append(out, m)
			}
		}
		if out = keyed(out); len(out) > 1 {
			return out
		}
	}
	return nil
}

// leadSubjects returns the actor keys of the first sentence's subject
// (the subject of its first verb that has one naming an actor).
func leadSubjects(d *sitrep.Document) []string {
	if len(d.Sentences) == 0 {
		return nil
	}
	s := newSent(d, 0)
	s.art = emptyArticle(d) // the lead is read before anything is ranked
	for i := s.from; i < s.to; i++ {
		if s.tok(i).UPOS != "VERB" {
			continue
		}
		subj := s.frame(i).subj
		if subj < 0 {
			continue
		}
		var out []string
		for _, k := range s.conjuncts(subj) {
			if m := s.actorAt(k); m != nil && actorKey(m) != "" {
				out = append(out, actorKey(m))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// inName reports a place that is part of a name ("the Ankara
// Declaration", "the Minsk agreements"): a compound on a proper noun
// outside the mention.
func (s *sent) inName(m *sitrep.ActorMention) bool {
	d := s.doc
	last := s.lastTokIn(m.Start, m.End)
	if last < 0 || s.rel(last) != "compound" {
		return false
	}
	h := s.head(last)
	return h >= 0 && s.tok(h).UPOS == "PROPN" && (d.Tokens[h].Start >= m.End || d.Tokens[h].End <= m.Start)
}

// leadEnd returns the byte offset where the story's first paragraph
// ends. A first paragraph that is only the story's date ("Friday, August
// 21, 2015" above a wiki news story) is no lead: the paragraph after it
// is.
func leadEnd(d *sitrep.Document) int {
	end := strings.Index(d.Text, "\n\n")
	if end < 0 {
		return len(d.Text)
	}
	for _, tx := range d.Timexes {
		if tx.Start == 0 && strings.TrimSpace(d.Text[tx.End:end]) == "" {
			if next := strings.Index(d.Text[end+2:], "\n\n"); next >= 0 {
				return end + 2 + next
			}
			return len(d.Text)
		}
	}
	return end
}

// firstTokIn returns the sentence's first token inside mention m, or -1
// when the mention lies outside the sentence.
func (s *sent) firstTokIn(m *sitrep.ActorMention) int {
	if lo, hi := s.tokensIn(m.Start, m.End); lo < hi {
		return lo
	}
	return -1
}

// addresseeOfHead reports mention m as the one written or sent to by the
// verb a participle trigger hangs on ("wrote to King X asking for help",
// "sent the council a letter urging talks"): the request is made of the
// letter's addressee, though he stands outside the participle's clause.
func (s *sent) addresseeOfHead(m *sitrep.ActorMention, i int) bool {
	if s.tok(i).XPOS != "VBG" || s.rel(i) != "advcl" && s.rel(i) != "xcomp" {
		return false
	}
	h, k := s.head(i), s.firstTokIn(m)
	for steps := 0; k >= 0 && s.head(k) != h && steps < 4; steps++ {
		k = s.head(k)
	}
	if k < 0 || h < 0 || s.head(k) != h {
		return false
	}
	return s.rel(k) == "iobj" || s.rel(k) == "obl" && s.caseOf(k) == "to"
}

// inTriggerClause reports a mention inside the trigger's subtree, or its
// head's for a noun trigger ("condemned the *strike* on Kyiv").
func (s *sent) inTriggerClause(m *sitrep.ActorMention, i int) bool {
	tok := s.firstTokIn(m)
	if tok < 0 {
		return true
	}
	anc := i
	if s.tok(i).UPOS != "VERB" {
		if h := s.head(i); h >= 0 {
			anc = h
		}
	}
	return s.hangsUnder(tok, anc)
}
