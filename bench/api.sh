#!/usr/bin/env bash
# API latency (issue 9): a store of 1,000,000 generated events, sitrep serve
# on loopback, and a second process sending 200 requests/s for 30 s.
#
#   bash bench/api.sh            # STORE=/tmp/bench1m.db reuses a generated store
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${STORE:-/tmp/bench1m.db}
BIN=$(mktemp -d)/sitrep
go build -o "$BIN" ./cmd/sitrep
if [ ! -f "$STORE" ]; then
	"$BIN" gendb --store "$STORE" --events 1000000
fi
"$BIN" serve --store "$STORE" --addr 127.0.0.1:18080 2>/tmp/sitrep-api-serve.log &
srv=$!
trap 'kill $srv' EXIT
for i in $(seq 1 50); do curl -sf http://127.0.0.1:18080/healthz >/dev/null && break; sleep 0.2; done
curl -s http://127.0.0.1:18080/api/stats; echo
"$BIN" loadtest --url http://127.0.0.1:18080 --rate "${RATE:-200}" --duration "${DURATION:-30s}"
