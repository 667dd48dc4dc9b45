package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"sitrep"
	"sitrep/natsqueue"
	"sitrep/reader"
)

// queueFlags registers --queue and --queue-name.
type queueFlags struct{ url, name *string }

func newQueueFlags(fs *flag.FlagSet, e *env) queueFlags {
	return queueFlags{
		url:  fs.String("queue", e.getenv("SITREP_QUEUE"), "work queue `URL` (nats://HOST:4222; default $SITREP_QUEUE)"),
		name: fs.String("queue-name", "sitrep", "`name` prefixing the queue's streams and subjects"),
	}
}

func queueConfig(qf queueFlags) (natsqueue.Config, error) {
	if !strings.HasPrefix(*qf.url, "nats://") {
		return natsqueue.Config{}, usageError{fmt.Sprintf("--queue %q: want nats://HOST:PORT", *qf.url)}
	}
	return natsqueue.DefaultConfig(*qf.url, *qf.name), nil
}

func openQueue(ctx context.Context, qf queueFlags) (*natsqueue.Queue, error) {
	cfg, err := queueConfig(qf)
	if err != nil {
		return nil, err
	}
	return natsqueue.Open(ctx, cfg)
}

// publishInputs reads the inputs and enqueues each article, for ingest
// --queue: workers elsewhere annotate and store them.
func publishInputs(ctx context.Context, e *env, qf queueFlags, paths []string, in *inputConfig) error {
	q, err := openQueue(ctx, qf)
	if err != nil {
		return err
	}
	defer q.Close()
	opt, err := in.readerOptions(e)
	if err != nil {
		return err
	}
	published, dups, failed := 0, 0, 0
	// Workers take jobs in no set order, so two articles of one id would
	// be stored whichever came first to a worker, not the first of the
	// input as a direct ingest stores. The conflict is named here, before
	// either is queued: the first of the input is queued, the later one
	// reported as the store would report it. (Articles of one id queued
	// by two separate ingest runs still meet only at the store, first
	// stored first kept.)
	textOf := map[string][sha256.Size]byte{}
	err = reader.Read(ctx, paths, opt, func(it reader.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "sitrep ingest: %v\n", it.Err)
			return nil
		}
		if it.Doc.URL == "" {
			// (A URL-keyed article is one page whatever its text, as the
			// store takes it: no conflict.)
			h := sha256.Sum256([]byte(it.Doc.Text))
			if prev, ok := textOf[it.Doc.ID]; ok && prev != h {
				failed++
				err := sitrep.ArticleConflict(it.Doc)
				if it.Pos != "" {
					err = fmt.Errorf("%s: %w", it.Pos, err)
				}
				fmt.Fprintf(e.stderr, "sitrep ingest: %v\n", err)
				return nil
			} else if !ok {
				textOf[it.Doc.ID] = h
			}
		}
		dup, err := q.Enqueue(ctx, it.Doc)
		if err != nil {
			// An article the queue refuses (too large) is this input's
			// failure; anything else is the queue's and stops.
			if sitrep.ErrorCode(err) != sitrep.EInvalid || ctx.Err() != nil {
				return err
			}
			failed++
			if it.Pos != "" {
				err = fmt.Errorf("%s: %w", it.Pos, err)
			}
			fmt.Fprintf(e.stderr, "sitrep ingest: %v\n", err)
			return nil
		}
		// JetStream keeps one copy of a job published again within its
		// deduplication window: that is not a job queued.
		if dup {
			dups++
		} else {
			published++
		}
		return nil
	})
	fmt.Fprintf(e.stderr, "queued %d articles on %s (%d already queued, %d inputs failed)\n", published, *qf.url, dups, failed)
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", failed, errPartial)
	}
	return nil
}

func cmdWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "")
	qf := newQueueFlags(fs, e)
	st := storeFlag(fs, e)
	batch := fs.Int("batch", 8, "jobs fetched at a time")
	conc := fs.Int("concurrency", 2, "jobs handled at once: two let one store while the other is annotated")
	idle := fs.Int("exit-when-idle", 0, "stop after the queue has been empty this many `seconds` (0: run until stopped)")
	ackWait := fs.Duration("ack-wait", 2*time.Minute, "how long a job may stay unacknowledged before it goes to another worker")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this `file` (for performance work)")
	var pc pipelineConfig
	pc.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	stopProfile, err := startCPUProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	cfg, err := queueConfig(qf)
	if err != nil {
		return err
	}
	cfg.AckWait = *ackWait
	q, err := natsqueue.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	s, err := openStore(ctx, *st)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := buildPipeline(pc)
	if err != nil {
		return err
	}
	var done, skipped atomic.Int64
	start := time.Now()
	// The span from the first job's start to the last commit, for
	// throughput without the idle wait at the end.
	var first, last atomic.Int64
	handle := func(ctx context.Context, d *sitrep.Document) error {
		first.CompareAndSwap(0, time.Now().UnixNano())
		if strings.TrimSpace(d.Text) == "" {
			return sitrep.Errorf(sitrep.EInvalid, "%s: empty article", d.ID)
		}
		// A redelivered job whose article was stored before the crash
		// changes nothing.
		if ok, err := alreadyStored(ctx, s, d); err != nil {
			return err
		} else if ok {
			skipped.Add(1)
			return nil
		}
		if err := p.Process(d); err != nil {
			return sitrep.Errorf(sitrep.EInvalid, "%s: %v", d.ID, err)
		}
		if _, err := s.PutDocument(ctx, d); err != nil {
			return err
		}
		done.Add(1)
		last.Store(time.Now().UnixNano())
		return nil
	}
	err = q.Consume(ctx, handle, sitrep.ConsumeOptions{Batch: *batch, Concurrency: *conc, IdleExit: *idle})
	secs := time.Since(start).Seconds()
	busy := time.Duration(last.Load() - first.Load()).Seconds()
	rate := 0.0
	if busy > 0 {
		rate = float64(done.Load()) / busy
	}
	fmt.Fprintf(e.stderr, "worker: stored %d articles (%d already stored) in %.1fs; %.2f articles/s from first job to last commit (span %d %d ms); cpu %.2fs\n",
		done.Load(), skipped.Load(), secs, rate, first.Load()/1e6, last.Load()/1e6, cpuSeconds())
	return err
}

func cmdStatus(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "status", "")
	qf := newQueueFlags(fs, e)
	format := fs.String("format", "table", "output `format`: table or json")
	dead := fs.Int("dead", 10, "show the reasons of up to this many failed jobs")
	del := fs.Bool("delete", false, "delete the queue instead (its streams, with any pending and failed jobs)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q, err := openQueue(ctx, qf)
	if err != nil {
		return err
	}
	defer q.Close()
	if *del {
		return q.Delete(ctx)
	}
	st, err := q.Status(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		return json.NewEncoder(e.stdout).Encode(st)
	}
	// Written at once, so that a failing write is the command's error.
	var b bytes.Buffer
	fmt.Fprintf(&b, "pending      %d\nin progress  %d\ndone         %d\nfailed       %d\n", st.Pending, st.InProgress, st.Done, st.Failed)
	if st.Failed > 0 && *dead > 0 {
		reasons, err := q.DeadLetters(ctx, *dead)
		if err != nil {
			return err
		}
		fmt.Fprintln(&b, "\nfailed jobs:")
		for _, r := range reasons {
			fmt.Fprintf(&b, "  %s\n", r)
		}
	}
	_, err = e.stdout.Write(b.Bytes())
	return err
}

// cpuSeconds is the user and system CPU time this process has used, for
// the scaling benchmark's per-article CPU figures: read from /proc (in
// clock ticks of 1/100 s) so that the code builds everywhere; 0 where
// there is no /proc.
func cpuSeconds() float64 {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The fields after the command name, which may hold spaces.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100
}
