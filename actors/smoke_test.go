package actors

import (
	"testing"
	"time"
)

func TestSmoke(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Chinese officials", "a Pentagon spokesperson", "Wang Yi", "Beijing", "NATO", "foreign news agencies", "protesters in Minsk", "Manila", "Philippine coast guard", "ASEAN", "Russian troops", "Ukrainian President Volodymyr Zelensky", "Hamas", "the Kremlin", "the White House", "State Department", "Biden", "Trump", "a foreign ministry spokesperson", "security forces", "Chinese Foreign Minister Wang Yi said"} {
		m, ok := kb.Code(s, time.Date(2022, 5, 1, 0, 0, 0, 0, time.UTC))
		t.Logf("%-40q %v %+v", s, ok, m)
	}
}
