package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// TestFailedStdoutIsAFailure: version and status whose output cannot be
// written exit 3 with the reason, not 0 (review34, smaller findings).
func TestFailedStdoutIsAFailure(t *testing.T) {
	args := [][]string{{"version"}}
	if !testing.Short() {
		_, nq := services(t)
		name := fmt.Sprintf("sitreptest%d", time.Now().UnixNano())
		t.Cleanup(func() {
			if nc, err := nats.Connect(nq); err == nil {
				js, _ := nc.JetStream()
				js.DeleteStream(strings.ToUpper(name) + "_JOBS")
				js.DeleteStream(strings.ToUpper(name) + "_DEAD")
				nc.Close()
			}
		})
		args = append(args, []string{"status", "--queue", nq, "--queue-name", name}, []string{"status", "--format", "json", "--queue", nq, "--queue-name", name})
	}
	for _, a := range args {
		t.Run(strings.Join(a[:min(len(a), 3)], " "), func(t *testing.T) {
			var errb strings.Builder
			e := &env{stdin: strings.NewReader(""), stdout: fullWriter{}, stderr: &errb, getenv: func(string) string { return "" }}
			if code := run(context.Background(), e, a); code != exitAborted || !strings.Contains(errb.String(), "no space left") {
				t.Fatalf("exit %d, want %d with the write's error: %s", code, exitAborted, errb.String())
			}
		})
	}
}
