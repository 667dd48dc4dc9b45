package nlp

import (
	"context"
	"errors"
	"testing"
)

func TestPipeKeepsOrder(t *testing.T) {
	for _, n := range []int{1, 2, 7} {
		i := 0
		next := func() (int, bool) { i++; return i, i <= 200 }
		var got []int
		err := Pipe(context.Background(), n, next, func(x int) int { return x * x }, func(r int) error { got = append(got, r); return nil })
		if err != nil || len(got) != 200 {
			t.Fatalf("n=%d: %v %d", n, err, len(got))
		}
		for k, v := range got {
			if v != (k+1)*(k+1) {
				t.Fatalf("n=%d: out of order at %d: %d", n, k, v)
			}
		}
	}
}

func TestPipeStopsOnError(t *testing.T) {
	i := 0
	next := func() (int, bool) { i++; return i, i <= 1000 }
	stop := errors.New("stop")
	seen := 0
	err := Pipe(context.Background(), 3, next, func(x int) int { return x }, func(r int) error {
		seen++
		if r == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 10 {
		t.Fatalf("err %v seen %d", err, seen)
	}
}
