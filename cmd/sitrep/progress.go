package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws a one-line counter on a terminal and nothing elsewhere,
// so that logs are not filled with carriage-return frames.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

// update redraws at most ten times a second.
func (p *progress) update(done, failed, events int) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(done) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%d articles · %d events · %d failed · %.1f articles/s   ", done, events, failed, rate)
}

// lineStart is what a message line printed between frames starts with:
// the code that wipes the counter on a terminal, nothing elsewhere.
func (p *progress) lineStart() string {
	if p.on {
		return "\r\033[K"
	}
	return ""
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
