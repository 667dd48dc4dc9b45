package modelio

import (
	"bufio"
	"bytes"
	"testing"
)

func TestRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	WriteUint(w, 300)
	WriteStr(w, "tagger")
	WriteString32(w, "parse-4")
	w.Flush()
	r := bufio.NewReader(&buf)
	d := &Reader{R: r}
	if d.Uint() != 300 || d.Str() != "tagger" || d.Err != nil {
		t.Fatalf("varint fields: %v", d.Err)
	}
	if s, err := ReadString32(r, 16); err != nil || s != "parse-4" {
		t.Fatalf("%q %v", s, err)
	}
	if d.Uint(); d.Err == nil {
		t.Fatal("reading past the end is not an error")
	}
	var big bytes.Buffer
	bw := bufio.NewWriter(&big)
	WriteString32(bw, "too long for the limit")
	bw.Flush()
	if _, err := ReadString32(bufio.NewReader(&big), 4); err == nil {
		t.Fatal("limit not enforced")
	}
	var cnt bytes.Buffer
	cw := bufio.NewWriter(&cnt)
	WriteUint(cw, 1000)
	cw.Flush()
	d = &Reader{R: bufio.NewReader(&cnt)}
	if d.Count(10) != 0 || d.Err == nil {
		t.Fatal("count limit not enforced")
	}
}
