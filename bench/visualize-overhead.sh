#!/usr/bin/env bash
# The cost of the training pictures (docs/visualize.md): the quickstart for STEPS steps without pictures
# (visualize.every=0) and with pictures at every step (visualize.every=1), alternately, ROUNDS times; prints the wall
# and CPU seconds of each run and the mean difference per logged step.
#   bench/visualize-overhead.sh [STEPS=30] [ROUNDS=3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STEPS="${1:-30}"
ROUNDS="${2:-3}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$ROOT/jaywalk" config "$ROOT/experiments/quickstart.conf" > /dev/null   # builds once, outside the timing
TIMEFORMAT='%R %U %S'
declare -A wall cpu
for round in $(seq "$ROUNDS"); do
  for every in 0 1; do
    read -r real user sys < <( { time JAYWALK_SKIP_BUILD=1 "$ROOT/jaywalk" train "$ROOT/experiments/quickstart.conf" \
        train.max-steps="$STEPS" visualize.every="$every" experiment.output-dir="\"$OUT\"" \
        experiment.run-name="r$round-e$every" > "$OUT/r$round-e$every.log" 2>&1 ; } 2>&1 )
    echo "round $round visualize.every=$every: wall $real s, cpu $(echo "$user + $sys" | bc) s"
    wall[$every]=$(echo "${wall[$every]:-0} + $real" | bc)
    cpu[$every]=$(echo "${cpu[$every]:-0} + $user + $sys" | bc)
  done
done
per_step() { echo "scale=3; ($1 - $2) / $ROUNDS / $STEPS" | bc; }
echo "per logged step: wall +$(per_step "${wall[1]}" "${wall[0]}") s, cpu +$(per_step "${cpu[1]}" "${cpu[0]}") s" \
  "(means of $ROUNDS runs of $STEPS steps)"
