package actors

import (
	"strings"
	"testing"
	"time"
)

// TestUserFileChecks: a user file may start with a byte-order mark, and its
// countries must be ones the knowledge base knows.
func TestUserFileChecks(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"byte-order mark", "\ufeffperson\tJane Roe\tRoe\tUSA\tGOV\tmayor\t2020\n", ""},
		{"mark then comment", "\ufeff# my people\nperson\tJane Roe\tRoe\tUSA\tGOV\tmayor\t2020\n", ""},
		{"unknown country", "person\tJane Roe\tRoe\tURK\tGOV\tmayor\t2020\n", `actors file 1:1: country: "URK" is no country`},
	}
	for _, tt := range tests {
		kb, err := Load(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if m, ok := kb.Code("Jane Roe", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); !ok || m.Code != "USAGOV" {
			t.Errorf("%s: Jane Roe coded %q, want USAGOV", tt.name, m.Code)
		}
	}
}

// TestCodePhraseModifiers: KB.Code reads its text as one noun phrase, so an
// unknown lowercase modifier keeps the country ("Russian customs
// officials" RUSGOV, not GOV), though no tagger has run.
func TestCodePhraseModifiers(t *testing.T) {
	kb := testKB(t)
	at := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ in, want string }{
		{"Russian customs officials", "RUSGOV"},
		{"Chinese coast guard", "CHNCOP"},
	} {
		m, _ := kb.Code(tt.in, at)
		if m.Code != tt.want {
			t.Errorf("Code(%q) = %q, want %q", tt.in, m.Code, tt.want)
		}
	}
}
