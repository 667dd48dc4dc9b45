package actors

import "testing"

// TestCoderHeadlineCountry: in a story filed from one country about
// another, the headline's one country, not the dateline's, gives the
// untitled officials, forces and police their country; a headline that names the
// dateline's country, or two countries, keeps the dateline's.
func TestCoderHeadlineCountry(t *testing.T) {
	c := NewCoder(testKB(t))
	const text = "NAIROBI, March 3 (Sitrep) - The president said the army would stay. Police made arrests."
	tests := []struct {
		name, title, want string
	}{
		{"one other country", "Floods sweep across Burundi",
			"president=BDIGOV; army=BDIMIL; Police=BDICOP"},
		{"its people or bodies", "Burundian leader declares emergency",
			"president=BDIGOV; army=BDIMIL; Police=BDICOP"},
		{"the dateline's country too", "Kenya sends aid to Burundi",
			"president=KENGOV; army=KENMIL; Police=KENCOP"},
		{"two other countries", "Burundi and Rwanda close the border",
			"president=KENGOV; army=KENMIL; Police=KENCOP"},
		{"officials of no country", "Junta chief sacks ministers in Burundi",
			"president=KENGOV; army=KENMIL; Police=KENCOP"},
		{"an organisation is no country", "ECOWAS envoys arrive",
			"president=KENGOV; army=KENMIL; Police=KENCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := makeDoc(t, text, "2024-03-03")
			doc.Title = tt.title
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			if g := got(doc); g != tt.want {
				t.Errorf("title %q:\n got  %s\n want %s", tt.title, g, tt.want)
			}
		})
	}
}

// TestCoderHeadlineHub: a story from a news hub that names other
// countries' actors but nothing of the hub's drops the headline's country
// with the dateline's: the leaders may be any of them.
func TestCoderHeadlineHub(t *testing.T) {
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "DUBAI, March 3 (Sitrep) - The leaders said Rwanda and Tanzania would help.", "2024-03-03")
	doc.Title = "Floods sweep across Burundi"
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g, want := got(doc), "leaders=GOV; Rwanda=RWA; Tanzania=TZA"; g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}
