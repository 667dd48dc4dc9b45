// Package natsqueue is the work queue on NATS JetStream: a work-queue
// stream of article jobs, one durable pull consumer shared by every
// worker, explicit acknowledgement after the store commits, bounded
// redelivery, and a dead-letter stream that keeps failed jobs with their
// reasons.
package natsqueue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"sitrep"
)

// Names of the streams, subjects and consumer; Config can change them
// (tests use their own).
type Config struct {
	URL        string
	Stream     string // work-queue stream
	Subject    string
	DeadStream string
	DeadSubj   string
	Consumer   string
	MaxDeliver int           // attempts before a job is dead-lettered
	AckWait    time.Duration // how long a worker may hold a job before it is redelivered
	Backoff    time.Duration // delay before the first retry; doubles each attempt
}

// DefaultConfig is the configuration sitrep uses; name (default "sitrep")
// prefixes the streams and subjects, so that several pipelines can share a
// server.
func DefaultConfig(url, name string) Config {
	if name == "" {
		name = "sitrep"
	}
	up := strings.ToUpper(name)
	return Config{URL: url, Stream: up + "_JOBS", Subject: name + ".jobs", DeadStream: up + "_DEAD", DeadSubj: name + ".dead",
		Consumer: name + "-workers", MaxDeliver: 4, AckWait: 2 * time.Minute, Backoff: 2 * time.Second}
}

// Queue is a sitrep.Queue on JetStream.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	work jetstream.Stream
	dead jetstream.Stream
}

var _ sitrep.Queue = (*Queue)(nil)

// Open connects and makes sure the streams and consumer exist.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	nc, err := nats.Connect(cfg.URL, nats.Name("sitrep"), nats.Timeout(5*time.Second), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, err
	}
	q := &Queue{cfg: cfg, nc: nc, js: js}
	if q.work, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: cfg.Stream, Subjects: []string{cfg.Subject}, Retention: jetstream.WorkQueuePolicy,
		Storage: jetstream.FileStorage, Duplicates: 24 * time.Hour,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.Stream, err)
	}
	if q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: cfg.DeadStream, Subjects: []string{cfg.DeadSubj}, Storage: jetstream.FileStorage,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.DeadStream, err)
	}
	if _, err := q.work.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: cfg.Consumer, AckPolicy: jetstream.AckExplicitPolicy, AckWait: cfg.AckWait,
		MaxDeliver: cfg.MaxDeliver, MaxAckPending: 1000,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: consumer %s: %w", cfg.Consumer, err)
	}
	return q, nil
}

// Close drains the connection.
func (q *Queue) Close() error { return q.nc.Drain() }

// job is the wire form of an article job.
type job struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

// Publish enqueues an article, deduplicated by its key.
func (q *Queue) Publish(ctx context.Context, d *sitrep.Document) error {
	_, err := q.Enqueue(ctx, d)
	return err
}

// Enqueue is Publish telling whether the article was a duplicate of one
// queued within the stream's deduplication window (and so not queued
// again), for a caller that counts "queued" and "already queued".
func (q *Queue) Enqueue(ctx context.Context, d *sitrep.Document) (duplicate bool, err error) {
	b, err := json.Marshal(job{ID: d.ID, URL: d.URL, Title: d.Title, Source: d.Source, Published: sitrep.FormatDate(d.Published), Text: d.Text})
	if err != nil {
		return false, err
	}
	// An article larger than the server's message limit (1 MiB by
	// default) can never be queued: that is this article's failure, not
	// the queue's, so the caller can count it and go on.
	// The job must also fit when it is dead-lettered with its reason and
	// attempts as headers: deadLetterMargin is kept free for them.
	id := msgID(d)
	if limit := q.nc.MaxPayload() - deadLetterMargin; int64(len(b)+len(id)) > limit {
		return false, tooLarge(d, len(b), limit)
	}
	ack, err := q.js.Publish(ctx, q.cfg.Subject, b, jetstream.WithMsgID(id))
	if errors.Is(err, nats.ErrMaxPayload) {
		return false, tooLarge(d, len(b), q.nc.MaxPayload())
	}
	if err != nil {
		return false, err
	}
	return ack.Duplicate, nil
}

