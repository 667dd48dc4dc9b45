package actors

import "time"

// outOfOffice switches off the rule that a person whose last government
// or military role ended before the story's date is coded a former leader
// (ELI) rather than by that role; tests turn it off to show its effect.
var outOfOffice = true

// personMatch codes a person's row at the scanner's date. pick takes the
// role nearest the date when none covers it; a GOV or MIL role that ended
// before the date is no longer held, so its holder is coded ELI (the
// docs' "people out of office: ELI"): "Former Prime Minister Fumio Kishida"
// in 2025 is JPNELI, not JPNGOV. IGO, OPP and other sectors stay, and so
// do rows with a code of their own (PSEGOVHMS). A week's grace keeps the
// office in the stories of a death in office, whose row ends that day
// ("President Ebrahim Raisi had died", dated the day he died).
const outOfOfficeGrace = 7 * 24 * time.Hour

func (s *scanner) personMatch(e *Entry) Match {
	m := Match{Code: e.Code(), Country: e.Country, Sector: e.Sector, Entry: e.Name, Role: e.Role, Person: true}
	if outOfOffice && e.code == "" && (e.Sector == "GOV" || e.Sector == "MIL") &&
		!s.at.IsZero() && !e.End.IsZero() && !s.at.Before(e.End.Add(outOfOfficeGrace)) {
		m.Sector = "ELI"
		m.Code = e.Country + "ELI"
	}
	return m
}
