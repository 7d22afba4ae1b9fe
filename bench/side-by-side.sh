#!/usr/bin/env bash
# Measures Jaywalk's training step and the PyTorch reference step of the same model on this machine, one
# after the other, and prints both plus the ratio. Run it on a quiet machine: other processes distort CPU
# timings by up to 4x. Needs Debian's python3-torch and python3-torchvision (apt-get install ...).
#   bench/side-by-side.sh [warmup] [steps]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WARMUP="${1:-3}"
STEPS="${2:-10}"
PY="${PYTHON:-/usr/bin/python3}"
THREADS="$(nproc)"

jaywalk=$("$ROOT/jaywalk" bench train "$ROOT/experiments/bench.conf" --warmup "$WARMUP" --steps "$STEPS" --json 2>/dev/null | tail -1)
reference=$("$PY" "$ROOT/bench/reference_step.py" --threads "$THREADS" --warmup "$WARMUP" --steps "$STEPS" | tail -1)
echo "jaywalk:   $jaywalk"
echo "reference: $reference"
"$PY" - "$jaywalk" "$reference" <<'PYEOF'
import json, sys
j, r = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("clips/s ratio jaywalk / reference = %.2f" % (j["clips_per_s"] / r["clips_per_s"]))
PYEOF