// msgID is the job's JetStream deduplication id. A URL-keyed article is one
// page whatever its text, so the URL is enough. An article without a URL
// is keyed by its id, which two different articles may share: JetStream
// would drop the second as a duplicate without a word, so the id carries a
// hash of the text, and the second article reaches the worker, whose store
// reports the conflict.
func msgID(d *sitrep.Document) string {
	key := sitrep.ArticleKey(d)
	if d.URL != "" {
		return key
	}
	h := sha256.Sum256([]byte(d.Text))
	return key + "#" + hex.EncodeToString(h[:8])
}

func tooLarge(d *sitrep.Document, n int, limit int64) error {
	return sitrep.Errorf(sitrep.EInvalid, "article %q: %d bytes as a job, more than the queue's message limit of %d bytes (NATS max_payload)", d.ID, n, limit)
}

func decode(b []byte) (*sitrep.Document, error) {
	// A job that does not decode never will: each error is invalid input,
	// dead-lettered at once instead of retried.
	var j job
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, sitrep.Errorf(sitrep.EInvalid, "job: %v", err)
	}
	d := &sitrep.Document{ID: j.ID, URL: j.URL, Title: j.Title, Source: j.Source, Text: j.Text}
	if j.Published != "" {
		t, err := sitrep.ParseDate(j.Published)
		if err != nil {
			return nil, sitrep.Errorf(sitrep.EInvalid, "job: published: %v", err)
		}
		d.Published = t
	}
	if d.ID == "" {
		return nil, sitrep.Errorf(sitrep.EInvalid, "job: no id")
	}
	return d, nil
}

// Consume fetches jobs and runs handle on each; see sitrep.Queue.
func (q *Queue) Consume(ctx context.Context, handle func(context.Context, *sitrep.Document) error, opts sitrep.ConsumeOptions) error {
	cons, err := q.work.Consumer(ctx, q.cfg.Consumer)
	if err != nil {
		return err
	}
	batch := max(opts.Batch, 1)
	idleSince := time.Now()
	for ctx.Err() == nil {
		msgs, err := cons.Fetch(batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		// Up to opts.Concurrency jobs at once: while one waits on the
		// store, another runs the pipeline.
		n := 0
		sem := make(chan struct{}, max(opts.Concurrency, 1))
		var wg sync.WaitGroup
		for m := range msgs.Messages() {
			n++
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				q.handle(ctx, m, handle)
			}()
		}
		wg.Wait()
		if err := msgs.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			return err
		}
		if n > 0 {
			idleSince = time.Now()
		} else if opts.IdleExit > 0 && time.Since(idleSince) > time.Duration(opts.IdleExit)*time.Second {
			return nil
		}
	}
	return nil
}

func (q *Queue) handle(ctx context.Context, m jetstream.Msg, handle func(context.Context, *sitrep.Document) error) {
	meta, _ := m.Metadata()
	attempt := 1
	if meta != nil {
		attempt = int(meta.NumDelivered)
	}
	d, err := decode(m.Data())
	if err == nil {
		err = handle(ctx, d)
	}
	if err == nil {
		m.DoubleAck(ctx)
		return
	}
	if ctx.Err() != nil {
		// Shutting down: let the job be redelivered to another worker.
		m.Nak()
		return
	}
	if attempt >= q.cfg.MaxDeliver || !retryable(err) {
		q.deadLetter(ctx, m, err, attempt)
		return
	}
	// Back off: doubling from cfg.Backoff.
	m.NakWithDelay(q.cfg.Backoff * time.Duration(1<<min(attempt-1, 6)))
}

// retryable reports whether another attempt could succeed: bad input, or
// an id taken by a different article, will not get better.
func retryable(err error) bool {
	code := sitrep.ErrorCode(err)
	return code != sitrep.EInvalid && code != sitrep.EConflict
}

