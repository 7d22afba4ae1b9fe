#!/usr/bin/env bash
# Measures the video input pipeline (issue #15's setting): 6 generated 340x256 30 fps H.264 videos of 10 s, the
# crw-kinetics recipe (clips of 4 frames at 8 fps, crop to 256 px, 49 patches of 64 px), `bench data` with 1 and
# 2 workers, alternating, for several rounds. Each line gives clips/s (wall clock: meaningful on a quiet machine)
# and CPU ms per clip (process and workers: meaningful on a busy one) for decode only, augment only and the whole
# pipeline.
#   bench/data-pipeline.sh [rounds] [clips-per-measure] [video-folder]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
CLIPS="${2:-200}"
VIDEOS="${3:-${TMPDIR:-/tmp}/jaywalk-bench-videos}"

"$ROOT/jaywalk" plugins >/dev/null # builds the distribution if needed
java -cp "$ROOT/distribution/target/lib/*" "$ROOT/bench/MakeVideos.java" "$VIDEOS" 6 10
for round in $(seq "$ROUNDS"); do
  for workers in 1 2; do
    echo "round $round, $workers worker(s):"
    JAYWALK_SKIP_BUILD=1 "$ROOT/jaywalk" bench data "$ROOT/experiments/crw-kinetics.conf" dataset.root="$VIDEOS" \
      dataset.cache-dir="$VIDEOS/cache" --workers "$workers" --clips "$CLIPS" 2>/dev/null
  done
done
