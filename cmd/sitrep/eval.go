package main

import (
	"context"
	"fmt"
	"sort"
)

// evaluators are the `sitrep eval WHAT` commands: each scores the real
// pipeline against a gold file and prints the figures the issues ask for.
var evaluators = map[string]command{}

// trainers are the `sitrep train WHAT` commands, which write model files.
var trainers = map[string]command{}

func init() {
	// Registered here rather than in the literal so that the tables can
	// refer to cmdEval/cmdTrain without an initialisation cycle.
	commands["eval"] = command{"score a component against gold data (sitrep eval -h)", cmdEval}
	commands["train"] = command{"train a model from gold data (sitrep train -h)", cmdTrain}
	evaluators["events"] = command{"event precision/recall, status and date accuracy on hand-coded articles", cmdEvalEvents}
	evaluators["agreement"] = command{"agreement of two hand codings of one event set: P/R/F1, status, date and code", cmdEvalAgreement}
	evaluators["tokenize"] = command{"token and sentence P/R/F1 of the tokenizer on CoNLL-U files", cmdEvalTokenize}
	evaluators["timex"] = command{"TempEval-3 span, type and value scores of the time tagger on TimeML files", cmdEvalTimex}
	evaluators["quotes"] = command{"attribution P/R/F1 and speaker overlap on a PolNeAR folder", cmdEvalQuotes}
	evaluators["ner"] = command{"span P/R/F1 of the entity recogniser on UNER IOB2 files", cmdEvalNER}
	evaluators["actors"] = command{"country and code accuracy of the actor coder on an actors eval TSV", cmdEvalActors}
	trainers["ner"] = command{"train the entity recogniser on a UNER IOB2 file", cmdTrainNER}
	trainers["tagger"] = command{"train the POS tagger and lemmatizer", cmdTrainTagger}
	evaluators["conllu"] = command{"UPOS, XPOS, UFeats, LEMMA, UAS, LAS on gold-tokenized CoNLL-U", cmdEvalCoNLLU}
	trainers["parser"] = command{"train the dependency parser", cmdTrainParser}
	evaluators["parser"] = command{"UAS/LAS of the dependency parser on CoNLL-U files", cmdEvalParser}
	trainers["triggers"] = command{"train the event coder's learned trigger model on event gold files (--cv: leave one set out)", cmdTrainTriggers}
}

func cmdEval(ctx context.Context, e *env, args []string) error {
	return dispatch(ctx, e, "eval", evaluators, args)
}

func cmdTrain(ctx context.Context, e *env, args []string) error {
	return dispatch(ctx, e, "train", trainers, args)
}

func dispatch(ctx context.Context, e *env, name string, table map[string]command, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "usage: sitrep %s WHAT [flags] ...\n\n", name)
		var names []string
		for n := range table {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, table[n].summary)
		}
		if len(args) == 0 {
			return usageError{"say what to " + name}
		}
		return flagHelp
	}
	c, ok := table[args[0]]
	if !ok {
		return usageError{fmt.Sprintf("nothing called %q to %s", args[0], name)}
	}
	return c.run(ctx, e, args[1:])
}
