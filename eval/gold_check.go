package eval

import (
	"fmt"
	"strings"

	"sitrep"
	"sitrep/cameo"
)

// CheckGoldEvents tells the first way an article's hand-coded events break
// the gold format, as "events[i].field: what is wrong", or nil. A file
// that breaks it would otherwise be scored silently wrong: an event
// without a target scores as one with none, a misspelt status never
// agrees, a repeated event counts twice. The rules are the README's:
// source and target are three or more capital letters (a country, an IGO
// or a full CAMEO actor code), target "-" for none; cameo is a known code
// of three or four digits; status one of sitrep.Statuses; date YYYY, YYYY-MM or
// YYYY-MM-DD and a real date; no two events share (source, target,
// cameo, date). The trigger is for readers and is not checked.
func CheckGoldEvents(evs []GoldEvent) error {
	seen := map[[4]string]int{}
	for i, e := range evs {
		field := func(name, format string, a ...any) error {
			return fmt.Errorf("events[%d].%s: %s", i, name, fmt.Sprintf(format, a...))
		}
		if e.Source == "" {
			return field("source", "missing")
		}
		if !actorCode(e.Source) {
			return field("source", "%q is no country, IGO or CAMEO actor code", e.Source)
		}
		switch {
		case e.Target == "":
			return field("target", `missing (write "-" for no target)`)
		case e.Target != "-" && !actorCode(e.Target):
			return field("target", `%q is no country, IGO or CAMEO actor code, nor "-"`, e.Target)
		}
		switch {
		case e.CAMEO == "":
			return field("cameo", "missing")
		case !digits(e.CAMEO) || len(e.CAMEO) < 3 || len(e.CAMEO) > 4:
			return field("cameo", "%q is not three or four digits", e.CAMEO)
		}
		if _, ok := cameo.Lookup(e.CAMEO); !ok {
			return field("cameo", "%q is no CAMEO code", e.CAMEO)
		}
		switch {
		case e.Status == "":
			return field("status", "missing")
		case !sitrep.ValidStatus(e.Status):
			return field("status", "%q is not one of %s", e.Status, strings.Join(sitrep.Statuses, ", "))
		}
		if e.Date == "" {
			return field("date", "missing")
		}
		if err := CheckGoldDate(e.Date); err != nil {
			return field("date", "%v", err)
		}
		k := [4]string{e.Source, e.Target, e.CAMEO, e.Date}
		if j, ok := seen[k]; ok {
			return fmt.Errorf("events[%d]: same source, target, cameo and date as events[%d]", i, j)
		}
		seen[k] = i
	}
	return nil
}

// CheckGoldDate tells whether s is a date of the gold format: YYYY,
// YYYY-MM or YYYY-MM-DD, and a day that exists.
func CheckGoldDate(s string) error {
	if n := len(s); n != 4 && n != 7 && n != 10 || !digits(strings.ReplaceAll(s, "-", "")) {
		return fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if _, _, err := sitrep.ParsePartialDate(s); err != nil {
		return fmt.Errorf("%q is no date", s)
	}
	return nil
}

func actorCode(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
