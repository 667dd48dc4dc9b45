package coder_test

import (
	"testing"

	"sitrep/coder"
)

// homeVisitStories tell of a leader's trip to a town or region of their
// own country, in stories whose other side is a neighbour: the neighbour
// hosts no one (eleventh session, host15). Made-up stories.
var homeVisitStories = []story{
	{"a town the gazetteer places at home",
		"KINSHASA, June 2 (Sitrep) — Congo accused Rwanda on Monday of backing the M23 rebels. President Felix Tshisekedi said he would visit Goma next week if the fighting eased.",
		[]string{"COD>RWA 112"}, []string{"COD>RWA 042", "RWA>COD 043"}},
	{"a region owned by the visitor's country",
		"ABUJA, June 2 (Sitrep) — Nigeria and Niger traded accusations on Monday over cross-border raids. Niger's officials mocked Tinubu's visit last month to Nigeria's Borno state, which he had called a model of security.",
		nil, []string{"NGA>NER 042", "NER>NGA 043"}},
}

// foreignVisitStories keep the host of a trip abroad.
var foreignVisitStories = []story{
	{"a capital abroad",
		"KINSHASA, June 2 (Sitrep) — Congo accused Rwanda on Monday of backing the M23 rebels. President Felix Tshisekedi said he would visit Kigali next week if the fighting eased.",
		[]string{"COD>RWA 042", "RWA>COD 043"}, nil},
}

// TestHomeVisit runs the stories through the whole pipeline.
func TestHomeVisit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, homeVisitStories)
	runStories(t, p, foreignVisitStories)
}

// TestHomeVisitOff: with the rule off, the neighbour comes back as host.
func TestHomeVisitOff(t *testing.T) {
	comesBackWithout(t, coder.HomeVisit, homeVisitStories)
}
