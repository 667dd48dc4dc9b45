// Package reader turns input files (plain text, JSON Lines, HTML pages,
// RSS and Atom feeds, CoNLL-U) into sitrep documents. A bad file or record
// becomes an error item that names the file, line and field, and reading
// goes on with the rest.
package reader

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// Options says how to read the inputs.
type Options struct {
	Format string    // "" or "auto" (sniff), "txt", "jsonl", "html", "rss" (RSS or Atom), "conllu"
	DCT    time.Time // publication date for inputs that carry none; zero = unknown
	Stdin  io.Reader // used for the path "-"
}

// Item is one article read, or the reason one could not be.
type Item struct {
	Doc *sitrep.Document // nil when Err != nil
	Err error            // *reader.Error
	// Pos names where Doc was read ("file:line", or the file), for
	// messages about the article later on (a store conflict); "" when
	// unknown.
	Pos string
	// line and part locate Doc for the reader's own messages (a NUL in a
	// field): the line where it starts, or which item of the file it is
	// when the format gives no lines (a feed).
	line int
	part string
}

// Error is a problem with one input, located as precisely as the format
// allows.
type Error struct {
	File  string
	Line  int // 1-based; 0 when the format has no lines worth naming
	Field string
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap gives the error the application code "invalid", so that
// sitrep.ErrorCode and sitrep.ErrorMessage treat it as the user's mistake
// and show its whole message.
func (e *Error) Unwrap() error {
	return &sitrep.Error{Code: sitrep.EInvalid, Message: e.Error()}
}

// Formats accepted by Options.Format.
const (
	formatAuto   = "auto"
	formatText   = "txt"
	formatJSONL  = "jsonl"
	formatHTML   = "html"
	formatFeed   = "rss"
	formatCoNLLU = "conllu"
)

func checkFormat(f string) error {
	switch f {
	case "", formatAuto, formatText, formatJSONL, formatHTML, formatFeed, formatCoNLLU:
		return nil
	}
	return &Error{Field: "format", Msg: fmt.Sprintf("unknown format %q (want auto, txt, jsonl, html, rss or conllu)", f)}
}

// Read reads every path in order: files, directories (recursively, in
// sorted order, skipping hidden entries) and "-" for opt.Stdin. Each article
// or failure goes to emit, in input order. Read returns only what stops it:
// an unknown format, ctx being cancelled, or an error from emit.
func Read(ctx context.Context, paths []string, opt Options, emit func(Item) error) error {
	if err := checkFormat(opt.Format); err != nil {
		return err
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readPath(ctx, p, opt, emit); err != nil {
			return err
		}
	}
	return nil
}

func readPath(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	if path == "-" {
		if opt.Stdin == nil {
			return emit(Item{Err: &Error{File: "-", Msg: "no standard input"}})
		}
		return ReadFile(ctx, "-", opt.Stdin, opt, emit)
	}
	info, err := os.Stat(path)
	if err != nil {
		return emit(Item{Err: &Error{File: path, Msg: osMessage(err)}})
	}
	if !info.IsDir() {
		return readOSFile(ctx, path, opt, emit)
	}
	// WalkDir visits entries in lexical order, which is the sorted order
	// the output promises.
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(Item{Err: &Error{File: p, Msg: osMessage(err)}})
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// A link to a file is read; a link to a folder is not
			// followed, so that a loop cannot trap the walk.
			info, err := os.Stat(p)
			if err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return readOSFile(ctx, p, opt, emit)
	})
}

func readOSFile(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Err: &Error{File: path, Msg: osMessage(err)}})
	}
	defer f.Close()
	return ReadFile(ctx, path, f, opt, emit)
}

// osMessage drops the path that *fs.PathError repeats, since Error names
// the file already.
func osMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// sniffSize is how much of a stream is looked at to guess its format.
const sniffSize = 8 << 10

// maxFileSize bounds what is read into memory for one non-streaming file.
const maxFileSize = 256 << 20

// ReadFile reads one named stream. path names it in errors and, through its
// extension, may choose the format.
func ReadFile(ctx context.Context, path string, r io.Reader, opt Options, emit func(Item) error) error {
	if err := checkFormat(opt.Format); err != nil {
		return err
	}
	emit = refuseNUL(path, emit)
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return emit(Item{Err: &Error{File: path, Msg: err.Error()}})
	}
	format := opt.Format
	if format == "" || format == formatAuto {
		format, err = detect(path, head)
		if err != nil {
			return emit(Item{Err: &Error{File: path, Msg: err.Error()}})
		}
	}
	if format == formatJSONL {
		if s := skipSpace(head); len(s) == 0 || s[0] != '[' && !prettyJSON(s) {
			return readJSONL(ctx, path, br, opt, emit)
		}
	}
	data, err := io.ReadAll(io.LimitReader(br, maxFileSize+1))
	if err != nil {
		return emit(Item{Err: &Error{File: path, Msg: err.Error()}})
	}
	if len(data) > maxFileSize {
		return emit(Item{Err: &Error{File: path, Msg: fmt.Sprintf("file larger than %d MiB", maxFileSize>>20)}})
	}
	switch format {
	case formatJSONL:
		return readJSONArray(ctx, path, data, opt, emit)
	case formatText:
		return emit(readText(path, data, opt))
	case formatHTML:
		return emit(readHTMLFile(path, data, opt))
	case formatFeed:
		return readFeedFile(ctx, path, data, opt, emit)
	case formatCoNLLU:
		return readCoNLLU(ctx, path, data, opt, emit)
	}
	return emit(Item{Err: &Error{File: path, Msg: "unknown format " + format}})
}

// contentID names a document that carries no id or URL by its text, so
// that reading the same article twice gives the same ID.
func contentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// finish fills the ID and the publication date where the input left them
// empty.
func finish(doc *sitrep.Document, opt Options) {
	if doc.ID == "" {
		doc.ID = doc.URL
	}
	if doc.ID == "" {
		doc.ID = contentID(doc.Text)
	}
	if doc.Published.IsZero() {
		doc.Published = opt.DCT
	}
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool {
	return strings.TrimSpace(s) == ""
}
