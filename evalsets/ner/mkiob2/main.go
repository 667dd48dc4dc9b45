// Command mkiob2 writes the texts of event-set articles as untagged IOB2
// (every tag O), cut into sentences and tokens by sitrep's own tokenizer,
// so that a gold NER set made from its output measures the recogniser and
// not the tokenizer. The tags are then set by hand.
//
// Usage:
//
//	go run ./evalsets/ner/mkiob2 FILE.jsonl[:N] ... > out.iob2
//
// Each argument is a JSON Lines file of articles (id, text); ":N" keeps
// only its first N articles.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"sitrep/reader"
	"sitrep/tokenize"
)

type article struct{ ID, Text string }

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: mkiob2 FILE.jsonl[:N] ...")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	tok := tokenize.New()
	for _, arg := range os.Args[1:] {
		path, limit, err := parseArg(arg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkiob2:", err)
			os.Exit(2)
		}
		arts, err := readArticles(path, limit)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkiob2:", err)
			os.Exit(1)
		}
		for _, a := range arts {
			writeArticle(w, tok, a)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "mkiob2:", err)
		os.Exit(1)
	}
}

// parseArg splits "path:N" into the path and the limit (-1: all). A colon
// followed by something other than a number belongs to the path.
func parseArg(arg string) (string, int, error) {
	i := strings.LastIndexByte(arg, ':')
	if i < 0 {
		return arg, -1, nil
	}
	n, err := strconv.Atoi(arg[i+1:])
	if err != nil {
		return arg, -1, nil
	}
	if n < 0 {
		return "", 0, fmt.Errorf("%s: negative article count", arg)
	}
	return arg[:i], n, nil
}

// readArticles reads up to limit articles (-1: all) of a JSON Lines file
// with the project's reader, which names the line and field of a bad
// record.
func readArticles(path string, limit int) ([]article, error) {
	var out []article
	errEnough := errors.New("enough")
	err := reader.Read(context.Background(), []string{path}, reader.Options{Format: "jsonl"}, func(it reader.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if limit >= 0 && len(out) == limit {
			return errEnough
		}
		out = append(out, article{ID: it.Doc.ID, Text: it.Doc.Text})
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return nil, err
	}
	return out, nil
}

// writeArticle prints one article: a newdoc comment, then each sentence
// with its id and text (newlines flattened, since a comment is one line)
// and one "index, token, O" line per token.
func writeArticle(w *bufio.Writer, tok *tokenize.Tokenizer, a article) {
	sents, toks := tok.Split(a.Text)
	for i, s := range sents {
		if i == 0 {
			fmt.Fprintf(w, "# newdoc id = %s\n", a.ID)
		}
		fmt.Fprintf(w, "# sent_id = %s-%d\n", a.ID, i+1)
		fmt.Fprintf(w, "# text = %s\n", strings.Join(strings.Fields(a.Text[s.Start:s.End]), " "))
		for j := s.TokStart; j < s.TokEnd; j++ {
			fmt.Fprintf(w, "%d\t%s\tO\n", j-s.TokStart+1, a.Text[toks[j].Start:toks[j].End])
		}
		w.WriteByte('\n')
	}
}
