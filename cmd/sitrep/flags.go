package main

import (
	"errors"
	"flag"
	"fmt"
)

// flagHelp is returned when the user asked for -h: not a failure.
var flagHelp = errors.New("help requested")

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(e *env, name, argsUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet("sitrep "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: sitrep %s [flags] %s\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping -h to flagHelp and mistakes to usage
// errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return flagHelp
		}
		return usageError{err.Error()}
	}
	return nil
}
