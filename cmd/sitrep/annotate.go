package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sitrep"
	"sitrep/corpus"
)

func cmdAnnotate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "annotate", "[PATH|-]...")
	var in inputConfig
	in.register(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl, conllu, pretty")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this `file` (for performance work)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	stopProfile, err := startCPUProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	write, err := docWriter(*format)
	if err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	p, err := buildPipeline(in.pipe)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	failed := 0
	err = annotateInputs(ctx, e, paths, &in, p, nil, func(r result) error {
		if r.err != nil {
			failed++
			fmt.Fprintf(e.stderr, "sitrep annotate: %v\n", r.err)
			return nil
		}
		return write(w, r.doc)
	})
	// The output's last buffer: its error (a full disk, a closed pipe)
	// means the output is incomplete.
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", failed, errPartial)
	}
	return nil
}

// docWriter returns the writer for an output format.
func docWriter(format string) (func(io.Writer, *sitrep.Document) error, error) {
	switch format {
	case "jsonl", "json":
		return func(w io.Writer, d *sitrep.Document) error {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			b = append(b, '\n')
			_, err = w.Write(b)
			return err
		}, nil
	case "conllu":
		return func(w io.Writer, d *sitrep.Document) error {
			return corpus.WriteCoNLLU(w, d, nerMisc(d))
		}, nil
	case "pretty":
		return writePretty, nil
	}
	return nil, usageError{fmt.Sprintf("--format %q: use jsonl, conllu or pretty", format)}
}

// nerMisc gives each token its BIO entity tag for the MISC column.
func nerMisc(d *sitrep.Document) func(int) []string {
	if len(d.Entities) == 0 {
		return nil
	}
	tags := make([]string, len(d.Tokens))
	for _, ent := range d.Entities {
		first := true
		for i := range d.Tokens {
			t := &d.Tokens[i]
			if t.Start >= ent.Start && t.End <= ent.End {
				if first {
					tags[i] = "NER=B-" + ent.Label
					first = false
				} else {
					tags[i] = "NER=I-" + ent.Label
				}
			}
		}
	}
	return func(i int) []string {
		if tags[i] == "" {
			return nil
		}
		return []string{tags[i]}
	}
}

// writePretty prints a document for a person to read.
func writePretty(w io.Writer, d *sitrep.Document) error {
	bw := bufio.NewWriter(w)
	title := d.Title
	if title == "" {
		title = d.ID
	}
	fmt.Fprintf(bw, "══ %s\n", title)
	pub := sitrep.FormatDate(d.Published)
	if pub == "" {
		pub = "unknown date"
	}
	fmt.Fprintf(bw, "   id %s · %s", d.ID, pub)
	if d.URL != "" {
		fmt.Fprintf(bw, " · %s", d.URL)
	}
	fmt.Fprintf(bw, "\n   %d sentences, %d tokens\n", len(d.Sentences), len(d.Tokens))
	if len(d.Entities) > 0 {
		fmt.Fprintln(bw, "\n── entities")
		for _, x := range d.Entities {
			fmt.Fprintf(bw, "   %-4s %-30s [%d,%d)\n", x.Label, x.Text, x.Start, x.End)
		}
	}
	if len(d.Actors) > 0 {
		fmt.Fprintln(bw, "\n── actors")
		for _, x := range d.Actors {
			ref := ""
			if x.Ref >= 0 && x.Ref < len(d.Actors) {
				ref = " → " + d.Actors[x.Ref].Text
			}
			fmt.Fprintf(bw, "   %-10s %-30s %s%s\n", x.Code, x.Text, x.Entry, ref)
		}
	}
	if len(d.Timexes) > 0 {
		fmt.Fprintln(bw, "\n── time")
		for _, x := range d.Timexes {
			fmt.Fprintf(bw, "   %-9s %-14s %s\n", x.Type, x.Value, x.Text)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(bw, "\n── quotes")
		for _, q := range d.Quotes {
			who := "?"
			if q.SpeakerResolved != nil {
				who = q.SpeakerResolved.Text
				if q.SpeakerResolved.Actor != "" {
					who += " (" + q.SpeakerResolved.Actor + ")"
				}
			} else if q.Speaker != nil {
				who = q.Speaker.Text
			}
			kind := "indirect"
			if q.Direct {
				kind = "direct"
			}
			fmt.Fprintf(bw, "   %s, %s: %s\n", who, kind, oneLine(q.Text, 100))
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(bw, "\n── events")
		for _, ev := range d.Events {
			src, tgt := "—", "—"
			if ev.Source != nil {
				src = ev.Source.Code
			}
			if ev.Target != nil {
				tgt = ev.Target.Code
			}
			place := ""
			if ev.Place != nil {
				place = " @ " + ev.Place.Name
			}
			fmt.Fprintf(bw, "   %s %-9s %-9s → %-9s %-10s %+.1f %s%s  «%s»\n", ev.CAMEO, ev.PLOVER, src, tgt, ev.Status, ev.Goldstein, ev.Date, place, ev.Trigger.Text)
		}
	}
	fmt.Fprintln(bw)
	return bw.Flush()
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := n
		for cut > 0 && (s[cut]&0xC0) == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
