#!/usr/bin/env bash
# Worker scaling (issue 10): articles per second of one worker and of two
# workers (GOMAXPROCS=1 each) sharing one NATS queue and one PostgreSQL
# store, on this machine, and the CPU each part spent per article. Needs
# ../shared/data/polnear for the articles.
#
#   bash bench/scaling.sh                 # N=1000 articles, one then two workers
#   N=300 WORKERS=1 bash bench/scaling.sh # CPU per article of one worker only
#   WORKER_FLAGS="--cpuprofile /tmp/w.prof" # extra worker flags (one worker)
#
# The CPU figures are what the machine's other load does not change much:
# the workers' own user+system time (they report it), PostgreSQL's (every
# postgres process, with the backends that exited counted through the
# postmaster's reaped-children times) and the NATS server's, read from
# /proc before and after. Other clients of the same servers would add to
# theirs.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
WORKERS=${WORKERS:-1 2}
SHARED=${SHARED:-../shared}
PGADMIN=${PGADMIN:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
NATS=${NATS:-nats://127.0.0.1:4222}
# BIN: a binary built already (say, from a clean checkout), else build one.
if [ -z "${BIN:-}" ]; then
	BIN=$(mktemp -d)/sitrep
	go build -o "$BIN" ./cmd/sitrep
fi
go run ./internal/tools/mkcorpus -n "$N" "$SHARED/data/polnear" > /tmp/sitrep-scale.jsonl

# ticks PID...: CPU clock ticks of the processes and their reaped children.
ticks() {
	local t=0 p
	for p in "$@"; do
		# Fields after the command name, which has no spaces here.
		t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0)))
	done
	echo "$t"
}
pgticks() { ticks $(pgrep -x postgres); }
natsticks() { ticks $(pgrep -x nats-server); }
HZ=$(getconf CLK_TCK)

# cleanup drops the run's database and queue, also when a run fails.
db= name=
cleanup() {
	[ -n "$db" ] && psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
	[ -n "$name" ] && { "$BIN" status --queue "$NATS" --queue-name "$name" --delete ||
		echo "could not delete queue $name (a sitrep without status --delete?)" >&2; }
	db= name=
}
trap cleanup EXIT

declare -A RATE
for W in $WORKERS; do
	db="sitrep_scale_${W}_$$"
	psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	store="${PGADMIN/\/postgres\?/\/$db?}"
	name="scale${W}x$$"
	"$BIN" ingest --queue "$NATS" --queue-name "$name" /tmp/sitrep-scale.jsonl 2>/dev/null
	# Open the store once so that the schema exists before the clock starts.
	"$BIN" actors --store "$store" >/dev/null
	log=$(mktemp)
	pg0=$(pgticks) nats0=$(natsticks)
	for i in $(seq "$W"); do
		GOMAXPROCS=1 "$BIN" worker --queue "$NATS" --queue-name "$name" --store "$store" --exit-when-idle 3 ${WORKER_FLAGS:-} 2>>"$log" &
	done
	wait
	pg1=$(pgticks) nats1=$(natsticks)
	# Throughput from the first job any worker took to the last commit any
	# worker made, from the workers' own reports (polling the store would
	# take CPU from them).
	read -r start end < <(grep -o 'span [0-9]* [0-9]*' "$log" | awk '$2>0 && (s=="" || $2<s){s=$2} $3>e{e=$3} END{printf "%.3f %.3f\n", s/1000, e/1000}')
	wcpu=$(grep -o 'cpu [0-9.]*s' "$log" | awk '{s+=$2} END{printf "%.3f", s}')
	stored=$(psql "$store" -tAc 'SELECT count(*) FROM articles')
	[ "$stored" -eq "$N" ] || { echo "only $stored of $N articles stored"; cat "$log"; exit 1; }
	RATE[$W]=$(echo "$N / ($end - $start)" | bc -l)
	printf "%d worker(s): %d articles in %.1f s = %.2f articles/s\n" "$W" "$N" "$(echo "$end - $start" | bc -l)" "${RATE[$W]}"
	w=$(echo "$wcpu * 1000 / $N" | bc -l)
	pg=$(echo "($pg1 - $pg0) * 1000 / $HZ / $N" | bc -l)
	nats=$(echo "($nats1 - $nats0) * 1000 / $HZ / $N" | bc -l)
	# 2W / (W + P): the speed-up two workers would get if the two cores
	# were this benchmark's alone, one worker bound by its own CPU per
	# article (W), two by all the CPU an article costs (W plus PostgreSQL
	# and NATS, P) over two cores. A ratio of CPU times of one run, so
	# less sensitive to other load on the machine than the wall clock.
	printf "  CPU ms per article: workers %.2f, postgres %.2f, nats %.2f; 2W/(W+P) = %.2f\n" "$w" "$pg" "$nats" \
		"$(echo "2 * $w / ($w + $pg + $nats)" | bc -l)"
	cleanup
done
if [ -n "${RATE[1]:-}" ] && [ -n "${RATE[2]:-}" ]; then
	printf "speed-up of two workers over one: %.2fx\n" "$(echo "${RATE[2]} / ${RATE[1]}" | bc -l)"
fi
