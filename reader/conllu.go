package reader

import (
	"bytes"
	"context"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/corpus"
)

// readCoNLLU reads a CoNLL-U file as documents whose sentences and tokens
// are those of the file, so the pipeline does not tokenise them again.
func readCoNLLU(ctx context.Context, path string, data []byte, opt Options, emit func(Item) error) error {
	if err := checkUTF8(path, data); err != nil {
		return emit(Item{Err: err})
	}
	// Editors on Windows save a byte-order mark; the other readers drop it.
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	sents, err := corpus.ReadCoNLLU(bytes.NewReader(data))
	if err != nil {
		// The corpus reader says "line N: what"; the line goes where
		// Error keeps it.
		e := &Error{File: path, Msg: err.Error()}
		if rest, ok := strings.CutPrefix(e.Msg, "line "); ok {
			if num, msg, ok := strings.Cut(rest, ": "); ok {
				if n, err := strconv.Atoi(num); err == nil {
					e.Line, e.Msg = n, msg
				}
			}
		}
		return emit(Item{Err: e})
	}
	docs := corpus.Documents(sents, "\n", false)
	if len(docs) == 0 {
		return emit(Item{Err: &Error{File: path, Msg: "no sentences"}})
	}
	for i, doc := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var item Item
		line := docLine(sents, docs, i)
		if blank(doc.Text) {
			item.Err = &Error{File: path, Line: line, Field: "text", Msg: "empty article"}
		} else {
			finish(doc, opt)
			item.Doc, item.line = doc, line
			item.Pos = path
			if line > 0 {
				item.Pos += ":" + strconv.Itoa(line)
			}
		}
		if err := emit(item); err != nil {
			return err
		}
	}
	return nil
}

// docLine finds the line where document i starts, counting sentences.
func docLine(sents []corpus.Sentence, docs []*sitrep.Document, i int) int {
	n := 0
	for _, d := range docs[:i] {
		n += len(d.Sentences)
	}
	if n < len(sents) {
		return sents[n].Line
	}
	return 0
}
