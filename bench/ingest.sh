#!/usr/bin/env bash
# Store overhead (issue 8): the bare pipeline (annotate to /dev/null) against
# ingest into a fresh SQLite store, on the same N real news articles, both
# on all cores. Needs ../shared/data/polnear.
#
#   N=10000 bash bench/ingest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
SHARED=${SHARED:-../shared}
BIN=$(mktemp -d)/sitrep
go build -o "$BIN" ./cmd/sitrep
go run ./internal/tools/mkcorpus -n "$N" "$SHARED/data/polnear" > /tmp/sitrep-ingest.jsonl
t0=$(date +%s.%N)
"$BIN" annotate /tmp/sitrep-ingest.jsonl > /dev/null
t1=$(date +%s.%N)
rm -f /tmp/sitrep-ingest.db*
"$BIN" ingest --store /tmp/sitrep-ingest.db /tmp/sitrep-ingest.jsonl
t2=$(date +%s.%N)
a=$(echo "$t1 - $t0" | bc -l); i=$(echo "$t2 - $t1" | bc -l)
printf "annotate (bare pipeline): %.1f s = %.1f articles/s\n" "$a" "$(echo "$N / $a" | bc -l)"
printf "ingest (pipeline + store): %.1f s = %.1f articles/s\n" "$i" "$(echo "$N / $i" | bc -l)"
printf "store overhead: %+.1f%%\n" "$(echo "100 * ($i - $a) / $a" | bc -l)"
