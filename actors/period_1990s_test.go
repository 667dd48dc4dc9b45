package actors

import (
	"strings"
	"testing"
)

// The knowledge base's 1990s: people coded by their office at the story's
// date (and by what they were after it), states that ended, and capitals
// and seats that change code with the date. Sentences are made up.
func TestNineties(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct {
		text, at, code, entry string
	}{
		{"Yeltsin", "1995-03-01", "RUSGOV", "Boris Yeltsin"},
		{"Yeltsin", "2005-03-01", "RUSELI", "Boris Yeltsin"},
		{"President Boris Yeltsin", "1993-10-04", "RUSGOV", "Boris Yeltsin"},
		{"Gorbachev", "1990-08-15", "SUNGOV", "Mikhail Gorbachev"},
		{"Gorbachev", "1995-01-01", "RUSELI", "Mikhail Gorbachev"},
		{"Primakov", "1997-06-01", "RUSGOV", "Yevgeny Primakov"},
		{"Moscow", "1990-08-15", "SUNGOV", ""},
		{"Moscow", "2005-03-01", "RUSGOV", ""},
		{"the Kremlin", "1990-08-15", "SUNGOV", "Kremlin"},
		{"the Kremlin", "2000-01-01", "RUSGOV", "Kremlin"},
		{"Soviet troops", "1989-02-01", "SUNMIL", ""},
		{"the Soviet Union", "1990-08-15", "SUN", ""},
		{"Belgrade", "1995-11-01", "YUGGOV", ""},
		{"Belgrade", "2010-11-01", "SRBGOV", ""},
		{"Yugoslav army", "1999-04-01", "YUGMIL", ""},
		{"Milosevic", "1995-11-01", "SRBGOV", "Slobodan Milosevic"},
		{"Milosevic", "1999-04-01", "YUGGOV", "Slobodan Milosevic"},
		{"Prague", "1990-06-01", "CSKGOV", ""},
		{"Prague", "2000-06-01", "CZEGOV", ""},
		{"East German police", "1989-10-01", "DDRCOP", ""},
		{"Zairean soldiers", "1996-11-01", "CODMIL", ""},
		{"King Hussein", "1990-08-15", "JORGOV", "King Hussein"},
		{"Kohl", "1995-01-01", "DEUGOV", "Helmut Kohl"},
		{"Kohl", "2005-01-01", "DEUELI", "Helmut Kohl"},
		{"Albright", "1998-08-10", "USAGOV", "Madeleine Albright"},
		{"Boutros-Ghali", "1994-05-01", "IGOUNO", "Boutros Boutros-Ghali"},
		{"Prime Minister John Major", "1995-06-01", "GBRGOV", "John Major"},
		// a surname two office-holders share goes by the date
		{"Kabila", "1998-08-01", "CODGOV", "Laurent Kabila"},
		{"Kabila", "2010-08-01", "CODGOV", "Joseph Kabila"},
		{"Hariri", "1996-05-01", "LBNGOV", "Rafik Hariri"},
		{"Hariri", "2010-05-01", "LBNGOV", "Saad Hariri"},
		{"Netanyahu", "1994-05-01", "ISROPP", "Benjamin Netanyahu"},
	} {
		m, ok := kb.Code(c.text, day(c.at))
		if !ok || m.Code != c.code {
			t.Errorf("%q on %s: got %q (%v), want %s", c.text, c.at, m.Code, ok, c.code)
			continue
		}
		if c.entry != "" && !strings.Contains(m.Entry, c.entry) {
			t.Errorf("%q on %s: entry %q, want %s", c.text, c.at, m.Entry, c.entry)
		}
	}
}

func TestNinetiesOrgs(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct{ text, at, code string }{
		{"the Organization of African Unity", "1998-02-27", "IGOAFRAU"},
		{"UNSCOM", "1998-03-05", "IGOUNO"},
		{"the Khmer Rouge", "1997-06-01", "KHMREB"},
		{"the Kosovo Liberation Army", "1998-07-01", "XKXREB"},
		{"the European Community", "1991-07-01", "IGOEUREEC"},
	} {
		if m, ok := kb.Code(c.text, day(c.at)); !ok || m.Code != c.code {
			t.Errorf("%q on %s: got %q (%v), want %s", c.text, c.at, m.Code, ok, c.code)
		}
	}
}

// A 1990s office-holder's bare surname must not code a later namesake:
// the matcher falls back to a person's nearest role outside every range,
// so such surnames are no aliases of the 1990s rows.
func TestNinetiesSurnamesSpareNamesakes(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct{ text, at, notEntry string }{
		{"Fujimori", "2021-06-06", "Alberto Fujimori"},
		{"Thomas de Maizière", "2015-09-01", "Lothar de Maiziere"},
		{"Isabel dos Santos", "2020-01-20", "Jose Eduardo dos Santos"},
		{"Menem", "2024-03-01", "Carlos Menem"},
		{"Hashimoto", "2021-02-18", "Ryutaro Hashimoto"},
		{"Rabbani", "2017-05-01", "Burhanuddin Rabbani"},
		{"John Paul Jones", "2020-01-01", "Pope John Paul II"},
		{"Powell", "2024-03-01", "Colin Powell"},
		// and modern rows' surnames that name other things
		{"the Golani Brigade", "2024-01-10", "Ahmed al-Sharaa"},
		{"Bondi Beach", "2025-12-15", "Pam Bondi"},
		{"Chapo", "2025-03-01", "Daniel Chapo"},
	} {
		if m, ok := kb.Code(c.text, day(c.at)); ok && strings.Contains(m.Entry, c.notEntry) {
			t.Errorf("%q on %s coded as %s (%s)", c.text, c.at, m.Code, m.Entry)
		}
	}
	// Later roles are the ones a modern story means.
	for _, c := range []struct{ text, at, code, entry string }{
		{"Bemba", "2023-06-01", "CODMIL", "Jean-Pierre Bemba"},
		{"Hariri", "2007-01-01", "LBNOPP", "Saad Hariri"},
		{"Sinwar", "2025-02-01", "PSEREBHMS", "Mohammed Sinwar"},
		{"Tshisekedi", "2011-12-01", "CODOPP", "Etienne Tshisekedi"},
		// namesakes of the modern rows, told apart by the date
		{"Sharaa", "2012-06-01", "SYRGOV", "Farouk al-Sharaa"},
		{"Sharaa", "2025-06-01", "SYRGOVHTS", "Ahmed al-Sharaa"},
		{"Koizumi", "2025-11-01", "JPNMIL", "Shinjiro Koizumi"},
		{"Koizumi", "2003-01-01", "JPNGOV", "Junichiro Koizumi"},
		{"Cheney", "2021-05-01", "USALEG", "Liz Cheney"},
		{"Vance", "2025-06-01", "USAGOV", "JD Vance"},
		{"Vance", "2015-06-01", "USAJUD", "Cyrus Vance"},
		{"Berdimuhamedow", "2015-06-01", "TKMGOV", "Gurbanguly"},
		{"Berdimuhamedow", "2024-06-01", "TKMGOV", "Serdar"},
	} {
		m, ok := kb.Code(c.text, day(c.at))
		if !ok || m.Code != c.code || !strings.Contains(m.Entry, c.entry) {
			t.Errorf("%q on %s: got %q %q (%v), want %s %s", c.text, c.at, m.Code, m.Entry, ok, c.code, c.entry)
		}
	}
}
