package nlp

import (
	"context"
	"sync"
)

// Pipe applies work to every item that next yields, on n goroutines, and
// hands the results to out in input order, so that output is the same
// whatever n is. next returns false when there are no more items. out runs
// on the calling goroutine; its error stops the pipe.
func Pipe[T, R any](ctx context.Context, n int, next func() (T, bool), work func(T) R, out func(R) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		seq int
		in  T
	}
	type result struct {
		seq int
		out R
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, n)
	results := make(chan result, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{j.seq, work(j.in)}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			it, ok := next()
			if !ok {
				return
			}
			select {
			case jobs <- job{seq, it}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	pending := map[int]R{}
	want := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain so the workers can finish
		}
		pending[r.seq] = r.out
		for {
			v, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if err = out(v); err != nil {
				cancel()
				break
			}
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}
