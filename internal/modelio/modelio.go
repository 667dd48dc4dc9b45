// Package modelio holds the small framing helpers that the model files of
// the tagger, lemmatizer, parser and entity recogniser share: varint
// fields read with the first error kept, and strings prefixed by their
// length.
package modelio

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Reader decodes varint-framed fields, keeping the first error so that a
// decoder can read a whole header and check once.
type Reader struct {
	R   *bufio.Reader
	Err error
}

// Fail records err unless an earlier error is recorded.
func (d *Reader) Fail(err error) {
	if d.Err == nil {
		d.Err = err
	}
}

// Uint reads a varint.
func (d *Reader) Uint() uint64 {
	if d.Err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.R)
	if err != nil {
		d.Fail(fmt.Errorf("truncated: %w", err))
	}
	return v
}

// Count reads a varint that must not exceed limit.
func (d *Reader) Count(limit int) int {
	v := d.Uint()
	if v > uint64(limit) {
		d.Fail(fmt.Errorf("implausible count %d", v))
		return 0
	}
	return int(v)
}

// Str reads a varint-length-prefixed string of at most 64 KB.
func (d *Reader) Str() string {
	n := d.Count(1 << 16)
	if d.Err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.R, b); err != nil {
		d.Fail(fmt.Errorf("truncated: %w", err))
		return ""
	}
	return string(b)
}

// WriteUint writes a varint.
func WriteUint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// WriteStr writes a varint-length-prefixed string (read by Reader.Str).
func WriteStr(w *bufio.Writer, s string) {
	WriteUint(w, uint64(len(s)))
	w.WriteString(s)
}

// WriteString32 writes a string prefixed by its length as a little-endian
// uint32.
func WriteString32(w *bufio.Writer, s string) {
	binary.Write(w, binary.LittleEndian, uint32(len(s)))
	w.WriteString(s)
}

// ReadString32 reads a string written by WriteString32 of at most max
// bytes.
func ReadString32(r *bufio.Reader, max uint32) (string, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return "", err
	}
	if n > max {
		return "", errors.New("string too long")
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", err
	}
	return string(b), nil
}
