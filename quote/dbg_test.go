package quote

import (
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	text := os.Getenv("QT")
	t.Log("\n" + show(find(t, text)))
}
