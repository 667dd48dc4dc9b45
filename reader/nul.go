package reader

import (
	"fmt"
	"strings"

	"sitrep"
)

// A NUL character is refused in every field of an article: PostgreSQL
// cannot store one in text, so it would fail a whole batch of a store, and
// no news text needs one. isBinary sees only a file's first bytes; these
// checks see every field.

// nulField returns the first field of doc that holds a NUL character and
// the byte offset of that character in it, or "" and -1.
func nulField(doc *sitrep.Document) (string, int) {
	for _, f := range []struct{ name, s string }{
		{"id", doc.ID}, {"url", doc.URL}, {"title", doc.Title}, {"source", doc.Source}, {"text", doc.Text},
	} {
		if i := strings.IndexByte(f.s, 0); i >= 0 {
			return f.name, i
		}
	}
	return "", -1
}

func nulMessage(at int) string {
	return fmt.Sprintf("NUL character (\\u0000) at byte %d", at)
}

// refuseNUL wraps emit so that an article holding a NUL becomes an error
// item naming the file, the article's line or item when the reader gave
// one, and the field; readers that know the NUL's own line check first.
func refuseNUL(path string, emit func(Item) error) func(Item) error {
	return func(it Item) error {
		if it.Doc != nil {
			if field, at := nulField(it.Doc); field != "" {
				if it.part != "" {
					field = it.part + " " + field
				}
				return emit(Item{Err: &Error{File: path, Line: it.line, Field: field, Msg: nulMessage(at)}})
			}
		}
		return emit(it)
	}
}
