package actors

import (
	"strings"
	"testing"
	"time"
)

func TestLoadEmbedded(t *testing.T) {
	kb := testKB(t)
	counts := map[Kind]int{}
	for _, e := range kb.Entries() {
		counts[e.Kind]++
	}
	for k, min := range map[Kind]int{KindCountry: 240, KindAdjective: 200, KindCapital: 200, KindCity: 900, KindOrg: 80, KindInstitution: 90, KindNoun: 50, KindPerson: 800} {
		if counts[k] < min {
			t.Errorf("%d %s entries, want at least %d", counts[k], k, min)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"planet\tMars\t\tMRS", "f.tsv:1: kind: unknown kind \"planet\""},
		{"# c\ncountry\t\t\tFRA", "f.tsv:2: name: empty"},
		{"country\tFrance\t\tFrance", "f.tsv:1: country: \"France\" is not an ISO 3166 alpha-3 code"},
		{"noun\tofficial\t\t\tgov", "f.tsv:1: sector: \"gov\" is not a code"},
		{"person\tX Y\t\tUSA\tGOV\tp\t2020-13-01", "f.tsv:1: start: \"2020-13-01\" is not a date"},
		{"person\tX Y\t\tUSA\tGOV\tp\t2020\t2019", "f.tsv:1: end: 2019 is not after start 2020"},
		{"person\tX Y\t\tUSA\tGOV\tp\t\t\t\textra", "f.tsv:1: 10 columns, want at most 9"},
		{"person\tX Y", "f.tsv:1: country: a person needs a country or a code"},
		{"org\tX\t\t\tIGO\t\t\t\tigo", "f.tsv:1: code: \"igo\" is not a code"},
		{"country\tFr\xffance\t\tFRA", "f.tsv:1: invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := parse(strings.NewReader(tt.in), "f.tsv", nil)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parse(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestParseRow(t *testing.T) {
	es, err := parse(strings.NewReader("person\tJane Roe\tRoe| J. Roe \tUSA\tGOV\tmayor\t2020-03\t2021\n"), "f.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	e := es[0]
	if e.Name != "Jane Roe" || strings.Join(e.Aliases, ",") != "Roe,J. Roe" || e.Code() != "USAGOV" || e.Role != "mayor" {
		t.Errorf("got %+v", e)
	}
	if !e.Start.Equal(day("2020-03-01")) || !e.End.Equal(day("2022-01-01")) {
		t.Errorf("dates %v %v: a year as end date means the end of that year", e.Start, e.End)
	}
}

func TestLoadExtra(t *testing.T) {
	user := "# my actors\nperson\tJane Roe\tRoe\tGBR\tGOV\tmayor\t2020\nperson\tPutin\t\tRUS\tELI\tnickname\n"
	kb, err := Load(strings.NewReader(user))
	if err != nil {
		t.Fatal(err)
	}
	at := day("2024-01-01")
	if m, ok := kb.Code("Mayor Jane Roe", at); !ok || m.Code != "GBRGOV" {
		t.Errorf("user row: got %+v", m)
	}
	// A user row for a known name is tried first.
	if m, ok := kb.Code("Putin", at); !ok || m.Code != "RUSELI" {
		t.Errorf("user override: got %+v", m)
	}
	if _, err := Load(strings.NewReader("bad\trow")); err == nil || !strings.Contains(err.Error(), "actors file 1:1") {
		t.Errorf("bad user file: error %v, want one naming actors file 1:1", err)
	}
}

func TestLookupCountry(t *testing.T) {
	kb := testKB(t)
	tests := map[string]string{
		"China": "CHN", "chinese": "CHN", "Beijing": "CHN", "Kyiv": "UKR", "Kiev": "UKR", "Ukrainian": "UKR",
		"United States": "USA", "U.S.": "USA", "American": "USA", "Washington": "USA", "Philippine": "PHL",
		"Filipino": "PHL", "Manila": "PHL", "Tehran": "IRN", "Burma": "MMR", "Congolese": "COD", "DRC": "COD",
		"Ivory Coast": "CIV", "Kharkiv": "UKR", "Gaza": "PSE", "Moscow": "RUS", "Britain": "GBR", "Saudi": "SAU",
		"Türkiye": "TUR", "Dominican": "DOM",
	}
	for name, want := range tests {
		if got, ok := kb.LookupCountry(name); !ok || got != want {
			t.Errorf("LookupCountry(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if got, ok := kb.LookupCountry("Atlantis"); ok {
		t.Errorf("LookupCountry(Atlantis) = %q", got)
	}
	if kb.CountryName("UKR") != "Ukraine" {
		t.Errorf("CountryName(UKR) = %q", kb.CountryName("UKR"))
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"official": "officials", "spokesperson": "spokespeople", "spokesman": "spokesmen", "militia": "militias",
		"army": "armies", "police": "police", "foreign minister": "foreign ministers", "business": "businesses",
		"attorney": "attorneys", "media": "media",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordSpans(t *testing.T) {
	text := `"Russia's troops," said U.S. officials (in Kyiv).`
	var got []string
	for _, sp := range wordSpans(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := `" Russia 's troops , " said U.S. officials ( in Kyiv ) .`
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestEntryActive(t *testing.T) {
	e := Entry{Start: day("2020-01-01"), End: day("2021-01-01")}
	for d, want := range map[string]bool{"2019-12-31": false, "2020-01-01": true, "2020-12-31": true, "2021-01-01": false} {
		if e.active(day(d)) != want {
			t.Errorf("active(%s) = %v", d, !want)
		}
	}
	if e.distance(day("2022-01-01")) <= e.distance(day("2021-06-01")) {
		t.Error("distance does not grow after the end")
	}
	if e.distance(day("2020-06-01")) != 0 || new(Entry).distance(time.Now()) != 0 {
		t.Error("distance inside the role is not zero")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("person\tJane Roe\tRoe\tUSA\tGOV\tmayor\t2020\t2021\n")
	f.Add("country\tFrance\tLa France\tFRA\n# c\n\n")
	f.Add("org\tNATO\t\t\tIGO\t\t\t\tIGOWSTNAT")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := parse(strings.NewReader(s), "fuzz.tsv", nil)
		if err != nil {
			return
		}
		kb := newKB()
		for _, e := range es {
			kb.add(e)
		}
		kb.Code(s, time.Time{})
	})
}

func FuzzCode(f *testing.F) {
	f.Add("Chinese foreign ministry spokesperson Mao Ning said")
	f.Add("protesters in Minsk")
	f.Add("the 's 's Russia's")
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := testKB(t).Code(s, time.Time{})
		if ok && (m.Start < 0 || m.End > len(s) || m.Start >= m.End) {
			t.Fatalf("span %d:%d in %d bytes", m.Start, m.End, len(s))
		}
	})
}
