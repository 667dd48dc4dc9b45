package reader

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	paris := time.FixedZone("", 2*3600)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2024-03-12", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{" 2024-03-12 ", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"2024-03-12T09:30:00Z", time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)},
		{"2024-03-12T09:30:00.250+02:00", time.Date(2024, 3, 12, 9, 30, 0, 250e6, paris)},
		{"2024-03-12T09:30:00+0200", time.Date(2024, 3, 12, 9, 30, 0, 0, paris)},
		{"2024-03-12T09:30:00", time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)},
		{"2024-03-12 09:30:00", time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)},
		{"2024-03-12 09:30", time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)},
		{"2024/03/12", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"20240312", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"Tue, 12 Mar 2024 09:30:00 +0200", time.Date(2024, 3, 12, 9, 30, 0, 0, paris)},
		{"Tue, 12 Mar 2024 09:30:00 GMT", time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)},
		{"March 12, 2024", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"Mar 12, 2024", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"Sept. 3, 2024", time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC)},
		{"March 3rd, 2024", time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"12 March 2024", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"Tuesday, 12 March 2024", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"1710236400", time.Date(2024, 3, 12, 9, 40, 0, 0, time.UTC)},
		// RFC 822 zone names have fixed offsets, whatever the host's zone.
		{"Tue, 12 Mar 2024 23:30:00 EST", time.Date(2024, 3, 12, 23, 30, 0, 0, time.FixedZone("EST", -5*3600))},
		{"Tue, 12 Mar 2024 23:30:00 EDT", time.Date(2024, 3, 12, 23, 30, 0, 0, time.FixedZone("EDT", -4*3600))},
		{"Tue, 12 Mar 2024 08:00:00 PST", time.Date(2024, 3, 12, 8, 0, 0, 0, time.FixedZone("PST", -8*3600))},
		{"2024-03-12 08:00:00 CDT", time.Date(2024, 3, 12, 8, 0, 0, 0, time.FixedZone("CDT", -5*3600))},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		_, off := got.Zone()
		_, wantOff := tt.want.Zone()
		if off != wantOff {
			t.Errorf("parseDate(%q): offset %d, want %d", tt.in, off, wantOff)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "yesterday", "03/04/2024", "2024-13-01", "2024-02-30", "12", "next Tuesday"} {
		if got, err := parseDate(in); err == nil {
			t.Errorf("parseDate(%q) = %v, want an error", in, got)
		}
	}
}

// A zone name is read the same on a machine in New York as on a UTC server:
// time.Parse would take "EST" from the host's zone.
func TestParseDateHostZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	defer func(l *time.Location) { time.Local = l }(time.Local)
	for _, local := range []*time.Location{time.UTC, ny} {
		time.Local = local
		got, err := parseDate("Tue, 12 Mar 2024 23:30:00 EST")
		want := time.Date(2024, 3, 13, 4, 30, 0, 0, time.UTC)
		if err != nil || !got.Equal(want) || got.Format("2006-01-02") != "2024-03-12" {
			t.Errorf("host zone %s: got %s, want %s, published on 2024-03-12", local, got.Format(time.RFC3339), want.Format(time.RFC3339))
		}
	}
}
