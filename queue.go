package sitrep

import "context"

// Queue is a durable work queue of articles to annotate and store, shared
// by many workers (NATS JetStream). A job is acknowledged only after the
// store commits it; a job that keeps failing goes to a dead-letter subject
// with its reason.
type Queue interface {
	// Publish enqueues an article; publishing the same article key twice
	// within the deduplication window enqueues it once.
	Publish(ctx context.Context, doc *Document) error
	// Consume runs handle on jobs until ctx ends (or, with idle > 0, until
	// no job has come for that long). A nil error acknowledges the job; an
	// error redelivers it later, up to the retry limit, then dead-letters it.
	Consume(ctx context.Context, handle func(ctx context.Context, doc *Document) error, opts ConsumeOptions) error
	Status(ctx context.Context) (QueueStatus, error)
	Close() error
}

// ConsumeOptions tune a consumer.
type ConsumeOptions struct {
	Batch       int // jobs fetched at a time
	Concurrency int // jobs handled at once (handle must be safe for concurrent use)
	// IdleExit, when positive, stops Consume after the queue has been
	// empty that long (for batch runs and tests).
	IdleExit int // seconds
}

// QueueStatus counts jobs.
type QueueStatus struct {
	Pending    int `json:"pending"`
	InProgress int `json:"in_progress"`
	Done       int `json:"done"`
	Failed     int `json:"failed"`
}
