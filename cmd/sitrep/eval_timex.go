package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/pos"
	"sitrep/timex"
	"sitrep/tokenize"
)

// cmdEvalTimex scores the time tagger against TimeML files, TempEval-3
// style. Each argument is a .tml file or a folder searched for them; each
// folder gets its own figures, then the total. The DCT TIMEX3 is left out
// of the gold: it is metadata, not a mention in the text.
func cmdEvalTimex(ctx context.Context, e *env, args []string) error {
	fl := newFlags(e, "eval timex", "DIR|FILE.tml [...]")
	showErrs := fl.Int("errors", 0, "print up to `N` mismatched expressions")
	withTags := fl.Bool("pos", false, "tag parts of speech first, so tense comes from tags")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return usageError{"give at least one TimeML folder or file"}
	}
	tok := tokenize.New()
	var tagger *pos.Tagger
	if *withTags {
		var err error
		if tagger, err = pos.Load(); err != nil {
			return err
		}
	}
	var total eval.TimexScore
	shown := 0
	for _, arg := range fl.Args() {
		files, err := tmlFiles(arg)
		if err != nil {
			return err
		}
		var score eval.TimexScore
		for _, path := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			gold, err := corpus.ReadTimeML(f, path)
			f.Close()
			if err != nil {
				return err
			}
			doc := gold.Document()
			doc.Sentences, doc.Tokens = tok.Split(doc.Text)
			doc.Layers = sitrep.LayerSentences | sitrep.LayerTokens
			if tagger != nil {
				if err := tagger.Process(doc); err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				doc.Layers |= sitrep.LayerTags
			}
			sys := timex.Find(doc)
			g := make([]sitrep.Timex, len(gold.Timexes))
			for i, t := range gold.Timexes {
				g[i] = sitrep.Timex{Span: doc.MakeSpan(t.Start, t.End), Type: t.Type, Value: t.Value, Mod: t.Mod}
			}
			score.Add(g, sys)
			for _, p := range eval.PairTimexes(g, sys) {
				if shown >= *showErrs {
					break
				}
				if p.Gold != nil && p.Sys != nil && p.Gold.Value == p.Sys.Value && p.Gold.Start == p.Sys.Start && p.Gold.End == p.Sys.End {
					continue
				}
				shown++
				fmt.Fprintf(e.stdout, "%s\tdct=%s\tgold=%s\tsys=%s\n", filepath.Base(path), gold.DCT, describe(p.Gold), describe(p.Sys))
			}
		}
		fmt.Fprintf(e.stdout, "%s (%d documents)\n", arg, len(files))
		if err := score.Write(e.stdout); err != nil {
			return err
		}
		total.Merge(score)
	}
	if fl.NArg() > 1 {
		fmt.Fprintln(e.stdout, "total")
		return total.Write(e.stdout)
	}
	return nil
}

func describe(t *sitrep.Timex) string {
	if t == nil {
		return "-"
	}
	s := fmt.Sprintf("%q %s %s", strings.ReplaceAll(t.Text, "\n", " "), t.Type, t.Value)
	if t.Mod != "" {
		s += " " + t.Mod
	}
	return s
}

// tmlFiles lists the .tml files of a folder, sorted, or the file itself.
func tmlFiles(arg string) ([]string, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{arg}, nil
	}
	var out []string
	err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	if err == nil && len(out) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", arg)
	}
	return out, err
}
