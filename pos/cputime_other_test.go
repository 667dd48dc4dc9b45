//go:build !unix

package pos

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
