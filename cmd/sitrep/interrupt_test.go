package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSecondInterruptKills: the first Ctrl-C asks sitrep to wind down,
// the second ends it at once, even while one long article is still in
// the coder (review34 finding 1: the second signal was swallowed and the
// process ran on until the article was done).
func TestSecondInterruptKills(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and annotates a long article")
	}
	bin := binary(t)
	in := filepath.Join(t.TempDir(), "long.txt")
	os.WriteFile(in, []byte(strings.Repeat("Iran threatened Iraq and Syria praised Jordan while ", 1500)+"end.\n"), 0o644)
	cmd := exec.Command(bin, "annotate", "-j", "1", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	time.Sleep(1500 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("sitrep ended with %v, want killed by the second interrupt", err)
		}
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
			t.Fatalf("sitrep ended with %v, want killed by the second interrupt", err)
		}
	case <-time.After(3 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatal("sitrep still running 3 s after the second interrupt")
	}
}
