package actors

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// gapWindow is the span the coverage check asks about: someone must hold the
// office on at least one day of 2023–2025 for the country to count as
// covered.
var gapWindow = [2]time.Time{day("2023-01-01"), day("2026-01-01")}

// coveredIn reports whether a person row's role overlaps the gap window.
func coveredIn(e *Entry) bool {
	return (e.Start.IsZero() || e.Start.Before(gapWindow[1])) && (e.End.IsZero() || e.End.After(gapWindow[0]))
}

// officeOf files a person row under the office the gap check asks about,
// or "" for offices it does not track.
func officeOf(e *Entry) string {
	r := strings.ToLower(e.Role)
	switch {
	case strings.Contains(r, "foreign") && !strings.Contains(r, "spokes"), r == "secretary of state":
		return "foreign"
	case strings.Contains(r, "defence"), strings.Contains(r, "defense"), r == "secretary of war":
		return "defence"
	case e.Sector == "GOV" && (strings.Contains(r, "president") && !strings.Contains(r, "vice") || leaderRoles[r]):
		return "leader"
	}
	return ""
}

// leaderRoles are the offices, other than a presidency, that lead a state
// or its government.
var leaderRoles = map[string]bool{
	"king": true, "emir": true, "sultan": true, "prince": true, "pope": true,
	"leader": true, "junta leader": true, "head of government": true,
	"prime minister": true, "premier": true, "chancellor": true,
	"taoiseach": true, "chief adviser": true, "minister of state": true,
	"captain regent": true,
}

// kbGaps lists, for every sovereign state, which kinds of knowledge-base
// row it has none of: an adjective, a capital, a legislature or other
// institution, someone leading it, a foreign and a defence minister in
// office in 2023–2025.
func kbGaps(kb *KB) map[string][]string {
	skip := map[string]bool{}
	for _, c := range notSovereign {
		skip[c] = true
	}
	has := map[string]map[string]bool{}
	mark := func(c, what string) {
		if has[c] == nil {
			has[c] = map[string]bool{}
		}
		has[c][what] = true
	}
	for i := range kb.Entries() {
		e := &kb.Entries()[i]
		switch e.Kind {
		case KindCountry:
			if !skip[e.Country] {
				mark(e.Country, "country")
			}
		case KindAdjective:
			mark(e.Country, "adjective")
		case KindCapital:
			mark(e.Country, "capital")
		case KindInstitution:
			mark(e.Country, "institution")
		case KindPerson:
			if o := officeOf(e); o != "" && coveredIn(e) {
				mark(e.Country, o)
			}
		}
	}
	gaps := map[string][]string{}
	for c, h := range has {
		if !h["country"] {
			continue
		}
		for _, w := range []string{"adjective", "capital", "institution", "leader", "foreign", "defence"} {
			if !h[w] {
				gaps[c] = append(gaps[c], w)
			}
		}
	}
	return gaps
}

// TestKBGapsReport prints what each state lacks when KBGAPS=1 is set
// (go test ./actors/ -run KBGaps -v); it is a worklist, not a check.
func TestKBGapsReport(t *testing.T) {
	if os.Getenv("KBGAPS") == "" {
		t.Skip("set KBGAPS=1 to list the gaps")
	}
	gaps := kbGaps(testKB(t))
	var cs []string
	for c := range gaps {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	count := map[string]int{}
	for _, c := range cs {
		t.Logf("%s %s: %s", c, testKB(t).CountryName(c), strings.Join(gaps[c], " "))
		for _, w := range gaps[c] {
			count[w]++
		}
	}
	t.Logf("states lacking: %v", count)
}
