#!/usr/bin/env bash
# Worker scaling (issue 10): articles per second of one worker and of two
# workers (GOMAXPROCS=1 each) sharing one NATS queue and one PostgreSQL
# store, on this machine. Needs ../shared/data/polnear for the articles.
#
#   bash bench/scaling.sh            # N=1000 articles by default
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
SHARED=${SHARED:-../shared}
PGADMIN=${PGADMIN:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
NATS=${NATS:-nats://127.0.0.1:4222}
BIN=$(mktemp -d)/sitrep
go build -o "$BIN" ./cmd/sitrep
go run ./internal/tools/mkcorpus -n "$N" "$SHARED/data/polnear" > /tmp/sitrep-scale.jsonl

declare -A RATE
for W in 1 2; do
	db="sitrep_scale_${W}_$$"
	psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	store="${PGADMIN/\/postgres\?/\/$db?}"
	name="scale${W}x$$"
	"$BIN" ingest --queue "$NATS" --queue-name "$name" /tmp/sitrep-scale.jsonl 2>/dev/null
	# Open the store once so that the schema exists before the clock starts.
	"$BIN" actors --store "$store" >/dev/null
	log=$(mktemp)
	for i in $(seq "$W"); do
		GOMAXPROCS=1 "$BIN" worker --queue "$NATS" --queue-name "$name" --store "$store" --exit-when-idle 3 2>>"$log" &
	done
	wait
	# Throughput from the first job any worker took to the last commit any
	# worker made, from the workers' own reports (polling the store would
	# take CPU from them).
	read -r start end < <(grep -o 'span [0-9]* [0-9]*' "$log" | awk '$2>0 && (s=="" || $2<s){s=$2} $3>e{e=$3} END{printf "%.3f %.3f\n", s/1000, e/1000}')
	stored=$(psql "$store" -tAc 'SELECT count(*) FROM articles')
	[ "$stored" -eq "$N" ] || { echo "only $stored of $N articles stored"; cat "$log"; exit 1; }
	RATE[$W]=$(echo "$N / ($end - $start)" | bc -l)
	printf "%d worker(s): %d articles in %.1f s = %.2f articles/s\n" "$W" "$N" "$(echo "$end - $start" | bc -l)" "${RATE[$W]}"
	psql "$PGADMIN" -qc "DROP DATABASE $db WITH (FORCE)"
done
printf "speed-up of two workers over one: %.2fx\n" "$(echo "${RATE[2]} / ${RATE[1]}" | bc -l)"
