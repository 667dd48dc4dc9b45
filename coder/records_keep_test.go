package coder

import (
	"slices"
	"testing"

	"sitrep"
)

// TestKeepEvents: a drop at the first, a middle or the last record,
// dropping every record and dropping none (review21 finding 5). keep is
// asked by index into the original slice, which the kept records must
// not disturb, and with nothing dropped the slice itself comes back.
func TestKeepEvents(t *testing.T) {
	evs := []sitrep.Event{{CAMEO: "010"}, {CAMEO: "020"}, {CAMEO: "030"}, {CAMEO: "040"}}
	for _, c := range []struct {
		name string
		drop []int
		want []string
	}{
		{"none", nil, []string{"010", "020", "030", "040"}},
		{"first", []int{0}, []string{"020", "030", "040"}},
		{"middle", []int{2}, []string{"010", "020", "040"}},
		{"last", []int{3}, []string{"010", "020", "030"}},
		{"first and last", []int{0, 3}, []string{"020", "030"}},
		{"all", []int{0, 1, 2, 3}, nil},
	} {
		in := slices.Clone(evs)
		var asked []int
		out := keepEvents(in, func(i int) bool {
			asked = append(asked, i)
			// keep may read any record of the original: it must still
			// be the one it was.
			if in[i].CAMEO != evs[i].CAMEO {
				t.Errorf("%s: record %d changed to %s while keeping", c.name, i, in[i].CAMEO)
			}
			return !slices.Contains(c.drop, i)
		})
		var got []string
		for _, e := range out {
			got = append(got, e.CAMEO)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
		}
		if !slices.Equal(asked, []int{0, 1, 2, 3}) {
			t.Errorf("%s: keep asked of %v, want each record once in order", c.name, asked)
		}
		if len(c.drop) == 0 && &out[0] != &in[0] {
			t.Errorf("%s: nothing dropped, want the slice itself back", c.name)
		}
	}
}
