// Command sitrep reads news and writes down what happened. main wires the
// packages together: it owns configuration, flags and exit statuses.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// env is what a subcommand may touch of the outside world, so that tests
// can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists every subcommand; one file per subcommand implements it.
var commands = map[string]command{
	"version":  {"print the version and the embedded models", cmdVersion},
	"demo":     {"run the whole job on the built-in sample articles", cmdDemo},
	"annotate": {"annotate articles and write JSON Lines, CoNLL-U or a readable view", cmdAnnotate},
	"ingest":   {"annotate articles and keep them, with their events, in the store", cmdIngest},
	"watch":    {"poll RSS/Atom feeds and ingest new articles", cmdWatch},
	"events":   {"list stored events by actor, code, status, date, place or text", cmdEvents},
	"calendar": {"list planned events by date, soonest first", cmdCalendar},
	"quotes":   {"list stored quotes by speaker, actor or text", cmdQuotes},
	"dyad":     {"how the relation between two actors moved, by day, week or month", cmdDyad},
	"actors":   {"the most active actors, with their codes", cmdActors},
	"search":   {"full-text search over stored articles", cmdSearch},
	"show":     {"an ingested article with its annotations", cmdShow},
	"worker":   {"take article jobs from the queue, annotate and store them", cmdWorker},
	"status":   {"count pending, in-progress, done and failed jobs of the queue", cmdStatus},
	"serve":    {"serve the web interface and JSON API over the store", cmdServe},
	"loadtest": {"measure API latency of a local sitrep serve at a fixed request rate", cmdLoadTest},
	"gendb":    {"fill a store with synthetic events, for benchmarks", cmdGenDB},
	"export":   {"write stored events as GDELT, PLOVER JSON Lines, CSV or JSON Lines", cmdExport},
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // some input failed; the rest was processed
	exitUsage   = 2
	exitAborted = 3
)

// errPartial says that some items of a batch failed and were reported
// already; the command still produced output for the rest.
var errPartial = errors.New("some inputs failed")

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal asks the command to wind down; from then on the
	// default handling is back, so a second Ctrl-C ends the process at
	// once however long the winding down takes.
	context.AfterFunc(ctx, stop)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, e *env, args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "sitrep: internal error: %v\n", r)
			code = exitAborted
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "sitrep: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return exitUsage
	}
	err := c.run(ctx, e, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintf(e.stderr, "sitrep %s: %v\n", args[0], err)
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "sitrep %s: %v\n", args[0], err)
		return exitUsage
	case errors.Is(err, flagHelp):
		return exitOK
	default:
		fmt.Fprintf(e.stderr, "sitrep %s: %v\n", args[0], err)
		return exitAborted
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'sitrep COMMAND -h' for a command's flags.")
}
