package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/shareddata"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">20240314</TIMEX3></DCT>
<TEXT>
Talks &amp; trade resumed <TIMEX3 tid="t1" type="DATE" value="2024-03-12" functionInDocument="NONE">on Tuesday</TIMEX3>, &#233;lite officials said, for <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="APPROX" functionInDocument="NONE">about three years</TIMEX3>.
</TEXT>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	d, err := ReadTimeML(strings.NewReader(sampleTML), "x.tml")
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || d.DCT != "2024-03-14" {
		t.Fatalf("id %q dct %q", d.ID, d.DCT)
	}
	want := []struct{ text, typ, value, mod string }{
		{"on Tuesday", "DATE", "2024-03-12", ""},
		{"about three years", "DURATION", "P3Y", "APPROX"},
	}
	if len(d.Timexes) != len(want) {
		t.Fatalf("got %d timexes, want %d", len(d.Timexes), len(want))
	}
	for i, w := range want {
		g := d.Timexes[i]
		if got := d.Text[g.Start:g.End]; got != w.text || g.Type != w.typ || g.Value != w.value || g.Mod != w.mod {
			t.Errorf("timex %d: %q %s %s %s, want %+v", i, got, g.Type, g.Value, g.Mod, w)
		}
	}
	if !strings.Contains(d.Text, "Talks & trade") || !strings.Contains(d.Text, "élite") {
		t.Errorf("entities not decoded: %q", d.Text)
	}
	doc := d.Document()
	if doc.Published.Format("2006-01-02") != "2024-03-14" {
		t.Errorf("published %v", doc.Published)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"no text", `<TimeML><DOCID>a</DOCID></TimeML>`, "no TEXT"},
		{"bad xml", "<TimeML>\n<TEXT>a <b></TEXT>", "bad.tml:2"},
		{"nested", `<TimeML><TEXT><TIMEX3 tid="t1"><TIMEX3 tid="t2">x</TIMEX3></TIMEX3></TEXT></TimeML>`, "nested"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTimeML(strings.NewReader(tc.in), "bad.tml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestReadTimeMLGold checks every TBAQ file: gold spans must be non-empty
// stretches of the text without surrounding blanks.
func TestReadTimeMLGold(t *testing.T) {
	dir := shareddata.Need(t, "data/tempeval3-tbaq")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ReadTimeML(strings.NewReader(string(b)), f)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := ParseDCT(d.DCT); !ok {
			t.Errorf("%s: DCT %q", f, d.DCT)
		}
		for _, g := range d.Timexes {
			s := d.Text[g.Start:g.End]
			if s == "" || strings.TrimSpace(s) != s {
				t.Errorf("%s %s: span %q", f, g.TID, s)
			}
			n++
		}
	}
	if n < 1800 {
		t.Errorf("read %d gold timexes, want about 1,822", n)
	}
}

func FuzzReadTimeML(f *testing.F) {
	f.Add(sampleTML)
	f.Add(`<TimeML><TEXT>a<TIMEX3 tid="t1">b</TIMEX3></TEXT></TimeML>`)
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ReadTimeML(strings.NewReader(in), "f.tml")
		if err != nil {
			return
		}
		for _, g := range d.Timexes {
			if g.Start < 0 || g.End < g.Start || g.End > len(d.Text) {
				t.Fatalf("span %d:%d outside text of %d bytes", g.Start, g.End, len(d.Text))
			}
		}
	})
}