// maxReason bounds the reason kept with a dead letter, and
// deadLetterMargin is the room Publish keeps free below the server's
// message limit for the dead-letter headers (reason, attempts and their
// framing): a job that fits the queue then fits the dead-letter stream, and
// is not left pending, redelivered until MaxDeliver and kept forever.
const (
	maxReason        = 512
	deadLetterMargin = 1024
)

// deadLetter keeps the job with its reason and removes it from the queue.
func (q *Queue) deadLetter(ctx context.Context, m jetstream.Msg, reason error, attempts int) {
	msg := nats.NewMsg(q.cfg.DeadSubj)
	msg.Data = m.Data()
	msg.Header.Set("Sitrep-Reason", clipReason(reason.Error(), maxReason))
	msg.Header.Set("Sitrep-Attempts", strconv.Itoa(attempts))
	_, err := q.js.PublishMsg(ctx, msg)
	if errors.Is(err, nats.ErrMaxPayload) {
		// A job queued without the margin (by an older sitrep, or before
		// the server's limit was lowered): the shortest reason.
		msg.Header.Set("Sitrep-Reason", clipReason(reason.Error(), 64))
		_, err = q.js.PublishMsg(ctx, msg)
	}
	if err != nil {
		// Without a dead letter the job must not be lost: redeliver.
		m.Nak()
		return
	}
	m.Term()
}

// clipReason cuts s to at most n bytes at a character boundary, marking
// the cut, and makes it fit a header line (no line breaks).
func clipReason(s string, n int) string {
	s = strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Status counts pending, in-progress, done and failed jobs.
func (q *Queue) Status(ctx context.Context) (sitrep.QueueStatus, error) {
	var st sitrep.QueueStatus
	wi, err := q.work.Info(ctx)
	if err != nil {
		return st, err
	}
	di, err := q.dead.Info(ctx)
	if err != nil {
		return st, err
	}
	cons, err := q.work.Consumer(ctx, q.cfg.Consumer)
	if err != nil {
		return st, err
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		return st, err
	}
	st.InProgress = ci.NumAckPending
	st.Pending = int(wi.State.Msgs) - st.InProgress
	st.Failed = int(di.State.Msgs)
	// Published minus what is still in the stream minus what failed.
	st.Done = int(wi.State.LastSeq) - int(wi.State.Msgs) - st.Failed
	if st.Done < 0 {
		st.Done = 0
	}
	return st, nil
}

// DeadLetters returns the reasons of the failed jobs, oldest first.
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]string, error) {
	var out []string
	di, err := q.dead.Info(ctx)
	if err != nil {
		return nil, err
	}
	for seq := di.State.FirstSeq; seq <= di.State.LastSeq && len(out) < limit && seq > 0; seq++ {
		m, err := q.dead.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		var j job
		json.Unmarshal(m.Data, &j)
		out = append(out, fmt.Sprintf("%s: %s (after %s attempts)", j.ID, m.Header.Get("Sitrep-Reason"), m.Header.Get("Sitrep-Attempts")))
	}
	return out, nil
}

// Purge empties the queues (for tests and for starting over).
func (q *Queue) Purge(ctx context.Context) error {
	if err := q.work.Purge(ctx); err != nil {
		return err
	}
	return q.dead.Purge(ctx)
}

// Delete removes the queue's streams, with their pending and failed jobs
// and the consumer (for benchmarks and for retiring a pipeline); the
// Queue is unusable after.
func (q *Queue) Delete(ctx context.Context) error {
	if err := q.js.DeleteStream(ctx, q.cfg.Stream); err != nil {
		return fmt.Errorf("queue: delete stream %s: %w", q.cfg.Stream, err)
	}
	if err := q.js.DeleteStream(ctx, q.cfg.DeadStream); err != nil {
		return fmt.Errorf("queue: delete stream %s: %w", q.cfg.DeadStream, err)
	}
	return nil
}
