package actors

import (
	"strings"
	"testing"
)

// TestPairedAdjectives: country adjectives coordinated before one noun
// ("Dutch and Belgian diplomats") are a mention each, with the noun's
// sector; a lone adjective and a phrase whose first word is no country
// adjective are left as they were. Made-up sentences.
func TestPairedAdjectives(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"two adjectives on one noun",
			"Ukrainian and Russian negotiators met in Istanbul.",
			[]string{"Ukrainian=UKRGOV", "Russian negotiators=RUSGOV"}, nil},
		{"after both",
			"Washington spoke with both Syrian and Israeli officials.",
			[]string{"Syrian=SYRGOV", "Israeli officials=ISRGOV"}, nil},
		{"a list with commas",
			"British, French and German diplomats left Niamey.",
			[]string{"British=GBRGOV", "French=FRAGOV", "German diplomats=DEUGOV"}, nil},
		{"one adjective only",
			"Russian negotiators met in Istanbul.",
			[]string{"Russian negotiators=RUSGOV"}, []string{"Ukrainian="}},
		{"the same country twice is one mention",
			"Russian and Russian negotiators met.",
			[]string{"Russian negotiators=RUSGOV"}, []string{"Russian=RUSGOV"}},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-05-28")
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		g := got(doc)
		for _, w := range tt.want {
			if !strings.Contains(g, w) {
				t.Errorf("%s: got %s, want %s", tt.name, g, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(g, w) {
				t.Errorf("%s: got %s, want no %s", tt.name, g, w)
			}
		}
	}
}
